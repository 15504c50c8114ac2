/**
 * Is a word a well-formed Vietnamese syllable? Used as the judge when deciding whether a
 * text is in a legacy encoding: a conversion is right when it turns broken words into
 * real syllables. The check is structural (onset + rhyme + at most one tone mark on a
 * vowel), not a dictionary, which is enough to tell "hoµ" or "Coäng" from "hoà", "Cộng".
 */

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);

/**
 * Onset, then a rhyme: a nucleus that may take a final consonant, or a nucleus that ends
 * in a glide and takes none. Letters are lower-case and toneless.
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:(?:uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo|[aăâeêioôơuưy])(?:ch|nh|ng|[cmnpt])?|iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa)$/u;

const cache = new Map<string, boolean>();

/** True when `word` (letters only, any case, any normalization form) is a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const ok = check(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, ok);
  return ok;
}

function check(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  let tones = 0;
  let bare = '';
  let prevBase = '';
  for (const ch of decomposed) {
    if (TONES.has(ch)) {
      tones++;
      // A tone sits on a vowel (its base may carry a hat or horn first).
      if (tones > 1 || !VOWELS.has(prevBase.normalize('NFC'))) return false;
      continue;
    }
    if (ch >= '\u0300' && ch <= '\u036f') {
      prevBase += ch;
      bare += ch;
      continue;
    }
    prevBase = ch;
    bare += ch;
  }
  return SYLLABLE.test(bare.normalize('NFC'));
}
