import { describe, expect, it } from 'vitest';
import { translator, type MessageId, type Translator } from '../i18n/messages.ts';
import { html } from './html.ts';
import { message } from './message.ts';

describe('a message as markup', () => {
  it('makes each tag the element the page gives, in the language’s own words', () => {
    const link = (words: ReturnType<typeof html>) => html`<a href="/emergency">${words}</a>`;
    expect(message(translator('de'), 'shell.whichNumber', { link }).text).toBe(
      'Im Notfall rufen Sie Hilfe: <a href="/emergency">welche Nummer Sie wählen</a>.',
    );
  });

  it('escapes a placeholder’s value and the words: text can never add markup', () => {
    expect(message(translator('en'), 'diary.checkInCount', { count: 2 }).text).toBe('2 check-ins');
    // A translator whose message is "Hello {name}, <link>go</link>" with a name that tries to add markup.
    const fake: Translator = Object.assign(() => '', {
      language: 'en' as const,
      parts: <T>(_id: MessageId, values: Record<string, unknown>) =>
        ['Hello <b>Ann</b> & co, ', (values.link as (chunks: string[]) => T)(['go <i>']), '.'] as (string | T)[],
    });
    const link = (words: ReturnType<typeof html>) => html`<a href="/x">${words}</a>`;
    expect(message(fake, 'shell.whichNumber', { link }).text).toBe('Hello &lt;b&gt;Ann&lt;/b&gt; &amp; co, <a href="/x">go &lt;i&gt;</a>.');
    const t = translator('en');
    const parts = t.parts<string>('shell.whichNumber', { link: (chunks) => `[${chunks.join('')}]` });
    expect(parts.join('')).toBe('In an emergency, call for help: [which number to call].');
  });
});
