/**
 * Security headers on every answer (API JSON, errors, the web app, static files): a Content-Security-Policy
 * that allows only this origin and forbids framing, no content-type sniffing, no framing for old browsers
 * (X-Frame-Options), no referrer leaving the site, and no X-Powered-By. Registered once in app.ts, so a route
 * added later is covered without doing anything.
 *
 * A route that must serve a page with its own needs (an inline script with a nonce, say) sets its own
 * Content-Security-Policy; this hook then leaves that one in place and sets the rest.
 */
import type { FastifyInstance } from 'fastify';

/**
 * The default policy. `style-src 'unsafe-inline'`: antd writes its CSS-in-JS as <style> elements at run time;
 * scripts stay 'self' only (Vite's build has no inline script). `data:`/`blob:` images: charts and QR codes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Every header this hook sets, with its value (the CSP only when the route set none). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    // A signed-in answer (data, a download, the stocktake page) is never kept by a browser or a proxy cache.
    if (request.auth && (request.url.startsWith('/api/') || request.url.startsWith('/stocktake/'))) reply.header('cache-control', 'no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (name === 'content-security-policy' && reply.hasHeader(name)) continue;
      reply.header(name, value);
    }
    reply.removeHeader('x-powered-by');
  });
}
