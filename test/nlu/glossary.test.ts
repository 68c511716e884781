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
  it('the other parts of the reply still answer', () => {
    const u = understand('medicines', '就维生素和鱼油 保健品算吗', NOW);
    expect(u.glossary).toBe('supplement');
    expect(u.answer?.kind === 'medicines' && u.answer.value.recognised).toContain('fish_oil');
  });
  it('every term has an explanation in both languages', () => {
    for (const term of [...Object.keys(en.glossary), ...Object.keys(zhCN.glossary), UNKNOWN_TERM]) {
      expect(translator('en')(`glossary.${term}`)).not.toBe(`glossary.${term}`);
      expect(translator('zh-CN')(`glossary.${term}`)).not.toBe(`glossary.${term}`);
    }
  });
});
