/**
 * Unicode → TCVN3 and Unicode → VNI encoders for the tests, typed independently of
 * src/normalize/data/*.json: the tables below are the keyboard-layout rows of the two
 * font encodings (vowel × tone), and the Unicode side is built by composing base letter +
 * combining marks, so a wrong entry in the decoder's data cannot hide behind the same
 * wrong entry here.
 */

/** Tone order used in the rows below: none, huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** The 12 vowels (with their hat/horn/breve) in NFC. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** TCVN3 (ABC, .VnTime): the byte shown as a Latin-1 character, per vowel, per tone. */
const TCVN3_ROWS: Record<(typeof VOWELS)[number], string> = {
  a: 'aµ¸¶·¹',
  ă: '¨»¾¼½Æ',
  â: '©ÇÊÈÉË',
  e: 'eÌÐÎÏÑ',
  ê: 'ªÒÕÓÔÖ',
  i: 'i×ÝØÜÞ',
  o: 'oßãáâä',
  ô: '«åèæçé',
  ơ: '¬êíëìî',
  u: 'uïóñòô',
  ư: '\u00ADõøö÷ù',
  y: 'yúýûüþ',
};
/** Capitals ABC has its own codes for; other capitals use the lower-case code. */
const TCVN3_CAPITALS: Record<string, string> = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§', đ: '®' };

/** VNI: tone mark bytes after the base, and the hat/breve+tone bytes. */
const VNI_TONE = ['', 'ø', 'ù', 'û', 'õ', 'ï'] as const; // none, huyền, sắc, hỏi, ngã, nặng
const VNI_HAT = ['â', 'à', 'á', 'å', 'ã', 'ä'] as const; // circumflex + tone
const VNI_BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë'] as const; // breve + tone
const VNI_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò'] as const;
const VNI_Y_NANG = 'î';

export interface LetterForm {
  unicode: string;
  tcvn3: string;
  vni: string;
}

/** All 134 Vietnamese letters that are not plain ASCII (67 lower + 67 upper), with both encodings. */
export function allLetters(): LetterForm[] {
  const out: LetterForm[] = [];
  for (const v of VOWELS) {
    TONE_MARKS.forEach((tone, t) => {
      const lower = `${v}${tone}`.normalize('NFC');
      if (lower === v && /^[aeiouy]$/u.test(v)) return; // plain ASCII vowel
      const tcvnLower = TCVN3_ROWS[v][t] as string;
      const upper = lower.toUpperCase();
      out.push({ unicode: lower, tcvn3: tcvnLower, vni: vniOf(v, t, false) });
      out.push({ unicode: upper, tcvn3: TCVN3_CAPITALS[upper] ?? tcvnLower, vni: vniOf(v, t, true) });
    });
  }
  out.push({ unicode: 'đ', tcvn3: '®', vni: 'ñ' });
  out.push({ unicode: 'Đ', tcvn3: '§', vni: 'Ñ' });
  return out;
}

function vniOf(v: string, t: number, upper: boolean): string {
  const up = (s: string): string => (upper ? s.toUpperCase() : s);
  switch (v) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
      return up(v + VNI_TONE[t]);
    case 'y':
      return t === 5 ? up(VNI_Y_NANG) : up(v + VNI_TONE[t]);
    case 'â':
      return up(`a${VNI_HAT[t]}`);
    case 'ê':
      return up(`e${VNI_HAT[t]}`);
    case 'ô':
      return up(`o${VNI_HAT[t]}`);
    case 'ă':
      return up(`a${VNI_BREVE[t]}`);
    case 'ơ':
      return up(`ô${VNI_TONE[t]}`);
    case 'ư':
      return up(`ö${VNI_TONE[t]}`);
    case 'i':
      return up(VNI_I[t] as string);
    default:
      throw new Error(`no VNI form for ${v}`);
  }
}

let byUnicode: Map<string, LetterForm> | undefined;

function table(): Map<string, LetterForm> {
  byUnicode ??= new Map(allLetters().map((l) => [l.unicode, l]));
  return byUnicode;
}

/** Encode NFC Unicode Vietnamese as TCVN3 text (characters outside the table pass through). */
export function toTcvn3(s: string): string {
  return [...s.normalize('NFC')].map((ch) => table().get(ch)?.tcvn3 ?? ch).join('');
}

/** Encode NFC Unicode Vietnamese as VNI text. */
export function toVni(s: string): string {
  return [...s.normalize('NFC')].map((ch) => table().get(ch)?.vni ?? ch).join('');
}

/** Bytes of a string whose characters are all ≤ U+00FF (the legacy text as a font file holds it). */
export function latin1Bytes(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not a byte: ${c}`);
    return code;
  }));
}

/** windows-1258 form: base letters with hats/horns precomposed, tone marks as combining characters. */
export function to1258Form(s: string): string {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return [...s.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD');
      const tones = d.match(TONES)?.join('') ?? '';
      return d.replace(TONES, '').normalize('NFC') + tones;
    })
    .join('');
}
