// The PostgreSQL server a test file runs on beside the embedded engine: DATABASE_URL. Under CI (CI=true, as .ci/run
// runs) a test that cannot run fails instead of skipping, so an unset DATABASE_URL is an error there; elsewhere the
// file's PostgreSQL tests are skipped, and it says so.

/**
 * DATABASE_URL, or undefined when it is not set (outside CI). `what` names the tests, to say "under CI `what` must run
 * on PostgreSQL" or "SKIPPED `what` on PostgreSQL".
 */
export function postgresUrl(what: string): string | undefined {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  if (process.env.CI === 'true') throw new Error(`DATABASE_URL is not set: under CI ${what} must run on PostgreSQL`);
  console.log(`SKIPPED ${what} on PostgreSQL: DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)`);
  return undefined;
}
