/**
 * Just enough of a browser for redirect flows across two servers: cookies kept per origin,
 * redirects followed one by one (each address visited is recorded), forms posted.
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();
  /** Every address requested, in order. */
  readonly visited: string[] = [];
  /** When set, a redirect to an address starting with this is not followed but returned. */
  holdBefore: string | undefined;

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(new URL(origin).origin)?.get(name);
  }

  /** Requests `url` and follows redirects; returns the last answer and its address. */
  async go(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ response: Response; url: string; body: string }> {
    let current = url;
    let method = init.method ?? (init.form ? 'POST' : 'GET');
    let body: string | undefined = init.form
      ? new URLSearchParams(init.form).toString()
      : undefined;
    for (let hop = 0; hop < 20; hop++) {
      this.visited.push(current);
      const target = new URL(current);
      const jar = this.jars.get(target.origin) ?? new Map<string, string>();
      this.jars.set(target.origin, jar);
      const headers: Record<string, string> = {};
      if (jar.size > 0)
        headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      if (body !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        headers.origin = target.origin;
      }
      const response = await fetch(current, {
        method,
        headers,
        redirect: 'manual',
        ...(body !== undefined ? { body } : {}),
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = attributes.some(
          (a) =>
            /^\s*max-age=0\s*$/i.test(a) ||
            (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]!).getTime() < Date.now()),
        );
        if (expired || value === '') jar.delete(name);
        else jar.set(name, value);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        current = new URL(location, current).href;
        if (this.holdBefore && current.startsWith(this.holdBefore))
          return { response, url: current, body: '' };
        method = 'GET';
        body = undefined;
        continue;
      }
      return { response, url: current, body: await response.text() };
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  /** Submits the page's first form (action and hidden fields) with these values added. */
  async submitForm(page: { url: string; body: string }, values: Record<string, string> = {}) {
    const action = /<form[^>]*action="([^"]*)"/.exec(page.body)?.[1];
    if (action === undefined)
      throw new Error(`no form on ${page.url}:\n${page.body.slice(0, 500)}`);
    const hidden = Object.fromEntries(
      [...page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    return this.go(new URL(action.replace(/&amp;/g, '&'), page.url).href, {
      form: { ...hidden, ...values },
    });
  }
}
