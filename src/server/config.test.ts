// The environment read once: defaults for a laptop, and every bad value refused with its variable's name.
import { describe, expect, it } from 'vitest';
import { ConfigError, listeningUrl, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it("gives a laptop's defaults", () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dataDir: '/srv/app/data',
      databaseUrl: undefined,
      databasePoolSize: 20,
      logLevel: 'info',
      logEveryRequest: false,
      trustProxy: false,
      publicUrl: undefined,
      emergencyNumber: undefined,
      defaultTimeZone: 'Europe/London',
      mail: undefined,
      rateLimits: { assessmentsPerMinute: 300, diariesPerHour: 20, devicesPerHour: 20 },
      checkIns: { minIntervalMs: 120_000, max: 300 },
      jobLeaseSeconds: 120,
      shutdownGraceMs: 25_000,
      retentionDays: 180,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      AFTERCARE_DATA_DIR: '/var/lib/aftercare',
      DATABASE_URL: 'postgres://a@db/aftercare',
      DATABASE_POOL_SIZE: '50',
      LOG_LEVEL: 'warn',
      LOG_REQUESTS: '1',
      TRUST_PROXY: '1',
      PUBLIC_URL: 'https://aftercare.example.org',
      AFTERCARE_EMERGENCY_NUMBER: '911',
      AFTERCARE_TIME_ZONE: 'America/New_York',
      SMTP_URL: 'smtps://u:p@smtp.example.org:465',
      MAIL_FROM: 'Aftercare <a@example.org>',
      RATE_LIMIT_ASSESSMENTS: '50',
      RATE_LIMIT_DIARIES: '5',
      RATE_LIMIT_DEVICES: '3',
      CHECK_IN_INTERVAL_SECONDS: '0',
      CHECK_INS_PER_DIARY: '10',
      JOB_LEASE_SECONDS: '30',
      SHUTDOWN_GRACE_SECONDS: '5',
      RETENTION_DAYS: '365',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      dataDir: '/var/lib/aftercare',
      databaseUrl: 'postgres://a@db/aftercare',
      databasePoolSize: 50,
      logLevel: 'warn',
      logEveryRequest: true,
      trustProxy: 1,
      emergencyNumber: '911',
      defaultTimeZone: 'America/New_York',
      mail: { smtpUrl: 'smtps://u:p@smtp.example.org:465', from: 'Aftercare <a@example.org>' },
      rateLimits: { assessmentsPerMinute: 50, diariesPerHour: 5, devicesPerHour: 3 },
      checkIns: { minIntervalMs: 0, max: 10 },
      jobLeaseSeconds: 30,
      shutdownGraceMs: 5000,
      retentionDays: 365,
    });
    expect(config.publicUrl?.origin).toBe('https://aftercare.example.org');
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['LOG_REQUESTS', 'yes'],
    ['AFTERCARE_TIME_ZONE', 'Mars/Olympus'],
    ['AFTERCARE_EMERGENCY_NUMBER', 'call 911'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_POOL_SIZE', '0'],
    ['TRUST_PROXY', 'true'],
    ['PUBLIC_URL', 'example.org'],
    ['SMTP_URL', 'http://smtp.example.org'],
    ['MAIL_FROM', 'a@example.org'],
    ['RATE_LIMIT_ASSESSMENTS', '0'],
    ['RATE_LIMIT_DEVICES', 'none'],
    ['CHECK_IN_INTERVAL_SECONDS', '-1'],
    ['CHECK_INS_PER_DIARY', 'many'],
    ['JOB_LEASE_SECONDS', '5'],
    ['SHUTDOWN_GRACE_SECONDS', '0'],
    ['RETENTION_DAYS', 'forever'],
    ['RETENTION_DAYS', '29'],
    ['RETENTION_DAYS', '3651'],
  ])('refuses %s=%s, naming it', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
  });

  it('says where a server listening on any address can be reached', () => {
    expect(listeningUrl('0.0.0.0', 3000).origin).toBe('http://localhost:3000');
    expect(listeningUrl('::1', 3000).origin).toBe('http://[::1]:3000');
  });
});
