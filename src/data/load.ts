/**
 * How the loaders take a data file (src/data/*.json, src/deadline's phrases): as its zod
 * schema types it, without running the schema.
 *
 * Why not parse at load: the files are bundled with the code, so a check at run time would
 * judge the same bytes again and again, and it cost 60–100 ms CPU in every process and in
 * every worker thread of `vanban extract`. The check stays where a broken file can come from
 * — the tests: test/data/*.test.ts, test/extractors/tasks.data.test.ts and
 * test/deadline/lexicon.test.ts parse every data file with the very schemas the loaders name,
 * so a file that breaks its schema fails the test run (and the release). The parse would give
 * back the same values in the same arrays (the files hold no key their schema strips, and
 * no schema has defaults or transforms); only the key order of some objects differs, which
 * no loader reads. The loaders copy what they keep (sort copies, build maps), never sorting
 * or editing a file's arrays in place, since two loaders may share one imported file.
 */
import type { z } from 'zod';

/** A data file as `schema` types it; checked by the tests, not here (see above). */
export function dataFile<S extends z.ZodType>(_schema: S, json: unknown): z.output<S> {
  return json as z.output<S>;
}
