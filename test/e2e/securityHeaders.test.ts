import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';

/**
 * Issues #15 items 8 and 10, against real server processes: a strict CSP and the other security headers on every
 * response, exact-match CORS and frame-ancestors from HOSPITAL_ORIGINS, the token route's Origin check, and
 * settings that would be insecure refused at start-up.
 */
const HOSPITAL = 'https://www.st-elsewhere.example';
const LOGO = 'https://cdn.st-elsewhere.example/logo.png';
let bot: BotProcess;
let withSecret: BotProcess;

beforeAll(async () => {
  [bot, withSecret] = await Promise.all([
    new BotProcess({ HOSPITAL_ORIGINS: `${HOSPITAL}, https://intranet.st-elsewhere.example`, HOSPITAL_LOGO_URL: LOGO }).start(),
    new BotProcess({ DIRECT_LINE_SECRET: 'not-a-real-secret', DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com' }).start(),
  ]);
}, 30_000);
afterAll(async () => {
  await Promise.all([bot.stop(), withSecret.stop()]);
});

function directives(csp: string | null): Map<string, string[]> {
  return new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe('security headers on every response (issue #15 item 8)', () => {
  it.each(['/', '/embed.js', '/api/widget/config', '/healthz', '/embed-demo.html'])('%s has a strict CSP, frame-ancestors from the allow-list, no referrer, HSTS', async (path) => {
    const res = await fetch(`${bot.url}${path}`);
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toContain('https://cdn.st-elsewhere.example');
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'", HOSPITAL, 'https://intranet.st-elsewhere.example']);
    expect(csp.get('style-src')?.join(' ')).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['GET', '/no-such-page', 404],
    ['DELETE', '/healthz', 405],
  ])('%s %s (%i from the router) has the same headers', async (method, path, status) => {
    const res = await fetch(`${bot.url}${path}`, { method });
    expect(res.status).toBe(status);
    expect(directives(res.headers.get('content-security-policy')).get('default-src')).toEqual(["'self'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('a page gets a fresh nonce for its scripts and styles, and Direct Line is in connect-src when it is used', async () => {
    const [a, b] = await Promise.all([fetch(`${bot.url}/`), fetch(`${bot.url}/`)]);
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce(a)).toBeDefined();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(await a.text()).toContain(`<script nonce="${nonce(a)}" src="/widget.js">`);
    const dl = directives((await fetch(`${withSecret.url}/`)).headers.get('content-security-policy'));
    expect(dl.get('connect-src')).toEqual(["'self'", 'https://europe.directline.botframework.com', 'wss://europe.directline.botframework.com']);
    expect(dl.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('CORS: the widget settings answer exactly the listed origins, and no other', async () => {
    const allowed = await fetch(`${bot.url}/api/widget/config`, { headers: { origin: HOSPITAL } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(HOSPITAL);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    for (const origin of ['https://evil.example', `${HOSPITAL}.evil.example`, 'http://www.st-elsewhere.example', 'null']) {
      const res = await fetch(`${bot.url}/api/widget/config`, { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const preflight = await fetch(`${bot.url}/api/widget/config`, { method: 'OPTIONS', headers: { origin: HOSPITAL, 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(HOSPITAL);
    const refused = await fetch(`${bot.url}/api/widget/config`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('settings and requests that would be insecure are refused (issue #15 item 10)', () => {
  it('the token route checks Origin: its own and the listed origins may, any other page gets 403', async () => {
    const post = (origin?: string) => fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: origin ? { origin } : {} });
    expect((await post(new URL(bot.url).origin)).status).toBe(200);
    expect((await post(HOSPITAL)).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect((await post('https://evil.example')).status).toBe(403);
    expect((await post('null')).status).toBe(403);
  });

  it('on loopback, a page whose name was pointed at 127.0.0.1 (DNS rebinding) gets no token, though its Origin equals Host', async () => {
    const { port } = new URL(bot.url);
    const post = (host: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/directline/token', method: 'POST', headers: { host, origin: `http://${host}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await post(`rebound.evil.example:${port}`)).toBe(403);
    expect(await post(`localhost:${port}`)).toBe(200);
    expect(await post(`127.0.0.1:${port}`)).toBe(200);
  });

  it.each([
    [{ HOSPITAL_LOGO_URL: 'javascript:alert(1)' }, /HOSPITAL_LOGO_URL must be an https URL/],
    [{ HOSPITAL_LOGO_URL: 'data:image/svg+xml;base64,PHN2Zy8+' }, /HOSPITAL_LOGO_URL must be an https URL/],
    [{ HOSPITAL_LOGO_URL: 'http://cdn.example/logo.png' }, /HOSPITAL_LOGO_URL must be an https URL/],
    [{ DIRECT_LINE_ENDPOINT: 'http://directline.botframework.com' }, /DIRECT_LINE_ENDPOINT must be an https URL/],
    [{ HOSPITAL_ORIGINS: 'http://www.hospital.example' }, /HOSPITAL_ORIGINS must be origins/],
    [{ HOSPITAL_ORIGINS: 'https://www.hospital.example/page' }, /HOSPITAL_ORIGINS must be origins/],
    [{ HOSPITAL_ORIGINS: '*' }, /HOSPITAL_ORIGINS must be origins/],
  ])('%j stops the process with one clear line', async (env, message) => {
    await expect(new BotProcess(env).start()).rejects.toThrow(message);
  });
});
