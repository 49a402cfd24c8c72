// The storage contract on both engines: PGlite always; PostgreSQL when DATABASE_URL is set (required under CI=true).
import { describe, it } from 'vitest';
import { embeddedTemplate, openClone, openIsolatedPostgres } from './database.ts';
import { runStoreContract } from './store.contract.ts';

const template = await embeddedTemplate();
runStoreContract('PGlite (embedded)', () => openClone(template));

const url = process.env.DATABASE_URL;
if (!url && process.env.CI === 'true') throw new Error('DATABASE_URL is not set: under CI the storage tests must run on PostgreSQL too');
if (url) {
  runStoreContract('PostgreSQL', () => openIsolatedPostgres(url));
} else {
  describe('the stores on PostgreSQL', () => {
    it.skip('SKIPPED: DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)', () => {});
  });
  console.log('SKIPPED PostgreSQL storage tests: DATABASE_URL is not set');
}
