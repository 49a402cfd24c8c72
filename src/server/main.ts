// `npm start`: reads the configuration from the environment and serves the app.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isTimeZone } from '../present/time.ts';
import { buildApp } from './app.ts';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const dataDir = resolve(process.env.AFTERCARE_DATA_DIR || './data');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`aftercare: PORT must be a whole number from 0 to 65535, not "${process.env.PORT}"`);
  process.exit(64);
}
mkdirSync(dataDir, { recursive: true });

const app = buildApp({
  logger: { level: process.env.LOG_LEVEL || 'info' },
  logEveryRequest: process.env.LOG_REQUESTS === '1',
  trustProxy: process.env.TRUST_PROXY === '1',
  web: {
    ...(process.env.AFTERCARE_EMERGENCY_NUMBER ? { emergencyNumber: process.env.AFTERCARE_EMERGENCY_NUMBER } : {}),
    ...(process.env.AFTERCARE_TIME_ZONE && isTimeZone(process.env.AFTERCARE_TIME_ZONE) ? { defaultTimeZone: process.env.AFTERCARE_TIME_ZONE } : {}),
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
  });
}
try {
  await app.listen({ host, port });
  app.log.info({ dataDir }, 'data folder ready');
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  process.exit(1);
}
