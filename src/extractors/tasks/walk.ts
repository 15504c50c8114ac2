/**
 * Tasks in lists and prose: one pass over the body paragraphs, keeping
 *
 * - the open headings (a stack by level): sections give a task its `section`; a heading that
 *   names a body ("1. Sở Tài chính:", "Điều 3. Giao UBND huyện Hải Hậu:", "Trách nhiệm của
 *   Bộ …:") is a group whose items are tasks of that body; a heading whose items carry labels
 *   ("Đơn vị chủ trì: …", "Thời gian thực hiện: …") becomes one labelled task;
 * - a run of assignments ("block"): opened by a superior's words ("Chủ tịch UBND tỉnh yêu
 *   cầu:", "đề nghị Sở Nội vụ …") or by an assignment, kept while paragraphs assign, closed by
 *   the first paragraph that does not. Inside a run, "X <verb> …" assigns and a paragraph that
 *   starts with a verb continues the last lead named.
 *
 * Headings about purpose and requirements ("Mục đích", "Yêu cầu", "Mục tiêu" …) hold no tasks.
 */
import type { NormalizedDocument, TextRange } from '../../document.js';
import type { TaskCandidate, TextPiece } from '../types.js';
import type { Report } from '../../diagnostics.js';
import { labelKindOf, mayOpenLabel, phraseAt, phraseKey, phrasesIn, type CompiledTaskData, type LabelKind } from './data.js';
import { parseBodyPhrase, skipSpaces, type BodySpan } from './body-phrase.js';
import { cleanOrdinal, PLAIN_LEVEL, TITLE_LEVEL } from './markers.js';
import { sentencesOf, type Paragraph } from './paragraphs.js';
import { markersAt, readSentence, readSentenceMemo, type SentenceOptions, type SentenceReading } from './sentence.js';
import { findDeadlinePhrases, type DeadlinePhrase, type DeadlinePhraseMemo } from '../../deadline/index.js';
import { describe } from './description.js';
import { collapse, wordCount } from './words.js';
import { readingKey, shiftSpan } from './reading-memo.js';
import { isUpperLine } from '../../text/patterns.js';
import { charsOrSpace, trimEndWhere } from '../../text/trim.js';
import { SPACE, unitClass } from '../../text/char-class.js';

const closing = charsOrSpace('.:;');

type FieldKind = 'lead' | 'support' | 'deadline' | 'deliverable';

interface Fields {
  lead: TextPiece[];
  support: TextPiece[];
  deadline: TextPiece | null;
  deliverable: string | null;
  disqualified: boolean;
  end: number;
}

interface Scope {
  readonly level: number;
  /** item: a numbered item, kept open so that labels under it make it a labelled task. */
  readonly kind: 'section' | 'group' | 'container' | 'content' | 'item';
  readonly para: Paragraph;
  /**
   * Text a task under this scope shows as its section: read of section and group scopes only
   * (sectionOf), so the other kinds keep '' rather than a collapsed copy of their paragraph.
   */
  readonly label: string;
  readonly ordinal: string | null;
  readonly lead: TextPiece | null;
  /** A group heading's "phối hợp với Y": the support of the items under it. */
  readonly support?: TextPiece | null;
  readonly nonTask: boolean;
  readonly assignment: boolean;
  /** The section of the scope's own heading (for a labelled task). */
  readonly parent: string | null;
  fields: Fields | null;
  /** The paragraph that says what the task is, when the heading line holds only its number ("1.4."). */
  descPara?: Paragraph;
  /** Tasks read from the item's own sentences; a labelled task made from the item replaces them. */
  prose?: TaskCandidate[];
}

export interface Heading {
  readonly offset: number;
  readonly text: string;
}

export interface WalkResult {
  readonly tasks: TaskCandidate[];
  /** Section headings in order, for the tables between them. */
  readonly headings: Heading[];
}

const ORDINAL_MARKERS = new Set(['upper-letter', 'roman', 'number', 'letter', 'paren']);
const SECTION_CONNECTORS = ['và', 'thực hiện', 'chung', 'cụ thể'];

