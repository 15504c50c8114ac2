/** issuer extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const issuerExtractor = defineExtractor({
  id: 'issuer',
  extract: () => null,
});
