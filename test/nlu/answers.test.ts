import { describe, expect, it } from 'vitest';
import { parseAge, parseSex } from '../../src/nlu/answers';
import { parseMedicineList } from '../../src/nlu/medicines';
import { commandOrAnswer, detectCommand } from '../../src/nlu/commands';
import { parseDaysAgo } from '../../src/nlu/daysAgo';
import { parseAlcohol } from '../../src/nlu/drinks';
import { parseExercise } from '../../src/nlu/exercise';
import { findNumbers, parseChineseNumeral, parseSingleNumber } from '../../src/nlu/numbers';
import { detectWarningSigns } from '../../src/nlu/redFlags';
import { findConditions, findSymptoms, pickNumbers } from '../../src/nlu/symptoms';
import { parseYesNo } from '../../src/nlu/yesNo';

describe('yes / no / not sure', () => {
  it.each([
    ['yes', 'yes'], ['Yeah', 'yes'], ['a bit', 'yes'], ['yes I stayed up late', 'yes'], ['有一点', 'yes'], ['有', 'yes'], ['同意', 'yes'], ['I guess so', 'yes'],
    ['nope', 'no'], ['Nah', 'no'], ['not really', 'no'], ['没有', 'no'], ['不同意', 'no'], ['I slept fine', 'no'],
    ['not sure', 'unsure'], ["I don't remember", 'unsure'], ['不确定', 'unsure'], ['idk', 'unsure'],
  ])('%s → %s', (text, want) => expect(parseYesNo(text)).toBe(want));
  it.each(['banana', '', '68', 'purple monkey dishwasher'])('%j is neither', (text) => expect(parseYesNo(text)).toBeNull());
});

describe('numbers in digits, words and Chinese numerals', () => {
  it.each([['68', 68], ['sixty-eight', 68], ['六十八', 68], ['one hundred and twenty', 120], ['1,27', 1.27]])('%s → %d', (text, n) => {
    expect(parseSingleNumber(text)).toBe(n);
  });
  it('reads small Chinese numerals that Recognizers-Text leaves alone', () => {
    expect(parseChineseNumeral('二')).toBe(2);
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('二十五')).toBe(25);
    expect(parseChineseNumeral('一百二十')).toBe(120);
  });
  it('finds several numbers', () => expect(findNumbers('ALT 68 and AST 25').map((n) => n.value)).toEqual([68, 25]));
});

describe('alcohol in standard drinks', () => {
  it.each([
    ['had like 6 beers saturday', { drinksPerWeek: null, largestOccasion: 6 }],
    ['2 bottles of wine on Friday', { drinksPerWeek: null, largestOccasion: 10 }],
    ['about 10 drinks a week', { drinksPerWeek: 10, largestOccasion: null }],
    ['每天二两白酒', { drinksPerWeek: 21, largestOccasion: 3 }],
    ['a glass of wine most nights', { drinksPerWeek: 5, largestOccasion: 1 }],
    ['14 units a week', { drinksPerWeek: 8, largestOccasion: null }],
    ['3 shots of vodka last night', { drinksPerWeek: null, largestOccasion: 3 }],
    ['上周六喝了三瓶啤酒', { drinksPerWeek: null, largestOccasion: 3.3 }],
    ['none', { drinksPerWeek: 0, largestOccasion: 0 }],
    ["I don't drink", { drinksPerWeek: 0, largestOccasion: 0 }],
    ['不喝酒', { drinksPerWeek: 0, largestOccasion: 0 }],
  ])('%s', (text, want) => expect(parseAlcohol(text)).toEqual(want));
  it('is null when no amount is said', () => expect(parseAlcohol('sometimes')).toBeNull());
});

describe('times, as days ago', () => {
  const ref = new Date(Date.UTC(2026, 10, 25, 10));
  it.each([
    ['3 days ago', 3], ['yesterday', 1], ['last weekend', 3], ['2 days before the test', 2], ['a week ago', 7], ['today', 0],
    ['前天跑了半马', 2], ['三天前', 3], ['昨天', 1], ['上周六', 4],
  ])('%s → %i', (text, days) => expect(parseDaysAgo(text, ref)).toBe(days));
  it('is null with no time', () => expect(parseDaysAgo('no', ref)).toBeNull());
});

