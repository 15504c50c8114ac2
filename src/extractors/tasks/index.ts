/** tasks extractor — first wiring; its capability issue fills it in. */
import { defineExtractor } from '../types.js';

export const tasksExtractor = defineExtractor({
  id: 'tasks',
  extract: () => [],
});
