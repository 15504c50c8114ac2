/**
 * Reading one sentence (or clause) as an assignment. Shapes, tried in this order:
 *
 * - directive: "[…] giao/đề nghị/yêu cầu/chỉ đạo X [chủ trì][, phối hợp với Y] <action>"
 * - lead-marker: "X chủ trì / có trách nhiệm / chịu trách nhiệm / được giao [chủ trì] <action>"
 * - modal: "X cần / phải <action>"
 * - subject-verb: "X <action verb> …" — only where the caller allows it (a run of assignments
 *   on a news page, a "Tổ chức thực hiện" section, a heading that assigns)
 * - verb-first: "<action verb> …" — the lead comes from the context (caller)
 * - body-heading: "X: …" — the caller decides
 *
 * X may follow an introductory clause ("Năm 2024, X cần …", "Bộ trưởng nhấn mạnh, các đơn vị
 * cần …"). A sentence is rejected (with the rule that says why) when it reports rather than
 * assigns: a narration marker before the verb ("đã giao", "sẽ tập trung"), reported speech
 * before the subject ("… chia sẻ, Bộ cần …"), a closing formula ("chịu trách nhiệm thi hành
 * Quyết định này", "Trên đây là …", "Căn cứ …"), an exhortation ("phát huy vai trò …"), or a
 * single leader doing something on a news page ("Phó Chủ tịch … quán triệt …").
 */
import { phraseAt, phrasesIn, type CompiledTaskData, type PhraseMatcher } from './data.js';
import { parseBodyPhrase, skipSpaces, type BodySpan } from './body-phrase.js';
import { wordCount } from './words.js';
import { readingKey, shiftSpan } from './reading-memo.js';
import { SPACE, WORD, unitClass } from '../../text/char-class.js';
import type { TextRange } from '../../document.js';

export type ShapeKind = 'directive' | 'lead-marker' | 'modal' | 'subject-verb' | 'verb-first' | 'body-heading';

export interface SentenceReading {
  readonly kind: ShapeKind | null;
  /** Why a sentence that looks like an assignment is not one (rule id), else null. */
  readonly reject: string | null;
  readonly lead: BodySpan | null;
  readonly support: BodySpan | null;
  /** The action, from its first word to the end of the sentence. */
  readonly predicate: TextRange | null;
  /** A superior's words that open a run of assignments (the run's lead, when named). */
  readonly opens: boolean;
  readonly openerLead: BodySpan | null;
}

export interface SentenceOptions {
  /** Accept "X <action verb> …" (subject-verb). */
  readonly allowSubjectVerb: boolean;
  /** A news page: a single named leader's action is narration. */
  readonly news: boolean;
}

const NONE: SentenceReading = { kind: null, reject: null, lead: null, support: null, predicate: null, opens: false, openerLead: null };

interface Text {
  readonly data: CompiledTaskData;
  readonly text: string;
  readonly key: string;
}

function skipSpacesCommas(t: Text, i: number, end: number): number {
  let j = i;
  while (j < end && (t.text[j] === ',' || (unitClass(t.text.charCodeAt(j)) & SPACE) !== 0)) j++;
  return j;
}

/** Does any phrase of `m` occur in [start, end)? */
function occursIn(m: PhraseMatcher, t: Text, start: number, end: number): boolean {
  return phrasesIn(m, t.key, start, end).length > 0;
}

/** The word before `pos` (lower case), skipping spaces. */
function wordBefore(t: Text, pos: number, floor: number): { start: number; word: string } | null {
  let j = pos;
  while (j > floor && (unitClass(t.text.charCodeAt(j - 1)) & SPACE) !== 0) j--;
  const end = j;
  while (j > floor && (unitClass(t.text.charCodeAt(j - 1)) & WORD) !== 0) j--;
  return end > j ? { start: j, word: t.key.slice(j, end) } : null;
}

interface AfterBody {
  readonly support: BodySpan | null;
  readonly predicateStart: number;
  readonly leadMarked: boolean;
}

/** Markers after a lead: "chủ trì", ", phối hợp với Y", a modal; where the action begins. */
function readAfterBody(t: Text, pos: number, end: number): AfterBody {
  let p = skipSpacesCommas(t, pos, end);
  let leadMarked = false;
  for (let k = 0; k < 2; k++) {
    const lm = phraseAt(t.data.lead, t.key, p);
    if (lm === 0) break;
    leadMarked = true;
    p = skipSpacesCommas(t, p + lm, end);
  }
  let support: BodySpan | null = null;
  const sm = phraseAt(t.data.support, t.key, p);
  if (sm > 0) {
    const sp = parseBodyPhrase(t.data, t.text, t.key, p + sm, { anyCase: true, limit: end });
    if (sp) {
      support = sp;
      p = skipSpacesCommas(t, sp.end, end);
    }
  }
  const md = phraseAt(t.data.modal, t.key, p);
  if (md > 0) p = skipSpaces(t.text, p + md, end);
  // "X có trách nhiệm: hướng dẫn …"
  if (t.text[p] === ':' && (leadMarked || support)) p = skipSpaces(t.text, p + 1, end);
  return { support, predicateStart: p, leadMarked };
}

