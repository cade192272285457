/**
 * A wait as a person would say it, rounded up: "45 seconds", "1 minute",
 * "15 minutes". The server's 429 messages, the web app and the CLI all phrase
 * a `Retry-After` this way.
 */
export function waitInWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} second${whole === 1 ? '' : 's'}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
