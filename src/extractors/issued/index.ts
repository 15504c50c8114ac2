/** issued extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const issuedExtractor = defineExtractor({
  id: 'issued',
  extract: () => null,
});
