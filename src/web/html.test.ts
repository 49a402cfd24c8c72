import { describe, expect, it } from 'vitest';
import { attr, html, raw } from './html.ts';

describe('html templates', () => {
  it('escapes every interpolated value', () => {
    const hostile = `<script>alert("x")</script>&'`;
    expect(html`<p title="${hostile}">${hostile}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });
  it('keeps nested templates and marked markup as they are', () => {
    expect(html`<ul>${['a', '<b>'].map((x) => html`<li>${x}</li>`)}</ul>`.text).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
    expect(html`${raw('<br>')}`.text).toBe('<br>');
  });
  it('drops null, undefined and false; prints numbers', () => {
    expect(html`${null}${undefined}${false}${0}`.text).toBe('0');
  });
  it('writes boolean attributes only when present', () => {
    expect(html`<input${attr('checked', true)}${attr('disabled', false)}>`.text).toBe('<input checked>');
  });
});
