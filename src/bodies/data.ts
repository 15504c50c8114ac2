/**
 * The body data files, validated once on first use (nothing is parsed at import time beyond
 * the JSON modules themselves).
 */
import abbreviationsJson from '../data/abbreviations.json';
import bodyPhrasesJson from '../data/body-phrases.json';
import centralJson from '../data/central-bodies.json';
import collectivesJson from '../data/collective-bodies.json';
import localKindsJson from '../data/local-body-kinds.json';
import provincesJson from '../data/provinces.json';
import surnamesJson from '../data/surnames.json';
import { dataFile } from '../data/load.js';
import { z } from 'zod';
import {
  AbbreviationsFileSchema,
  BodyPhrasesFileSchema,
  CentralBodiesFileSchema,
  CollectiveBodiesFileSchema,
  LocalBodyKindsFileSchema,
  ProvincesFileSchema,
} from '../data/schema.js';

const SurnamesSchema = z.object({ surnames: z.array(z.object({ name: z.string(), group: z.string() }).passthrough()) }).passthrough();

export interface BodyData {
  readonly central: z.infer<typeof CentralBodiesFileSchema>;
  readonly provinces: z.infer<typeof ProvincesFileSchema>;
  readonly localKinds: z.infer<typeof LocalBodyKindsFileSchema>;
  readonly collectives: z.infer<typeof CollectiveBodiesFileSchema>;
  readonly abbreviations: z.infer<typeof AbbreviationsFileSchema>;
  readonly phrases: z.infer<typeof BodyPhrasesFileSchema>;
  /** The most frequent family names, to stop an unknown body's name before a person's name. */
  readonly surnames: readonly string[];
}

let cached: BodyData | undefined;

export function bodyData(): BodyData {
  cached ??= {
    central: dataFile(CentralBodiesFileSchema, centralJson),
    provinces: dataFile(ProvincesFileSchema, provincesJson),
    localKinds: dataFile(LocalBodyKindsFileSchema, localKindsJson),
    collectives: dataFile(CollectiveBodiesFileSchema, collectivesJson),
    abbreviations: dataFile(AbbreviationsFileSchema, abbreviationsJson),
    phrases: dataFile(BodyPhrasesFileSchema, bodyPhrasesJson),
    surnames: dataFile(SurnamesSchema, surnamesJson).surnames.filter((s) => s.group === 'common').map((s) => s.name),
  };
  return cached;
}
