/**
 * The document-type and issuer-code tables (src/data/doc-types.json, issuer-codes.json),
 * compiled into lookups on first use (src/data/load.ts: checked by the tests). Nothing is built at import time.
 */
import docTypesJson from '../../data/doc-types.json';
import issuerCodesJson from '../../data/issuer-codes.json';
import { DocTypesFileSchema, IssuerCodesFileSchema, type DocType, type IssuerCode } from '../../data/schema.js';
import { dataFile } from '../../data/load.js';
import { foldKey } from '../../text/fold.js';
import { alternation } from '../../text/patterns.js';

export interface CodeTables {
  readonly types: readonly DocType[];
  readonly issuers: readonly IssuerCode[];
  /** Exact code → rows (QĐ has an administrative, a normative and a Party row). */
  readonly typesByCode: ReadonlyMap<string, readonly DocType[]>;
  readonly issuersByCode: ReadonlyMap<string, IssuerCode>;
  /** Folded type name or alias ("quyet dinh") → the row giving the kind. */
  readonly typeByName: ReadonlyMap<string, DocType>;
  /** Alternation of every type name and alias, longest first (for citations in prose). */
  readonly typeNamePattern: string;
}

let tables: CodeTables | undefined;

/** Administrative rows first, so a code's kind name is the everyday one. */
const FAMILY_ORDER: Record<DocType['family'], number> = { administrative: 0, normative: 1, practice: 2, copy: 3, party: 4 };

export function codeTables(): CodeTables {
  if (tables) return tables;
  const types = dataFile(DocTypesFileSchema, docTypesJson).types;
  const issuers = dataFile(IssuerCodesFileSchema, issuerCodesJson).issuers;
  const typesByCode = new Map<string, DocType[]>();
  const typeByName = new Map<string, DocType>();
  // Current rows before expired ones (GCN before TT 01/2011's CN), then by family.
  const ordered = [...types].sort(
    (a, b) => Number(a.validTo !== null) - Number(b.validTo !== null) || FAMILY_ORDER[a.family] - FAMILY_ORDER[b.family],
  );
  for (const t of ordered) {
    if (t.code !== null) typesByCode.set(t.code, [...(typesByCode.get(t.code) ?? []), t]);
    for (const name of [t.name, ...t.aliases]) {
      const key = foldKey(name);
      // The first row wins, but a row with a code beats one without.
      const prev = typeByName.get(key);
      if (!prev || (prev.code === null && t.code !== null)) typeByName.set(key, t);
    }
  }
  const issuersByCode = new Map<string, IssuerCode>();
  for (const i of issuers) if (!issuersByCode.has(i.code)) issuersByCode.set(i.code, i);
  const names = new Set<string>();
  for (const t of types) for (const n of [t.name, ...t.aliases]) names.add(n);
  tables = Object.freeze({
    types,
    issuers,
    typesByCode,
    issuersByCode,
    typeByName,
    typeNamePattern: alternation(names),
  });
  return tables;
}

/** A code as printed → the table's code, or null. Exact first, then case-insensitive, then
 * diacritic-insensitive when that is unambiguous (ND → NĐ; DA stays Dự án, never Đề án). */
function canonical(printed: string, codes: Iterable<string>, extra: (code: string) => readonly string[] = () => []): string | null {
  const all = [...codes];
  if (all.includes(printed)) return printed;
  for (const c of all) if (extra(c).includes(printed)) return c;
  const upper = printed.toUpperCase();
  const ci = all.filter((c) => c.toUpperCase() === upper);
  if (ci.length === 1) return ci[0] as string;
  const folded = foldKey(printed);
  const fi = all.filter((c) => foldKey(c) === folded);
  return fi.length === 1 ? (fi[0] as string) : null;
}

/**
 * Memo of a pure lookup from printed segments: a page prints the same few codes again and
 * again (every "QĐ-UBND" of a basis list), and each lookup scans whole tables. Bounded, so a
 * page of distinct junk segments cannot grow it without limit.
 */
class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly compute: (printed: string) => V) {}
  get(printed: string): V {
    let v = this.map.get(printed);
    if (v === undefined && !this.map.has(printed)) {
      v = this.compute(printed);
      if (this.map.size >= 4096) this.map.clear();
      this.map.set(printed, v);
    }
    return v as V;
  }
}

/** Type codes that may stand in a symbol. */
let symbolCodes: string[] | undefined;

const typeCodeMemo = new Memo((printed: string): string | null => {
  const t = codeTables();
  symbolCodes ??= [...t.typesByCode.entries()].filter(([, rows]) => rows.some((r) => r.inSymbol)).map(([c]) => c);
  return canonical(printed, symbolCodes);
});

/** The table's type code for a printed type segment ("ND" → "NĐ"), or null when unknown. */
export function canonicalTypeCode(printed: string): string | null {
  return typeCodeMemo.get(printed);
}

const issuerRowMemo = new Memo((printed: string): IssuerCode | null => {
  const t = codeTables();
  const m = /^(\p{L}+?)(\d{1,2})$/u.exec(printed);
  if (m) {
    const row = t.issuersByCode.get(canonical(m[1] as string, t.issuersByCode.keys()) ?? '');
    if (row?.termNumbered) return row;
  }
  const code = canonical(printed, t.issuersByCode.keys(), (c) => t.issuersByCode.get(c)?.asciiForms ?? []);
  return code === null ? null : (t.issuersByCode.get(code) ?? null);
});

/** The issuer row for a printed issuer segment ("QH15" → QH, "BLDTBXH" → BLĐTBXH), or null. */
export function issuerRow(printed: string): IssuerCode | null {
  return issuerRowMemo.get(printed);
}

const issuerCodeMemo = new Memo((printed: string): string | null => {
  const row = issuerRow(printed);
  if (!row) return null;
  const term = /\d{1,2}$/u.exec(printed);
  return row.termNumbered && term ? `${row.code}${term[0]}` : row.code;
});

/** The canonical form of a printed issuer segment (term number kept): "qh15" → "QH15". */
export function canonicalIssuerCode(printed: string): string | null {
  return issuerCodeMemo.get(printed);
}

/** Kind (code + short name) for a type code; the administrative row's name comes first, or
 * the Party row's for a Party-style number (18-TT/TW is a Thông tri, not a Thông tư). */
export function kindOfTypeCode(code: string, party = false): { code: string; name: string } | null {
  const rows = codeTables().typesByCode.get(code);
  const row = (party ? rows?.find((r) => r.family === 'party') : undefined) ?? rows?.[0];
  return row && row.code !== null ? { code: row.code, name: row.name } : null;
}

const typeByNameMemo = new Memo((printed: string): DocType | null => codeTables().typeByName.get(foldKey(printed.trim()).replace(/\s+/gu, ' ')) ?? null);

/** The row for a type name as printed ("QUYẾT ĐỊNH", "Thông tư liên tịch"), or null. Asked
 * for each citation's type word: the same few words, folded once each. */
export function typeByName(printed: string): DocType | null {
  return typeByNameMemo.get(printed);
}
