// Times as people say them: "2 hours ago", "yesterday", in the user's language (Intl, no
// library). For who last changed something, where the exact minute matters less than "today".

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86400], ["month", 30 * 86400], ["week", 7 * 86400], ["day", 86400], ["hour", 3600], ["minute", 60],
];

/** `at` (seconds since 1970, as the store records changes) relative to `now` (milliseconds). */
export function relativeTime(at: number, now = Date.now(), locale?: string): string {
  // Laptops' clocks disagree by a few minutes: a teammate's change stamped "in 3 minutes" is
  // one that happened just now.
  const ago = Math.max(0, now / 1000 - at);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, seconds] of UNITS) {
    if (ago >= seconds) return format.format(-Math.round(ago / seconds), unit);
  }
  return format.format(-Math.round(ago), "second");
}
