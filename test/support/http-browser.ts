// Cookies and the form token kept by hand across real server processes, as a browser behind a load balancer would
// send them (the in-process tests use browserless.ts's Visitor instead).
export class HttpBrowser {
  cookies: Record<string, string> = {};
  csrf = '';
  async request(base: string, path: string, form?: Record<string, string | string[]>) {
    const body = form ? new URLSearchParams() : undefined;
    if (body) {
      body.append('_csrf', this.csrf);
      for (const [k, v] of Object.entries(form!)) for (const x of [v].flat()) body.append(k, x);
    }
    const response = await fetch(`${base}${path}`, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: Object.entries(this.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies[pair!.slice(0, eq)] = pair!.slice(eq + 1);
    }
    const text = await response.text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? this.csrf;
    return { status: response.status, location: response.headers.get('location'), text };
  }
}
