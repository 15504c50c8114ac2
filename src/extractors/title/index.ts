/** title extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const titleExtractor = defineExtractor({
  id: 'title',
  extract: () => null,
});