describe('symptoms and conditions', () => {
  it.each([
    ['my eyes are yellow', ['jaundice']],
    ['I feel tired and itchy', ['itching', 'fatigue']],
    ['皮肤发黄，还有点恶心', ['jaundice', 'nausea_vomiting']],
    ['dark urine but no fever', ['dark_urine']],
    ['no yellow eyes', []],
    ['没有发烧', []],
    ['I want to kill myself', ['self_harm']],
    ['chest pain since this morning', ['chest_pain']],
  ])('%s → %j', (text, want) => expect(findSymptoms(text).sort()).toEqual([...want].sort()));
  it.each([
    ['I have hep b and diabetes', ['hepatitis_b', 'diabetes']],
    ['没有乙肝，有脂肪肝', ['known_liver_disease']],
    ["I'm pregnant", ['pregnancy']],
  ])('%s → %j', (text, want) => expect(findConditions(text).sort()).toEqual([...want].sort()));
  it('reads numbered picks', () => {
    expect(pickNumbers('1 and 3', 5)).toEqual([1, 3]);
    expect(pickNumbers('9', 5)).toBeNull();
    expect(pickNumbers('itching', 5)).toBeNull();
  });
});

describe('warning signs said in any answer', () => {
  it.each([
    ['I took 20 paracetamol last night', [], ['paracetamol_overdose']],
    ['my eyes are yellow', ['jaundice'], []],
    ['吃了二十片泰诺', [], ['paracetamol_overdose']],
    ['paracetamol 500mg twice a day', [], []],
  ])('%s', (text, symptoms, conditions) => {
    expect(detectWarningSigns(text)).toMatchObject({ symptoms, conditions });
  });
});

describe('commands at any point', () => {
  it.each([
    ['help', 'help'], ['hlep', 'help'], ['go back', 'back'], ['restart', 'restart'], ['start over', 'restart'], ['stop', 'cancel'], ['cancel', 'cancel'],
    ['中文', 'chinese'], ['English', 'english'], ['delete my data', 'deleteData'], ['删除我的数据', 'deleteData'], ['返回', 'back'], ['帮助', 'help'],
  ])('%s → %s', (text, command) => expect(detectCommand(text)).toBe(command));
  it.each(['stop taking it', 'I need to go back to the doctor', 'no', 'ALT 68'])('%j is an answer, not a command', (text) => expect(detectCommand(text)).toBeNull());
});

describe('other answers', () => {
  it('reads ages and questions implausible ones', () => {
    expect(parseAge('34')).toBe(34);
    expect(parseAge('thirty four')).toBe(34);
    expect(parseAge('三十四岁')).toBe(34);
    expect(parseAge('340')).toBeNull();
  });
  it('reads sex', () => {
    expect(parseSex('female')).toBe('female');
    expect(parseSex('男')).toBe('male');
    expect(parseSex('prefer not to say')).toBe('unknown');
    expect(parseSex('other')).toBe('unknown');
  });
  it('splits a medicine list into names, dropping doses and reasons', () => {
    expect(parseMedicineList('泰诺 twice a day, lipiter and fish oil')).toEqual({ none: false, items: ['泰诺', 'lipiter', 'fish oil'], recognised: ['acetaminophen', 'atorvastatin', 'fish_oil'], unknown: [], classes: [] });
    // "for cholesterol" is the statin's reason: a kind is said back only where it stands for a name (issue #27 item 4).
    expect(parseMedicineList('ibuprofen for my back, statin for cholesterol')).toEqual({ none: false, items: ['ibuprofen', 'statin'], recognised: ['ibuprofen'], unknown: ['statin'], classes: [] });
    expect(parseMedicineList('没有')).toMatchObject({ none: true, items: [] });
    expect(parseMedicineList('布洛芬、鱼油')).toMatchObject({ items: ['布洛芬', '鱼油'] });
  });
});

