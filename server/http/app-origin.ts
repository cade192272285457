import type { FastifyRequest } from 'fastify';

/** `scheme://host[:port]` of a URL, or null when it is not an http(s) URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins Waymark counts as its own for a request: the one the request was
 * addressed to (its scheme and Host, which a browser sets and a cross-site page
 * cannot forge), and `WAYMARK_PUBLIC_URL`'s when set, for proxies that rewrite
 * Host or terminate TLS without saying so.
 */
export function appOriginsOf(request: FastifyRequest, publicUrl: string | undefined): string[] {
  const origins: string[] = [];
  const addressed = originOf(`${request.protocol}://${request.host}`);
  if (addressed) origins.push(addressed);
  const configured = publicUrl ? originOf(publicUrl) : null;
  if (configured && !origins.includes(configured)) origins.push(configured);
  return origins;
}
