import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { redFlagLines } from '../../src/explain/redFlags';
import { translator } from '../../src/i18n';
import { textOf } from '../../src/render';
import { toGsm7 } from '../../src/render/sms';
import { Conversation } from '../helpers/conversation';

// Whole conversations through the channel for each "could harm" item of issue 24 (clinical spec v4), in the language
// it failed in. The NLU's reading of drinks and of Chinese dependence words is another change's; here the parts this
// one owns: the say-back (SAY-AMOUNTS) and the dependence choice typed back exactly.

const en = translator('en');
const zh = translator('zh-CN');

interface Outcome {
  text: string;
  replies: Partial<Activity>[];
  c: Conversation;
}

async function run(options: ConstructorParameters<typeof Conversation>[0], lines: readonly string[]): Promise<Outcome> {
  const c = new Conversation(options);
  await c.start();
  let replies: Partial<Activity>[] = [];
  for (const line of lines) replies = await c.say(line);
  return { text: Conversation.text(replies), replies, c };
}

/** The doctor card's text, as its fallback shows it. */
function doctorCard(replies: readonly Partial<Activity>[]): string {
  return replies.map((r) => (r.attachments?.[0]?.content as { fallbackText?: string } | undefined)?.fallbackText ?? '').join('\n');
}

function valueOf(replies: readonly Partial<Activity>[]): { triage: string; rules: string[] } | undefined {
  return replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object))?.value as { triage: string; rules: string[] } | undefined;
}

/** The paragraph after a lead line: the list of a tier, as Web Chat shows it. */
function after(text: string, lead: string): string {
  const i = text.indexOf(lead);
  return i < 0 ? '' : (text.slice(i + lead.length).split(/\n\s*\n/).map((p) => p.trim()).find(Boolean) ?? '');
}

const EN_TO_SYMPTOMS = (alt: string): string[] => ['yes', alt, '34', 'no', 'none', 'no', 'none'];
const ZH_TO_SYMPTOMS = (alt: string): string[] => ['同意', alt, '34', '没有', '不喝酒', '没有', '没有'];

describe('1. SAY-SAFETY-NET v4: the tiers follow the person\'s own level', () => {
  it('en: at ALT 20× yellow skin or eyes and bleeding are go-now signs, not see-today ones', async () => {
    const { text, replies } = await run({}, [...EN_TO_SYMPTOMS('ALT 800 U/L 7-40; AST 30 U/L 13-35'), 'none', 'none', 'yes']);
    expect(valueOf(replies)?.triage).toBe('urgent');
    const now = after(text, en('explain.safetyNow'));
    const today = after(text, en('explain.safetyToday'));
    expect(now).toContain(en('labels.sign.jaundice'));
    expect(now).toContain(en('labels.sign.bleeding'));
    expect(today).not.toContain(en('labels.sign.jaundice'));
    expect(today).not.toContain(en('labels.sign.bleeding'));
    // SYM-HIGH: at 3× or more, vomiting, belly pain, fever and itching are see-today signs.
    expect(today).toContain(en('labels.sign.symHigh'));
  });

  it('zh-CN: the same at ALT 20× (no 请当天就医：皮肤或眼睛发黄…容易出血或瘀青)', async () => {
    const { text, replies } = await run({ locale: 'zh-CN' }, [...ZH_TO_SYMPTOMS('谷丙转氨酶 800 U/L (7-40) 谷草转氨酶 30 U/L (13-35)'), '没有', '没有', '对']);
    expect(valueOf(replies)?.triage).toBe('urgent');
    const today = after(text, zh('explain.safetyToday'));
    expect(today.length).toBeGreaterThan(0);
    expect(today).not.toContain(zh('labels.sign.jaundice'));
    expect(today).not.toContain(zh('labels.sign.bleeding'));
    expect(after(text, zh('explain.safetyNow'))).toContain(zh('labels.sign.jaundice'));
  });
});