/**
 * Markers at `pos` ("chủ trì, phối hợp với Y …", "Phối hợp với Y …"): the support bodies and where
 * the action begins. For items whose lead is given by the heading above them.
 */
export function markersAt(data: CompiledTaskData, text: string, key: string, pos: number, end: number): { support: BodySpan | null; actionStart: number; leadMarked: boolean } {
  const after = readAfterBody({ data, text, key }, pos, end);
  return { support: after.support, actionStart: after.predicateStart, leadMarked: after.leadMarked };
}

/**
 * Where the marker, modal or verb after a basis clause stands ("căn cứ chức năng, nhiệm vụ được
 * giao | chủ động xây dựng …"), within 200 characters; `p` itself when there is none.
 */
function afterBasisClause(t: Text, p: number, end: number): number {
  const from = p + phraseAt(t.data.basisClause, t.key, p);
  const limit = Math.min(end, from + 200);
  let best = -1;
  for (const m of [t.data.lead, t.data.modal, t.data.action]) {
    const hit = phrasesIn(m, t.key, from, limit)[0];
    if (hit && (best < 0 || hit.index < best)) best = hit.index;
  }
  return best < 0 ? p : best;
}

function predicateOk(t: Text, start: number, end: number): boolean {
  return start < end && wordCount(t.text.slice(start, Math.min(end, start + 80)), 2) >= 2;
}

function exhorts(t: Text, start: number): boolean {
  return phraseAt(t.data.exhortation, t.key, start) > 0;
}

/** Narration marker ("đã", "sẽ", "cũng đã") right at `p`. */
function narratesAt(t: Text, p: number): boolean {
  if (phraseAt(t.data.narration, t.key, p) > 0) return true;
  // "cũng sẽ", "cũng đang"
  if (t.key.startsWith('cũng ', p)) return phraseAt(t.data.narration, t.key, skipSpaces(t.text, p + 4)) > 0;
  return false;
}

/** A narration marker anywhere in [start, end), other than a passive "đã được" (a done thing named). */
function narratesWithin(t: Text, start: number, end: number): boolean {
  return phrasesIn(t.data.narration, t.key, start, end).some((m) => !t.key.startsWith(' được', m.index + m.length));
}

function readDirective(t: Text, start: number, end: number): SentenceReading | null {
  for (const m of phrasesIn(t.data.directive, t.key, start, end)) {
    const at = m.index;
    const before = wordBefore(t, at, start);
    // "được giao" is a lead marker; "yêu cầu chỉ đạo …" continues the first directive.
    if (before && (before.word === 'được' || phraseAt(t.data.directive, t.key, before.start) > 0)) continue;
    const body = parseBodyPhrase(t.data, t.text, t.key, at + m.length, { anyCase: true, limit: end });
    if (!body) continue;
    const after = readAfterBody(t, body.end, end);
    const colon = t.text[skipSpaces(t.text, body.end, end)] === ':';
    if (colon) return { ...NONE, kind: 'body-heading', lead: body, predicate: { start: skipSpaces(t.text, skipSpaces(t.text, body.end, end) + 1, end), end }, opens: true, openerLead: body };
    if (!predicateOk(t, after.predicateStart, end)) continue;
    if (occursIn(t.data.narration, t, start, at)) return { ...NONE, reject: 'narration' };
    if (exhorts(t, after.predicateStart)) return { ...NONE, reject: 'exhortation', opens: true, openerLead: body };
    return {
      kind: 'directive',
      reject: null,
      lead: body,
      support: after.support,
      predicate: { start: after.predicateStart, end },
      opens: true,
      openerLead: body,
    };
  }
  return null;
}

/** Where a subject may start: the sentence start, and after each of the first commas/colons. */
function subjectStarts(t: Text, start: number, end: number): number[] {
  const out = [start];
  const limit = Math.min(end, start + 200);
  // The commas and colons of the first 200 characters, by a regex over that view of the text.
  const head = t.text.slice(start, limit);
  COMMA_OR_COLON.lastIndex = 0;
  for (let m = COMMA_OR_COLON.exec(head); m && out.length < 5; m = COMMA_OR_COLON.exec(head)) {
    out.push(skipSpaces(t.text, start + m.index + 1, end));
  }
  return out;
}

const COMMA_OR_COLON = /[,:]/gu;

/**
 * A leader's words that open a list: "Chủ tịch UBND tỉnh yêu cầu:", "… chỉ đạo như sau:". The
 * verb has a subject before it and stands near the colon ("Yêu cầu, điều kiện …:" is a heading).
 */
