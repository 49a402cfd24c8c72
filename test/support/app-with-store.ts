// An app with a real database and a clock to set: embedded (cloned from one migrated template per test file), or,
// for the tests that must hold on both engines, PostgreSQL in a schema of its own (DATABASE_URL).
import type { Mailer } from '../../src/clinic/mailer.ts';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import { embeddedTemplate, openDatabase, openIsolatedPostgres, type Database } from '../../src/store/database.ts';

let template: Awaited<ReturnType<typeof embeddedTemplate>> | undefined;

export type Engine = 'pglite' | 'postgres';

/** The engines this run can test on: PostgreSQL when DATABASE_URL is set (always under CI). */
export const engines: readonly Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface HarnessOptions {
  readonly engine?: Engine;
  readonly app?: Partial<AppOptions>;
}

async function openFor(engine: Engine): Promise<Database> {
  if (engine === 'postgres') return openIsolatedPostgres(process.env.DATABASE_URL!);
  template ??= await embeddedTemplate();
  return openDatabase({ pglite: await template.clone() });
}

export async function appWithStore(
  start = '2026-03-03T09:00:00Z',
  mailer?: Mailer,
  { engine = 'pglite', app: extra = {} }: HarnessOptions = {},
) {
  const database = await openFor(engine);
  let now = new Date(start);
  const app = buildApp({
    db: database.db,
    ...(mailer ? { mailer } : {}),
    ...extra,
    web: { now: () => now, defaultTimeZone: 'UTC', ...extra.web },
  });
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
