import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

/**
 * Issue #13: everyday answers move the conversation on the first time, and warning signs said in plain words, in
 * any answer, interrupt on that turn. One conversation per kind of answer, in both languages where it matters.
 */
const en = translator('en');
const zh = translator('zh-CN');

interface Result {
  triage: string;
  rules: string[];
  factors?: string[];
}

function resultOf(replies: readonly Partial<Activity>[]): Result | undefined {
  return replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object))?.value as Result | undefined;
}

async function started(locale = 'en-US'): Promise<Conversation> {
  const c = new Conversation({ locale });
  await c.start();
  return c;
}

async function atSleep(locale = 'en-US'): Promise<Conversation> {
  const c = await started(locale);
  await c.say(locale.startsWith('zh') ? '好的' : 'yes');
  await c.say('ALT 68 U/L 7-40; AST 25 U/L 13-35');
  await c.say('34');
  return c;
}

async function atAlcohol(locale = 'en-US'): Promise<Conversation> {
  const c = await atSleep(locale);
  await c.say(locale.startsWith('zh') ? '没有' : 'no');
  return c;
}

describe('yes in everyday words is consent', () => {
  it.each(['sure thing', "alright, let's do it", 'yes of course', 'go for it 👍', 'fine by me'])('%s', async (reply) => {
    const c = await started();
    expect(await c.ask(reply)).toContain(en('questions.results.ask'));
  });
  it.each(['好啊', '可以的', '行吧', '嗯嗯 开始吧'])('%s', async (reply) => {
    const c = await started('zh-CN');
    expect(await c.ask(reply)).toContain(zh('questions.results.ask'));
  });
});

describe('none in everyday words', () => {
  it.each(["nah, I don't drink", 'not at all', 'never', 'sober 3 years'])('alcohol: %s', async (reply) => {
    const c = await atAlcohol();
    expect(await c.ask(reply)).toContain(en('questions.exercise.ask'));
  });
  it.each(['一点都不喝', '从不', '滴酒不沾'])('alcohol: %s', async (reply) => {
    const c = await atAlcohol('zh-CN');
    expect(await c.ask(reply)).toContain(zh('questions.exercise.ask'));
  });
});

describe('warning signs said in plain words interrupt on that turn, at any question', () => {
  it.each([
    ['there was blood when I threw up', 'RF-GI-BLEED'],
    ["I don't want to be alive anymore", 'RF-SELF-HARM'],
    ['kind of a pressure in my chest tbh', 'RF-CHEST-PAIN'],
    ['took a whole box of Tylenol last night', 'RF-APAP-OVERDOSE'],
    ['my poop has been black like tar', 'RF-GI-BLEED'],
  ])('at the sleep question: %s', async (reply, rule) => {
    const c = await atSleep();
    const replies = await c.say(reply);
    expect(resultOf(replies)?.triage).toBe('emergency');
    expect(resultOf(replies)?.rules).toContain(rule);
  });
  it.each([
    ['吐的东西里有血', 'RF-GI-BLEED'],
    ['胸口闷得慌，喘不过气', 'RF-CHEST-PAIN'],
    ['活着没意思', 'RF-SELF-HARM'],
    ['吃了一整板扑热息痛', 'RF-APAP-OVERDOSE'],
  ])('at the sleep question: %s', async (reply, rule) => {
    const c = await atSleep('zh-CN');
    const replies = await c.say(reply);
    expect(resultOf(replies)?.triage).toBe('emergency');
    expect(resultOf(replies)?.rules).toContain(rule);
  });
  it('before consent, a warning sign gets emergency advice at once', async () => {
    const c = await started();
    expect(resultOf(await c.say('hi, I vomited blood this morning'))?.triage).toBe('emergency');
  });
});

describe('negations and look-alikes raise nothing', () => {
  it.each(['no fever, not yellow', 'just tired after a night shift', 'my teeth are a bit yellow from coffee', 'chest day at the gym yesterday lol', 'my temperature was normal'])(
    '%s',
    async (reply) => {
      const c = await atSleep();
      const replies = await c.say(reply);
      expect(resultOf(replies)).toBeUndefined();
      for (const key of ['explain.action.emergency', 'explain.action.ambulance']) expect(Conversation.text(replies)).not.toContain(en(key, { call: en('emergency.callLocal') }).slice(0, 16));
    },
  );
  it('a truly unclear hint gets one short question, and yes acts on it', async () => {
    const c = await atSleep();
    const text = await c.ask('not really, but my eyes look a bit off lately');
    expect(text).toContain(en('questions.clarify.jaundice'));
    const replies = await c.say('yes');
    expect(Conversation.text(replies)).toContain(en('redflag.RF-JAUNDICE').slice(0, 20));
  });
});

