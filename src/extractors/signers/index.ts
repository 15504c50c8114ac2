/** signers extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const signersExtractor = defineExtractor({
  id: 'signers',
  extract: () => [],
});
