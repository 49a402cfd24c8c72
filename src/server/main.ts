// `npm start`: reads the configuration from the environment, opens the database and serves the app.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isTimeZone } from '../present/time.ts';
import { DatabaseRefusedError, openDatabase } from '../store/database.ts';
import { diaryStore } from '../store/diaries.ts';
import { FolderLockedError } from '../store/lock.ts';
import { buildApp } from './app.ts';
import { smtpMailer } from '../clinic/mailer.ts';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const dataDir = resolve(process.env.AFTERCARE_DATA_DIR || './data');
const databaseUrl = process.env.DATABASE_URL || undefined;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`aftercare: PORT must be a whole number from 0 to 65535, not "${process.env.PORT}"`);
  process.exit(64);
}

// The data folder exists whichever engine runs: it is where the embedded database, and anything else kept, lives.
mkdirSync(dataDir, { recursive: true });

let database;
try {
  database = await openDatabase({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
} catch (error) {
  if (error instanceof DatabaseRefusedError || error instanceof FolderLockedError) {
    console.error(`aftercare: not starting. ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const app = buildApp({
  logger: { level: process.env.LOG_LEVEL || 'info' },
  logEveryRequest: process.env.LOG_REQUESTS === '1',
  trustProxy: process.env.TRUST_PROXY === '1',
  store: diaryStore(database.db),
  db: database.db,
  ...(process.env.SMTP_URL ? { mailer: await smtpMailer(process.env.SMTP_URL, process.env.MAIL_FROM || 'Aftercare <no-reply@localhost>') } : {}),
  web: {
    ...(process.env.AFTERCARE_EMERGENCY_NUMBER ? { emergencyNumber: process.env.AFTERCARE_EMERGENCY_NUMBER } : {}),
    ...(process.env.AFTERCARE_TIME_ZONE && isTimeZone(process.env.AFTERCARE_TIME_ZONE) ? { defaultTimeZone: process.env.AFTERCARE_TIME_ZONE } : {}),
  },
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // Finish the requests in flight, then close the database (which releases the folder's lock).
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0), (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
try {
  await app.listen({ host, port });
  app.log.info({ engine: database.engine, ...(database.engine === 'pglite' ? { dataDir } : {}) }, 'database ready');
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  await database.close();
  process.exit(1);
}
