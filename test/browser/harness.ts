// Starts the app on a free loopback port with a clock the test sets, and Debian's Chromium through playwright-core.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Mail } from '../../src/clinic/mailer.ts';
import { jobQueue } from '../../src/jobs/queue.ts';
import { buildApp } from '../../src/server/app.ts';
import { embeddedTemplate, openDatabase } from '../../src/store/database.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. Under CI=true a reason is a failure, not a skip. */
export function browserMissing(): string | null {
  if (!existsSync(chromiumPath)) return `Chromium is not installed at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  return null;
}

export const screenshotDir = new URL('../../test-results/screenshots/', import.meta.url).pathname;

/**
 * `jobs`: with the job queue (reminders and alerts), as `npm start` runs it. `pseudoLocale`: the language cookie
 * `en-XA` renders pages in the pseudo-locale (languages.test.ts).
 */
export async function startServer({ jobs: withJobs = false, pseudoLocale = false } = {}) {
  let now = new Date();
  const pglite = await embeddedTemplate();
  const database = await openDatabase({ pglite });
  const mail: Mail[] = [];
  const jobs = withJobs ? await jobQueue(database.db, { pollSeconds: 0.5 }) : undefined;
  const app = buildApp({
    db: database.db,
    mailer: { send: async (message) => void mail.push(message) },
    web: { now: () => now, defaultTimeZone: 'UTC' },
    ...(jobs ? { jobs } : {}),
    pseudoLocale,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return {
    base: `http://127.0.0.1:${address.port}`,
    setNow: (instant: string | Date) => (now = new Date(instant)),
    /** The mails sent so far, once the work after each answer has finished. */
    mail: async () => {
      await app.backgroundIdle();
      return mail;
    },
    close: async () => {
      await app.close();
      await jobs?.stop();
      await database.close();
      await pglite.close(); // the caller's to close: an open one keeps its memory until the process ends
    },
  };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A fresh context (own cookies) that fails the test on any script error or Content-Security-Policy violation. */
export async function freshPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'en-GB', timezoneId: 'UTC', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 422/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { page, context, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Fails the test, naming the page's state, when axe finds any violation on it. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${state}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Runs axe-core with the WCAG 2.2 A and AA rules; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target })),
    }));
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** No sideways scrolling: the page reflows at this width. */
export const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
