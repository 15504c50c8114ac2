/** kind extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const kindExtractor = defineExtractor({
  id: 'kind',
  extract: () => null,
});
