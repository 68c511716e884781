import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../../bench/loopback';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';

/**
 * Issue #15 item 8 in Chromium: the one-line embed works from the hospital's own origin (another origin than the
 * bot's), under the bot's strict CSP with no violation, and a page on an origin not in HOSPITAL_ORIGINS gets no chat
 * button and cannot frame the chat.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const en = translator('en');

/** A web server for a page that embeds the bot; `localhost` rather than 127.0.0.1, so it is another site too. */
async function hospitalSite(html: (botUrl: string) => string, botUrl: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(botUrl()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

const embedPage = (botUrl: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>St Elsewhere</title></head><body><main><h1>St Elsewhere</h1></main><script src="${botUrl}/embed.js" async></script></body></html>`;
const framingPage = (botUrl: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not a hospital</title></head><body><iframe title="chat" src="${botUrl}/"></iframe></body></html>`;

let app: StartedApp;
let browser: Browser;
let hospital: { server: Server; origin: string };
let hostile: { server: Server; origin: string };
let hostileFraming: { server: Server; origin: string };

beforeAll(async () => {
  if (!available) return;
  const botUrl = (): string => app.url;
  hospital = await hospitalSite(embedPage, botUrl);
  hostile = await hospitalSite(embedPage, botUrl);
  hostileFraming = await hospitalSite(framingPage, botUrl);
  app = await startApp({ HOSPITAL_NAME: 'St Elsewhere Hospital', HOSPITAL_ORIGINS: hospital.origin });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.app.close();
  for (const site of [hospital, hostile, hostileFraming]) if (site) await closeServer(site.server);
});

/** Console messages about a Content-Security-Policy, from the page and its frames. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

async function say(frame: FrameLocator, text: string): Promise<void> {
  const box = frame.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

async function choose(frame: FrameLocator, name: string): Promise<void> {
  await frame.locator('button:not(.webchat__live-region-activity__suggested-action)').filter({ hasText: new RegExp(`^${name}$`) }).last().click();
}

async function waitFor(frame: FrameLocator, text: string): Promise<void> {
  await frame.getByText(text, { exact: false }).last().waitFor({ timeout: 20_000 });
}

describe.skipIf(!available)('the embed on another origin, under a strict CSP (issue #15 item 8)', () => {
  it('from the hospital’s origin: the button appears, the chat opens in a frame and an assessment is completed, with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
    const violations = cspViolations(page);
    await page.goto(`${hospital.origin}/`);
    expect(new URL(page.url()).origin).not.toBe(new URL(app.url).origin);
    await page.getByRole('button', { name: en('widget.openChat') }).click();
    const frame = page.frameLocator('iframe[title]');
    await waitFor(frame, en('welcome.intro'));
    await frame.locator('h1').getByText('St Elsewhere Hospital').waitFor();
    await choose(frame, en('choices.agree'));
    await waitFor(frame, en('questions.results.ask'));
    await say(frame, 'ALT 68 U/L 7-40; AST 25 U/L 13-35');
    await waitFor(frame, en('questions.age.ask'));
    await say(frame, '34');
    await waitFor(frame, en('questions.sleep.ask'));
    await say(frame, 'no');
    await waitFor(frame, en('questions.alcohol.ask'));
    await say(frame, 'none');
    await waitFor(frame, en('questions.exercise.ask'));
    await say(frame, 'no');
    await waitFor(frame, en('questions.medicines.ask'));
    await say(frame, 'none');
    await waitFor(frame, en('questions.symptoms.ask').slice(0, 40));
    await say(frame, 'none');
    await waitFor(frame, en('questions.conditions.ask').slice(0, 40));
    await say(frame, 'none');
    await waitFor(frame, 'ALT: 68 U/L (normal up to 40)');
    await choose(frame, en('choices.correct'));
    await waitFor(frame, en('explain.title'));
    expect(violations).toEqual([]);
    await page.close();
  }, 120_000);

  it('from an origin not in HOSPITAL_ORIGINS: no chat button (CORS), and the chat cannot be framed (frame-ancestors)', async () => {
    const page = await browser.newPage();
    await page.goto(`${hostile.origin}/`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: en('widget.openChat') }).count()).toBe(0);

    const framing = await browser.newPage();
    const blocked = new Promise<string>((resolve) => framing.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(m.text())));
    await framing.goto(`${hostileFraming.origin}/`);
    expect(await blocked).toMatch(/frame-ancestors/);
    const chat = framing.frames().find((f) => f !== framing.mainFrame());
    expect(await chat?.locator('#webchat').count()).toBe(0);
    await page.close();
    await framing.close();
  }, 60_000);
});