describe('mixed answers keep their content', () => {
  it('a usual week and a binge are both kept and said back', async () => {
    const c = await atAlcohol();
    await c.say('usually a few beers a week, but 7 at a party on Saturday');
    await c.say('no');
    await c.say('none');
    await c.say('none');
    const summary = await c.ask('none');
    // SAY-AMOUNTS: said back with the person's own words; grams with no site (3 and 7 US drinks × 14 g).
    expect(summary).toContain('Alcohol: you said "usually a few beers a week, but 7 at a party on Saturday". I read that as about 42 g of alcohol a week, about 98 g of alcohol at once.');
  });
  it('每天半斤白酒 is about 52 US drinks a week', async () => {
    const c = await atAlcohol('zh-CN');
    await c.say('每天半斤白酒');
    await c.say('没有');
    await c.say('没有');
    await c.say('没有');
    // 52.5 US drinks a week (735 g), 7.5 at once (105 g).
    expect(await c.ask('没有')).toContain('饮酒：您说“每天半斤白酒”，我理解为每周约735克酒精、一次约105克酒精。');
  });
  it('"8 to 14 drinks a week", the button, is recorded at its upper end', async () => {
    const c = await atAlcohol();
    for (const miss of ['purple', 'banana', 'hmm']) await c.say(miss);
    await c.say(en('choices.drinkMore'));
    await c.say('no');
    await c.say('none');
    await c.say('none');
    expect(await c.ask('none')).toContain('I read that as about 196 g of alcohol a week.');
  });
});

describe('medicine answers keep only the names, and say back what was read', () => {
  it('ibuprofen for my back, statin for cholesterol', async () => {
    const c = await atAlcohol();
    await c.say('none');
    await c.say('no');
    const text = await c.ask('ibuprofen for my back, statin for cholesterol');
    expect(text).toContain(en('questions.medicines.understood', { names: 'ibuprofen' }));
    expect(text).toContain(en('questions.medicines.unknownNames', { names: 'statin' }));
    expect(text).not.toMatch(/back|cholesterol/);
    expect(text).toContain(en('questions.symptoms.ask').slice(0, 20));
  });
});

describe('a kind of medicine said by its purpose is said back as that kind (issue #27 item 4)', () => {
  it('blood thinner: noted as a kind, and shown in the summary as a kind without a name', async () => {
    const c = await atAlcohol();
    await c.say('none');
    await c.say('no');
    const kind = en('labels.medicineClasses.anticoagulant');
    const text = await c.ask('a blood thinner, not sure of the name');
    expect(text).toContain(en('questions.medicines.classes', { names: kind }));
    expect(text).not.toContain(en('questions.medicines.unknownNames', { names: '' }).slice(0, 20));
    await c.say('none');
    expect(await c.ask('none')).toContain(en('summary.medicines', { value: en('summary.medicineClass', { value: kind }) }));
  });
  it('降压药: 记下为一类药, 总结里也说这一类', async () => {
    const c = await atAlcohol('zh-CN');
    await c.say('没有');
    await c.say('没有');
    const kind = zh('labels.medicineClasses.blood_pressure');
    expect(await c.ask('降压药，名字记不得了')).toContain(zh('questions.medicines.classes', { names: kind }));
    await c.say('没有');
    expect(await c.ask('没有')).toContain(zh('summary.medicines', { value: zh('summary.medicineClass', { value: kind }) }));
  });
});

describe('choices by position, and cards for an earlier question', () => {
  it('"the second one" picks the second choice', async () => {
    const c = await atSleep();
    expect(await c.ask('the second one')).toContain(en('questions.alcohol.ask'));
    await c.say('none');
    await c.say('no');
    await c.say('none');
    await c.say('none');
    expect(await c.ask('none')).toContain(`${en('summary.sleep', { value: en('summary.no') })}`);
  });
  it('第二个 picks the second choice', async () => {
    const c = await atSleep('zh-CN');
    expect(await c.ask('第二个')).toContain(zh('questions.alcohol.ask'));
  });
  it('an Adaptive Card sent for an earlier question does not answer this one', async () => {
    const c = await atSleep();
    const replies = await c.send({ type: 'message', value: { answer: 'yes', questionId: 'consent' } });
    expect(Conversation.text(replies)).toContain(en('render.cardOutdated'));
    expect(await c.ask('no')).toContain(en('questions.alcohol.ask'));
  });
});

describe('commands in everyday words (issue #18)', () => {
  it('"oops, go back" at the alcohol question goes back', async () => {
    const c = await atAlcohol();
    expect(await c.ask('oops, go back')).toContain(en('questions.sleep.ask'));
  });
  it('"start over please" at the symptoms question starts again', async () => {
    const c = await atAlcohol();
    await c.say('none');
    await c.say('no');
    await c.say('none');
    const text = await c.ask('start over please');
    expect(text).toContain(en('commands.restarted'));
  });
  it('返回上一题 at the sleep question goes back', async () => {
    const c = await atSleep('zh-CN');
    expect(await c.ask('返回上一题')).toContain(zh('questions.age.ask'));
  });
  it('"I want to stop" stops; "删掉我的信息" deletes', async () => {
    const c = await atSleep();
    expect(await c.ask('I want to stop')).toContain(en('commands.cancelled'));
    const z = await atSleep('zh-CN');
    expect(await z.ask('删掉我的信息')).toContain(zh('commands.dataDeleted'));
  });
  it('words of a command inside an answer stay an answer ("my back pain started again")', async () => {
    const c = await atAlcohol();
    await c.say('none');
    await c.say('no');
    await c.say('none');
    const text = await c.ask('my back pain started again, nothing else');
    expect(text).not.toContain(en('commands.restarted'));
    expect(text).not.toContain(en('questions.sleep.ask'));
  });
});
