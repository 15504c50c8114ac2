/** Ids: ASCII kebab-case slugs (đ → d), and the derived ids of bodies the registry does not know. */
import { foldKey } from '../text/fold.js';

/** "Bộ Văn hóa, Thể thao và Du lịch" → "bo-van-hoa-the-thao-va-du-lich". */
export function slugify(s: string): string {
  const folded = foldKey(s.normalize('NFC'));
  let out = '';
  let dash = false;
  for (const ch of folded) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (dash && out.length > 0) out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out;
}

/** The Body id of a body with no registry id: `other:<slug of its name>`. */
export function derivedBodyId(name: string): string {
  return `other:${slugify(name)}`;
}