interface State {
  readonly doc: NormalizedDocument;
  readonly key: string;
  readonly data: CompiledTaskData;
  readonly news: boolean;
  readonly report: Report;
  readonly stack: Scope[];
  readonly tasks: TaskCandidate[];
  readonly headings: Heading[];
  block: { open: boolean; lead: TextPiece | null };
  pending: { head: Scope; kind: FieldKind; level: number } | null;
  reported: number;
  /** Deadline phrases by chunk text, for this document (a repeated line is read once). */
  readonly deadlines: DeadlinePhraseMemo;
  /** Sentence readings of a long document (null for a short one), see readSentenceMemo. */
  readonly sentences: Map<string, SentenceReading> | null;
  /** Body heading readings of a long document (null for a short one), see bodyHeading. */
  readonly headingReadings: Map<string, BodyHeading | null> | null;
  /** Deadline phrases by the whole text searched (a sentence, a paragraph): no chunking of a repeated one. */
  readonly scanDeadlines: Map<string, readonly DeadlinePhrase[]>;
  /** labelKey of this document's labels and headings, each distinct text keyed once. */
  readonly labelKey: (s: string) => string;
  /** What a section heading's content says (non-task, assignment), by its text: headings repeat. */
  readonly headingKinds: Map<string, { readonly nonTask: boolean; readonly assignment: boolean }>;
}

function piece(doc: NormalizedDocument, r: TextRange): TextPiece {
  return { text: doc.text.slice(r.start, r.end), range: { start: r.start, end: r.end } };
}

/** A label value without its bullet and closing punctuation. */
function valuePiece(doc: NormalizedDocument, start: number, end: number): TextPiece | null {
  let s = start;
  let e = end;
  while (s < e && /[\s\-–—+•]/u.test(doc.text[s] as string)) s++;
  while (e > s && /[\s.;,]/u.test(doc.text[e - 1] as string)) e--;
  return e > s ? piece(doc, { start: s, end: e }) : null;
}

/** Characters of a paragraph read for its label: enough for 160 once white space is collapsed, most of the time. */
const LABEL_PREFIX = 400;

