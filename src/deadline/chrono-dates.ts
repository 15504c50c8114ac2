/**
 * Calendar dates, months and years found by chrono-node's Vietnamese locale in strict mode
 * (casual mode reads "Trước ngày" as "yesterday"), extended for administrative text:
 *
 * - parsers added: zero-padded months (`tháng 01/2025`, `tháng 02 năm 2024`, which the
 *   locale's month dictionary lacks), `T7/2024`, and a bare `7/2024` month-year;
 * - refiners added: D/M order is enforced (chrono swaps `12/15` to 15 December; a
 *   Vietnamese text never writes M/D), a preceding `ngày` joins the date, relative
 *   results and time-only or weekday-only results are dropped;
 * - refiner removed: the locale's date-range merger, which joins "X và Y" into a range
 *   (our grammar reads `và` as a list and `đến`/dashes as a range).
 *
 * Chrono implies a missing year as the one closest to the reference; the grammar instead
 * takes the issue year, so an atom carries `y: null` when the year is not printed.
 * Components are read with `get()`, never through a JS Date.
 */
import { requireLazy } from '../lazy-require.js';
import type { Chrono, Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type * as ChronoViModule from 'chrono-node/vi';

/** What this module uses of `chrono-node/vi` (which re-exports the Chrono class). */
type ChronoVi = Pick<typeof ChronoViModule, 'Chrono' | 'createConfiguration'>;

/**
 * chrono-node is loaded on the first date parsed, not at import (issue #8): its main entry
 * loads every locale (~170 ms), and even `chrono-node/vi` alone costs ~50 ms, paid by every
 * program that imports vanban whether or not a document ever holds a deadline. parse() is
 * synchronous, so the locale is loaded with require() (src/lazy-require.ts).
 */

let chronoVi: ChronoVi | undefined;

function loadChronoVi(): ChronoVi {
  chronoVi ??= requireLazy('chrono-node/vi') as ChronoVi;
  return chronoVi;
}

/** A calendar atom: a day (`d` set), a month (`m` set, `d` null) or a year. */
export interface DateAtom {
  readonly index: number;
  readonly end: number;
  readonly y: number | null;
  readonly m: number | null;
  readonly d: number | null;
  /** A time of day was printed with the date and is not part of the deadline. */
  readonly hasTime: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:19|20)\\d{2})';

/** `tháng 01/2025`, `tháng 02 năm 2024`, `tháng 01`; the locale knows only unpadded months. */
const PADDED_MONTH = new RegExp(`${B}tháng\\s{0,2}(0[1-9])(?:\\s{0,2}(?:/|-|năm)\\s{0,2}${YEAR})?${E}`, 'iu');
const paddedMonthParser: Parser = {
  // One regex for every parse (not global, so sharing it is safe; chrono calls pattern() per parse).
  pattern: () => PADDED_MONTH,
  extract: (context, match) => monthResult(context, match, Number(match[1]), match[2]),
};

/** `T7/2024`; the year is required, since `T7` alone is Saturday. */
const SHORT_MONTH = new RegExp(`${B}T(0?[1-9]|1[0-2])\\s{0,1}/\\s{0,1}${YEAR}${E}`, 'u');
const shortMonthParser: Parser = {
  pattern: () => SHORT_MONTH,
  extract: (context, match) => monthResult(context, match, Number(match[1]), match[2]),
};

/**
 * A bare `7/2024` or `01/2025` (the second half of "Tháng 12/2024 - 01/2025"). A following
 * slash means a document symbol (`01/2024/NĐ-CP`), so that is refused.
 */
const BARE_MONTH = new RegExp(`(?<![\\p{L}\\p{N}/.\\-])(0?[1-9]|1[0-2])\\s{0,1}/\\s{0,1}${YEAR}(?![\\p{L}\\p{N}/])`, 'u');
const bareMonthParser: Parser = {
  pattern: () => BARE_MONTH,
  extract: (context, match) => monthResult(context, match, Number(match[1]), match[2]),
};

