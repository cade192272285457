/**
 * The IANA zones this browser knows, for a select. The zone already saved is kept
 * first-class even when the browser does not list it (an alias such as US/Pacific, or
 * UTC, which Chromium leaves out of `supportedValuesOf`), so opening a form never
 * changes a value nobody touched.
 */
export function timeZoneChoices(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** One option per zone, shown as the zone's name (e.g. Europe/Berlin). */
export function TimeZoneOptions({ current }: { current: string }) {
  return timeZoneChoices(current).map((zone) => (
    <option key={zone} value={zone}>
      {zone}
    </option>
  ));
}
