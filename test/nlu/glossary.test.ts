import { describe, expect, it } from 'vitest';
import en from '../../locales/nlu/en.json';
import zhCN from '../../locales/nlu/zh-CN.json';
import { translator } from '../../src/i18n';
import { askedTerm, UNKNOWN_TERM } from '../../src/nlu/glossary';
import { detectWarningSigns } from '../../src/nlu/redFlags';
import { understand } from '../../src/nlu/understand';

const NOW = new Date(2026, 11, 1, 12);

describe('a question about what a word means', () => {
  it.each([
    ['what is a tarry stool?', 'tarry_stools'],
    ['does fish oil count as a supplement', 'supplement'],
    ['U/L是什么意思', 'unit'],
    ['腹水是什么', 'ascites'],
    ['what are pale stools', 'pale_stools'],
    ['乙肝五项啥意思', 'hbv_panel'],
    ['what does GGT mean', UNKNOWN_TERM],
  ])('%s asks about %s', (text, term) => expect(askedTerm(text)).toBe(term));
  it.each(['my eyes are yellow', 'what is my alt', 'are my eyes yellow?', '没有熬夜，也没有发烧没有吐，啥事没有', '偶尔喝点中药调理身体', 'ALT 56 正常值上限 50'])('%s asks about no word', (text) =>
    expect(askedTerm(text)).toBeNull(),
  );
  it.each(["what's jaundice?", '黑便是什么意思'])('%s fires no sign and answers nothing', (text) => {
    expect(detectWarningSigns(text).symptoms).toEqual([]);
    expect(understand('symptoms', text, NOW).answer).toBeNull();
  });
  it('nothing in it is recorded as the answer: the glossary answers and the question is asked again, as the dialog does', () => {
    const u = understand('medicines', '就维生素和鱼油 保健品算吗', NOW);
    expect(u.glossary).toBe('supplement');
    expect(u.answer).toBeNull();
  });
  it('every term has an explanation in both languages', () => {
    for (const term of [...Object.keys(en.glossary), ...Object.keys(zhCN.glossary), UNKNOWN_TERM]) {
      expect(translator('en')(`glossary.${term}`)).not.toBe(`glossary.${term}`);
      expect(translator('zh-CN')(`glossary.${term}`)).not.toBe(`glossary.${term}`);
    }
  });
});

/** Issue #27 item 3, #29 item 7: a term asked about in any phrasing (frames as data), new sentences for this test. */
describe('a term asked about in any phrasing', () => {
  it.each([
    ['is a swollen belly the same as bloating?', 'swollen_abdomen'],
    ['what is meant by heavy drinking', 'heavy_drinking'],
    ['how do I know if I have a fever', 'fever'],
    ['whats a unit? my app says units', 'unit'],
    ['黄疸即係點', 'jaundice'],
    ['肝功能是查的啥', 'liver_enzymes'],
    ['脂肪肝是啥病', 'fatty_liver'],
    ['怎么知道自己有没有腹水', 'ascites'],
    ['神志不清具体指啥', 'confusion'],
  ])('%s asks about %s', (text, term) => expect(askedTerm(text)).toBe(term));
  it.each([
    ['symptoms', 'how do I know if I have a fever'],
    ['symptoms', '皮肤黄是什么意思，黄到什么程度算'],
    ['alcohol', '标准杯是多大？我一般喝两罐'],
    ['exercise', 'what counts as hard exercise? I walked the dog'],
  ])('at %s, "%s" is answered from the glossary, records no answer and fires no sign', (question, text) => {
    const u = understand(question, text, NOW);
    expect(u.glossary).not.toBeNull();
    expect(u.command).toBeNull();
    expect(u.answer).toBeNull();
    expect([...u.signs.symptoms, ...u.signs.conditions]).toEqual([]);
  });
});

describe('a question elsewhere in the reply does not make an answered term a question', () => {
  it.each([
    ['conditions', 'diabetic. also my knee hurts, is that normal?', 'conditions'],
    ['alcohol', 'booze? me? hardly, maybe 6 units a week', 'alcohol'],
    ['symptoms', '邻居吐血住院了 我挺怕的 我自己倒是啥都没有', 'symptoms'],
  ])('at %s, "%s" is an answer', (question, text, kind) => {
    const u = understand(question, text, NOW);
    expect(u.glossary).toBeNull();
    expect(u.answer?.kind).toBe(kind);
  });
});

describe('every term the bot’s own questions use has a glossary entry', () => {
  // The terms of locales/en.json's question texts (questions.*.ask), each asked about as a person would.
  it.each([
    'vomiting blood', 'tarry stools', 'confusion', 'a fit', 'seeing things', 'bad shakes', 'yellow eyes', 'dark urine', 'pale stools',
    'swollen belly', 'bruising easily', 'fever', 'upper right belly', 'feeling sick', 'itching', 'feeling very tired', 'hepatitis b',
    'liver disease', 'diabetes', 'overweight', 'pregnancy', 'weak immune system', 'heavy drinking', 'needing a drink in the morning',
    'hard exercise', 'supplements', 'herbal products', 'normal range', 'u/l', 'µkat/l',
  ])('what does "%s" mean?', (term) => {
    const id = askedTerm(`what does ${term} mean?`);
    expect(id).not.toBeNull();
    expect(id).not.toBe(UNKNOWN_TERM);
    expect(translator('en')(`glossary.${id ?? ''}`)).not.toBe(`glossary.${id ?? ''}`);
  });
});

