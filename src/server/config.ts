// The server's configuration, read once from the environment into a typed object; every bad value is refused
// with the variable's name, before anything starts. No other module reads process.env.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { defaultRetentionDays } from '../diary/retention.ts';
import { isTimeZone } from '../present/time.ts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface RateLimits {
  /** Assessments (`POST /api/v*\/assessments`) per address per minute. */
  readonly assessmentsPerMinute: number;
  /** New diaries (API and web) per address per hour. */
  readonly diariesPerHour: number;
  /** Devices turning a diary's reminders on, per address per hour. */
  readonly devicesPerHour: number;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  /** Where links in mails and pages point: the configured address, never a request's Host. */
  readonly publicUrl: URL | undefined;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** Connections to PostgreSQL the server keeps at most (the embedded engine has one). */
  readonly databasePoolSize: number;
  readonly logLevel: LogLevel;
  readonly logEveryRequest: boolean;
  /** Which proxies in front to believe about the client's address and protocol: none, a number of hops, or addresses. */
  readonly trustProxy: false | number | readonly string[];
  readonly emergencyNumber: string | undefined;
  readonly defaultTimeZone: string;
  readonly mail: { readonly smtpUrl: string; readonly from: string } | undefined;
  readonly rateLimits: RateLimits;
  /** Check-ins a diary takes: at most one every so often, and so many in all. */
  readonly checkIns: { readonly minIntervalMs: number; readonly max: number };
  /** How long a job may run before another server process takes it over (a process that died holds it this long). */
  readonly jobLeaseSeconds: number;
  /** On SIGTERM, how long the requests in flight and the jobs running may take before the process stops anyway. */
  readonly shutdownGraceMs: number;
  /** Where `GET /metrics` is served, apart from the public port; undefined when the operator did not ask for it. */
  readonly metrics: { readonly host: string; readonly port: number } | undefined;
  /** Days a diary is kept without use (no check-in, not opened): then the hourly housekeeping deletes it. */
  readonly retentionDays: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** A CIDR block (`10.0.0.0/8`, `fd00::/8`) or a single address. */
