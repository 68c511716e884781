import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { typistRelation } from '../../src/nlu/typist';
import { Conversation } from '../helpers/conversation';

const en = translator('en');
const zh = translator('zh-CN');

async function resultText(c: Conversation, replies: string[]): Promise<string> {
  let last: Partial<Activity>[] = [];
  for (const r of replies) last = await c.say(r);
  return Conversation.text(last);
}

describe('someone typing for the patient is spoken to about them (issue #29 item 1)', () => {
  it.each([
    ["I'm doing this for my father, he's 81", 'father'],
    ['typing this on behalf of my nan', 'grandmother'],
    ['filling it in for the wife, she wont use phones', 'wife'],
    ['我帮我爸填的，他今年七十', 'father'],
    ['替我老婆问一下', 'wife'],
    ['我幫阿媽問嘅', 'mother'],
    ['他今年六十八，不会用手机', 'family'],
  ])('%j is typed for the %s', (text, relation) => {
    expect(typistRelation(text)).toBe(relation);
  });

  it.each(['I am 45', 'my dad had hepatitis years ago', '我爸以前得过乙肝', 'no meds'])('%j is typed by the patient', (text) => {
    expect(typistRelation(text)).toBeNull();
  });

  it('English: the action and the reminder to share it name the father', async () => {
    const c = new Conversation();
    await c.start();
    const text = await resultText(c, ['yes', 'ALT 68 U/L (7-40), AST 25 U/L (13-35)', "I'm doing this for my dad, he is 72", 'male', 'no', 'none', 'no', 'none', 'none', 'none', 'yes']);
    const who = en('labels.relation.father');
    expect(text).toContain(en('explain.actionFor.routine', { who, from: 2, to: 4 }));
    expect(text).toContain(en('explain.forWho', { who }));
    expect(text).not.toContain(en('explain.action.routine', { from: 2, to: 4 }));
  });

  it('Chinese: an urgent result tells the typist that their mother should see a doctor today, first and last', async () => {
    const c = new Conversation({ locale: 'zh-CN' });
    await c.start();
    const text = await resultText(c, ['好', 'ALT 130 U/L (7-40), AST 30 U/L (13-35)', '我替我妈填的，她今年66', '女', '没有', '不喝酒', '没有', '没吃药', '她最近尿很黄，像浓茶', '没有', '对']);
    const who = zh('labels.relation.mother');
    expect(text).toContain(zh('explain.forWho', { who }));
    expect(text).toMatch(new RegExp(`您的${who}今天就应该看医生`));
    expect(text).toMatch(new RegExp(`请确保您的${who}今天就医`));
  });
});
