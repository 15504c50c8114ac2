/**
 * src/data/citation-phrases.json, validated once and compiled into regexes over folded
 * text (foldKey keeps offsets). Built on first use, never at import time.
 */
import phrasesJson from '../../data/citation-phrases.json';
import { CitationPhrasesFileSchema, type CitationPhrasesFile } from '../../data/schema.js';
import { dataFile } from '../../data/load.js';
import { foldKey } from '../../text/fold.js';
import { WB_END, WB_START, alternation } from '../../text/patterns.js';
import { codeTables } from '../number/codes.js';

export interface CitationPhrases {
  readonly file: CitationPhrasesFile;
  /** Folded alternation of every document-type name and generic word ("quyet dinh|van ban|…"). */
  readonly typeWords: string;
  /** The same words as a list (folded): number/type-word.ts walks them backwards. */
  readonly typeWordList: readonly string[];
  /** Folded alternation of the report verbs. */
  readonly reportVerbs: string;
  /** Folded alternation of the sentence-initial report openers ("thuc hien"). */
  readonly reportOpeners: string;
  /** `^(cue)` on a folded clause: the trích yếu of a cited document starts here. */
  readonly titleCue: RegExp;
  readonly basisStart: RegExp;
  /** The first characters of the folded basis starts: a line opening with another cannot match basisStart. */
  readonly basisFirstChars: ReadonlySet<string>;
  /** A cue anywhere in a folded clause. */
  readonly amends: RegExp;
  readonly replaces: RegExp;
  /** A cue that ends the folded text before a citation (it stands right before the type word),
   * not preceded by "về" ("về thực hiện …" describes another document). */
  readonly implementsBefore: RegExp;
  /** The same cue with up to three words before "số" (a type word mangled or unknown:
   * "Thực hiện Chương trình hành độ số 104-CTr/Tu"). */
  readonly implementsLoose: RegExp;
  /** The folded implements cues as text: neither pattern above can match where none occurs. */
  readonly implementsCues: readonly string[];
  /** A clause that opens with the cue and a type word ("thuc hien ke hoach"). */
  readonly implementsOpener: RegExp;
  /** "<type> này" in folded text. */
  readonly selfReference: RegExp;
  /** Law-like types cited by name: `^(bo luat|luat|…)` + a capitalised word follows. */
  readonly lawTypes: string;
  /** Lower-case words (with case) that end an issuer name. */
  readonly issuerStop: RegExp;
}

let compiled: CitationPhrases | undefined;

function foldedAlternation(items: readonly string[]): string {
  return alternation(items.map((s) => foldKey(s)));
}

export function citationPhrases(): CitationPhrases {
  if (compiled) return compiled;
  const file = dataFile(CitationPhrasesFileSchema, phrasesJson);
  const names = new Set<string>();
  for (const t of codeTables().types) for (const n of [t.name, ...t.aliases]) names.add(n);
  for (const g of file.genericDocuments.phrases) names.add(g);
  const typeWords = foldedAlternation([...names]);
  const typeWordList = Object.freeze([...names].map((s) => foldKey(s)).filter((s) => s.length > 0));
  const w = (list: readonly string[]): string => `${WB_START}(?:${foldedAlternation(list)})${WB_END}`;
  compiled = Object.freeze({
    file,
    typeWords,
    typeWordList,
    reportVerbs: foldedAlternation(file.reportVerbs.phrases),
    reportOpeners: foldedAlternation(file.reportOpeners.phrases),
    titleCue: new RegExp(`^(?:${foldedAlternation(file.titleCues.phrases)})${WB_END}`, 'u'),
    basisStart: new RegExp(`^(?:${foldedAlternation(file.basisStarts.phrases)})${WB_END}`, 'u'),
    basisFirstChars: new Set(file.basisStarts.phrases.map((s) => foldKey(s).charAt(0))),
    amends: new RegExp(w(file.amendsCues.phrases), 'u'),
    replaces: new RegExp(w(file.replacesCues.phrases), 'u'),
    implementsBefore: new RegExp(`(?<!ve )${w(file.implementsCues.phrases)}\\s{1,3}(?:cac\\s{1,3})?$`, 'u'),
    implementsLoose: new RegExp(`(?<!ve )${w(file.implementsCues.phrases)}\\s{1,3}(?:\\S{1,20}\\s{1,3}){1,3}so\\s{0,2}:?\\s{0,2}$`, 'u'),
    implementsCues: Object.freeze(file.implementsCues.phrases.map((c) => foldKey(c))),
    implementsOpener: new RegExp(`^${w(file.implementsCues.phrases)}\\s{1,3}(?:cac\\s{1,3})?(?:${typeWords})${WB_END}`, 'u'),
    selfReference: new RegExp(`${WB_START}(?:${typeWords})\\s+(?:${foldedAlternation(file.selfReference.phrases)})${WB_END}`, 'u'),
    lawTypes: foldedAlternation(file.lawTypes.phrases),
    issuerStop: new RegExp(`^(?:${alternation(file.issuerStops.phrases)})${WB_END}`, 'u'),
  });
  return compiled;
}
