/** Validity on a date: ISO dates compare as strings. */
import type { BodyEra } from './types.js';

export type EraStatus = BodyEra['status'];

export function eraStatus(validFrom: string | null, validTo: string | null, date: string | null): EraStatus {
  if (!date) return 'unknown';
  if (validFrom && date < validFrom) return 'before';
  if (validTo && date > validTo) return 'after';
  return 'in';
}

export function makeEra(
  validFrom: string | null,
  validTo: string | null,
  date: string | null,
  subject: string,
  successors: readonly string[] = [],
  approximate = false,
): BodyEra {
  return { status: eraStatus(validFrom, validTo, date), validFrom, validTo, successors, subject, approximate };
}

/** The first era that is not 'in' (the body is out of its time if any part of it is), else the first. */
export function worstEra(eras: readonly (BodyEra | null)[]): BodyEra | null {
  const present = eras.filter((e): e is BodyEra => e !== null);
  return present.find((e) => e.status === 'before' || e.status === 'after') ?? present[0] ?? null;
}