describe('a word that could be a command or an answer is decided by the question (issue #18)', () => {
  const takes = (word: string) => ({ accepts: (text: string) => text.trim().toLowerCase() === word, answerWords: [word] });
  it('a bare command word that the question names among its answers is unclear: the bot asks', () => {
    expect(commandOrAnswer('stop', takes('stop'))).toBe('ask');
    expect(commandOrAnswer('停', takes('停'))).toBe('ask');
  });
  it('a bare command word the question does not name is the command', () => {
    expect(commandOrAnswer('stop', { accepts: () => true })).toBe('command');
    expect(commandOrAnswer('stop', { accepts: () => false, answerWords: ['stop'] })).toBe('command');
  });
  it('a command in words is the command, whatever the question accepts', () => {
    expect(commandOrAnswer('I want to stop the check', { accepts: () => true })).toBe('command');
    expect(commandOrAnswer('go back pls', { accepts: () => true })).toBe('command');
  });
  it('a correction the question takes is its answer, not "back"', () => {
    expect(commandOrAnswer('不对 年龄写错了 是56', { accepts: () => true, takesCorrections: true })).toBe('answer');
    expect(commandOrAnswer('不对 年龄写错了 是56', { accepts: () => true })).toBe('command');
    expect(commandOrAnswer('回上一题，我改下喝酒的', { accepts: () => true, takesCorrections: true })).toBe('command');
  });
  it('an answer with a command word in it is an answer', () => {
    expect(commandOrAnswer('I stopped taking ibuprofen', { accepts: () => true })).toBe('answer');
  });
});

describe('medicines after "except" (除了) are taken, not denied', () => {
  it.each([
    ['nothing except levothyroxine', 'levothyroxine'],
    ['none other than metformin', 'metformin'],
    ['nothing apart from my thyroid pill (levothyroxine)', 'levothyroxine'],
    ['除了优甲乐什么都没吃', 'levothyroxine'],
    ['除了二甲双胍没别的', 'metformin'],
    ['除了优甲乐，别的都没吃', 'levothyroxine'],
  ])('%s → %s', (text, id) => {
    const list = parseMedicineList(text);
    expect(list.none).toBe(false);
    expect(list.recognised).toContain(id);
  });

  it('a name the bot does not know is kept, not read as "none"', () => {
    const list = parseMedicineList('nothing except qwertazol');
    expect(list.none).toBe(false);
    expect(list.unknown).toEqual(['qwertazol']);
  });

  it.each(['nothing', 'none at all', '什么都没吃'])('%s is still none', (text) => expect(parseMedicineList(text).none).toBe(true));
});

describe('consent said with 我 and a particle', () => {
  it.each([
    ['我同意的', 'yes'],
    ['我是同意的', 'yes'],
    ['别退出啊，我同意的', 'yes'],
    ['我不同意', 'no'],
    ['我是不同意的', 'no'],
  ] as const)('%s → %s', (text, want) => expect(parseYesNo(text)).toBe(want));
});

describe('exercise planned but not done is no exercise', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it.each([
    'was going to go for a run saturday but got sick',
    'wanted to hit the gym on monday but didnt',
    'planned a long hike sunday, cancelled it',
    '本来周末想去跑步的，结果发烧38度5，躺了两天',
    '打算周六去爬山，后来没去',
  ])('%s → none', (text) => expect(parseExercise(text, now)).toEqual({ none: true }));
  it.each([
    ['ran 10k on sunday', 2],
    ['前天跑了半马', 2],
  ] as const)('%s is still exercise, %i days ago', (text, days) => expect(parseExercise(text, now)).toEqual({ none: false, daysAgo: days }));
});

describe('ordinary words are never medicine names; purpose words are a kind of medicine (issue #27 item 4)', () => {
  it.each([
    ['started augmentin on thursday, finished it yesterday', ['started', 'thursday', 'finished']],
    ['just my metformin and the multivitamin my wife makes me take', ['wife', 'makes']],
    ['老婆给买的鱼油，早饭后一块儿吃', ['老婆', '一块儿']],
    ['喝了三个月中药，老中医开的方子，说是调理的', ['方子', '调理']],
  ])('%s shows none of %j as a medicine', (text, words) => {
    const unknown = parseMedicineList(text).unknown.join(' ');
    for (const w of words) expect(unknown).not.toContain(w);
  });
  it.each([['氯雷他定 因为全身痒', '氯雷他定'], ['逍遥丸 调理月经', '逍遥丸'], ['keppra 500 twice daily', 'keppra'], ['a baby aspirin', 'aspirin']])('%s still shows %s back', (text, name) =>
    expect(parseMedicineList(text).unknown.join(' ')).toContain(name),
  );
  it.each([
    ['a blood thinner and something for my thyroid', ['anticoagulant', 'thyroid']],
    ['降压药，名字记不住了', ['blood_pressure']],
    ['甲状腺的药', ['thyroid']],
  ])('%s is said back as %j', (text, classes) => expect(parseMedicineList(text).classes).toEqual(expect.arrayContaining(classes)));
});
