// The guard every PostgreSQL test file starts with: under CI an unset DATABASE_URL fails the file, elsewhere it skips.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postgresUrl } from './postgres-url.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the PostgreSQL a test file runs on', () => {
  it('is DATABASE_URL when it is set, under CI or not', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/test');
    vi.stubEnv('CI', 'true');
    expect(postgresUrl('the storage tests')).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('is an error under CI when DATABASE_URL is not set, naming the tests that cannot run', () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('CI', 'true');
    expect(() => postgresUrl('the two-server test')).toThrow(
      'DATABASE_URL is not set: under CI the two-server test must run on PostgreSQL',
    );
  });

  it('is nothing outside CI, and the file says which tests it skips', () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('CI', '');
    const said = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(postgresUrl('the tests of prepared statements')).toBeUndefined();
    expect(said).toHaveBeenCalledWith(
      expect.stringMatching(/^SKIPPED the tests of prepared statements on PostgreSQL: DATABASE_URL is not set/),
    );
  });
});
