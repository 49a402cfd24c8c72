// A small cookie-keeping client for in-process (inject) tests of form pages: it keeps cookies and the CSRF token.
import type { FastifyInstance } from 'fastify';

export class Visitor {
  readonly cookies: Record<string, string> = {};
  csrf = '';
  /** The Set-Cookie headers of the last answer. */
  lastSetCookie: string | string[] | number | undefined;
  constructor(private readonly app: FastifyInstance) {}

  private header() {
    return Object.entries(this.cookies)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }
  private keep(setCookie: string | string[] | number | undefined) {
    this.lastSetCookie = setCookie;
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = String(line).split(';');
      const eq = pair!.indexOf('=');
      this.cookies[pair!.slice(0, eq)] = pair!.slice(eq + 1);
    }
  }

  async get(url: string, headers: Record<string, string> = {}) {
    const response = await this.app.inject({ url, headers: { cookie: this.header(), ...headers } });
    this.keep(response.headers['set-cookie']);
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return response;
  }

  async post(url: string, form: Record<string, string | string[]> = {}, { csrf = true } = {}) {
    if (csrf && !this.csrf) await this.get('/clinic/sign-in');
    const body = new URLSearchParams();
    if (csrf) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    const response = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.header() },
    });
    this.keep(response.headers['set-cookie']);
    return response;
  }

  /** Sends a form that answers with a redirect (POST-redirect-GET), and opens the page it leads to. */
  async submit(url: string, form: Record<string, string | string[]> = {}) {
    const sent = await this.post(url, form);
    if (sent.statusCode !== 303) throw new Error(`${url} answered ${sent.statusCode}, not a redirect: ${sent.body.slice(0, 300)}`);
    return this.get(String(sent.headers.location));
  }
}
