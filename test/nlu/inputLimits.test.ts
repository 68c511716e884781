import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDaysAgo } from '../../src/nlu/daysAgo';
import {
  REPORT_LINE_MAX_CHARS,
  REPORT_MAX_CHARS,
  REPORT_MAX_LINES,
  SHORT_ANSWER_MAX_CHARS,
  capForParsing,
  textWindows,
} from '../../src/nlu/inputLimits';
import { normaliseText } from '../../src/nlu/normalise';
import { warmUpReaders } from '../../src/nlu/warmUp';
import { findNumbers, parseSingleNumber } from '../../src/nlu/numbers';
import { cpuMs } from '../helpers/cpuTime';

/** Issue #15 item 1: no answer may take more than 100 ms of CPU, whatever it holds. */
const CPU_BUDGET_MS = 100;


/** The pieces that made Recognizers-Text slow (ranges, dates, Chinese numerals), and some ordinary words. */
const HOSTILE_PIECES = ['1', '-', '/', ':', '.', ',', ' ', '\n', '12', '2020-01-01', '一', '千', '万', '十', '前', '天', 'day', 'ago', 'last', 'saturday', 'sixty', 'and', 'to'];
const hostileText = (maxPieces: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: maxPieces }).map((pieces) => pieces.join(''));
/** A short hostile pattern repeated up to 200 KB, as a body limit allows. */
const repeatedHostile = fc
  .tuple(hostileText(6), fc.integer({ min: 100, max: 200_000 }))
  .map(([pattern, size]) => pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size));

const PATHOLOGICAL = [
  '1-'.repeat(800),
  '1 '.repeat(5000),
  '一千二百三十四万'.repeat(2000),
  '12-3-'.repeat(40_000),
  `${'1-'.repeat(100)}\n`.repeat(1000),
  '1-1 to 2-2 '.repeat(2000),
];

beforeAll(() => {
  // The models are built, and V8 compiles their patterns, on first use (hundreds of ms, once): the server does this at
  // start-up with the same function, so it is start-up cost, not an answer's.
  warmUpReaders();
  for (const text of PATHOLOGICAL) {
    findNumbers(text);
    parseDaysAgo(text);
  }
});

describe('every parser is bounded in time by construction (issue #15 item 1)', () => {
  it.each(PATHOLOGICAL.map((t) => [`${JSON.stringify(t.slice(0, 12))}… (${t.length} chars)`, t]))('%s: each parser under 100 ms of CPU', (_name, text) => {
    expect(cpuMs(() => findNumbers(text))).toBeLessThan(CPU_BUDGET_MS);
    expect(cpuMs(() => parseSingleNumber(text))).toBeLessThan(CPU_BUDGET_MS);
    expect(cpuMs(() => parseDaysAgo(text))).toBeLessThan(CPU_BUDGET_MS);
    expect(cpuMs(() => findNumbers(capForParsing(text)))).toBeLessThan(CPU_BUDGET_MS);
  });

  it('holds for any text made of the pieces that made them slow, up to 200 KB', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(400), repeatedHostile), (text) => {
        expect(cpuMs(() => findNumbers(text))).toBeLessThan(CPU_BUDGET_MS);
        expect(cpuMs(() => parseDaysAgo(text))).toBeLessThan(CPU_BUDGET_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('still reads ordinary answers, with positions in the normalised text', () => {
    const text = `${'I had a long day at work and then '.repeat(3)}ran sixty-eight laps and 12 more`;
    const found = findNumbers(text);
    expect(found.map((n) => n.value)).toEqual([68, 12]);
    for (const n of found) expect(normaliseText(text).slice(n.start, n.end + 1)).toBe(n.text);
    const ref = new Date(Date.UTC(2026, 10, 25, 10));
    expect(parseDaysAgo('I went for a really long and tiring run last weekend with friends', ref)).toBe(3);
  });
});

describe('what reaches the parsers', () => {
  it('a one-line answer is cut to the short-answer cap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20_000 }).filter((s) => !/[\r\n]/.test(s)), (text) => {
        const capped = capForParsing(text);
        expect(capped.length).toBeLessThanOrEqual(SHORT_ANSWER_MAX_CHARS);
        expect(text.startsWith(capped)).toBe(true);
      }),
    );
    expect(capForParsing('x'.repeat(10_000))).toHaveLength(SHORT_ANSWER_MAX_CHARS);
  });

  it('a pasted report keeps whole lines, each and all of them capped', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }).map((l) => l.replace(/[\r\n]/g, '')), { minLength: 2, maxLength: 400 }), (lines) => {
        const capped = capForParsing(lines.join('\n'));
        const out = capped.split('\n');
        expect(capped.length).toBeLessThanOrEqual(REPORT_MAX_CHARS);
        expect(out.length).toBeLessThanOrEqual(REPORT_MAX_LINES);
        for (const [i, line] of out.entries()) {
          expect(line.length).toBeLessThanOrEqual(REPORT_LINE_MAX_CHARS);
          expect(lines[i]?.startsWith(line)).toBe(true);
        }
      }),
    );
    const report = 'ALT 68 U/L (7-40)\nAST 25 U/L (13-35)';
    expect(capForParsing(report)).toBe(report);
  });

  it('windows are consecutive pieces of the text, bounded in size and number, cut at spaces where they can be', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 8, max: 80 }), fc.integer({ min: 1, max: 20 }), (text, size, count) => {
        const windows = textWindows(text, size, count);
        expect(windows.length).toBeLessThanOrEqual(count);
        for (const w of windows) {
          expect(w.text.length).toBeLessThanOrEqual(size);
          expect(text.slice(w.start, w.start + w.text.length)).toBe(w.text);
        }
      }),
    );
    expect(textWindows('one two three four', 10, 5).map((w) => w.text)).toEqual(['one two ', 'three four']);
  });
});
