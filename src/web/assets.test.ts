// A diary's and a clinic's scripts are loaded by the pages they enhance, and by no other page.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { assetPath, assets, pageScripts } from './assets.ts';
import { html } from './html.ts';
import { page } from './layout.ts';

const shell = { t: translator('en'), path: '/' };
const scriptsOf = (text: string) => [...text.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);

describe('page scripts', () => {
  it('a page with nothing of a diary or a clinic loads app.js alone', () => {
    const text = page({ shell, title: 'Start', body: html`<p>Hello</p>` });
    expect(scriptsOf(text)).toEqual([assetPath('app.js')]);
  });

  it("a diary's page (its link to keep, reminders on this device) loads diary.js once, after app.js", () => {
    const body = html`<div data-keep-link="https://example.org/d/x"></div><div data-push-reminders="/d/x/push"></div>`;
    expect(scriptsOf(page({ shell, title: 'Diary', body }))).toEqual([assetPath('app.js'), assetPath('diary.js')]);
  });

  it("a check-in (the trend from the score) loads diary.js; a clinic's follow-up link loads clinic.js", () => {
    expect(pageScripts('<p data-trend-previous="4"></p>')).toEqual([assetPath('diary.js')]);
    expect(pageScripts('<div data-share-link="https://example.org/f/x"></div>')).toEqual([assetPath('clinic.js')]);
  });

  it('the code for those pages is not in app.js, which every page loads', () => {
    for (const mark of ['data-trend-previous', 'data-push-reminders', 'data-keep-link', 'data-share-link']) {
      expect(assets['app.js']!.body).not.toContain(mark);
    }
  });
});
