// A vignette's report as the form fields of each questionnaire step, and how to fill them in a browser.
import type { Page } from 'playwright-core';
import type { Report } from '../../src/contract/types.ts';
import { questionnaire, type Section } from '../../src/knowledge/questionnaire.ts';

export type StepFields = Record<string, string | string[]>;

function get(report: Report, path: string): unknown {
  return path.split('.').reduce<any>((node, key) => node?.[key], report);
}

/** The fields of one step, as a person would choose them for this report (times in UTC). */
export function fieldsFor(section: Section, report: Report): StepFields {
  const fields: StepFields = {};
  for (const question of section.questions) {
    const value = get(report, question.path);
    if (value === undefined) continue;
    if (question.kind === 'yes-no') fields[question.path] = value ? 'yes' : 'no';
    else if (question.kind === 'choices') fields[question.path] = value as string[];
    else if (question.kind === 'instant') {
      fields[question.path] = new Date(value as string).toISOString().slice(0, 16);
      fields.timeZone = 'UTC';
    } else fields[question.path] = String(value);
  }
  return fields;
}

export async function fillStep(page: Page, fields: StepFields): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'timeZone') await page.selectOption('select[name="timeZone"]', value as string);
    else if (name === 'massage.endedAt') await page.fill(`input[name="${name}"]`, value as string);
    else for (const v of Array.isArray(value) ? value : [value]) await page.check(`input[name="${name}"][value="${v}"]`);
  }
}

/** Walks every step for a report and submits; returns after the last navigation. */
export async function completeFlow(page: Page, base: string, report: Report): Promise<void> {
  await page.goto(`${base}/check/red-flags`);
  for (const section of questionnaire) {
    await fillStep(page, fieldsFor(section, report));
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  }
}
