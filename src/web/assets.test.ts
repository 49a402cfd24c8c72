// A diary's and a clinic's scripts are loaded by the pages they enhance, and by no other page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { assetPath, assets, pageScripts } from './assets.ts';
import { html, raw } from './html.ts';
import { page } from './layout.ts';

const shell = { t: translator('en'), path: '/' };
const scriptsOf = (text: string) => [...text.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);

afterEach(() => vi.restoreAllMocks());

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
    expect(pageScripts(new Set(['data-trend-previous']))).toEqual([assetPath('diary.js')]);
    expect(pageScripts(new Set(['data-share-link']))).toEqual([assetPath('clinic.js')]);
    const trend = html`<p data-trend-previous="4"></p>`;
    expect(scriptsOf(page({ shell, title: 'Check-in', body: trend }))).toEqual([assetPath('app.js'), assetPath('diary.js')]);
  });

  it("reads a page's body once for every mark (issue 18: a search per mark was most of a long page's time)", () => {
    const zones = raw('<option value="Europe/Berlin" data-zone-name="Berlin time">Berlin</option>'.repeat(400));
    const body = html`<div data-keep-link="https://example.org/d/x"></div><select>${zones}</select>`;
    const reads: string[] = [];
    const strings = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['includes', 'indexOf', 'lastIndexOf', 'search', 'match', 'matchAll']) {
      const original = strings[method]!;
      vi.spyOn(strings, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
        if (String(this) === body.text) reads.push(method);
        return original.apply(this, args);
      });
    }
    const text = page({ shell, title: 'Diary', body });
    expect(reads).toEqual(['matchAll']);
    expect(scriptsOf(text)).toEqual([assetPath('app.js'), assetPath('diary.js')]);
    expect(text).toContain('id="script-words"');
  });

  it('the code for those pages is not in app.js, which every page loads', () => {
    for (const mark of ['data-trend-previous', 'data-push-reminders', 'data-keep-link', 'data-share-link']) {
      expect(assets['app.js']!.body).not.toContain(mark);
    }
  });
});