function sectionLabel(doc: NormalizedDocument, p: Paragraph): string {
  if (p.marker?.kind === 'dieu') return p.marker.label as string;
  // A long paragraph is cut to 157 characters: collapsing its start is enough when that
  // already gives more than 160 (the collapsed start is the start of the collapsed whole).
  if (p.end - p.start > LABEL_PREFIX) {
    const head = collapse(doc.text.slice(p.start, p.start + LABEL_PREFIX));
    if (head.length > 160) return `${head.slice(0, 157)}…`;
  }
  const t = collapse(doc.text.slice(p.start, p.end));
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

let sectionWords: { readonly data: CompiledTaskData; readonly words: readonly string[] } | undefined;

/** The non-task section words and the connectors between them, longest first (built once). */
function nonTaskWords(data: CompiledTaskData): readonly string[] {
  if (sectionWords?.data !== data) sectionWords = { data, words: [...data.nonTaskSections, ...SECTION_CONNECTORS].sort((a, b) => b.length - a.length) };
  return sectionWords.words;
}

/** "Mục đích, yêu cầu", "2. Yêu cầu", "III. KINH PHÍ THỰC HIỆN": words all from the non-task list. */
function isNonTaskHeading(st: State, content: string): boolean {
  const { data } = st;
  let k = st.labelKey(content);
  if (!k) return false;
  const words = nonTaskWords(data);
  let consumed = false;
  while (k.length > 0) {
    const w = words.find((x) => k.startsWith(x) && (k.length === x.length || k.charCodeAt(x.length) === 0x20));
    if (!w) return false;
    if (!SECTION_CONNECTORS.includes(w)) consumed = true;
    k = k.slice(w.length).trim();
  }
  return consumed;
}

let paddedSections: { readonly data: CompiledTaskData; readonly words: readonly string[] } | undefined;

/** The assignment section words with a space on each side, to find as whole words (built once). */
function assignmentWords(data: CompiledTaskData): readonly string[] {
  if (paddedSections?.data !== data) paddedSections = { data, words: data.assignmentSections.map((a) => ` ${a} `) };
  return paddedSections.words;
}

function isAssignmentHeading(st: State, content: string): boolean {
  const k = ` ${st.labelKey(content)} `;
  return assignmentWords(st.data).some((a) => k.includes(a));
}

function headingLike(doc: NormalizedDocument, p: Paragraph): boolean {
  if (p.title) return true;
  if (!p.marker || p.marker.level > 5) return false;
  // The trimmed content, by offsets: not empty, at most 160 characters, not ending a sentence.
  const start = skipSpaces(doc.text, p.contentStart, p.end);
  const end = trimmedEnd(doc.text, start, p.end);
  return end > start && end - start <= 160 && !endsWithStop(doc.text, start, end);
}

/** The end of text[start, end) without its trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (unitClass(text.charCodeAt(e - 1)) & SPACE) !== 0) e--;
  return e;
}

function popTo(st: State, level: number): void {
  while (st.stack.length > 0 && (st.stack[st.stack.length - 1] as Scope).level >= level) {
    const s = st.stack.pop() as Scope;
    flushLabelled(st, s);
  }
  if (st.pending && st.pending.level >= level) st.pending = null;
}

function sectionOf(st: State): string | null {
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const s = st.stack[i] as Scope;
    if (s.kind === 'section' || s.kind === 'group') return s.label;
  }
  return null;
}

function groupLead(st: State): TextPiece | null {
  return groupScope(st)?.lead ?? null;
}

function groupScope(st: State): Scope | null {
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const s = st.stack[i] as Scope;
    if (s.kind === 'group') return s;
  }
  return null;
}

/** Under "Mục đích", "Yêu cầu" … or under the content list of a labelled task ("1. Nội dung, biện pháp"). */
function inNonTask(st: State): boolean {
  return st.stack.some((s) => s.nonTask || s.kind === 'content');
}

function inAssignment(st: State): boolean {
  return st.stack.some((s) => s.assignment || s.kind === 'group');
}

function flushLabelled(st: State, s: Scope): void {
  const f = s.fields;
  if (!f || f.disqualified || f.lead.length === 0) return;
  const from = s.descPara ?? s.para;
  const description = trimEndWhere(collapse(st.doc.text.slice(from.contentStart, from.end)), closing);
  if (wordCount(description, 2) < 2) return;
  if (s.prose && s.prose.length > 0) {
    const drop = new Set(s.prose);
    const kept = st.tasks.filter((t) => !drop.has(t));
    st.tasks.length = 0;
    st.tasks.push(...kept);
  }
  st.tasks.push({
    ordinal: s.ordinal,
    section: s.parent,
    description,
    lead: f.lead,
    support: f.support,
    deadline: f.deadline,
    deliverable: f.deliverable,
    source: 'list',
    range: { start: s.para.start, end: Math.max(f.end, s.para.end) },
  });
}

/** Longest label head read: a paragraph whose first colon comes later (or that has none and is longer) holds no label. */
const LABEL_HEAD = 60;

/**
 * The label the content text[start, end) starts with, and where its colon is (-1: none): the
 * head before the first colon, if at most 60 characters, keyed. Read by offsets, so that a
 * long paragraph is neither copied nor hashed whole.
 */
function labelOf(st: State, start: number, end: number): { readonly kind: LabelKind; readonly colon: number } | null {
  const text = st.doc.text;
  if (!mayOpenLabel(st.data, text, start, Math.min(end, start + LABEL_HEAD))) return null;
  let colon = -1;
  for (let i = start; i < end && i <= start + LABEL_HEAD; i++) {
    if (text.charCodeAt(i) === 0x3a) {
      colon = i - start;
      break;
    }
  }
  if (colon < 0 && end - start > LABEL_HEAD) return null;
  // No colon: the whole (short) content is the head, unless it ends a sentence.
  if (colon < 0 && endsWithStop(text, start, end)) return null;
  const kind = labelKindOf(st.data, st.labelKey(text.slice(start, colon < 0 ? end : start + colon)));
  return kind ? { kind, colon } : null;
}

/** `/[.;]$/u.test(text.slice(start, end).trim())`. */
function endsWithStop(text: string, start: number, end: number): boolean {
  const e = trimmedEnd(text, start, end);
  const last = e > start ? text.charCodeAt(e - 1) : -1;
  return last === 0x2e || last === 0x3b;
}

/** "Đơn vị chủ trì: X", "a) Cơ quan chủ trì", "2. Cơ quan chủ trì, phối hợp". */
function readLabel(st: State, p: Paragraph): { kind: LabelKind; value: TextRange | null } | null {
  const { doc } = st;
  const label = labelOf(st, p.contentStart, p.end);
  if (!label) return null;
  const { kind, colon } = label;
  if (colon < 0) return { kind, value: null };
  const vStart = skipSpaces(doc.text, p.contentStart + colon + 1, p.end);
  return { kind, value: vStart < p.end ? { start: vStart, end: p.end } : null };
}

function findHead(st: State, level: number): Scope | null {
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const s = st.stack[i] as Scope;
    if (s.level >= level) continue;
    if (s.kind === 'item') return s;
    if (s.kind === 'section' && !s.nonTask && s.level > TITLE_LEVEL && s.para.marker?.kind !== 'dieu') return s;
    if (s.kind === 'group') return null;
  }
  return null;
}

