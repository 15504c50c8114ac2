/** Cross-field refiners, in order. */
import type { Refiner } from '../extractors/types.js';
import { resolveTasks } from './resolve-tasks.js';

export const defaultRefiners: readonly Refiner[] = Object.freeze([resolveTasks]);
