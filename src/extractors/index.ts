/** The default extractors; the pipeline orders them by `requires`. */
import type { Extractor } from './types.js';
import { kindExtractor } from './kind/index.js';
import { numberExtractor } from './number/index.js';
import { titleExtractor } from './title/index.js';
import { issuedExtractor } from './issued/index.js';
import { issuerExtractor } from './issuer/index.js';
import { referencesExtractor } from './references/index.js';
import { signersExtractor } from './signers/index.js';
import { recipientsExtractor } from './recipients/index.js';
import { tasksExtractor } from './tasks/index.js';
import { bodiesExtractor } from './bodies/index.js';

export const defaultExtractors: readonly Extractor[] = Object.freeze([
  kindExtractor,
  numberExtractor,
  titleExtractor,
  issuedExtractor,
  issuerExtractor,
  referencesExtractor,
  signersExtractor,
  recipientsExtractor,
  tasksExtractor,
  bodiesExtractor,
] as Extractor[]);