function addField(st: State, head: Scope, kind: FieldKind, v: TextPiece, end: number): void {
  head.fields ??= { lead: [], support: [], deadline: null, deliverable: null, disqualified: false, end };
  const f = head.fields;
  if (kind === 'lead') f.lead.push(v);
  else if (kind === 'support') f.support.push(v);
  else if (kind === 'deadline') f.deadline ??= v;
  else f.deliverable = f.deliverable ? `${f.deliverable}; ${collapse(v.text)}` : collapse(v.text);
  f.end = Math.max(f.end, end);
}

/**
 * A label's value. A lead value may say who leads and who helps: "Sở Lao động - Thương binh và
 * Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; …".
 */
function addLabelValue(st: State, head: Scope, kind: FieldKind, value: TextRange, end: number): void {
  const { doc, key, data } = st;
  if (kind === 'lead') {
    const body = parseBodyPhrase(data, doc.text, key, value.start, { anyCase: true, limit: value.end });
    if (body) {
      const after = skipSpaces(doc.text, body.end, value.end);
      if (phraseAt(data.lead, key, after) > 0) {
        addField(st, head, 'lead', piece(doc, body), end);
        const m = markersAt(data, doc.text, key, after, value.end);
        if (m.support) {
          const rest = valuePiece(doc, m.support.start, value.end);
          if (rest) addField(st, head, 'support', rest, end);
        }
        return;
      }
    }
  }
  const v = valuePiece(doc, value.start, value.end);
  if (v) addField(st, head, kind, v, end);
}

/**
 * "[Giao | Trách nhiệm của] X: …", "X có trách nhiệm [phối hợp với Y] [thực hiện các nhiệm vụ
 * sau]:" (a heading over the items X must do), or a marked heading that is only a body's name.
 */
function readBodyHeading(st: State, p: Paragraph): BodyHeading | null {
  const { doc, key, data } = st;
  let s = p.contentStart;
  const prefix = phraseAt(data.headingPrefix, key, s);
  if (prefix > 0) s = skipSpaces(doc.text, s + prefix, p.end);
  const body = parseBodyPhrase(data, doc.text, key, s, { anyCase: prefix > 0, limit: p.end });
  if (!body) return prefix > 0 ? null : looseHeading(st, p, s);
  const after = skipSpaces(doc.text, body.end, p.end);
  if (doc.text[after] === ':') {
    const rest = skipSpaces(doc.text, after + 1, p.end);
    return { lead: body, support: null, rest: { start: rest, end: p.end } };
  }
  const tail = doc.text.slice(body.end, p.end).trim();
  const shouting = isUpperLine(doc.text.slice(p.contentStart, p.end));
  if (p.marker && p.level < PLAIN_LEVEL && !shouting && (tail === '' || tail === '.')) return { lead: body, support: null, rest: { start: p.end, end: p.end } };
  if (!tail.endsWith(':')) return null;
  return markedHeading(st, p, body) ?? (prefix > 0 ? null : looseHeading(st, p, s));
}

type BodyHeading = { lead: BodySpan; support: BodySpan | null; rest: TextRange };

/**
 * readBodyHeading through the document's memo when it keeps one (see reading-memo.ts): what it
 * reads is the paragraph's content, whether it is marked, and whether its level is a list's.
 */
function bodyHeading(st: State, p: Paragraph): BodyHeading | null {
  const memo = st.headingReadings;
  const memoKey = memo && readingKey(st.data, st.doc.text, st.key, p.contentStart, p.end, `${p.marker ? 1 : 0}${p.level < PLAIN_LEVEL ? 1 : 0}`);
  if (!memo || memoKey === null) return readBodyHeading(st, p);
  let h = memo.get(memoKey);
  if (h === undefined) {
    h = shiftHeading(readBodyHeading(st, p), -p.contentStart);
    memo.set(memoKey, h);
  }
  return shiftHeading(h, p.contentStart);
}