function isAddressOrBlock(text: string): boolean {
  const [address, bits, ...rest] = text.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function wholeNumber(env: Environment, variable: string, fallback: number, min: number, max: number): number {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new ConfigError(variable, `must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return Number(text);
}

// Health counts are sensitive: on loopback unless the operator names another address, and never on the public port.
function metricsOf(env: Environment): Config['metrics'] {
  if (env.METRICS_PORT === undefined || env.METRICS_PORT === '') {
    if (env.METRICS_HOST) throw new ConfigError('METRICS_HOST', 'is set but METRICS_PORT is not: set both, or neither');
    return undefined;
  }
  const port = wholeNumber(env, 'METRICS_PORT', 0, 0, 65535);
  const host = env.METRICS_HOST || '127.0.0.1';
  if (isIP(host) === 0 && host !== 'localhost')
    throw new ConfigError('METRICS_HOST', `must be an IP address such as 127.0.0.1, not "${host}"`);
  if (port !== 0 && port === wholeNumber(env, 'PORT', 3000, 0, 65535)) throw new ConfigError('METRICS_PORT', 'must not be the public PORT');
  return { host, port };
}

function trustProxyOf(text: string | undefined): Config['trustProxy'] {
  if (text === undefined || text === '' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10)
      throw new ConfigError(
        'TRUST_PROXY',
        `${hops} proxies in front is not believable; give the number of proxies (1 to 10) or their addresses`,
      );
    return hops;
  }
  const addresses = text.split(',').map((part) => part.trim());
  const bad = addresses.filter((address) => !isAddressOrBlock(address));
  if (bad.length > 0) {
    throw new ConfigError(
      'TRUST_PROXY',
      `must be the number of proxies in front (such as 1) or their addresses (such as 10.0.0.1,10.0.1.0/24); "${bad.join(', ')}" is neither`,
    );
  }
  return addresses;
}

function publicUrlOf(text: string | undefined): URL | undefined {
  if (text === undefined || text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError('PUBLIC_URL', `must be an absolute address such as https://aftercare.example.org, not "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError('PUBLIC_URL', 'must start with https:// (or http:// on a laptop)');
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new ConfigError('PUBLIC_URL', "must be the site's origin only, with no path, query, fragment or credentials");
  }
  return url;
}

function smtpOf(env: Environment): Config['mail'] {
  const url = env.SMTP_URL;
  if (url === undefined || url === '') {
    if (env.MAIL_FROM) throw new ConfigError('MAIL_FROM', 'is set but SMTP_URL is not: set both, or neither');
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('SMTP_URL', 'must be a URL such as smtps://user:password@smtp.example.com:465');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new ConfigError('SMTP_URL', 'must start with smtp:// or smtps://');
  return { smtpUrl: url, from: env.MAIL_FROM || 'Aftercare <no-reply@localhost>' };
}

export function loadConfig(env: Environment, cwd = process.cwd()): Config {
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!logLevels.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${logLevels.join(', ')}, not "${env.LOG_LEVEL}"`);
  const defaultTimeZone = env.AFTERCARE_TIME_ZONE || 'Europe/London';
  if (!isTimeZone(defaultTimeZone))
    throw new ConfigError('AFTERCARE_TIME_ZONE', `must be an IANA time zone such as Europe/London, not "${defaultTimeZone}"`);
  const emergencyNumber = env.AFTERCARE_EMERGENCY_NUMBER || undefined;
  if (emergencyNumber !== undefined && !/^\+?[0-9]{2,6}$/.test(emergencyNumber)) {
    throw new ConfigError(
      'AFTERCARE_EMERGENCY_NUMBER',
      `must be a short number a phone can dial, such as 112 or 911, not "${emergencyNumber}"`,
    );
  }
  for (const flag of ['LOG_REQUESTS'] as const) {
    if (env[flag] !== undefined && !['', '0', '1'].includes(env[flag]))
      throw new ConfigError(flag, `must be 1 (on) or 0 (off), not "${env[flag]}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a PostgreSQL address such as postgres://user@host:5432/database');
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: wholeNumber(env, 'PORT', 3000, 0, 65535),
    publicUrl: publicUrlOf(env.PUBLIC_URL),
    dataDir: resolve(cwd, env.AFTERCARE_DATA_DIR || './data'),
    databaseUrl,
    // Sized to the load: at 10, a mixed load of 50 connections waited for a connection more than for PostgreSQL.
    databasePoolSize: wholeNumber(env, 'DATABASE_POOL_SIZE', 20, 1, 1000),
    logLevel,
    logEveryRequest: env.LOG_REQUESTS === '1',
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    emergencyNumber,
    defaultTimeZone,
    mail: smtpOf(env),
    rateLimits: {
      assessmentsPerMinute: wholeNumber(env, 'RATE_LIMIT_ASSESSMENTS', 300, 1, 10_000_000),
      diariesPerHour: wholeNumber(env, 'RATE_LIMIT_DIARIES', 20, 1, 10_000_000),
      devicesPerHour: wholeNumber(env, 'RATE_LIMIT_DEVICES', 20, 1, 10_000_000),
    },
    checkIns: {
      minIntervalMs: wholeNumber(env, 'CHECK_IN_INTERVAL_SECONDS', 120, 0, 86_400) * 1000,
      max: wholeNumber(env, 'CHECK_INS_PER_DIARY', 300, 1, 100_000),
    },
    jobLeaseSeconds: wholeNumber(env, 'JOB_LEASE_SECONDS', 120, 10, 3600),
    shutdownGraceMs: wholeNumber(env, 'SHUTDOWN_GRACE_SECONDS', 25, 1, 3600) * 1000,
    metrics: metricsOf(env),
    // At least a month: a diary follows a month of recovery, and a person who checks in rarely must not lose it then.
    retentionDays: wholeNumber(env, 'RETENTION_DAYS', defaultRetentionDays, 30, 3650),
  };
}

/** Where the server can be reached when no PUBLIC_URL is set: the address it listens on (a laptop's `npm start`). */
export function listeningUrl(host: string, port: number): URL {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
  return new URL(`http://${shown}:${port}`);
}
