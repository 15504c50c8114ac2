/**
 * Diacritic- and case-insensitive keys for matching. `foldKey` keeps the length of NFC
 * text (one code unit in, one out), so offsets found in the folded string are offsets in
 * the original. Old/new tone placement (hoà/hòa, thuỷ/thủy) fold to the same key because
 * all tone marks are removed.
 */

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f !== undefined) return f;
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') f = 'd';
  else {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    f = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  cache.set(ch, f);
  return f;
}

/** Same length as the input; every letter lower-cased and stripped of marks (đ → d). */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const code = c.charCodeAt(0);
    out += code < 0x80 ? c.toLowerCase() : foldChar(c);
  }
  return out;
}

/**
 * A key that keeps the letters' identity (ă≠a, ơ≠o, đ≠d) but ignores tone marks and their
 * placement, and case: "Hoà Bình" and "Hòa Bình" give the same key, "Bộ" and "Bố" too.
 */
export function toneInsensitiveKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
