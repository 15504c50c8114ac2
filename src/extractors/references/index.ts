/** references extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const referencesExtractor = defineExtractor({
  id: 'references',
  extract: () => [],
});