function opensWithColon(t: Text, start: number, end: number): boolean {
  let j = end;
  while (j > start && /\s/u.test(t.text[j - 1] as string)) j--;
  if (t.text[j - 1] !== ':') return false;
  return phrasesIn(t.data.opener, t.key, start, j).some((m) => m.index > start && j - 1 - (m.index + m.length) <= 15);
}

export function readSentence(data: CompiledTaskData, text: string, key: string, start: number, end: number, opts: SentenceOptions): SentenceReading {
  const t: Text = { data, text, key };
  const s = skipSpaces(text, start, end);
  if (s >= end) return NONE;
  if (phraseAt(data.nonTaskOpener, key, s) > 0) return { ...NONE, reject: 'closing-formula' };
  if (occursIn(data.boilerplate, t, s, end)) return { ...NONE, reject: 'boilerplate' };

  const directive = readDirective(t, s, end);
  if (directive) return directive;
  const colonOpener = opensWithColon(t, s, end);

  for (const cand of subjectStarts(t, s, end)) {
    if (cand >= end) continue;
    const body = parseBodyPhrase(data, text, key, cand, { limit: end });
    if (!body) continue;
    const speech = cand > s && occursIn(data.speech, t, s, cand);
    const p = skipSpacesCommas(t, body.end, end);
    if (text[skipSpaces(text, body.end, end)] === ':') {
      if (cand !== s) continue;
      const after = skipSpaces(text, skipSpaces(text, body.end, end) + 1, end);
      return { ...NONE, kind: 'body-heading', lead: body, predicate: { start: after, end }, opens: true, openerLead: body };
    }
    if (narratesAt(t, p)) return { ...NONE, reject: 'narration' };
    // "X căn cứ chức năng, nhiệm vụ của mình có trách nhiệm …": the marker or verb after the clause.
    const v = phraseAt(data.basisClause, key, p) > 0 ? afterBasisClause(t, p, end) : p;
    const lm = phraseAt(data.lead, key, v);
    const md = phraseAt(data.modal, key, v);
    const av = phraseAt(data.action, key, v);
    if (lm === 0 && md === 0 && av === 0) continue;
    if (speech) return { ...NONE, reject: 'reported-speech' };
    let kind: ShapeKind = lm > 0 ? 'lead-marker' : md > 0 ? 'modal' : 'subject-verb';
    if (kind === 'subject-verb') {
      if (!opts.allowSubjectVerb) return { ...NONE, reject: 'subject-verb-outside-assignments', opens: colonOpener };
      if (opts.news && body.personal) return { ...NONE, reject: 'narration-person' };
    }
    const after = readAfterBody(t, body.end, end);
    if (!predicateOk(t, after.predicateStart, end)) continue;
    if (exhorts(t, after.predicateStart)) return { ...NONE, reject: 'exhortation', opens: true, openerLead: body };
    if (kind === 'subject-verb' && after.leadMarked) kind = 'lead-marker';
    return { kind, reject: null, lead: body, support: after.support, predicate: { start: after.predicateStart, end }, opens: true, openerLead: body };
  }

  if (phraseAt(data.action, key, s) > 0) {
    if (exhorts(t, s)) return { ...NONE, reject: 'exhortation', opens: colonOpener };
    if (narratesWithin(t, s, end)) return { ...NONE, reject: 'narration' };
    return { ...NONE, kind: 'verb-first', predicate: { start: s, end }, opens: colonOpener };
  }
  return { ...NONE, opens: colonOpener };
}

function shiftReading(r: SentenceReading, by: number): SentenceReading {
  return {
    kind: r.kind,
    reject: r.reject,
    lead: shiftSpan(r.lead, by),
    support: shiftSpan(r.support, by),
    predicate: r.predicate && { start: r.predicate.start + by, end: r.predicate.end + by },
    opens: r.opens,
    openerLead: shiftSpan(r.openerLead, by),
  };
}

/**
 * readSentence through a memo of one document's readings (offsets kept from the sentence's
 * start), for a page that repeats its sentences (see reading-memo.ts).
 */
export function readSentenceMemo(
  memo: Map<string, SentenceReading>,
  data: CompiledTaskData,
  text: string,
  key: string,
  start: number,
  end: number,
  opts: SentenceOptions,
): SentenceReading {
  const memoKey = readingKey(data, text, key, start, end, `${opts.allowSubjectVerb ? 1 : 0}${opts.news ? 1 : 0}`);
  if (memoKey === null) return readSentence(data, text, key, start, end, opts);
  let reading = memo.get(memoKey);
  if (reading === undefined) {
    reading = shiftReading(readSentence(data, text, key, start, end, opts), -start);
    memo.set(memoKey, reading);
  }
  return shiftReading(reading, start);
}
