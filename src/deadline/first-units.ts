/**
 * The code units a regex's non-empty matches can start with, read from its source: the lexer
 * tries at a position only the rules whose first units hold the character there, instead of
 * every rule (most words of a phrase start no token).
 *
 * The reading is conservative: whatever it does not know (a negated class, `\p{…}`, `.`,
 * a back-reference …) counts as "any unit", so a rule is never wrongly left out. Lookarounds
 * and anchors match no character and add nothing.
 */

/** A set of code units, or null for "any unit". */
export type UnitSet = ReadonlySet<number> | null;

interface Reading {
  /** Units a non-empty match may start with (null: any). */
  readonly first: Set<number> | null;
  /** Whether the part may match the empty string. */
  readonly nullable: boolean;
}

const EMPTY: Reading = { first: new Set(), nullable: true };
const ANY: Reading = { first: null, nullable: false };

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const u of b) out.add(u);
  return out;
}

function units(...codes: number[]): Reading {
  return { first: new Set(codes), nullable: false };
}

function range(from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let c = from; c <= to; c++) out.add(c);
  return out;
}

/** What `firstUnits` reads the source with: a cursor and the parsing functions. */
class Reader {
  private i = 0;

  constructor(private readonly src: string) {}

  readAll(): Reading {
    const r = this.alternation();
    if (this.i < this.src.length) return ANY; // an unbalanced ")": not understood
    return r;
  }

  private alternation(): Reading {
    let first: Set<number> | null = new Set();
    let nullable = false;
    for (;;) {
      const s = this.sequence();
      first = union(first, s.first);
      nullable ||= s.nullable;
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    return { first, nullable };
  }

  private sequence(): Reading {
    let first: Set<number> | null = new Set();
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified();
      if (nullable) first = union(first, atom.first);
      nullable &&= atom.nullable;
    }
    return { first, nullable };
  }

  private quantified(): Reading {
    const atom = this.atom();
    const q = this.src[this.i];
    let optional = false;
    if (q === '*' || q === '?') {
      optional = true;
      this.i++;
    } else if (q === '+') {
      this.i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/u.exec(this.src.slice(this.i));
      if (m) {
        optional = Number(m[1]) === 0;
        this.i += m[0].length;
      }
    }
    if (q !== undefined && '*+?{'.includes(q) && this.src[this.i] === '?') this.i++; // lazy
    return optional ? { first: atom.first, nullable: true } : atom;
  }

  private atom(): Reading {
    const c = this.src[this.i] as string;
    this.i++;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return units(c.charCodeAt(0));
  }

  private group(): Reading {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      lookaround = true;
      this.i += 2;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      lookaround = true;
      this.i += 3;
    } else if (this.src.startsWith('?<', this.i)) {
      this.i = this.src.indexOf('>', this.i) + 1;
      if (this.i === 0) return ANY;
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') return ANY;
    this.i++;
    return lookaround ? EMPTY : inner;
  }

  /** An escape outside a class (`inClass` false) or inside one. */
  private escape(inClass: boolean): Reading {
    const c = this.src[this.i] as string;
    this.i++;
    if (!inClass && (c === 'b' || c === 'B')) return EMPTY;
    if (c === 'd' || c === 'D') return c === 'd' ? { first: range(0x30, 0x39), nullable: false } : ANY;
    if (c === 'u' && /^[0-9a-fA-F]{4}/u.test(this.src.slice(this.i, this.i + 4))) {
      this.i += 4;
      return units(parseInt(this.src.slice(this.i - 4, this.i), 16));
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}/u.test(this.src.slice(this.i, this.i + 2))) {
      this.i += 2;
      return units(parseInt(this.src.slice(this.i - 2, this.i), 16));
    }
    if (c === 'p' || c === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    // \D \w \W \s \S \c… \k<…> \1 …: not read.
    if (/[DwWsScku0-9]/u.test(c)) return ANY;
    // Any other escaped character stands for itself ("\-", "\/", "\(", "\.").
    return units(c.charCodeAt(0));
  }

  private charClass(): Reading {
    if (this.src[this.i] === '^') {
      this.i = this.closeOfClass();
      return ANY;
    }
    let first: Set<number> | null = new Set();
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src.startsWith('\\d', this.i)) {
        this.i += 2;
        first = union(first, range(0x30, 0x39));
        continue;
      }
      const from = this.classUnit();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = this.classUnit();
        first = from === null || to === null ? null : union(first, range(from, to));
      } else first = from === null ? null : union(first, new Set([from]));
    }
    this.i++; // "]"
    return { first, nullable: false };
  }

  /** One unit of a class, or null for a class escape that is not one unit (\s, \w, \p{…}). */
  private classUnit(): number | null {
    const c = this.src[this.i] as string;
    this.i++;
    if (c !== '\\') return c.charCodeAt(0);
    if (this.src[this.i] === 'b') {
      this.i++;
      return 0x08;
    }
    const r = this.escape(true);
    return r.first && r.first.size === 1 ? (r.first.values().next().value as number) : null;
  }

  private closeOfClass(): number {
    let j = this.i;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
}

/**
 * The units a non-empty match of `source` (flags `u`, no `i`) can start with, or null when the
 * source is not understood well enough to say (then anything may start a match).
 */
export function firstUnits(source: string): UnitSet {
  try {
    return new Reader(source).readAll().first;
  } catch {
    return null;
  }
}
