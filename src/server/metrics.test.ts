// The operator's metrics: what is counted, that no label names a person or holds a link, and that they are served
// only on a port of their own (loopback by default), never on the public one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicHarness } from '../../test/support/clinic.ts';
import { report, report3 } from '../../test/support/reports.ts';
import { ConfigError, loadConfig } from './config.ts';
import { main } from './main.ts';
import { metrics } from './metrics.ts';

/** The value of one series in Prometheus text, or undefined. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('what the metrics count', () => {
  it('requests by route template and status, assessments and check-ins by level, mails sent and failed, the pool', async () => {
    const counted = metrics();
    let failNext = true;
    // The mail server refuses the first message and takes the next.
    const mailer = {
      send: async () => {
        if (failNext) {
          failNext = false;
          throw new Error('the mail server refused');
        }
      },
    };
    const h = await clinicHarness(undefined, { app: { metrics: counted, mailer, poolUse: () => ({ total: 3, idle: 2, waiting: 0 }) } });
    try {
      const post = (url: string, body: unknown) => h.app.inject({ method: 'POST', url, payload: JSON.stringify(body) });
      expect((await post('/api/v3/assessments', report3())).statusCode).toBe(200);
      expect((await post('/api/v3/assessments', report3({ bladderBowel: { bladderControlLoss: true } }))).statusCode).toBe(200);
      expect((await post('/api/v2/assessments', { nonsense: true })).statusCode).toBe(422);
      const created = await post('/api/v1/diaries', { report: report() });
      const { token } = created.json<{ token: string }>();
      expect((await h.app.inject({ url: `/api/v1/diaries/${token}` })).statusCode).toBe(200);
      expect((await h.app.inject({ url: `/diary/${token}x` })).statusCode).toBe(404);
      await h.signUp('Calm Hands', 'one@example.com').catch(() => undefined);
      await h.signUp('Firm Hands', 'two@example.com').catch(() => undefined);
      const text = await counted.registry.metrics();
      expect(valueOf(text, 'aftercare_assessments_total{level="emergency",surface="api",policy="3"}')).toBe(1);
      expect(valueOf(text, 'aftercare_assessments_total{level="self-care",surface="api",policy="3"}')).toBe(1);
      expect(valueOf(text, 'aftercare_check_ins_total{level="self-care"}')).toBe(1);
      expect(valueOf(text, 'aftercare_http_request_duration_seconds_count{method="POST",route="/api/v3/assessments",status="200"}')).toBe(
        2,
      );
      expect(valueOf(text, 'aftercare_http_request_duration_seconds_count{method="POST",route="/api/v2/assessments",status="422"}')).toBe(
        1,
      );
      expect(valueOf(text, 'aftercare_mails_total{outcome="failed"}')).toBe(1);
      expect(valueOf(text, 'aftercare_mails_total{outcome="sent"}')).toBe(1);
      expect(valueOf(text, 'aftercare_db_pool_connections{state="idle"}')).toBe(2);
      // Routes are templates: the diary's link never appears, nor an address.
      expect(text).toMatch(/route="\/api\/v1\/diaries\/:token"/);
      expect(text).not.toContain(token);
      expect(text).not.toContain('example.com');
    } finally {
      await h.close();
    }
  });
});

describe('where the metrics are served', () => {
  it('on METRICS_PORT, on loopback by default, with the process and the job queue; never on the public port', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftercare-metrics-'));
    const running = await main(
      loadConfig({ HOST: '127.0.0.1', PORT: '0', METRICS_PORT: '0', AFTERCARE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    );
    try {
      expect(running.metricsUrl?.hostname).toBe('127.0.0.1');
      expect(running.metricsUrl?.port).not.toBe(running.url.port);
      await fetch(new URL('/api/v3/assessments', running.url), { method: 'POST', body: JSON.stringify(report3()) });
      const scraped = await fetch(running.metricsUrl!);
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await scraped.text();
      expect(valueOf(text, 'aftercare_assessments_total{level="self-care",surface="api",policy="3"}')).toBe(1);
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
      expect(text).toMatch(/^# TYPE aftercare_jobs gauge/m);
      expect((await fetch(new URL('/metrics', running.url))).status).toBe(404);
      expect((await fetch(new URL('/other', running.metricsUrl))).status).toBe(404);
    } finally {
      await running.close();
    }
  });

  it('are off unless asked for, and a bad setting is refused by name', () => {
    expect(loadConfig({}).metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(() => loadConfig({ METRICS_PORT: '3000' })).toThrow(/^METRICS_PORT: must not be the public PORT/);
    expect(() => loadConfig({ METRICS_HOST: '0.0.0.0' })).toThrow(/^METRICS_HOST: is set but METRICS_PORT is not/);
    expect(() => loadConfig({ METRICS_PORT: '9464', METRICS_HOST: 'metrics.example.org' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_PORT: 'ninety' })).toThrow(/^METRICS_PORT: /);
  });
});
