import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../src/assessment/types';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

const en = translator('en');
const zh = translator('zh-CN');

/** Age, sleep, alcohol, exercise, medicines, symptoms, conditions: answered plainly, up to the summary. */
const REST = ['34', 'no', 'none', 'no', 'none', 'none', 'none'];

async function atResults(locale = 'en-US'): Promise<Conversation> {
  const c = new Conversation({ locale });
  await c.start();
  await c.say('yes');
  return c;
}

function resultOf(replies: readonly Partial<Activity>[]): AssessmentResult {
  const carrier = replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object));
  if (!carrier) throw new Error('no result in these replies');
  return carrier.value as AssessmentResult;
}

/** From the age question to the summary, then yes: the summary's text and the result. */
async function finish(c: Conversation): Promise<{ summary: string; result: AssessmentResult }> {
  let summary = '';
  for (const answer of REST) summary = await c.ask(answer);
  return { summary, result: resultOf(await c.say('yes')) };
}

const INDIAN_LFT = [
  'LIVER FUNCTION TEST (LFT)',
  'Test Name Result Unit Bio. Ref. Interval',
  'BILIRUBIN, TOTAL',
  '0.60 0.2 - 1.0 mg/dL',
  'METHOD : DIAZO',
  'S.G.O.T.',
  '32 0 - 35 U/L',
  'METHOD : IFCC WITHOUT P5P',
  'S.G.P.T.',
  '78 H 0 - 45 U/L',
  'METHOD : IFCC WITHOUT P5P',
  'SGOT/SGPT RATIO 0.41',
].join('\n');

