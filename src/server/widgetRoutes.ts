import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import { resolveLocale, translator } from '../i18n';
import { PUBLIC_DIR, webchatBundlePath } from '../paths';
import { queryString } from './requests';
import { contentSecurityPolicy } from './webPolicy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Files of public/ that may be served, read once. */
const PUBLIC_FILES = ['index.html', 'widget.js', 'widget.css', 'embed.js', 'embed-demo.html', 'logo.svg'];

/**
 * The hospital widget: the chat page (also the local chat page at /), its script and style, the embeddable snippet,
 * its settings from config (name, colour, logo), and Web Chat itself, served from the build (dist/vendor/) rather than a
 * CDN.
 */
export function registerWidget(server: Server, config: Config): void {
  const cache = new Map<string, Buffer>();
  const file = (name: string): Buffer => {
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(path.join(PUBLIC_DIR, name));
      cache.set(name, body);
    }
    return body;
  };
  const serve = (name: string, cacheControl: string) => async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'cache-control': cacheControl, 'x-content-type-options': 'nosniff' });
    res.end(file(name));
  };
  /** A page, with a fresh nonce on its script and style tags: Web Chat gives its generated styles the same one. */
  const page = (name: string) => async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const html = file(name).toString('utf8').replace(/<(script|style)\b/g, `<$1 nonce="${nonce}"`);
    res.writeHead(200, {
      'content-type': TYPES['.html'] ?? '',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy(config, nonce),
    });
    res.end(html);
  };

  server.get('/', page('index.html'));
  for (const name of PUBLIC_FILES) server.get(`/${name}`, name.endsWith('.html') ? page(name) : serve(name, 'public, max-age=3600'));

  server.get('/vendor/webchat.js', async (_req: Request, res: Response) => {
    let body = cache.get('/vendor/webchat.js');
    if (!body) {
      body = readFileSync(webchatBundlePath());
      cache.set('/vendor/webchat.js', body);
    }
    res.writeHead(200, { 'content-type': TYPES['.js'] ?? '', 'cache-control': 'public, max-age=86400' });
    res.end(body);
  });

  server.get('/api/widget/config', async (req: Request, res: Response) => {
    const locale = resolveLocale(queryString(req, 'locale'), config.defaultLocale);
    const t = translator(locale);
    const name = config.hospital.name;
    const strings: Record<string, string> = {};
    for (const key of ['tagline', 'skipToChat', 'chatRegion', 'openChat', 'closeChat', 'error', 'logoAlt', 'frameTitle']) strings[key] = t(`widget.${key}`, { name });
    res.send(200, { name, color: config.hospital.color, logoUrl: config.hospital.logoUrl ?? '/logo.svg', locale, strings });
  });
}