function shiftHeading(h: BodyHeading | null, by: number): BodyHeading | null {
  return h && { lead: shiftSpan(h.lead, by) as BodySpan, support: shiftSpan(h.support, by), rest: { start: h.rest.start + by, end: h.rest.end + by } };
}

/**
 * "c) Cục đo đạc và bản đồ Nhà nước có trách nhiệm:" — a name in lower case from `s`, which
 * the marker and the colon make safe to read.
 */
function looseHeading(st: State, p: Paragraph, s: number): ReturnType<typeof markedHeading> {
  const { doc, key, data } = st;
  // The paragraph ends with a colon (read by offsets: most paragraphs come here and do not).
  const last = trimmedEnd(doc.text, s, p.end);
  if (last <= s || doc.text.charCodeAt(last - 1) !== 0x3a) return null;
  if (!parseBodyPhrase(data, doc.text, key, s, { anyCase: true, limit: p.end })) return null;
  // The whole text from the body's head to the first lead marker is its name.
  const m = phrasesIn(data.lead, key, s, Math.min(p.end, s + 160))[0];
  if (!m) return null;
  let end = m.index;
  while (end > s && /[\s,]/u.test(doc.text[end - 1] as string)) end--;
  if (end <= s || /[.;:]/u.test(doc.text.slice(s, end))) return null;
  return markedHeading(st, p, { start: s, end, personal: false });
}

/** "X có trách nhiệm [phối hợp với Y] [thực hiện các nhiệm vụ sau]:" after the body X. */
function markedHeading(st: State, p: Paragraph, body: BodySpan): { lead: BodySpan; support: BodySpan | null; rest: TextRange } | null {
  const { doc, key, data } = st;
  const m = markersAt(data, doc.text, key, body.end, p.end);
  const colon = doc.text.lastIndexOf(':', p.end - 1);
  const between = colon >= m.actionStart ? doc.text.slice(m.actionStart, colon) : '';
  // Nothing, or only a short "thực hiện các nhiệm vụ sau", between the markers and the colon.
  if (m.leadMarked && wordCount(between, 9) <= 8 && !/[.;:]/u.test(between)) {
    return { lead: body, support: m.support, rest: { start: p.end, end: p.end } };
  }
  return null;
}

interface EmitArgs {
  readonly lead: readonly TextPiece[];
  readonly support: readonly TextPiece[];
  readonly action: TextRange;
  readonly scan: TextRange;
  readonly range: TextRange;
  readonly ordinal: string | null;
  readonly source: TaskCandidate['source'];
}

/**
 * From this length a document's sentence and heading readings are kept: a long page may repeat
 * its lines by the thousand, while a short one pays for keys it never reuses.
 */
const READING_MEMO_FROM = 100_000;

/** The reading of sentence `r`, through the document's memo when it keeps one. */
function sentenceAt(st: State, r: TextRange, opts: SentenceOptions): SentenceReading {
  const { doc, key, data } = st;
  return st.sentences ? readSentenceMemo(st.sentences, data, doc.text, key, r.start, r.end, opts) : readSentence(data, doc.text, key, r.start, r.end, opts);
}

/** findDeadlinePhrases of `text` (offsets in it), through the document's memos. */
function deadlinePhrases(st: State, text: string): readonly DeadlinePhrase[] {
  let phrases = st.scanDeadlines.get(text);
  if (phrases === undefined) {
    phrases = findDeadlinePhrases(text, { memo: st.deadlines });
    st.scanDeadlines.set(text, phrases);
  }
  return phrases;
}

/**
 * Whether one of the pieces' ranges overlaps `r`. Read in place: the copied and mapped array
 * of ranges emit made was holey when V8's optimised map built it and packed otherwise, and
 * emit was deoptimised ("wrong map") when both reached it.
 */
function overlapsAnyRange(pieces: readonly { readonly range: TextRange }[], r: TextRange): boolean {
  for (const p of pieces) if (r.start < p.range.end && p.range.start < r.end) return true;
  return false;
}