describe('pasted reports in the conversation (issue #19)', () => {
  it('reads an Indian block report in one go: each value with its own range (ULN-LAB), no bilirubin range for ALT', async () => {
    const c = await atResults();
    expect(await c.ask(INDIAN_LFT)).toContain(en('questions.age.ask'));
    const { summary, result } = await finish(c);
    expect(summary).toContain('ALT: 78 U/L (normal up to 45)');
    expect(summary).toContain('AST: 32 U/L (normal up to 35)');
    expect(result.alt).toMatchObject({ value: 78, uln: 45 });
    expect(result.ast).toMatchObject({ value: 32, uln: 35 });
    expect(result.rules).toContain('ULN-LAB');
  });

  it('a multi-line paste with no ALT in it is not read as ALT: no neighbour\'s range is taken', async () => {
    const c = await atResults();
    const text = await c.ask('BILIRUBIN, TOTAL\n0.60 0.2 - 1.0 mg/dL\nMETHOD : DIAZO');
    expect(text).toContain(en('questions.results.retry'));
    expect(text).not.toContain(en('invalid.range_suspicious', { high: 1, unit: 'U/L' }));
  });

  it('a remark with a wrong unit asks once "are these in U/L?", and "sorry, U/L" keeps the values read', async () => {
    const c = await atResults();
    const asked = await c.ask('ALT 68 (7-40)\nAST 25 (13-35)\nthese values are in μmol/l, not mg/dL');
    expect(asked).toContain(en('invalid.wrongUnit', { unit: 'μmol/l' }));
    expect(asked).toContain(en('questions.unit.doubted', { alt: 68, ast: 25 }));
    expect(await c.ask('sorry, U/L')).toContain(en('questions.age.ask'));
    const { summary, result } = await finish(c);
    expect(summary).toContain('ALT: 68 U/L (normal up to 40)');
    expect(summary).toContain('AST: 25 U/L (normal up to 35)');
    expect(result.alt).toMatchObject({ value: 68, uln: 40 });
  });

  it('a report pasted with "mg/dL", then "U/L" in the next message: only the unit was missing (issue #13)', async () => {
    const c = await atResults();
    const asked = await c.ask('ALT 68 mg/dL 7-40; AST 25 mg/dL 13-35');
    expect(asked).toContain(en('questions.unit.doubted', { alt: 68, ast: 25 }));
    expect(asked).not.toContain(en('questions.results.ask'));
    expect(await c.ask('U/L')).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.alt).toMatchObject({ value: 68, uln: 40 });
    expect(result.ast).toMatchObject({ value: 25, uln: 35 });
  });

  it('"it doesn\'t say" to the range questions moves on with the standard limit and says so (ULN-DEFAULT, ULN-SEX-UNKNOWN)', async () => {
    const c = await atResults();
    expect(await c.ask('ALT 68 U/L\nAST 25 U/L')).toContain(en('questions.altRange.ask'));
    const afterAlt = await c.ask("it doesn't say");
    expect(afterAlt).toContain(en('questions.altRange.default'));
    expect(afterAlt).toContain(en('questions.astRange.ask'));
    const afterAst = await c.ask('not sure');
    expect(afterAst).toContain(en('questions.astRange.default'));
    expect(afterAst).toContain(en('questions.sex.ask'));
    const afterSex = await c.ask("don't know");
    expect(afterSex).toContain(en('questions.sex.unknown'));
    expect(afterSex).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.alt.uln).toBe(25);
    expect(result.ast.uln).toBe(35);
    expect(result.rules).toEqual(expect.arrayContaining(['ULN-DEFAULT', 'ULN-SEX-UNKNOWN']));
  });

  it('"没写" and "不知道" work the same in Chinese', async () => {
    const c = await atResults('zh-CN');
    expect(await c.ask('谷丙转氨酶 68 U/L\n谷草转氨酶 25 U/L')).toContain(zh('questions.altRange.ask'));
    expect(await c.ask('报告上没写')).toContain(zh('questions.altRange.default'));
    expect(await c.ask('找不到')).toContain(zh('questions.astRange.default'));
    expect(await c.ask('不知道')).toContain(zh('questions.sex.unknown'));
  });

  it('reads the OCR decimal "16. 10" as 16.10, and the summary shows it as understood', async () => {
    const c = await atResults();
    expect(await c.ask('16. 10')).toContain(en('questions.ast.ask'));
    expect(await c.ask('25')).toContain(en('questions.altRange.ask'));
    await c.say('0-40');
    expect(await c.ask('0-35')).toContain(en('questions.age.ask'));
    const { summary, result } = await finish(c);
    expect(summary).toContain('ALT: 16.1 U/L (normal up to 40)');
    expect(result.alt.value).toBe(16.1);
  });

  it('two dated reports: the newest is taken, and the reply says which', async () => {
    const c = await atResults();
    const text = await c.ask('Report date: 03/02/2026\nALT 95 U/L 0-40\nAST 40 U/L 0-35\n\nReport date: 15/05/2026\nALT 62 U/L 0-40\nAST 28 U/L 0-35');
    expect(text).toContain(en('questions.results.usedNewest', { value: '2026-05-15' }));
    expect(text).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.alt.value).toBe(62);
  });

  it('two reports marked "previous" and "latest": the latest is taken, and the reply says so', async () => {
    const c = await atResults();
    const text = await c.ask('previous test:\nALT 110 U/L 0-40, AST 50 U/L 0-35\nlatest test:\nALT 70 U/L 0-40, AST 30 U/L 0-35');
    expect(text).toContain(en('questions.results.usedLatest'));
    const { result } = await finish(c);
    expect(result.alt.value).toBe(70);
  });

  it('two undated reports: asks which is the newest, then uses that one', async () => {
    const c = await atResults();
    const asked = await c.ask('ALT 95 U/L 0-40\nAST 40 U/L 0-35\n\nALT 62 U/L 0-40\nAST 28 U/L 0-35');
    expect(asked).toContain(en('questions.results.reportLine', { number: 1, alt: 95, ast: 40 }));
    expect(asked).toContain(en('questions.results.reportLine', { number: 2, alt: 62, ast: 28 }));
    const picked = await c.ask('the second one');
    expect(picked).toContain(en('questions.results.usedPicked', { number: 2 }));
    expect(picked).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.alt.value).toBe(62);
    expect(result.ast.value).toBe(28);
  });

  it('"I can\'t find it" to the ALT question gets a hint with its other names, not the same question again', async () => {
    const c = await atResults();
    expect(await c.ask("I can't find it")).toContain(en('questions.results.dontKnow'));
  });

  it('"not sure" about the unit of whole numbers assumes U/L and says so', async () => {
    const c = await atResults();
    expect(await c.ask('ALT 68 mg/dL 7-40; AST 25 mg/dL 13-35')).toContain(en('questions.unit.doubted', { alt: 68, ast: 25 }));
    const text = await c.ask('not sure');
    expect(text).toContain(en('questions.unit.assumedUL'));
    expect(text).toContain(en('questions.age.ask'));
  });
});

