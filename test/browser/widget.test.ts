import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_AVAILABLE as available, OUT } from './chromium';
import { choose, lastBotText, submitCard, type } from './webchat';

if (!available) process.stdout.write(`NOTICE: browser tests skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)\n`);

const en = translator('en');
const AXE = require.resolve('axe-core/axe.min.js');

let app: StartedApp;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  app = await startApp({ HOSPITAL_NAME: 'St Elsewhere Hospital', SITE_COUNTRY: 'GB' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.app.close();
});

async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses injected inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.length }));
  });
}

describe.skipIf(!available)('the chat page and the hospital widget in Chromium', () => {
  it('the local chat page: an assessment completed by clicking and typing, a screenshot, and no serious axe violations', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, locale: 'en-GB' });
    await page.goto(`${app.url}/?locale=en`);
    await lastBotText(page, en('welcome.intro'));
    expect(await seriousViolations(page)).toEqual([]);
    await choose(page, en('choices.agree'));
    await lastBotText(page, en('questions.results.ask'));
    await type(page, 'ALT(GPT) 68 U/L 7-40; AST 25 U/L 13-35');
    await lastBotText(page, en('questions.age.ask'));
    await type(page, '34');
    await lastBotText(page, en('questions.sleep.ask'));
    await choose(page, en('choices.have'));
    await lastBotText(page, en('questions.alcohol.ask'));
    await type(page, 'had like 6 beers saturday');
    await lastBotText(page, en('questions.exercise.ask'));
    await type(page, 'no');
    await lastBotText(page, en('questions.medicines.ask'));
    await type(page, 'lipiter');
    // Symptoms and conditions come with every choice on a card at the first ask.
    await lastBotText(page, en('questions.symptoms.ask'));
    await submitCard(page, [en('labels.symptoms.itching')], en('render.send'));
    await lastBotText(page, en('questions.conditions.ask'));
    await submitCard(page, [en('choices.none')], en('render.send'));
    await lastBotText(page, 'ALT: 68 U/L (normal up to 40)');
    await lastBotText(page, en('summary.symptoms', { value: en('labels.symptoms.itching') }));
    await choose(page, en('choices.correct'));
    await lastBotText(page, en('explain.title'));
    await lastBotText(page, en('explain.doctorTitle'));
    await page.screenshot({ path: path.join(OUT, 'local-chat-page.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('in Chinese: the page language, the welcome and the widget words follow the browser', async () => {
    const zh = translator('zh-CN');
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${app.url}/`);
    await page.getByText(zh('welcome.intro')).last().waitFor({ timeout: 20_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('#tagline').textContent()).toBe(zh('widget.tagline'));
    await choose(page, zh('choices.agree'));
    await page.getByText(zh('questions.results.ask')).last().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('the embeddable widget on a hospital page opens, is branded, starts the chat, and has no serious axe violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${app.url}/embed-demo.html`);
    await page.getByRole('button', { name: en('widget.openChat') }).click();
    const launcher = page.locator('button[aria-controls="liver-test-guide-panel"]');
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await launcher.textContent()).toBe(en('widget.closeChat'));
    const frame = page.frameLocator('iframe[title]');
    await frame.getByText(en('welcome.intro')).last().waitFor({ timeout: 20_000 });
    await frame.locator('h1').getByText('St Elsewhere Hospital').waitFor();
    await choose(frame, en('choices.agree'));
    await frame.getByText(en('questions.results.ask')).last().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(OUT, 'hospital-widget.png') });
    expect(await seriousViolations(page)).toEqual([]);
    const inner = page.frames().find((f) => f !== page.mainFrame());
    expect(inner).toBeDefined();
    await page.close();
  }, 120_000);
});
