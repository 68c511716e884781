import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { BotProcess } from '../helpers/botProcess';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_AVAILABLE, OUT } from './chromium';
import { PlaygroundChat, PlaygroundProcess, freePort, playgroundOrigin, resultValue } from './playground';

/**
 * Issue #17: the bot in a real Teams client. Microsoft 365 Agents Playground (a local Teams-like client that sends
 * what Teams sends and renders with Teams' rules) runs against the bot as a real process, and Chromium drives a whole
 * check through it as a person would: welcome on installationUpdate, consent, the results pasted, the questions
 * answered, symptoms and conditions ticked on the choice card at the first ask, the summary confirmed, the result and
 * the doctor card. The spec's rules are not under test here; the rendering is.
 */
const available = CHROMIUM_AVAILABLE;
if (!available) process.stdout.write(`NOTICE: Playground tests skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)\n`);

/** Tall enough for the whole result in one screenshot (a message taller than the chat is cut off in it). */
const TALL = { width: 1100, height: 2400 };

let bot: BotProcess;
let browser: Browser;
/** The Playgrounds' ports, chosen before the bot starts: the bot replies only to the serviceUrls it was given (issue 23). */
let ports: number[] = [];

beforeAll(async () => {
  if (!available) return;
  ports = [await freePort(), await freePort()];
  bot = await new BotProcess({ SITE_COUNTRY: 'GB', LOCAL_SERVICE_URLS: ports.map(playgroundOrigin).join(',') }).start();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
});

/** The first line of a sentence from the locale files (a message's line is one paragraph). */
const firstLine = (text: string): string => text.split('\n')[0] ?? text;

/** The vertical position of each element: lines shown one under the other have strictly increasing tops. */
async function tops(elements: Locator): Promise<number[]> {
  return elements.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
}

interface Answers {
  start?: string;
  results: string;
  age: string;
  alcohol: string;
  exercise: string;
  medicines: string;
}

/** A whole check in one language; returns the summary and result messages for the caller's checks. */
async function wholeCheck(chat: PlaygroundChat, locale: Locale, answers: Answers): Promise<{ summary: Locator; result: Locator; doctor: Locator }> {
  const t = translator(locale);
  const en = translator('en');
  // The welcome comes on installationUpdate, before the person types anything.
  await chat.waitForBot(en('welcome.intro'));
  if (answers.start) {
    await chat.send(answers.start);
    await chat.waitForBot(t('commands.languageSwitched'));
  }
  await chat.choose(t('choices.agree'));
  await chat.waitForBot(firstLine(t('questions.results.ask')));
  await chat.send(answers.results);
  await chat.waitForBot(t('questions.age.ask'));
  await chat.send(answers.age);
  await chat.waitForBot(t('questions.sleep.ask'));
  await chat.choose(t('choices.haveNot'));
  await chat.waitForBot(firstLine(t('questions.alcohol.ask')));
  await chat.send(answers.alcohol);
  await chat.waitForBot(firstLine(t('questions.exercise.ask')));
  await chat.send(answers.exercise);
  await chat.waitForBot(firstLine(t('questions.medicines.ask')));
  await chat.send(answers.medicines);
  // Symptoms and conditions: the choice card on the first ask, with every choice to tick.
  const symptoms = await chat.waitForBot(firstLine(t('questions.symptoms.ask')));
  expect(await symptoms.getByRole('checkbox').count()).toBeGreaterThan(10);
  await chat.submitCard([t('labels.symptoms.fatigue')], t('render.send'));
  const conditions = await chat.waitForBot(firstLine(t('questions.conditions.ask')));
  expect(await conditions.getByRole('checkbox').count()).toBeGreaterThan(5);
  await chat.submitCard([t('choices.none')], t('render.send'));
  const summary = await chat.waitForBot(firstLine(t('questions.summary.ask')));
  await chat.choose(t('choices.correct'));
  const doctor = await chat.waitForBot(t('explain.doctorTitle'), 20_000);
  // The result's text arrives as its own message just before its card (the Playground splits them, as Teams does).
  const messages = chat.botMessages();
  const cardAt = await messages.evaluateAll((els, title) => els.map((e) => (e.textContent ?? '').includes(title)).lastIndexOf(true), t('explain.doctorTitle'));
  const result = messages.nth(cardAt - 1);
  return { summary, result, doctor };
}

