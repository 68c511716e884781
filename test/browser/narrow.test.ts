import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';
import { BotProcess } from '../helpers/botProcess';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_AVAILABLE as available, OUT } from './chromium';
import { cardTextLayout } from './layout';
import { PlaygroundChat, PlaygroundProcess, freePort, playgroundOrigin } from './playground';
import { choose, lastBotText, submitCard, type } from './webchat';

/**
 * Issue #14 (item 7): the doctor card on a 360-px phone. Its labels broke letter by letter in a narrow chat
 * ("Patter / n") when they sat in a FactSet's squeezed title column. Here a whole check is done at 360 px in Web Chat
 * and in the Teams Playground, and every text block of the doctor card is measured as laid out: each label on one
 * line, and no word cut in two.
 */
if (!available) process.stdout.write(`NOTICE: narrow-screen browser tests skipped: no Chromium at ${CHROMIUM}\n`);

const PHONE = { width: 360, height: 740 };
/** Space a phone's chat leaves on each side of a card. */
const PHONE_MARGIN = 10;

let app: StartedApp;
let bot: BotProcess;
let browser: Browser;
/** The Playground's port, chosen before the bot starts: the bot replies only to the serviceUrls it was given (issue 23). */
let playgroundPort = 0;

beforeAll(async () => {
  if (!available) return;
  app = await startApp({ SITE_COUNTRY: 'GB' });
  playgroundPort = await freePort();
  bot = await new BotProcess({ SITE_COUNTRY: 'GB', LOCAL_SERVICE_URLS: playgroundOrigin(playgroundPort) }).start();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.app.close();
  await bot?.stop();
});

const answers: Record<Locale, { results: string; alcohol: string; none: string }> = {
  en: { results: 'ALT 130 U/L (7-40) AST 30 U/L (10-35)', alcohol: 'none', none: 'no' },
  'zh-CN': { results: '谷丙转氨酶 130 U/L (7-40) 谷草转氨酶 30 U/L (10-35)', alcohol: '不喝酒', none: '没有' },
};

/** The doctor card reads well: a title, then each label on a line of its own above its value, no word cut in two. */
async function expectReadableDoctorCard(card: Locator, where: string): Promise<void> {
  const blocks = await cardTextLayout(card);
  const bold = blocks.filter((b) => b.bold);
  expect(bold.length, `${where}: the title and six labels`).toBeGreaterThanOrEqual(7);
  for (const label of bold.slice(1)) expect(label.lines, `${where}: label "${label.text}" on one line`).toBe(1);
  for (const block of blocks) expect(block.brokenWords, `${where}: "${block.text}"`).toEqual([]);
  const box = await card.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? Infinity), `${where}: the card fits the screen`).toBeLessThanOrEqual(PHONE.width);
}

describe.skipIf(!available)('the doctor card on a 360-px phone', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`in Web Chat (${locale}): labels on one line above their values, no word cut, a screenshot`, async () => {
      const t = translator(locale);
      const a = answers[locale];
      const page = await browser.newPage({ viewport: PHONE, locale, isMobile: true, hasTouch: true });
      await page.goto(`${app.url}/?locale=${locale}`);
      await lastBotText(page, t('welcome.intro'));
      await choose(page, t('choices.agree'));
      await lastBotText(page, t('questions.results.ask'));
      await type(page, a.results);
      await lastBotText(page, t('questions.age.ask'));
      await type(page, '52');
      await lastBotText(page, t('questions.sleep.ask'));
      await choose(page, t('choices.haveNot'));
      await lastBotText(page, t('questions.alcohol.ask'));
      await type(page, a.alcohol);
      await lastBotText(page, t('questions.exercise.ask'));
      await type(page, a.none);
      await lastBotText(page, t('questions.medicines.ask'));
      await type(page, a.none);
      await lastBotText(page, t('questions.symptoms.ask'));
      await submitCard(page, [t('choices.none')], t('render.send'));
      await lastBotText(page, t('questions.conditions.ask'));
      await submitCard(page, [t('choices.none')], t('render.send'));
      await lastBotText(page, t('summary.age', { value: 52 }));
      await choose(page, t('choices.correct'));
      const card = page.locator('.ac-adaptiveCard').filter({ hasText: t('explain.doctorTitle') }).last();
      await card.waitFor({ timeout: 20_000 });
      await card.scrollIntoViewIfNeeded();
      await expectReadableDoctorCard(card, `Web Chat ${locale}`);
      await page.screenshot({ path: path.join(OUT, `webchat-360-doctor-${locale}.png`) });
      await page.close();
    }, 60_000);
  }

  it('in Teams (the Agents Playground, en): labels on one line above their values, no word cut, a screenshot', async () => {
    const t = translator('en');
    const playground = await new PlaygroundProcess(playgroundPort).start(bot.url);
    const chat = await PlaygroundChat.open(browser, playground.url, PHONE);
    try {
      await chat.waitForBot(t('welcome.intro'));
      await chat.hideLogPanel();
      await chat.choose(t('choices.agree'));
      for (const [question, answer] of [
        ['questions.results.ask', answers.en.results],
        ['questions.age.ask', '52'],
        ['questions.sleep.ask', 'no'],
        ['questions.alcohol.ask', 'none'],
        ['questions.exercise.ask', 'no'],
        ['questions.medicines.ask', 'none'],
        ['questions.symptoms.ask', 'none'],
        ['questions.conditions.ask', 'none'],
      ] as const) {
        await chat.waitForBot(t(question).split('\n')[0] ?? '');
        await chat.send(answer);
      }
      await chat.waitForBot(t('summary.age', { value: 52 }));
      await chat.choose(t('choices.correct'));
      const card = await chat.waitForBot(t('explain.doctorTitle'), 20_000);
      // The Playground lays itself out for a desktop (its chat column keeps 600 px and a card 450 px); Teams on a phone
      // gives a card the screen's width less its margins. The bot's messages and cards are held to that width here.
      const width = PHONE.width - 2 * PHONE_MARGIN;
      await chat.page.addStyleTag({
        content: `.fai-OutputCard { width: ${width}px !important; max-width: ${width}px !important; } .fai-OutputCard > div { width: 100% !important; min-width: 0 !important; }`,
      });
      await card.scrollIntoViewIfNeeded();
      await expectReadableDoctorCard(card, 'Teams');
      await chat.page.screenshot({ path: path.join(OUT, 'playground-360-doctor-en.png') });
      expect(chat.failedCalls()).toEqual([]);
    } finally {
      await chat.page.close();
      await playground.stop();
    }
  }, 60_000);
});
