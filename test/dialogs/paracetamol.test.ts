import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

const en = translator('en');
const zh = translator('zh-CN');

function valueOf(replies: readonly Partial<Activity>[]): { triage: string; rules: string[] } | undefined {
  return replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object))?.value as { triage: string; rules: string[] } | undefined;
}

async function atMedicines(locale: 'en' | 'zh-CN', siteCountry = 'US'): Promise<Conversation> {
  const c = new Conversation({ locale: locale === 'en' ? 'en-US' : 'zh-CN', siteCountry });
  await c.start();
  if (locale === 'en') for (const line of ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no']) await c.say(line);
  else for (const line of ['同意', '谷丙转氨酶 68 U/L (9-50)\n谷草转氨酶 25 U/L (15-40)', '34', '没有', '不喝酒', '没有']) await c.say(line);
  return c;
}

describe('ASK-APAP: how much paracetamol, after a medicine answer that names it (RF-APAP-OVERDOSE)', () => {
  it('two cold remedies and an unknown total: the follow-up decides an overdose, and the emergency advice comes on that turn', async () => {
    const c = await atMedicines('en');
    const ask = await c.ask('2 packs of Lemsip and some paracetamol');
    expect(ask).toContain(en('questions.paracetamolDose.named'));
    expect(await c.ask('not sure')).toContain(en('questions.paracetamolTwo.ask'));
    const replies = await c.say('yes');
    const text = Conversation.text(replies);
    expect(valueOf(replies)).toMatchObject({ triage: 'emergency' });
    expect(valueOf(replies)?.rules).toContain('RF-APAP-OVERDOSE');
    expect(text.startsWith(en('explain.action.emergency', { call: en('emergency.call', { number: '911' }) }))).toBe(true);
    expect(text).toContain(en('redflag.RF-APAP-OVERDOSE', { apap: en('labels.apap.US') }));
    expect(text.trim().endsWith(en('explain.close.emergency', { call: en('emergency.call', { number: '911' }) }))).toBe(true);
    expect(text).not.toContain(en('questions.paracetamolDays.ask'));
    const after = await c.ask('none');
    expect(after).not.toContain(en('commands.finished'));
    expect(after.trim().endsWith(en('explain.close.emergency', { call: en('emergency.call', { number: '911' }) }))).toBe(true);
  });

  it('the same in Chinese: 两包感冒灵和一些泰诺, 不确定, 有 → emergency with 120', async () => {
    const c = await atMedicines('zh-CN', 'CN');
    expect(await c.ask('两包感冒灵和一些泰诺')).toContain(zh('questions.paracetamolDose.named'));
    expect(await c.ask('不确定')).toContain(zh('questions.paracetamolTwo.ask'));
    const replies = await c.say('有');
    expect(valueOf(replies)).toMatchObject({ triage: 'emergency' });
    const text = Conversation.text(replies);
    expect(text).toContain(zh('redflag.RF-APAP-OVERDOSE', { apap: zh('labels.apap.other') }));
    expect(text).toContain('120');
  });

  it('more than 4 g in 24 hours decides it at once, with no more questions', async () => {
    for (const [locale, meds, dose] of [['en', 'paracetamol', '10 tablets of 500 mg'], ['zh-CN', '泰诺', '一次两片，一天六次']] as const) {
      const c = await atMedicines(locale);
      await c.say(meds);
      const replies = await c.say(dose);
      expect(valueOf(replies), `${locale}: ${dose}`).toMatchObject({ triage: 'emergency' });
    }
  });

  it('panadol 2 tablets twice a day is not an overdose: one more question, then the flow goes on, ending routine', async () => {
    const c = await atMedicines('en');
    expect(await c.ask('panadol 2 tablets twice a day')).toContain(en('questions.paracetamolDose.ask', { product: en('questions.paracetamolDose.named') }));
    expect(await c.ask('2 tablets twice a day')).toContain(en('questions.paracetamolDays.ask'));
    expect(await c.ask('no')).toContain(en('questions.symptoms.ask'));
    await c.say('none');
    await c.say('none');
    const final = await c.say('yes');
    expect(valueOf(final)?.rules).not.toContain('RF-APAP-OVERDOSE');
    expect(valueOf(final)?.triage).toBe('routine');
    expect(Conversation.text(final)).toContain(en('explain.medicine.paracetamol', { apap: en('labels.apap.US') }));
  });

  it('an unnamed painkiller is asked about too, in plain words', async () => {
    const c = await atMedicines('en');
    expect(await c.ask('some painkillers for my back')).toContain(en('questions.paracetamolDose.unnamed'));
    const z = await atMedicines('zh-CN');
    expect(await z.ask('感冒药')).toContain(zh('questions.paracetamolDose.unnamed'));
  });

  it('two products named, and an amount at the limit: a second product that day decides an overdose', async () => {
    const c = await atMedicines('en');
    await c.say('Tylenol extra strength, and NyQuil at night for my cold');
    expect(await c.ask('2 tablets 4 times a day')).toContain(en('questions.paracetamolTwo.ask'));
    const replies = await c.say('yes');
    expect(valueOf(replies)).toMatchObject({ triage: 'emergency' });
    expect(valueOf(replies)?.rules).toContain('RF-APAP-OVERDOSE');
  });

  it('is re-decided when a risk factor comes later: 3.5 g with a liver disease said at the conditions question', async () => {
    const c = await atMedicines('en');
    await c.say('paracetamol');
    // 3.5 g is near the limit: whether a second product was taken that day is asked too.
    expect(await c.ask('7 tablets of 500mg')).toContain(en('questions.paracetamolTwo.ask'));
    expect(await c.ask('no')).toContain(en('questions.paracetamolDays.ask'));
    await c.say('no');
    await c.say('none');
    const replies = await c.say('a liver disease');
    expect(valueOf(replies)).toMatchObject({ triage: 'emergency' });
    expect(valueOf(replies)?.rules).toContain('RF-APAP-OVERDOSE');
  });

  it('Chinese buttons match their question (有/没有/不确定)', async () => {
    const c = await atMedicines('zh-CN');
    await c.say('泰诺');
    const replies = await c.say('每天两片');
    const titles = replies.flatMap((a) => a.suggestedActions?.actions.map((x) => x.title) ?? []);
    expect(titles).toEqual(['有', '没有', '不确定']);
  });
});