function emit(st: State, a: EmitArgs): TaskCandidate | null {
  const { doc } = st;
  let deadline: TextPiece | null = null;
  for (const ph of deadlinePhrases(st, doc.text.slice(a.scan.start, a.scan.end))) {
    const r = { start: a.scan.start + ph.start, end: a.scan.start + ph.end };
    if (overlapsAnyRange(a.lead, r) || overlapsAnyRange(a.support, r)) continue;
    deadline = piece(doc, r);
    break;
  }
  deadline ??= cadenceOpening(st, a.action);
  const description = describe(doc.text, a.action, deadline?.range ?? null);
  if (wordCount(description, 2) < 2) return null;
  const task: TaskCandidate = {
    ordinal: a.ordinal,
    section: sectionOf(st),
    description,
    lead: a.lead,
    support: a.support,
    deadline,
    deliverable: null,
    source: a.source,
    range: a.range,
  };
  st.tasks.push(task);
  return task;
}

/**
 * "Thường xuyên kiểm tra …": a cadence word that opens the action, followed by the verb it
 * qualifies, is the task's deadline (continuous). Read at the opening only — findDeadlinePhrases
 * leaves such words alone in prose, where they qualify a noun as often as they set a cadence.
 */
function cadenceOpening(st: State, action: TextRange): TextPiece | null {
  const at = skipSpaces(st.doc.text, action.start, action.end);
  const length = phraseAt(st.data.cadenceOpener, st.key, at);
  if (length === 0) return null;
  const next = skipSpaces(st.doc.text, at + length, action.end);
  // The verb it qualifies: a bare "Thường xuyên." or "liên tục, …" is not this shape.
  if (next >= action.end || !/\p{L}/u.test(st.doc.text[next] as string)) return null;
  return piece(st.doc, { start: at, end: at + length });
}

function note(st: State, r: SentenceReading, range: TextRange): void {
  if (!r.reject || st.reported >= 40) return;
  st.reported++;
  st.report({ rule: `not-a-task/${r.reject}`, severity: 'info', message: `looks like an assignment but is not one (${r.reject})`, range });
}

function ordinalOf(p: Paragraph): string | null {
  return p.marker && ORDINAL_MARKERS.has(p.marker.kind) && p.marker.label ? cleanOrdinal(p.marker.label) : null;
}

function headingKind(st: State, content: string): { readonly nonTask: boolean; readonly assignment: boolean } {
  let kind = st.headingKinds.get(content);
  if (kind === undefined) {
    kind = { nonTask: isNonTaskHeading(st, content), assignment: isAssignmentHeading(st, content) };
    st.headingKinds.set(content, kind);
  }
  return kind;
}

function pushSection(st: State, p: Paragraph, level: number): Scope {
  const kind = headingKind(st, st.doc.text.slice(p.contentStart, p.end));
  const scope: Scope = {
    level,
    kind: 'section',
    para: p,
    label: sectionLabel(st.doc, p),
    ordinal: ordinalOf(p),
    lead: null,
    nonTask: p.marker?.kind !== 'dieu' && kind.nonTask,
    assignment: kind.assignment,
    parent: sectionOf(st),
    fields: null,
  };
  st.stack.push(scope);
  st.headings.push({ offset: p.start, text: scope.label });
  return scope;
}

/**
 * The text after "X:" in a heading: its first sentence is X's task, and the sentences after it
 * that start with a verb go on with it ("X: Nghiên cứu …. Kết quả …" keeps only the first).
 */
function emitHeadingText(st: State, p: Paragraph, lead: TextPiece, rest: TextRange): void {
  const { doc, key, data } = st;
  const text = doc.text.slice(rest.start, rest.end).trim();
  if (wordCount(text, 2) < 2 || text.endsWith(':')) return;
  // "Lãnh đạo phòng … thụ lý: 0,5 ngày" — a step and its duration, not a task.
  if (/^\p{N}/u.test(text)) return;
  const sentences = sentencesOf(data, doc.text, key, rest.start, rest.end);
  let end = (sentences[0] as TextRange).end;
  for (const sr of sentences.slice(1)) {
    const r = sentenceAt(st, sr, { allowSubjectVerb: false, news: st.news });
    if (r.kind !== 'verb-first') break;
    end = sr.end;
  }
  const action = { start: rest.start, end };
  emit(st, { lead: [lead], support: [], action, scan: action, range: { start: p.start, end }, ordinal: ordinalOf(p), source: 'list' });
}

