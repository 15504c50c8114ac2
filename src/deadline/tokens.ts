/**
 * The tokens the lexer produces and the grammar reads. A token covers `start..end` of the
 * phrase; calendar tokens carry `y: null` when the year is not printed.
 */

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Part = 'early' | 'middle' | 'late';

interface At {
  readonly start: number;
  readonly end: number;
}

/** A day: `ngày 15/12/2024`, `15-12-2024`, `ngày 15 tháng 12 năm 2024`, `20/12`. */
export interface DateToken extends At {
  readonly type: 'DATE';
  y: number | null;
  readonly m: number;
  readonly d: number;
  readonly yearStated: boolean;
  /** A time of day was printed with it (ignored). */
  readonly hasTime?: boolean;
}
/** `tháng 3/2024`, `Tháng 01/2025`, `T7/2024`, `tháng 3`. */
export interface MonthToken extends At { readonly type: 'MONTH'; y: number | null; readonly m: number; readonly yearStated: boolean }
/** `năm 2024`, a bare `2024`, `trong năm` (y null: the reference year). */
export interface YearToken extends At { readonly type: 'YEAR'; y: number | null; readonly yearStated: boolean }
/** One quarter. Lists and ranges of quarters are expanded into several tokens. */
export interface QuarterToken extends At { readonly type: 'QUARTER'; y: number | null; readonly q: number; readonly yearStated: boolean }
/** `6 tháng đầu năm 2024`, `nửa cuối năm`. */
export interface HalfToken extends At { readonly type: 'HALF'; y: number | null; readonly h: 1 | 2; readonly yearStated: boolean }
/** `9 tháng đầu năm`, `4 tháng cuối năm 2023`: n months from the start or to the end of the year. */
export interface SpanToken extends At { readonly type: 'SPAN'; y: number | null; readonly n: number; readonly from: 'start' | 'end'; readonly yearStated: boolean }
/** `đầu năm`, `cuối năm 2024`, `những tháng cuối năm` (vague). */
export interface YearPartToken extends At { readonly type: 'YPART'; y: number | null; readonly part: Part; readonly vague: boolean; readonly yearStated: boolean }
/** `đầu`, `cuối`, `thượng tuần` … before a month or a quarter; the grammar merges them. */
export interface PartToken extends At { readonly type: 'PART'; readonly part: Part }
/** A part of a month or a quarter, after the merge: `cuối tháng 12/2024`, `đầu Quý IV`. */
export interface PartOfToken extends At { readonly type: 'PARTOF'; readonly part: Part; readonly of: MonthToken | QuarterToken }
/** `ngày 20` with no month after it (recurring day of month). */
export interface DayNumToken extends At { readonly type: 'DAYNUM'; readonly d: number }
/** `(ngày 20) các tháng 3, 6, 9, 12/2024`: two or more months sharing one year. */
export interface MonthListToken extends At { readonly type: 'MLIST'; y: number | null; readonly months: readonly number[]; d: number | null; readonly yearStated: boolean }
/** `năm học 2024 - 2025`. */
export interface AcademicToken extends At { readonly type: 'ACADEMIC'; readonly y1: number; readonly y2: number }
/** `hằng tháng`, `hàng quý`, `mỗi tuần`. */
export interface FreqToken extends At { readonly type: 'FREQ'; readonly unit: Unit }
/** `định kỳ 6 tháng`, `3 tháng một lần`. */
export interface EveryToken extends At { readonly type: 'EVERY'; readonly n: number; readonly unit: Unit }
/** `15 ngày`, `07 ngày làm việc`, `03 (ba) tháng`, `30 ngày tới`. */
export interface DurationToken extends At { readonly type: 'DUR'; readonly n: number; readonly unit: Unit; readonly working: boolean; readonly fromNow: boolean }
/** `kể từ ngày ký` (issue) or `kể từ ngày nhận được …` (other). */
export interface AnchorToken extends At { readonly type: 'ANCHOR'; readonly anchor: 'issue' | 'other' }
/** `tuần sau`, `tháng tới`, `năm nay`: a unit counted from the reference date. */
export interface RelativeToken extends At { readonly type: 'REL'; readonly unit: Unit; readonly offset: number }
/** `thứ Hai` as an RFC 5545 BYDAY code. */
export interface WeekdayToken extends At { readonly type: 'WD'; readonly byday: string }
export interface BeforeToken extends At { readonly type: 'B'; readonly inclusive: boolean }
/** `tầm nhìn đến năm 2030`: not a deadline. */
export interface HorizonToken extends At { readonly type: 'HORIZON'; readonly y: number | null }

/** Tokens with no payload. */
export interface PlainToken extends At {
  readonly type:
    | 'IN' // trong, vào …: ignored by the grammar, a governor for the finder
    | 'DONE' // hoàn thành: ignored by the grammar, a governor for the finder
    | 'FROM'
    | 'FROMNOW'
    | 'TO'
    | 'AND'
    | 'OR'
    | 'AFTER' // sau, before a duration
    | 'EVENT' // sau khi, ngay sau khi, trước khi
    | 'IMM' // ngay lập tức
    | 'PER' // định kỳ
    | 'CONT'
    | 'ADHOC'
    | 'NEXTYEARS'
    | 'STAGE'
    | 'TIME' // lúc 17 giờ: dropped, noted 'time-ignored'
    | 'NUM'; // a number the lexer could not place
}

export type Token =
  | DateToken
  | MonthToken
  | YearToken
  | QuarterToken
  | HalfToken
  | SpanToken
  | YearPartToken
  | PartToken
  | PartOfToken
  | DayNumToken
  | MonthListToken
  | AcademicToken
  | FreqToken
  | EveryToken
  | DurationToken
  | AnchorToken
  | RelativeToken
  | WeekdayToken
  | BeforeToken
  | HorizonToken
  | PlainToken;

export type TokenType = Token['type'];

/** Tokens that stand for one calendar window. */
export type CalendarToken = DateToken | MonthToken | YearToken | QuarterToken | HalfToken | SpanToken | YearPartToken | PartOfToken;

const CALENDAR: ReadonlySet<TokenType> = new Set(['DATE', 'MONTH', 'YEAR', 'QUARTER', 'HALF', 'SPAN', 'YPART', 'PARTOF']);

export function isCalendar(t: Token): t is CalendarToken {
  return CALENDAR.has(t.type);
}

/** A word the lexer skipped (not part of any token). */
export interface SkippedWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
