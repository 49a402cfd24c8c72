// An app with a real embedded database, cloned from one migrated template per test file, and a clock to set.
import { buildApp } from '../../src/server/app.ts';
import { embeddedTemplate, openDatabase, type Database } from '../../src/store/database.ts';
import type { Mailer } from '../../src/clinic/mailer.ts';

let template: Awaited<ReturnType<typeof embeddedTemplate>> | undefined;

export async function appWithStore(start = '2026-03-03T09:00:00Z', mailer?: Mailer) {
  template ??= await embeddedTemplate();
  const database: Database = await openDatabase({ pglite: await template.clone() });
  let now = new Date(start);
  const app = buildApp({ db: database.db, ...(mailer ? { mailer } : {}), web: { now: () => now, defaultTimeZone: 'UTC' } });
  return {
    app,
    database,
    setNow: (instant: string) => (now = new Date(instant)),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
