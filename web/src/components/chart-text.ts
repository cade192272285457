const ZERO_WIDTH_SPACE = '\u200b';

/**
 * A stored value (a person's or program's name…) as literal chart text.
 * Tooltips are drawn by ECharts as text, never as HTML (see `withTextTooltips`),
 * so markup cannot run; what is left to neutralise is ECharts' own rich-text
 * syntax, `{style|text}`, which would restyle or swallow part of a name. An
 * invisible zero-width space after each `{` keeps it from being read as one.
 */
export function chartText(value: string): string {
  return value.replaceAll('{', `{${ZERO_WIDTH_SPACE}`);
}

/**
 * The option with every tooltip drawn by ECharts itself (`renderMode:
 * 'richText'`) instead of as an HTML overlay: a tooltip then never turns data
 * into HTML, whatever its formatter returns, and needs no inline style that
 * the Content-Security-Policy would refuse.
 */
export function withTextTooltips<T extends object>(option: T): T {
  const tooltip = (option as { tooltip?: unknown }).tooltip;
  if (!tooltip || typeof tooltip !== 'object') return option;
  const asText = (t: object) => ({ ...t, renderMode: 'richText' });
  return {
    ...option,
    tooltip: Array.isArray(tooltip) ? tooltip.map(asText) : asText(tooltip),
  };
}
