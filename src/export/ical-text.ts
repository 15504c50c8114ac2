/**
 * The few pieces of RFC 5545 text syntax the ICS export needs: TEXT escaping, 75-octet
 * line folding that never splits a UTF-8 sequence, DATE values and RRULE clean-up.
 * (ical-generator only writes VEVENTs, and a to-do list needs VTODOs.)
 */

/** RFC 5545 §3.3.11: escape backslash, semicolon, comma and line breaks in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

const FOLD_OCTETS = 75;

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. The
 * space counts toward the next line's 75, and a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= FOLD_OCTETS) return `${line}\r\n`;
  let out = '';
  let current = '';
  let octets = 0;
  let limit = FOLD_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out += `${current}\r\n `;
      current = '';
      octets = 0;
      limit = FOLD_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  return `${out}${current}\r\n`;
}

/** `name:value` (or `name;params:value`) as a folded content line. */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** ISO `YYYY-MM-DD` → iCalendar DATE `YYYYMMDD`. */
export function icalDate(iso: string): string {
  return iso.replace(/-/gu, '');
}

const RRULE_PART = /^[A-Z]+=[A-Z0-9,+\-:]+$/u;

/**
 * Clean an RRULE for a DATE-valued DTSTART: drop an `RRULE:` prefix, upper-case it, and
 * cut a date-time UNTIL to its date (RFC 5545 requires UNTIL to have DTSTART's value type).
 * Returns null when the text is not a `KEY=VALUE;…` rule with a FREQ.
 */
export function rruleForDates(rule: string): string | null {
  const body = rule.trim().replace(/^RRULE:/iu, '').toUpperCase();
  const parts = body.split(';').filter((p) => p.length > 0);
  if (parts.length === 0 || !parts.every((p) => RRULE_PART.test(p))) return null;
  if (!parts.some((p) => p.startsWith('FREQ='))) return null;
  return parts.map((p) => (p.startsWith('UNTIL=') ? p.replace(/^UNTIL=(\d{8})T\d{6}Z?$/u, 'UNTIL=$1') : p)).join(';');
}

/** A UTC date-time `YYYYMMDDTHHMMSSZ` from a JS Date (used only for DTSTAMP). */
export function icalUtcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}
