import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

const en = translator('en');
const zh = translator('zh-CN');

async function atAlcohol(options: ConstructorParameters<typeof Conversation>[0] = {}): Promise<Conversation> {
  const c = new Conversation(options);
  await c.start();
  await c.say('yes');
  await c.say('ALT 68 U/L 7-40; AST 25 U/L 13-35');
  await c.say('34');
  await c.say('no');
  return c;
}

function valueOf(replies: readonly Partial<Activity>[]): { triage: string; rules: string[] } | undefined {
  return replies.find((r) => r.value)?.value as { triage: string; rules: string[] } | undefined;
}

describe('commands at any point', () => {
  it('help says where the person is and asks the question again', async () => {
    const c = await atAlcohol();
    const text = await c.ask('help');
    expect(text).toContain(en('commands.help', { topic: en('questions.alcohol.topic') }));
    expect(text).toContain(en('questions.alcohol.ask'));
    expect(await c.ask('none')).toContain(en('questions.exercise.ask'));
  });

  it('back re-asks the previous question and forgets its answer', async () => {
    const c = await atAlcohol();
    expect(await c.ask('back')).toContain(en('questions.sleep.ask'));
    expect(await c.ask('yes')).toContain(en('questions.alcohol.ask'));
  });

  it('back at the first question says so', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    const text = await c.ask('back');
    expect(text).toContain(en('commands.backNone'));
    expect(text).toContain(en('questions.results.ask'));
  });

  it('restart starts over from the results', async () => {
    const c = await atAlcohol();
    const text = await c.ask('restart');
    expect(text).toContain(en('commands.restarted'));
    expect(text).toContain(en('questions.results.ask'));
  });

  it('cancel ends the conversation and clears the answers', async () => {
    const c = await atAlcohol();
    expect(await c.ask('stop')).toContain(en('commands.cancelled'));
    expect(await c.ask('none')).toContain(en('commands.finished'));
    expect(await c.ask('restart')).toContain(en('questions.results.ask'));
  });

  it('a language switch changes the language and keeps the answers', async () => {
    const c = await atAlcohol();
    const text = await c.ask('中文');
    expect(text).toContain(zh('commands.languageSwitched'));
    expect(text).toContain(zh('questions.alcohol.ask'));
    expect(await c.ask('不喝酒')).toContain(zh('questions.exercise.ask'));
    expect(await c.ask('English')).toContain(en('questions.exercise.ask'));
  });

  it('delete my data erases the user and conversation state from the store', async () => {
    const c = await atAlcohol();
    const keys = ['webchat/conversations/Convo1/', 'webchat/users/user1/'];
    // One item a conversation (issue #25 item 8): the profile is in the conversation's; no user item is written.
    const before = await c.storage.read(keys);
    expect(Object.keys(before)).toEqual(['webchat/conversations/Convo1/']);
    expect(before['webchat/conversations/Convo1/']).toHaveProperty('profile');
    expect(await c.ask('delete my data')).toContain(en('commands.dataDeleted'));
    expect(await c.storage.read(keys)).toEqual({});
  });

  // The conversation is in English: the explanation is too, whatever language the message was in.
  it.each(["don't delete my data", 'will you delete my data?', '不要删除我的数据', '你们会删除我的数据吗？'])(
    '"%s" explains and deletes nothing (issue 23)',
    async (text) => {
      const locale = 'en';
      const c = await atAlcohol();
      const keys = ['webchat/conversations/Convo1/', 'webchat/users/user1/'];
      const reply = await c.ask(text);
      expect(reply).toContain(translator(locale)('commands.deleteExplained'));
      expect(reply).not.toContain(translator(locale)('commands.dataDeleted'));
      expect(Object.keys(await c.storage.read(keys))).toEqual(['webchat/conversations/Convo1/']);
      expect(reply).toContain(translator(locale)('questions.alcohol.ask'));
    },
  );
});

describe('warning signs interrupt at any point', () => {
  it('an overdose statement ends the assessment at once as an emergency, with the result as value', async () => {
    const c = await atAlcohol({ siteCountry: 'US' });
    const replies = await c.say('I took 20 paracetamol last night');
    const text = Conversation.text(replies);
    // At a US site: acetaminophen, the word people there use.
    expect(text).toContain(en('redflag.RF-APAP-OVERDOSE', { apap: en('labels.apap.US') }));
    expect(text).toContain(en('explain.action.emergency', { call: en('emergency.call', { number: '911' }) }));
    expect(valueOf(replies)).toMatchObject({ triage: 'emergency' });
    expect(valueOf(replies)?.rules).toContain('RF-APAP-OVERDOSE');
    // Every later message repeats what to do, with the number: never a bland "we are done".
    const after = await c.ask('3 beers');
    expect(after).not.toContain(en('commands.finished'));
    expect(after.trim().endsWith(en('explain.close.emergency', { call: en('emergency.call', { number: '911' }) }))).toBe(true);
  });

  it('an emergency sign before any results still interrupts, with an early result', async () => {
    const c = new Conversation({ siteCountry: 'GB' });
    await c.start();
    const replies = await c.say('I have chest pain');
    expect(Conversation.text(replies)).toContain(en('redflag.RF-CHEST-PAIN'));
    expect(Conversation.text(replies)).toContain('999');
    expect(valueOf(replies)).toMatchObject({ triage: 'emergency', early: true });
  });

  it('thoughts of self-harm get the site crisis line and the emergency number, and the dialog ends', async () => {
    const c = await atAlcohol({ siteCountry: 'GB' });
    const text = await c.ask('honestly I want to kill myself');
    expect(text).toContain(en('redflag.RF-SELF-HARM'));
    expect(text).toContain(en('emergency.crisisLine.GB'));
    expect(text).toContain('999');
  });

  it('emergency numbers follow the site, not the language', async () => {
    const c = await atAlcohol({ siteCountry: 'GB', locale: 'zh-CN' });
    expect(await c.ask('我眼睛发黄，还发烧')).toContain(zh('emergency.call', { number: '999' }));
  });

  it('with no site set, the locale decides, and otherwise "your local emergency number"', async () => {
    const us = await atAlcohol({ locale: 'en-US' });
    expect(await us.ask('I am vomiting blood')).toContain(en('emergency.call', { number: '911' }));
    const other = await atAlcohol({ locale: 'en-AU' });
    expect(await other.ask('I am vomiting blood')).toContain(en('emergency.callLocal'));
  });

  it('an urgent sign is explained once and the flow goes on, ending in the result', async () => {
    const c = await atAlcohol();
    const replies = await c.say('my eyes are yellow');
    const text = Conversation.text(replies);
    expect(text).toContain(en('redflag.RF-JAUNDICE'));
    expect(text).toContain(en('redflag.urgentLead', { where: en('labels.whereToday.none') }));
    expect(valueOf(replies)).toMatchObject({ triage: 'urgent' });
    for (const answer of ['none', 'no', 'none', 'none']) await c.say(answer);
    const summary = await c.ask('none');
    expect(summary).toContain(en('labels.symptoms.jaundice'));
    const final = await c.say('yes');
    expect(valueOf(final)).toMatchObject({ triage: 'urgent' });
    expect(valueOf(final)?.rules).toContain('RF-JAUNDICE');
    // The final explanation repeats the warning sign and ends with what to do (SAY-TONE).
    expect(Conversation.text(final)).toContain(en('redflag.RF-JAUNDICE'));
    expect(Conversation.text(final).trim().endsWith(en('explain.close.urgent', { where: en('labels.whereToday.none') }))).toBe(true);
  });
});

