/** recipients extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const recipientsExtractor = defineExtractor({
  id: 'recipients',
  extract: () => [],
});