describe('2. SAY-AMOUNTS: the alcohol answer is said back before the result, and a no corrects it', () => {
  it('en, US site: the summary says the person\'s words with the total in US drinks; "change alcohol" asks again', async () => {
    const words = 'about 6 pints of lager every night, more at the weekend';
    const { text, c } = await run({ siteCountry: 'US' }, ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', words, 'no', 'none', 'none', 'none']);
    expect(text).toMatch(new RegExp(`Alcohol: you said "${words}"\\. I read that as about [\\d.]+ US drinks? a week`));
    expect(text).toContain(en('questions.summary.ask', { lines: '' }).split('\n')[0] ?? '');
    // A misreading is corrected before the result.
    expect(await c.ask('change alcohol')).toContain(en('questions.sleep.ask'));
    expect(await c.ask('no')).toContain(en('questions.alcohol.ask'));
    await c.say('60 drinks a week');
    const summary = await c.ask('no');
    expect(summary).toContain('Alcohol: you said "60 drinks a week". I read that as about 60 US drinks a week.');
    const result = await c.say('yes');
    expect(valueOf(result)?.rules).toContain('ALC-HEAVY');
    expect(Conversation.text(result)).not.toContain('No rush');
  });
});

describe('2. the heavy drinker read right, through the whole conversation (en)', () => {
  it('"about 6 pints of lager every night, more at the weekend" is about 55 US drinks a week and no routine result', async () => {
    const words = 'about 6 pints of lager every night, more at the weekend';
    const { text, c } = await run({ siteCountry: 'US' }, ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', words, 'no', 'none', 'none', 'none']);
    const read = /I read that as about ([\d.]+) US drinks? a week/.exec(text);
    expect(Number(read?.[1])).toBeGreaterThanOrEqual(45);
    const result = await c.say('yes');
    expect(valueOf(result)?.rules).toContain('ALC-HEAVY');
    expect(valueOf(result)?.triage).not.toBe('routine');
    expect(Conversation.text(result)).not.toContain('No rush');
  });
});

describe('3. Chinese dependence words in free text, through the whole conversation (zh-CN)', () => {
  it.each(['早上起来不喝一口手就抖', '不喝酒手就抖', '早上就想喝酒'])('%s at the conditions question is dependence, not a routine result', async (words) => {
    const { replies, text } = await run({ locale: 'zh-CN' }, [...ZH_TO_SYMPTOMS('谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)'), '没有', words, '对']);
    expect(valueOf(replies)?.triage).not.toBe('routine');
    expect(text).toContain(zh('explain.alcoholHelp.dependence'));
    expect(text).not.toContain('不用着急');
  });
});

describe('3. the dependence choice, typed back exactly, is understood (zh-CN)', () => {
  it('早上就想喝酒 is taken as alcohol_dependence: ALC-HEAVY, cut down with a doctor, never 不用着急', async () => {
    const { text, replies } = await run({ locale: 'zh-CN' }, [...ZH_TO_SYMPTOMS('谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)'), '没有', zh('labels.conditions.alcohol_dependence'), '对']);
    const value = valueOf(replies);
    expect(value?.rules).toContain('ALC-HEAVY');
    expect(value?.triage).toBe('soon');
    expect(text).toContain(zh('explain.alcoholHelp.dependence'));
    expect(text).toContain(zh('explain.alcoholHelp.advice'));
    expect(text).not.toContain('不用着急');
    // The withdrawal signs are go-now signs (SAY-ALCOHOL-HELP v4).
    expect(after(text, zh('explain.safetyNow'))).toContain(zh('labels.sign.withdrawal'));
  });

  it('现在大量饮酒, typed back, is recorded and said as now, not the past', async () => {
    const { text, replies } = await run({ locale: 'zh-CN' }, [...ZH_TO_SYMPTOMS('谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)'), '没有', zh('labels.conditions.heavy_drinking_now'), '对']);
    expect(valueOf(replies)?.rules).toContain('ALC-HEAVY');
    expect(text).toContain(zh('explain.alcoholHelp.now'));
    expect(text).toContain(zh('explain.reason.heavy_drinking_now'));
    expect(text).not.toContain(zh('explain.reason.heavy_alcohol_history'));
    // The doctor is told "now" too.
    expect(doctorCard(replies)).toContain(zh('labels.conditions.heavy_drinking_now'));
    expect(doctorCard(replies)).not.toContain(zh('labels.conditions.heavy_alcohol_history'));
  });

  it.each([
    ['我现在每天都大量喝酒', true],
    ['以前大量饮酒，五年前戒了', false],
  ])('free text %s is recorded as now: %s', async (reply, now) => {
    const { text } = await run({ locale: 'zh-CN' }, [...ZH_TO_SYMPTOMS('谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)'), '没有', reply, '对']);
    expect(text.includes(zh('explain.reason.heavy_drinking_now'))).toBe(now);
    expect(text.includes(zh('explain.reason.heavy_alcohol_history'))).toBe(!now);
  });
});

describe('4. SMS: the alcohol help and the withdrawal signs come in the first messages, never behind MORE', () => {
  it('en: "Do not stop all at once on your own" before MORE', async () => {
    const c = new Conversation({ channelId: 'sms', siteCountry: 'GB' });
    await c.start();
    let replies: Partial<Activity>[] = [];
    for (const line of ['hi', '1', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', '60 drinks a week', 'no', 'none', 'none', 'none', '1']) replies = await c.say(line);
    const first = replies.slice(replies.findIndex((a) => /Your result/.test(a.text ?? ''))).map((a) => a.text ?? '').join('\n');
    expect(first).toContain(toGsm7(en('sms.more')));
    expect(first).toContain('Do not stop all at once on your own');
    expect(first).toContain(en('labels.sign.withdrawal'));
    // At a GB site, drinks are UK units (60 US drinks × 14 g / 8 g = 105), and no US sizes or "urgent care".
    const more = Conversation.text(await c.say('MORE'));
    expect(more).toContain('about 105 UK units a week');
    expect(`${first}\n${more}`).not.toMatch(/US drink|urgent care/);
  });
});

describe('5. SAY-EMERGENCY: no slower time in an emergency, and the doctor summary before the final action', () => {
  it('en: fever with yellow eyes at ALT 3× is an emergency with no "within 24 hours"', async () => {
    const { text, replies } = await run({ siteCountry: 'US' }, [...EN_TO_SYMPTOMS('ALT 130 U/L 7-40; AST 25 U/L 13-35'), 'fever and yellow eyes and vomiting']);
    const value = valueOf(replies);
    expect(value?.triage).toBe('emergency');
    expect(value?.rules).toEqual(expect.arrayContaining(['RF-CHOLANGITIS', 'SYM-HIGH']));
    expect(text).not.toMatch(/within 24 hours|today|within a day|\bsoon\b/i);
    // The doctor summary, with the values, before the final action; the reply ends with the action.
    expect(text).toContain(en('explain.doctorTitle'));
    expect(text).toContain('ALT 130 U/L');
    expect(text.indexOf(en('explain.doctorTitle'))).toBeLessThan(text.lastIndexOf(en('explain.close.emergency', { call: 'call 911' })));
    expect(text.trim().endsWith(en('explain.close.emergency', { call: 'call 911' }))).toBe(true);
  });

  it('en: RF-APAP-SEVERE says acetaminophen at a US site, and no "within a day"', async () => {
    const { text, replies } = await run({ siteCountry: 'US' }, ['yes', 'ALT 720 U/L 7-40; AST 30 U/L 13-35', '34', 'no', 'none', 'no', 'Tylenol']);
    expect(valueOf(replies)?.rules).toContain('RF-APAP-SEVERE');
    expect(text).toContain(en('redflag.RF-APAP-SEVERE', { apap: 'acetaminophen' }));
    expect(text).not.toMatch(/within a day|within 24 hours|today/i);
    expect(text).not.toContain('You take paracetamol');
    // The doctor summary goes with the person, before the final action.
    expect(text).toContain(en('explain.doctorTitle'));
    expect(text.trim().endsWith(en('explain.close.emergency', { call: 'call 911' }))).toBe(true);
  });

  it('en: chest pain is an ambulance, and not driving oneself', async () => {
    const { text } = await run({ siteCountry: 'GB' }, ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'I have chest pain']);
    expect(text.startsWith(en('explain.action.ambulance', { call: 'call 999' }))).toBe(true);
    expect(text.trim().endsWith(en('explain.close.ambulance', { call: 'call 999' }))).toBe(true);
  });
});

describe('6. LEVEL-NOW: ALT over 10,000 U/L is an emergency as soon as the values are confirmed', () => {
  it('en: no more questions before the emergency reply', async () => {
    const c = new Conversation({ siteCountry: 'US' });
    await c.start();
    await c.say('yes');
    expect(await c.ask('ALT 12000 U/L 7-40; AST 300 U/L 13-35')).toContain(en('questions.confirmValues.ask', { alt: 12000, ast: 300, unit: 'U/L' }));
    const replies = await c.say('yes');
    const text = Conversation.text(replies);
    expect(valueOf(replies)?.triage).toBe('emergency');
    expect(valueOf(replies)?.rules).toContain('BAND-MASSIVE');
    expect(text).toContain(en('redflag.BAND-MASSIVE'));
    expect(text).not.toContain(en('questions.age.ask'));
    expect(text.trim().endsWith(en('explain.close.emergency', { call: 'call 911' }))).toBe(true);
    // Every later message repeats the action.
    expect((await c.ask('34')).trim().endsWith(en('explain.close.emergency', { call: 'call 911' }))).toBe(true);
  });
});

describe('SAY-PREGNANCY: a raised ALT in pregnancy goes to the maternity team', () => {
  it('en: the result speaks to pregnancy, says not to drink in pregnancy, and offers no fatty liver or lifestyle cause first', async () => {
    const { text, replies } = await run({ siteCountry: 'GB' }, ['yes', 'ALT 90 U/L 7-40; AST 25 U/L 13-35', '29', 'yes', 'none', 'no', 'none', 'itching', 'pregnant', 'yes']);
    expect(valueOf(replies)?.rules).toContain('RF-PREGNANCY');
    expect(text).toContain(en('explain.action.urgentPregnancy'));
    expect(text).toContain(en('explain.pregnancy.causes'));
    expect(text).toContain(en('explain.pregnancy.checks'));
    expect(text).toContain(en('explain.meanwhile.alcoholPregnancy'));
    expect(text).not.toContain(en('explain.meanwhile.alcohol'));
    expect(text).not.toContain(en('explain.masld'));
    expect(text).not.toContain(en('explain.factor.sleep'));
    expect(text.trim().endsWith(en('explain.close.urgentPregnancy'))).toBe(true);
  });

  it('the urgent pregnancy reply to a sign said mid-way never says "I will ask the rest of my questions now"', () => {
    const lines = redFlagLines(['RF-PREGNANCY'], 'urgent', siteNumbers('GB', 'en-GB')).map((x) => textOf(en, x)).join('\n');
    expect(lines).toContain(en('explain.action.urgentPregnancy'));
    expect(lines).not.toContain('I will ask the rest of my questions now');
    expect(lines).toContain(en('redflag.urgentClosePregnancy'));
  });
});
