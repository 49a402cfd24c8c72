// The repo's own copy of the public vignettes, and the field-by-field comparison check-vignettes.mjs makes.
import { readFileSync } from 'node:fs';

export interface Vignette {
  id: string;
  story: string;
  input: unknown;
  expect: {
    error?: string;
    issues?: string[];
    level?: string;
    reasons?: string[];
    actions?: string[];
    avoidUntil?: string | null;
    contributors?: string[];
    recheckAt?: string | null;
    watchFor?: string[];
  };
}

const load = (name: string): Vignette[] => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

/** Policy 1's public vignettes (`/api/v1`, `--policy 1`). */
export const vignettes = load('vignettes.public.json');
/** Policy 2's, with each case's story and, where it is one, the published case behind it. */
export const vignettes2 = load('vignettes.public-v2.json');
/** Policy 3's: the published post-massage emergencies policy 2 still sent home, and their near misses. */
export const vignettes3 = load('vignettes.public-v3.json');

export const inputText = (v: Vignette) => (typeof v.input === 'string' ? v.input : JSON.stringify(v.input));

const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();
const instant = (s: string | null | undefined) => (s == null ? null : Date.parse(s));

/** What a vignette checks, read off an answer in the same form as its `expect`, for a deep-equal comparison. */
export function observed(expect: Vignette['expect'], body: any): Record<string, unknown> {
  if (expect.error !== undefined) {
    const paths: string[] = (body?.error?.issues ?? []).map((issue: { path: string }) => issue.path);
    return { error: body?.error?.code, ...(expect.issues ? { issues: expect.issues.filter((path) => paths.includes(path)) } : {}) };
  }
  return {
    level: body.level,
    reasons: sorted(body.reasons?.map((r: { code: string }) => r.code)),
    actions: sorted(body.plan?.actions?.map((a: { code: string }) => a.code)),
    avoidUntil: instant(body.plan?.actions?.find((a: { code: string }) => a.code === 'avoid-strenuous-exercise')?.until),
    contributors: sorted(body.contributors?.map((c: { region: string }) => c.region)),
    recheckAt: instant(body.timeline?.recheckAt),
    watchFor: sorted(body.watchFor),
  };
}

export function expected(expect: Vignette['expect']): Record<string, unknown> {
  if (expect.error !== undefined) return { error: expect.error, ...(expect.issues ? { issues: expect.issues } : {}) };
  return { ...expect, avoidUntil: instant(expect.avoidUntil), recheckAt: instant(expect.recheckAt) };
}
