/**
 * Signature blocks from atoms: read each column (stream) top to bottom, collect the
 * authority prefixes and posts, and close the block at the signer's name.
 *
 * Reading rules:
 * - recipient lines, digital-signature lines and signed marks do not end a block (the
 *   "Nơi nhận" column may be interleaved with it line by line);
 * - an upper-case line after a post continues it (KT. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO / VÀ
 *   DU LỊCH; CHỦ TỊCH / NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM), unless it is an all-caps
 *   name that ends the block;
 * - prose ends a block; a block ending without a name yields no signer;
 * - several names right after one another close a row-interleaved joint layout: the posts
 *   are dealt out to them column by column when they divide evenly by row.
 */
import type { TextRange } from '../../document.js';
import type { Authority } from '../../schema.js';
import { atomRecord, type Atom } from './atoms.js';
import type { PersonName } from './names.js';
import { collapseSpaces } from '../../text/space.js';
import { spaceOr, trimEndWhere, trimStartWhere } from './trim.js';

export interface BlockSigner {
  readonly name: string;
  readonly title: string | null;
  readonly authority: Authority | null;
  readonly onBehalfOf: string | null;
  readonly person: PersonName;
  /** From the first header line to the end of the name. */
  readonly range: TextRange;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly hasPrefix: boolean;
  readonly hasMark: boolean;
  /** Every post was printed in mixed case (weak evidence). */
  readonly mixedCaseOnly: boolean;
}

export interface BlockNote {
  readonly rule: 'block-without-name' | 'ambiguous-columns';
  readonly message: string;
  readonly range: TextRange;
  readonly actual?: string;
}

export interface BareName {
  readonly atom: Atom;
  /** A signed mark stands next to it ("Nguyễn Văn An (Đã ký)"). */
  readonly marked: boolean;
}

export interface BlockReading {
  readonly signers: BlockSigner[];
  /** Names with no post above them (an author line, or a block whose posts were lost). */
  readonly bareNames: BareName[];
  /** Start offsets of copy-certification headings (SAO Y BẢN CHÍNH). */
  readonly copyMarkers: number[];
  readonly notes: BlockNote[];
}

const isPost = (a: Atom): boolean => a.kind === 'prefix' || a.kind === 'title';
const SKIPPED = new Set<Atom['kind']>(['digital', 'recipient-head', 'recipient-item', 'mark']);

const SPACE_OR_LEAD = spaceOr(',;:.');
const SPACE_OR_TAIL = spaceOr(',;:');

function clean(s: string | undefined): string {
  return trimEndWhere(trimStartWhere(collapseSpaces(s ?? ''), SPACE_OR_LEAD), SPACE_OR_TAIL);
}

/** Join an upper-case continuation line to the header before it. */
function merge(head: Atom, next: Atom): Atom {
  const text = `${head.text} ${next.text}`;
  if (head.kind === 'prefix' && head.rest) {
    const rest = head.rest.text === '' ? { start: next.start, end: next.end, text: next.text } : { start: head.rest.start, end: next.end, text: `${head.rest.text} ${next.text}`.trim() };
    return atomRecord(head.kind, head.start, next.end, text, head.stream, head.line, { authority: head.authority, rest, person: head.person, mixedCase: head.mixedCase, raw: head.raw, closed: head.closed });
  }
  // A header line continued by the next one: the merged line is no longer a name.
  return atomRecord(head.kind, head.start, next.end, text, head.stream, head.line, { authority: head.authority, rest: head.rest, mixedCase: head.mixedCase, raw: head.raw, closed: head.closed });
}

