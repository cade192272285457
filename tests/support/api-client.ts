export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small HTTP client for tests: real requests over loopback, JSON in and out. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly auth: { cookie?: string; token?: string } = {},
  ) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    // A session client stands for the web app: browsers name the page's origin on every write.
    const h: Record<string, string> = {
      ...(this.auth.cookie ? { origin: new URL(this.baseUrl).origin } : {}),
      ...headers,
    };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.auth.cookie) h.cookie = this.auth.cookie;
    if (this.auth.token) h.authorization = `Bearer ${this.auth.token}`;
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string, version?: number) {
    return this.request<T>(
      'DELETE',
      version === undefined ? path : `${path}${path.includes('?') ? '&' : '?'}version=${version}`,
    );
  }
}
