/** bodies extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const bodiesExtractor = defineExtractor({
  id: 'bodies',
  requires: ['issuer', 'issued'],
  extract: () => [],
});