function toSigner(headers: readonly Atom[], nameAtom: Atom, marks: number): BlockSigner {
  const person = nameAtom.person as PersonName;
  // The innermost prefix, and whether every post (prefixes included) was printed in mixed
  // case, in one look at the headers (a page repeating a block closes thousands of them).
  let innermost: Atom | undefined;
  let mixedCaseOnly = true;
  for (const h of headers) {
    if (h.kind === 'prefix') innermost = h;
    if (isPost(h) && h.mixedCase !== true) mixedCaseOnly = false;
  }
  const last = headers[headers.length - 1] as Atom;
  let title: string | null;
  /** The header line right above the title; the chain of lines above it ends there. */
  let above: Atom | undefined;
  if (last.kind === 'prefix') {
    // Q. CHỦ TỊCH: the acting head's post is the title; KT./TL./TUQ./TM. without a post line
    // below: the signer's own title is not printed.
    title = last.authority === 'Q' ? clean(last.rest?.text) || null : null;
    above = last.authority === 'Q' ? headers[headers.length - 2] : last;
  } else {
    title = clean(last.text) || null;
    above = headers[headers.length - 2];
  }
  // The office signed for is the line right above the title (the innermost prefix's post);
  // outer lines (the TM. collective) are the issuer's, not repeated here.
  const behalf = above ? clean(above.kind === 'prefix' ? above.rest?.text : above.text) : '';
  const first = headers[0] as Atom;
  return {
    name: person.value,
    title,
    authority: innermost ? (innermost.authority ?? null) : null,
    onBehalfOf: behalf.length > 0 ? behalf : null,
    person,
    range: { start: first.start, end: person.range.end },
    firstLine: first.line,
    lastLine: nameAtom.line,
    hasPrefix: innermost !== undefined,
    hasMark: marks > 0,
    mixedCaseOnly,
  };
}

/** Deal posts out column by column when each row holds one line per column. */
function dealColumns(headers: readonly Atom[], k: number): Atom[][] | null {
  if (headers.length % k !== 0) return null;
  for (let row = 0; row < headers.length; row += k) {
    const kinds = new Set(headers.slice(row, row + k).map((h) => (h.kind === 'upper' ? 'title' : h.kind)));
    if (kinds.size !== 1) return null;
  }
  return Array.from({ length: k }, (_, j) => headers.filter((_, i) => i % k === j));
}

/** Whether the atom after an upper-case line (a post or a name close below it) makes the line part of the header. */
function continuesHeader(a: Atom, next: Atom | null): boolean {
  return next !== null && next.line - a.line <= 3 && (next.kind === 'name' || isPost(next) || (next.kind === 'upper' && next.person !== undefined));
}