/** Sentences of a paragraph read as assignments; returns whether the paragraph assigned or opened a run. */
function readItem(st: State, p: Paragraph, group: TextPiece | null): boolean {
  const { doc, key, data } = st;
  const listed = p.marker !== null && p.marker.kind !== 'dieu';
  const sentences = sentencesOf(data, doc.text, key, p.contentStart, p.end);
  let last: TaskCandidate | null = null;
  let lastIndex = -1;
  let assigned = false;
  let opened = false;
  let openerLead: TextPiece | null = null;
  let explicitLead: TextPiece | null = null;
  let first = true;
  // An item under a heading that names a body is one task of that body, whatever its sentences
  // say, unless its first sentence assigns the task to someone else.
  if (group && listed) {
    const head = sentences[0] as TextRange;
    const r0 = sentenceAt(st, head, { allowSubjectVerb: false, news: st.news });
    const own = r0.kind === 'directive' || r0.kind === 'lead-marker' || r0.kind === 'modal';
    const content = doc.text.slice(p.contentStart, p.end).trim();
    if (!own && r0.reject !== 'boilerplate' && r0.reject !== 'closing-formula' && wordCount(content, 3) >= 3 && !content.endsWith(':')) {
      const whole = { start: p.contentStart, end: p.end };
      const m = markersAt(data, doc.text, key, p.contentStart, p.end);
      const groupSupport = groupScope(st)?.support ?? null;
      const t = emit(st, {
        lead: [group],
        support: m.support ? [piece(doc, m.support)] : groupSupport ? [groupSupport] : [],
        action: { start: m.actionStart, end: p.end },
        scan: whole,
        range: { start: p.start, end: p.end },
        ordinal: ordinalOf(p),
        source: 'list',
      });
      st.block.open = t !== null || st.block.open;
      return t !== null;
    }
  }
  for (const sr of sentences) {
    const r = sentenceAt(st, sr, {
      allowSubjectVerb: st.block.open || inAssignment(st),
      news: st.news,
    });
    if (r.opens) {
      opened = true;
      if (r.openerLead) openerLead = piece(doc, r.openerLead);
    }
    const range = listed && first ? { start: p.start, end: sr.end } : sr;
    const ordinal = first ? ordinalOf(p) : null;
    if (r.reject) {
      note(st, r, sr);
      last = null;
    } else if (r.kind === 'directive' || r.kind === 'lead-marker' || r.kind === 'modal' || r.kind === 'subject-verb') {
      const lead = piece(doc, r.lead as BodySpan);
      last = emit(st, {
        lead: [lead],
        support: r.support ? [piece(doc, r.support)] : [],
        action: r.predicate as TextRange,
        scan: sr,
        range,
        ordinal,
        source: listed ? 'list' : 'text',
      });
      if (last) {
        explicitLead = lead;
        lastIndex = st.tasks.length - 1;
      }
    } else if (r.kind === 'verb-first') {
      if (last && lastIndex === st.tasks.length - 1) {
        // A following sentence that starts with a verb goes on with the same task.
        const merged: TaskCandidate = { ...last, description: `${last.description}. ${describe(doc.text, r.predicate as TextRange, null)}`, range: { start: last.range.start, end: sr.end } };
        st.tasks[lastIndex] = merged;
        last = merged;
      } else {
        const lead = group ?? (st.block.open ? st.block.lead : null);
        if (lead) {
          last = emit(st, { lead: [lead], support: [], action: r.predicate as TextRange, scan: sr, range, ordinal, source: 'list' });
          if (last) lastIndex = st.tasks.length - 1;
        } else last = null;
      }
    } else if (r.kind === 'body-heading' && r.lead) {
      openerLead = piece(doc, r.lead);
      opened = true;
      last = null;
    } else last = null;
    if (last) assigned = true;
    first = false;
  }
  if (assigned || opened) {
    st.block.open = true;
    st.block.lead = explicitLead ?? openerLead ?? st.block.lead;
  } else {
    st.block.open = false;
    st.block.lead = null;
  }
  return assigned;
}