describe('re-asking, never looping', () => {
  it('re-asks with an example twice, then offers choices and a skip', async () => {
    const c = await atAlcohol();
    expect(await c.ask('purple')).toContain(en('questions.alcohol.retry'));
    expect(await c.ask('banana')).toContain(en('questions.alcohol.retry'));
    const third = await c.say('hmm');
    expect(Conversation.text(third)).toContain(en('retry.choicesIntro'));
    const titles = third.flatMap((a) => a.suggestedActions?.actions.map((x) => x.title) ?? []);
    expect(titles).toEqual([en('choices.drinkNone'), en('choices.drinkLight'), en('choices.drinkMore'), en('choices.drinkMany'), en('choices.drinkHeavy'), en('choices.skip')]);
    expect(await c.ask(en('choices.skip'))).toContain(en('questions.exercise.ask'));
  });

  it('a picked choice is understood', async () => {
    const c = await atAlcohol();
    for (const x of ['a', 'b', 'c']) await c.say(x);
    expect(await c.ask(en('choices.drinkMore'))).toContain(en('questions.exercise.ask'));
  });

  it('skips a skippable question after the fifth miss', async () => {
    const c = await atAlcohol();
    for (const x of ['a', 'b', 'c', 'd']) await c.say(x);
    const text = await c.ask('e');
    expect(text).toContain(en('retry.skipped'));
    expect(text).toContain(en('questions.exercise.ask'));
  });

  it('ends kindly when results cannot be read after five tries', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    for (const x of ['a', 'b', 'c', 'd']) await c.say(x);
    expect(await c.ask('e')).toContain(en('retry.giveUp'));
  });

  it('questions implausible numbers instead of trusting them', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    expect(await c.ask('ALT 60000')).toContain(en('invalid.too_high'));
    expect(await c.ask('ALT 68 U/L 40-7')).toContain(en('invalid.range_backwards'));
    expect(await c.ask('ALT 68 U/L 0-400')).toContain(en('invalid.range_suspicious', { high: 400, unit: 'U/L' }));
    expect(await c.ask('ALT 68 µmol/L')).toContain(en('invalid.wrongUnit', { unit: 'µmol/l'.normalize('NFKC') }));
  });

  it('asks to confirm very high values, and takes them again on no', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    expect(await c.ask('ALT 6800 U/L 0-40 AST 30 U/L 0-35')).toContain(en('questions.confirmValues.ask', { alt: 6800, ast: 30, unit: 'U/L' }));
    expect(await c.ask('no')).toContain(en('questions.results.ask'));
  });

  it('asks for the unit when values look like µkat/L', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    await c.say('1,27');
    expect(await c.ask('0,45')).toContain(en('questions.unit.ask'));
  });

  it('a wrong age is questioned', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    await c.say('ALT 68 U/L 7-40; AST 25 U/L 13-35');
    expect(await c.ask('340')).toContain(en('invalid.ageImplausible'));
  });
});

describe('consent and correcting the summary', () => {
  it('no consent: no health question is asked', async () => {
    const c = new Conversation();
    await c.start();
    const text = await c.ask('no');
    expect(text).toContain(en('consent.declined'));
    expect(text).not.toContain(en('questions.results.ask'));
  });

  it('the person can correct the summary', async () => {
    const c = await atAlcohol();
    for (const answer of ['none', 'no', 'none', 'none']) await c.say(answer);
    await c.say('none');
    expect(await c.ask('change alcohol')).toContain(en('questions.sleep.ask'));
    await c.say('no');
    await c.say('10 beers a week');
    const summary = await c.ask('no');
    // SAY-AMOUNTS: the person's words with what was read, in grams a week with no site (10 US drinks × 14 g).
    expect(summary).toContain('Alcohol: you said "10 beers a week". I read that as about 140 g of alcohol a week.');
    expect(await c.ask('no')).toContain(en('questions.whichToChange.ask'));
  });
});