function readStream(atoms: readonly Atom[], out: BlockReading): void {
  let headers: Atom[] = [];
  let names: Atom[] = [];
  let marks = 0;

  const close = (): void => {
    if (names.length === 0) return;
    let first = headers.findIndex(isPost);
    if (first < 0) out.bareNames.push(...names.map((atom) => ({ atom, marked: marks > 0 })));
    if (first >= 0) {
      // Keep the upper-case lines right above the first post (ỦY BAN NHÂN DÂN without TM.).
      while (first > 0 && (headers[first - 1] as Atom).kind === 'upper' && (headers[first] as Atom).line - (headers[first - 1] as Atom).line <= 2) first--;
      const kept = headers.slice(first);
      const k = names.length;
      const columns = k > 1 ? dealColumns(kept, k) : null;
      if (k === 1 || columns === null) {
        out.signers.push(toSigner(kept, names[k - 1] as Atom, marks));
        if (k > 1) {
          out.notes.push({
            rule: 'ambiguous-columns',
            message: `${k} names follow one signature block; the posts do not divide into columns, so only the last name is taken as the signer`,
            range: { start: (names[0] as Atom).start, end: (names[k - 2] as Atom).end },
            actual: names.slice(0, -1).map((n) => n.text).join('; '),
          });
        }
      } else {
        columns.forEach((col, j) => out.signers.push(toSigner(col, names[j] as Atom, marks)));
      }
    }
    headers = [];
    names = [];
    marks = 0;
  };

  const end = (): void => {
    close();
    // (Prose ends a block at every line of a page: most of the time there is none.)
    if (headers.length === 0) {
      marks = 0;
      return;
    }
    if (headers.some((h) => h.kind === 'prefix') || (marks > 0 && headers.some(isPost))) {
      const first = headers[0] as Atom;
      const last = headers[headers.length - 1] as Atom;
      out.notes.push({
        rule: 'block-without-name',
        message: 'a signature block (authority or post) is not followed by a name; no signer is taken from it',
        range: { start: first.start, end: last.end },
        actual: headers.map((h) => h.text).join(' / '),
      });
    }
    headers = [];
    marks = 0;
  };

  /** The next atom that is not skipped, or null. */
  const peek = (i: number): Atom | null => {
    for (let j = i + 1; j < atoms.length; j++) if (!SKIPPED.has((atoms[j] as Atom).kind)) return atoms[j] as Atom;
    return null;
  };

  // A recipient wrapped onto the next lines ("(đăng tải trên Website của" / "tỉnh);") is
  // part of the list, not prose that ends the block: lines after an open item are skipped
  // until one closes it with ";" or ".".
  let openItem = false;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    if (a.kind === 'recipient-item') openItem = a.closed !== true;
    else if (a.kind === 'prose' && openItem && a.text.length <= 100) {
      openItem = a.closed !== true;
      continue;
    } else if (a.kind !== 'mark' && a.kind !== 'digital') openItem = false;
    switch (a.kind) {
      case 'digital':
      case 'recipient-head':
      case 'recipient-item':
        break;
      case 'mark':
        marks++;
        break;
      case 'copy':
        end();
        out.copyMarkers.push(a.start);
        break;
      case 'prefix':
      case 'title': {
        close();
        const last = headers[headers.length - 1];
        // A prefix printed alone on its line ("TL." / "BỘ TRƯỞNG") takes the next post.
        if (a.kind === 'title' && last && last.kind === 'prefix' && last.rest?.text === '') headers[headers.length - 1] = merge(last, a);
        else headers.push(a);
        break;
      }
      case 'upper': {
        close();
        // An all-caps name ends the block unless a post or a name follows closely, in which
        // case the line continues the header above it. (The name is asked last: an upper-case
        // line parses it on first use, and most such lines stand under no post.)
        const person = headers.some(isPost) ? a.person : undefined;
        if (person && !continuesHeader(a, peek(i))) {
          // (Fields named one by one: an upper-case atom reads its name through a getter, which a spread would not copy.)
          names.push(atomRecord('name', person.range.start, person.range.end, person.value, a.stream, a.line, { person }));
        } else if (headers.length > 0) {
          headers[headers.length - 1] = merge(headers[headers.length - 1] as Atom, a);
        } else headers.push(a);
        break;
      }
      case 'name':
        names.push(a);
        break;
      case 'prose':
        end();
        break;
    }
  }
  end();
}

/** Read every stream of atoms (given in text order) into signature blocks. */
export function readBlocks(atoms: readonly Atom[]): BlockReading {
  const streams = new Map<string, Atom[]>();
  // (Runs of atoms share a stream, most often one key string for the whole page: the list of
  // the last stream is kept at hand instead of looked up per atom.)
  let lastKey: string | undefined;
  let last: Atom[] = [];
  for (const a of atoms) {
    if (a.stream !== lastKey) {
      lastKey = a.stream;
      const s = streams.get(lastKey);
      if (s) last = s;
      else streams.set(lastKey, (last = []));
    }
    last.push(a);
  }
  const out: BlockReading = { signers: [], bareNames: [], copyMarkers: [], notes: [] };
  for (const list of streams.values()) readStream(list, out);
  out.signers.sort((x, y) => x.range.start - y.range.start);
  out.copyMarkers.sort((x, y) => x - y);
  out.bareNames.sort((x, y) => x.atom.start - y.atom.start);
  return out;
}
