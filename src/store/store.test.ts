// The storage contract on both engines: PGlite always; PostgreSQL when DATABASE_URL is set (required under CI=true).
import { describe, it } from 'vitest';
import { postgresUrl } from '../../test/support/postgres-url.ts';
import { embeddedTemplate, openClone, openIsolatedPostgres } from './database.ts';
import { runStoreContract } from './store.contract.ts';

const template = await embeddedTemplate();
runStoreContract('PGlite (embedded)', () => openClone(template));

const url = postgresUrl('the storage tests');
if (url) {
  runStoreContract('PostgreSQL', () => openIsolatedPostgres(url));
} else {
  describe('the stores on PostgreSQL', () => {
    it.skip('SKIPPED: DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)', () => {});
  });
}
