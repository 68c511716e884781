import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS, scriptLines } from '../../bench/scripts';
import { BotProcess, measuredRequest } from '../helpers/botProcess';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * Issue #15 item 1, against the real server process: no answer, of any content up to the body limit, takes more
 * than 100 ms of the server's CPU, at any stage of the conversation, and /healthz answers within 50 ms meanwhile.
 */
/**
 * Issue 15 set 100 ms; it was widened to 150 while the readers walked their lexicons, and is 100 again since the
 * matcher starts from the reply (issue 30 item 1). Issue 23's three inputs at ten times their size stay under 50 ms
 * (securityRegexInputs.test.ts).
 */
const TURN_CPU_BUDGET_MS = 100;
const HEALTH_BUDGET_MS = 50;
/**
 * The 8,000-character varied paste: the warning-sign reader walked its lexicon per sentence, and the ConText, glossary
 * and sound-alike readers of issues 27 and 29 added about 10 ms to this worst case, so /healthz was allowed 80 ms here.
 * Issue 30 item 1's matcher starts from the reply; this wall-clock figure is to go back to 50 ms once measured on a
 * quiet machine (on the shared one every /healthz check, 50 ms ones included, is at the mercy of other load).
 */
const PASTE_HEALTH_BUDGET_MS = 80;

/** /api/messages takes activities of at most 20,000 characters. */
const MAX_TEXT = 20_000;
/** Answers that took seconds before the fix, varied by `d` so that no cache in the server has seen them. */
const hostile = (d: number): string[] =>
  [
    `${d}-`.repeat(800),
    `${d} `.repeat(5000),
    '一千二百三十四万五千六百七十八'.slice(d % 7).repeat(600),
    `${d}2-3/4:5.`.repeat(2000),
    `${`${d}-`.repeat(100)}\n`.repeat(90),
    `${d} day ago last saturday `.repeat(600),
  ].map((text) => text.slice(0, MAX_TEXT));

/** Normal answers that bring a conversation to each stage (the questions after consent, in order). */
const STAGES: [string, string][] = [
  ['consent', 'yes'],
  ['results', 'ALT 68 U/L 7-40; AST 25 U/L 13-35'],
  ['age', '34'],
  ['sleep', 'no'],
  ['alcohol', 'had like 6 beers saturday'],
  ['exercise', 'last saturday'],
  ['medicines', 'lipiter'],
  ['symptoms', 'none'],
  ['conditions', 'none'],
  ['summary', 'yes'],
];

let channel: FakeChannel;
let bot: BotProcess;

beforeAll(async () => {
  channel = await new FakeChannel().start();
  bot = await new BotProcess({}).start();
  // Warm up with ordinary conversations in both languages: the first answer in a language loads and compiles its
  // models once (a start-up cost, not an answer's). No hostile answer is sent before the measured ones.
  for (const [i, script] of SCRIPTS.entries()) await converse(`warm-up-${i}`, scriptLines(script), script.locale);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

async function converse(id: string, answers: string[], locale = 'en-US'): Promise<void> {
  await postActivity(bot.url, activityFrom(channel, id, { type: 'conversationUpdate', locale, membersAdded: [{ id: `user-${id}`, name: 'Patient' }] }));
  for (const text of answers) expect((await postActivity(bot.url, activityFrom(channel, id, { text, locale }))).status).toBe(200);
}

/** The server's CPU for one request (from /proc, in 10 ms ticks), and the slowest /healthz meanwhile. */
const measured = (request: () => Promise<Response>) => measuredRequest(bot, request);

describe('a hostile answer costs the server little, at every stage (issue #15 item 1)', () => {
  it.each(STAGES.map(([stage], i) => [stage, i] as const))('at %s', async (stage, index) => {
    const id = `hostile-${stage}`;
    await converse(id, STAGES.slice(0, index).map(([, a]) => a));
    for (const text of hostile(index + 1)) {
      const { cpuMs, healthMs, status } = await measured(() => postActivity(bot.url, activityFrom(channel, id, { text })));
      expect(status).toBe(200);
      expect(cpuMs, `${stage}: ${JSON.stringify(text.slice(0, 10))}`).toBeLessThanOrEqual(TURN_CPU_BUDGET_MS);
      expect(healthMs).toBeLessThan(HEALTH_BUDGET_MS);
    }
  });

  it('a long, varied multi-line paste (lab names, medicines, symptoms, Chinese, dates) is cheap at every stage', async () => {
    // A paste no cache has seen: words drawn by a seeded generator, so each stage gets different lines.
    const words = ['ALT', 'AST', 'GGT', 'bilirubin', 'ibuprofen', 'paracetamol', 'atorvastatin', 'lipitor', 'tylenol', 'vomitting', 'jaundise', 'yelow', 'eyes', 'blood', 'stool', 'tired', 'fever', 'itching', '05/06/2026', 'U/L', 'mg/dL', '谷丙转氨酶', '谷草转氨酶', '布洛芬', '阿托伐他汀', '泰诺', '黄疸', '大便', '发烧', '乏力', '何首乌', '0-40', '7-56', 'H', '↑', 'high', 'normal', 'range'];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const paste = (): string => {
      const lines: string[] = [];
      for (let length = 0; length < 7900; ) {
        const line = Array.from({ length: 3 + Math.floor(random() * 8) }, () => `${words[Math.floor(random() * words.length)]}${random() < 0.3 ? Math.floor(random() * 900) : ''}`).join(' ');
        lines.push(line);
        length += line.length + 1;
      }
      return lines.join('\n');
    };
    for (const [index, [stage]] of STAGES.entries()) {
      const id = `paste-${stage}`;
      await converse(id, STAGES.slice(0, index).map(([, a]) => a));
      const text = paste();
      const { cpuMs, healthMs, status } = await measured(() => postActivity(bot.url, activityFrom(channel, id, { text })));
      expect(status).toBe(200);
      expect(cpuMs, stage).toBeLessThanOrEqual(TURN_CPU_BUDGET_MS);
      expect(healthMs, stage).toBeLessThan(PASTE_HEALTH_BUDGET_MS);
    }
  }, 60_000);

  it('through the local Direct Line endpoint: 30 KB of digits and dashes (cut to 8,000 characters) and 200 KB (413) are cheap too', async () => {
    const { token } = (await (await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const started = await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST', headers });
    const { conversationId } = (await started.json()) as { conversationId: string };
    const post = (text: string) => () =>
      fetch(`${bot.url}/v3/directline/conversations/${conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) });
    for (const text of ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none']) await post(text)();
    const answers: [string, number][] = [
      ['1-'.repeat(15_000), 200],
      ['12-34-'.repeat(5_000), 200],
      [`${'3-'.repeat(100)}\n`.repeat(140), 200],
      ['1-'.repeat(100_000), 413],
    ];
    for (const [text, expected] of answers) {
      const { cpuMs, healthMs, status } = await measured(post(text));
      expect(status).toBe(expected);
      expect(cpuMs).toBeLessThanOrEqual(TURN_CPU_BUDGET_MS);
      expect(healthMs).toBeLessThan(HEALTH_BUDGET_MS);
    }
  });
});
