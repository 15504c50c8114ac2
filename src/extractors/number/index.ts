/** number extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const numberExtractor = defineExtractor({
  id: 'number',
  extract: () => null,
});