/** The summary reads as lines: each answer is its own line element, shown one under another. */
async function expectSummaryLines(summary: Locator, locale: Locale): Promise<void> {
  const t = translator(locale);
  const lines = await PlaygroundChat.lines(summary);
  const expected = [
    t('summary.alt', { value: 130, unit: 'U/L', uln: 40 }),
    t('summary.ast', { value: 30, unit: 'U/L', uln: 35 }),
    t('summary.age', { value: 52 }),
    t('summary.sleep', { value: t('summary.no') }),
    t('summary.symptoms', { value: t('labels.symptoms.fatigue') }),
    t('summary.conditions', { value: t('summary.none') }),
  ];
  for (const line of expected) expect(lines, line).toContain(line);
  // Every item of the summary (ALT, AST, age, sleep, alcohol, exercise, medicines, symptoms, conditions) and the
  // lines around them: at least 11 lines, none holding two items.
  expect(lines.length).toBeGreaterThanOrEqual(11);
  for (const line of lines) expect(expected.filter((e) => line.includes(e)).length, line).toBeLessThanOrEqual(1);
  const y = await tops(summary.locator('p'));
  for (let i = 1; i < y.length; i += 1) expect(y[i], `line ${i + 1} is below line ${i}`).toBeGreaterThan(y[i - 1] ?? 0);
}

/** The result reads as lines too: its title and each sentence group are separate, one under another. */
async function expectResultLines(result: Locator): Promise<void> {
  const lines = await PlaygroundChat.lines(result);
  expect(lines.length).toBeGreaterThanOrEqual(4);
  expect(await result.locator('b').count()).toBeGreaterThanOrEqual(1);
  const y = await tops(result.locator('p'));
  for (let i = 1; i < y.length; i += 1) expect(y[i] ?? 0).toBeGreaterThan(y[i - 1] ?? 0);
}

function expectEveryCallSucceeded(chat: PlaygroundChat): void {
  expect(chat.failedCalls()).toEqual([]);
  const kinds = chat.calls.map((c) => `${c.from === 'User Application' ? 'bot' : 'playground'}:${c.activity}`);
  expect(kinds).toContain('playground:installationUpdate');
  expect(kinds.filter((k) => k === 'playground:message').length).toBeGreaterThanOrEqual(10);
  expect(kinds.filter((k) => k === 'bot:message').length).toBeGreaterThanOrEqual(10);
  expect(resultValue(chat.calls)?.triage).toMatch(/^(routine|soon|urgent|emergency)$/);
}

describe.skipIf(!available)('Teams, in Microsoft 365 Agents Playground', () => {
  let playground: PlaygroundProcess;
  let chat: PlaygroundChat | undefined;

  afterAll(async () => {
    await chat?.page.close();
    await playground?.stop();
  });

  it('a whole check in English: welcome on install, choice cards at the first ask, the summary and the result as lines, the doctor card, every call 2xx', async () => {
    playground = await new PlaygroundProcess(ports[0]).start(bot.url);
    chat = await PlaygroundChat.open(browser, playground.url, TALL);
    const { summary, result, doctor } = await wholeCheck(chat, 'en', {
      results: 'ALT 130 U/L (7-40) AST 30 U/L (10-35)',
      age: '52',
      alcohol: 'none',
      exercise: 'no',
      medicines: 'none',
    });
    await expectSummaryLines(summary, 'en');
    await summary.screenshot({ path: path.join(OUT, 'playground-summary-en.png') });
    await expectResultLines(result);
    await result.scrollIntoViewIfNeeded();
    await result.screenshot({ path: path.join(OUT, 'playground-result-en.png') });
    await doctor.screenshot({ path: path.join(OUT, 'playground-doctor-en.png') });
    expectEveryCallSucceeded(chat);
  }, 90_000);
});

describe.skipIf(!available)('Teams in Chinese, in Microsoft 365 Agents Playground', () => {
  let playground: PlaygroundProcess;
  let chat: PlaygroundChat | undefined;

  afterAll(async () => {
    await chat?.page.close();
    await playground?.stop();
  });

  it('a whole check in Chinese after "中文": the same structure, the summary and the result as lines, every call 2xx', async () => {
    playground = await new PlaygroundProcess(ports[1]).start(bot.url);
    chat = await PlaygroundChat.open(browser, playground.url, TALL);
    const { summary, result, doctor } = await wholeCheck(chat, 'zh-CN', {
      start: '中文',
      results: '谷丙转氨酶 130 U/L (7-40) 谷草转氨酶 30 U/L (10-35)',
      age: '52',
      alcohol: '不喝酒',
      exercise: '没有',
      medicines: '没有',
    });
    await expectSummaryLines(summary, 'zh-CN');
    await summary.screenshot({ path: path.join(OUT, 'playground-summary-zh.png') });
    await expectResultLines(result);
    await result.screenshot({ path: path.join(OUT, 'playground-result-zh.png') });
    await doctor.screenshot({ path: path.join(OUT, 'playground-doctor-zh.png') });
    expectEveryCallSucceeded(chat);
  }, 90_000);
});
