import type { Next, Request, Response, Server } from 'restify';
import { isLoopbackHost, type Config } from '../config';

/** The origin of a URL ("https://host:port"), or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The hash of an empty inline style: Web Chat adds one empty <style> without the nonce. */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The Content-Security-Policy of every response: only this server's own scripts and styles (Web Chat's generated
 * styles carry the page's nonce), Direct Line in connect-src, the logo's origin in img-src, no plugins, no <base>,
 * and framing only by this server and the hospital's origins (HOSPITAL_ORIGINS).
 */
export function contentSecurityPolicy(config: Config, nonce?: string): string {
  const directLine = originOf(config.directLine.endpoint);
  const connect = ["'self'"];
  if (config.directLine.secret && directLine) connect.push(directLine, directLine.replace(/^http/, 'ws'));
  // Web Chat shows some images (its icons) from blob: URLs the page itself creates.
  const img = ["'self'", 'blob:'];
  const logo = originOf(config.hospital.logoUrl);
  if (logo) img.push(logo);
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''} '${EMPTY_STYLE_HASH}'`,
    `img-src ${img.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...config.hospitalOrigins].join(' ')}`,
  ].join('; ');
}

/** Headers on every response: the CSP above, no referrer, HSTS (browsers honour it only over https), no sniffing. */
export function securityHeaders(config: Config) {
  const csp = contentSecurityPolicy(config);
  return (_req: Request, res: Response, next: Next): void => {
    res.header('content-security-policy', csp);
    res.header('referrer-policy', 'no-referrer');
    res.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    res.header('x-content-type-options', 'nosniff');
    res.header('cross-origin-opener-policy', 'same-origin');
    next();
  };
}

/**
 * Whether an unauthenticated request may reach the bot on a server without an app id (issue 23): its Host must be a
 * loopback name (a page whose domain was pointed at 127.0.0.1 sends its own name) and its Origin, if any, this
 * server's own or an allowed one, as for the token route.
 */
export function anonymousRequestAllowed(req: Request, config: Config): boolean {
  const host = req.header('host') ?? '';
  if (host.length > 300) return false;
  try {
    if (!isLoopbackHost(new URL(`http://${host}`).hostname)) return false;
  } catch {
    return false;
  }
  return originAllowed(req, config);
}

/**
 * Whether a browser request's Origin may use this route: none given (not a browser, or a same-origin GET), this
 * server's own origin (by its Host header or PUBLIC_URL), or one of HOSPITAL_ORIGINS, matched exactly.
 */
export function originAllowed(req: Request, config: Config): boolean {
  const origin = req.header('origin');
  if (origin === undefined) return true;
  if (config.hospitalOrigins.includes(origin)) return true;
  if (origin === originOf(config.publicUrl)) return true;
  try {
    const host = req.header('host');
    // A server on loopback answers only to loopback names: a page whose own name was pointed at 127.0.0.1
    // (DNS rebinding) has Origin equal to Host, and is still refused.
    if (isLoopbackHost(config.host) && !isLoopbackHost(new URL(`http://${host ?? ''}`).hostname)) return false;
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Exact-match CORS for the routes a hospital page calls from its own origin (the embed fetches the widget's
 * settings): an Origin in HOSPITAL_ORIGINS is echoed back, any other gets no CORS headers (the browser blocks it).
 */
export function registerCors(server: Server, config: Config, paths: string[]): void {
  const allow = (req: Request, res: Response): boolean => {
    const origin = req.header('origin');
    res.setHeader('vary', 'Origin');
    if (origin === undefined || !config.hospitalOrigins.includes(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    return true;
  };
  server.use((req: Request, res: Response, next: Next) => {
    if (paths.includes(req.getPath())) allow(req, res);
    next();
  });
  for (const path of paths) {
    server.opts(path, (req: Request, res: Response, next: Next) => {
      if (!allow(req, res)) {
        res.send(403);
        next(false);
        return;
      }
      res.header('access-control-allow-methods', 'GET, POST');
      res.header('access-control-allow-headers', 'content-type');
      res.header('access-control-max-age', '600');
      res.send(204);
      next(false);
    });
  }
}