describe('pasted reports, round two (issue #28)', () => {
  const CUMULATIVE = 'Test\t01/03/2026\t15/05/2026\tRange\nALT\t30\t88 H\t0-40\nAST\t22\t35\t0-35';

  it('a cumulative table, newest column on the right: today\'s ALT is taken and said back with its date', async () => {
    const c = await atResults();
    const text = await c.ask(CUMULATIVE);
    expect(text).toContain(en('questions.results.readBackDated', { value: '2026-05-15', lines: 'ALT 88, AST 35' }));
    expect(text).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.alt).toMatchObject({ value: 88, uln: 40 });
  });

  it('"Previous" and "Current" columns with no dates: the current one is taken', async () => {
    const c = await atResults();
    const text = await c.ask('Test Previous Current Units Range\nALT 30 88 U/L 0-40\nAST 22 35 U/L 0-35');
    expect(text).toContain(en('questions.results.readBack', { lines: 'ALT 88 U/L, AST 35 U/L' }));
    const { result } = await finish(c);
    expect(result.alt.value).toBe(88);
  });

  it('two columns that can\'t be told apart: asks which is newest, quoting the values', async () => {
    const c = await atResults();
    const asked = await c.ask('ALT 30 88 U/L 0-40\nAST 22 35 U/L 0-35');
    expect(asked).toContain(en('questions.results.reportLine', { number: 1, alt: 30, ast: 22 }));
    expect(asked).toContain(en('questions.results.reportLine', { number: 2, alt: 88, ast: 35 }));
    expect(await c.ask('2')).toContain(en('questions.results.readBack', { lines: 'ALT 88 U/L, AST 35 U/L' }));
  });

  it('OCR "4l" for 41: read as 41 and said back for confirmation; yes keeps it', async () => {
    const c = await atResults();
    const asked = await c.ask('ALT 61 U/L 0-45\nAST 4l U/L 0-35');
    expect(asked).toContain(en('questions.checkRead.ocr', { name: 'AST', text: '4l', value: 41 }));
    expect(await c.ask('yes')).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.ast.value).toBe(41);
  });

  it('AST 4 beside ALT 61 is questioned; "no" asks for AST again, and the number typed is used', async () => {
    const c = await atResults();
    expect(await c.ask('ALT 61 U/L 0-45\nAST 4 U/L 0-35')).toContain(en('questions.checkRead.scale', { name: 'AST', value: 4 }));
    expect(await c.ask('no')).toContain(en('questions.ast.ask'));
    await c.say('44');
    expect(await c.ask('0-35')).toContain(en('questions.age.ask'));
    const { result } = await finish(c);
    expect(result.ast.value).toBe(44);
  });

  it('OCR that reads more than one way ("6g") is not taken: the bot says so and asks for it', async () => {
    const c = await atResults();
    const text = await c.ask('ALT 6g U/L 0-45\nAST 30 U/L 0-35');
    expect(text).toContain(en('questions.results.unreadable', { name: 'ALT', text: '6g' }));
    expect(text).toContain(en('questions.results.ask'));
  });

  it('the same in Chinese: a cumulative table with 上次 before 本次 is read from 本次, and said back', async () => {
    const c = await atResults('zh-CN');
    const text = await c.ask('项目 上次 本次 参考值 单位\n谷丙转氨酶 35 96↑ 9-50 U/L\n谷草转氨酶 28 41↑ 15-40 U/L');
    expect(text).toContain(zh('questions.results.readBack', { lines: 'ALT 96 U/L、AST 41 U/L' }));
    const { result } = await finish(c);
    expect(result.alt).toMatchObject({ value: 96, uln: 50 });
  });
});
