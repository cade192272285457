const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** ISO weekdays (1 = Monday) as "Mon Tue Wed". */
export function formatWeekdays(days: readonly number[]): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => NAMES[d - 1] ?? String(d))
    .join(' ');
}

/** "mon,tue,fri" or "1,2,5" → ISO weekdays; null when a part is neither. */
export function parseWeekdays(text: string): number[] | null {
  const days: number[] = [];
  for (const part of text.split(',').map((p) => p.trim().toLowerCase())) {
    const byName = NAMES.findIndex((n) => n.toLowerCase() === part.slice(0, 3));
    const day = /^[1-7]$/.test(part)
      ? Number(part)
      : byName >= 0 && part.length >= 3
        ? byName + 1
        : 0;
    if (day === 0) return null;
    if (!days.includes(day)) days.push(day);
  }
  return days.sort((a, b) => a - b);
}
