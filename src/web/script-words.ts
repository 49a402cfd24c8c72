// The words public/app.js shows of its own (a timer's countdown, a resend's status, a copied link), in the page's
// language. They travel in the page as a JSON data block, which the Content-Security-Policy allows because it is
// never run: the script reads it as data. Only a page that has something the script enhances carries its words.
import type { MessageId, Translator } from '../i18n/messages.ts';
import { raw, type Markup } from './html.ts';

/** The script's words, by the mark on the page that makes the script use them. */
const wordsByMark: readonly (readonly [mark: string, ids: readonly MessageId[]])[] = [
  [
    'data-cold-timer',
    [
      'pages.script.timerStart',
      'pages.script.timerStop',
      'pages.script.timerStopped',
      'pages.script.timerStarted',
      'pages.script.timerDone',
    ],
  ],
  [
    'data-kept',
    ['pages.script.resendWaiting', 'pages.script.resendSoon', 'pages.script.resendFailed', 'pages.script.resendBack', 'pages.offline.send'],
  ],
  [
    'data-push-reminders',
    [
      'pages.script.pushAsking',
      'pages.script.pushPermission',
      'pages.script.pushOn',
      'pages.script.pushFailed',
      'pages.script.pushOff',
      'pages.script.pushOffFailed',
    ],
  ],
  ['data-keep-link', ['pages.script.linkCopied', 'pages.script.linkSelected', 'pages.script.linkShareTitle', 'pages.script.installed']],
  [
    'data-share-link',
    ['pages.script.shared', 'pages.script.shareFailed', 'pages.script.clientLinkCopied', 'pages.script.clientCopyFailed'],
  ],
];

/**
 * A placeholder the script fills in itself (a timer's minutes, the button's own words) is kept as `{name}`: the
 * script puts the value in, which it knows and the server may not.
 */
const kept = (name: string) => `{${name}}`;

/** The id the script asks for: the message id without its `pages.script.` (or `pages.`) prefix. */
const shortId = (id: MessageId) => id.replace(/^pages\.(?:script\.)?/, '');

/** The marks that make a page carry some of the script's words. */
export const wordMarks: readonly string[] = wordsByMark.map(([mark]) => mark);

/**
 * The data block of the script's words for a page whose body carries these marks, or nothing when the page has nothing
 * the script says.
 */
export function scriptWords(t: Translator, marks: ReadonlySet<string>): Markup {
  const ids = wordsByMark.filter(([mark]) => marks.has(mark)).flatMap(([, group]) => group);
  if (ids.length === 0) return raw('');
  const words = Object.fromEntries(ids.map((id) => [shortId(id), t(id, { min: kept('min'), max: kept('max'), send: kept('send') })]));
  // `<` is written as \u003c so that no word can close the block; the rest is plain JSON.
  return raw(`<script type="application/json" id="script-words">${JSON.stringify(words).replace(/</g, '\\u003c')}</script>`);
}