function monthResult(context: ParsingContext, match: RegExpMatchArray, month: number, year: string | undefined): ParsingResult | null {
  if (match.index === undefined) return null;
  const result = context.createParsingResult(match.index, match[0]);
  result.start.assign('month', month);
  result.start.imply('day', 1);
  if (year !== undefined) result.start.assign('year', Number(year));
  result.addTag('vanban/month');
  return result;
}

/** Chrono's slash parser swaps 12/15 into 15 December; Vietnamese dates are always D/M. */
const dayFirstRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      if (!r.start.isCertain('day')) return true;
      const first = /\d{1,2}/u.exec(r.text);
      return first === null || Number(first[0]) === r.start.get('day');
    }),
};

/** Relative results (`trong vòng 15 ngày`) and time- or weekday-only ones are the grammar's. */
const calendarOnlyRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => !r.tags().has('result/relativeDate') && (r.start.isCertain('month') || r.start.isCertain('year'))),
};

/** `ngày 15/12/2024`: the slash parser starts at the digits; the atom should own `ngày`. */
const ngayPrefixRefiner: Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      const before = context.text.slice(Math.max(0, r.index - 8), r.index);
      const m = /(?<![\p{L}\p{N}])ngày\s{1,3}$/iu.exec(before);
      if (m && !/^ngày/iu.test(r.text)) {
        r.index -= m[0].length;
        r.text = context.text.slice(r.index, r.index + m[0].length + r.text.length);
      }
    }
    return results;
  },
};

let instance: Chrono | null = null;

/** The extended strict Vietnamese chrono, built once on first use. */
function chrono(): Chrono {
  if (instance) return instance;
  const { Chrono: ChronoClass, createConfiguration } = loadChronoVi();
  const config = createConfiguration(true, true);
  // The locale's range merger joins "tháng 7/2024 và tháng 01/2025" into one range.
  const refiners = config.refiners.filter((r) => r.constructor.name !== 'VIMergeDateRangeRefiner');
  instance = new ChronoClass({
    parsers: [...config.parsers, paddedMonthParser, shortMonthParser, bareMonthParser],
    refiners: [calendarOnlyRefiner, dayFirstRefiner, ...refiners, ngayPrefixRefiner],
  });
  return instance;
}

/** A fixed mid-year reference: implied values are ignored, only certain ones are read. */
const NEUTRAL_REFERENCE = new Date(2000, 5, 15, 12);

/**
 * Whether chrono can find a calendar atom in a text, given its folded view (src/text/fold.ts):
 * every parser whose results we keep reads ASCII digits, except the month-name parser, whose
 * words all start with "tháng" (folded "thang"); a weekday, a time or a relative duration
 * ("trong vòng hai ngày") is dropped by calendarOnlyRefiner, the first refiner, before it can
 * touch another result. A text with neither is not handed to chrono (most of a chunk's words).
 */
export function mayHoldDateAtom(folded: string): boolean {
  return MAY_HOLD_DATE.test(folded);
}

const MAY_HOLD_DATE = /[0-9]|thang/u;

/**
 * Calendar atoms of an NFC string, in text order. Years chrono only implied come back
 * as null; the caller decides where the year comes from.
 */
export function findDateAtoms(text: string): DateAtom[] {
  const results = chrono().parse(text, NEUTRAL_REFERENCE, { forwardDate: false });
  const atoms: DateAtom[] = [];
  for (const r of results) {
    const start = r.start as ParsingComponents;
    const day = start.isCertain('day') ? start.get('day') : null;
    const month = start.isCertain('month') ? start.get('month') : null;
    const year = start.isCertain('year') ? start.get('year') : null;
    if (month === null && year === null) continue;
    if (day !== null && month === null) continue;
    atoms.push({
      index: r.index,
      end: r.index + r.text.length,
      y: year,
      m: month,
      d: day,
      hasTime: start.isCertain('hour'),
    });
  }
  return atoms;
}