export function walkParagraphs(
  doc: NormalizedDocument,
  paragraphs: readonly Paragraph[],
  data: CompiledTaskData,
  labelKey: (s: string) => string,
  news: boolean,
  report: Report,
): WalkResult {
  const st: State = {
    doc,
    key: phraseKey(doc.text),
    data,
    news,
    report,
    stack: [],
    tasks: [],
    headings: [],
    block: { open: false, lead: null },
    pending: null,
    reported: 0,
    deadlines: new Map(),
    scanDeadlines: new Map(),
    sentences: doc.text.length >= READING_MEMO_FROM ? new Map() : null,
    headingReadings: doc.text.length >= READING_MEMO_FROM ? new Map() : null,
    labelKey,
    headingKinds: new Map(),
  };
  for (const p of paragraphs) {
    if (p.level < PLAIN_LEVEL) popTo(st, p.level);

    // Values of a label printed on the lines under it ("a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia.").
    const label = readLabel(st, p);
    if (st.pending && p.level > st.pending.level && !label) {
      addLabelValue(st, st.pending.head, st.pending.kind, { start: p.contentStart, end: p.end }, p.end);
      continue;
    }
    st.pending = null;

    if (label) {
      if (label.kind === 'container' || label.kind === 'content') {
        st.stack.push({ level: p.level, kind: label.kind, para: p, label: '', ordinal: null, lead: null, nonTask: false, assignment: false, parent: sectionOf(st), fields: null });
        continue;
      }
      const head = findHead(st, p.level);
      if (head) {
        if (label.kind === 'disqualifying') {
          head.fields ??= { lead: [], support: [], deadline: null, deliverable: null, disqualified: false, end: p.end };
          head.fields.disqualified = true;
        } else if (label.value) {
          addLabelValue(st, head, label.kind, label.value, p.end);
        } else {
          st.pending = { head, kind: label.kind, level: p.level };
        }
        continue;
      }
    }

    if (p.title) {
      pushSection(st, p, TITLE_LEVEL);
      st.block = { open: false, lead: null };
      continue;
    }
    const group = groupLead(st);
    if (p.marker?.kind === 'dieu') pushSection(st, p, p.level);

    const bh = inNonTask(st) ? null : bodyHeading(st, p);
    if (bh) {
      const lead = piece(doc, bh.lead);
      // The task on the heading's own line belongs to the section above it, not to itself.
      emitHeadingText(st, p, lead, bh.rest);
      if (p.level < PLAIN_LEVEL) {
        const support = bh.support ? piece(doc, bh.support) : null;
        st.stack.push({ level: p.marker?.kind === 'dieu' ? p.level + 0.1 : p.level, kind: 'group', para: p, label: sectionLabel(doc, p), ordinal: ordinalOf(p), lead, support, nonTask: false, assignment: true, parent: sectionOf(st), fields: null });
      }
      st.block = { open: true, lead };
      continue;
    }

    if (p.marker?.kind !== 'dieu' && headingLike(doc, p) && !(group && p.level < PLAIN_LEVEL && p.level > 1)) {
      pushSection(st, p, p.level);
      st.block = { open: false, lead: null };
      continue;
    }
    const top = st.stack[st.stack.length - 1];
    if (top && (top.kind === 'item' || top.kind === 'section') && !top.descPara && !top.fields && p.level === PLAIN_LEVEL && wordCount(doc.text.slice(top.para.contentStart, top.para.end), 1) === 0) {
      top.descPara = p;
      continue;
    }
    // A numbered item stays open: labels under it ("- Cơ quan thực hiện: …") make it a task,
    // even where a missed heading left a "Mục đích, yêu cầu" section open.
    let item: Scope | null = null;
    if (p.marker && p.level <= 7 && p.marker.kind !== 'dieu' && !group) {
      item = { level: p.level, kind: 'item', para: p, label: '', ordinal: ordinalOf(p), lead: null, nonTask: false, assignment: false, parent: sectionOf(st), fields: null };
    }
    if (inNonTask(st)) {
      st.block = { open: false, lead: null };
      if (item) st.stack.push(item);
      continue;
    }
    const before = st.tasks.length;
    readItem(st, p, group);
    if (item) {
      item.prose = st.tasks.slice(before);
      st.stack.push(item);
    }
  }
  popTo(st, -Infinity);
  return { tasks: st.tasks, headings: st.headings };
}
