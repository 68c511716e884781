import { describe, expect, it } from 'vitest';
import { namesOnlyAKind, parseMedicineList } from '../../src/nlu/medicines';

/**
 * Issue #27 item 4: what is left after the names is kept only when it looks like a name. Sentences written for this
 * test, not taken from any blind set; each fails on the reader before this work.
 */
describe('ordinary words are not shown as medicine names', () => {
  it.each([
    // A person (ConText's experiencer words), a purpose (护…, 治…, 说是…) and where it came from (…上买的).
    ['深海鱼油 我闺蜜推荐的', '闺蜜'],
    ['叶黄素 护眼的', '护眼'],
    ['胶原蛋白 抖音上买的', '抖音'],
    // English shorthand and short everyday words with a medicine-like ending.
    ['sertraline, been on it 3 yrs', 'yrs'],
    ['course of pred, done now', 'done'],
  ])('%s does not show %s', (text, word) => {
    const v = parseMedicineList(text);
    expect(v.unknown.some((u) => u.includes(word))).toBe(false);
  });
  it('an unknown name is still shown back', () => {
    expect(parseMedicineList('吃了来曲唑').unknown).toEqual(['来曲唑']);
    expect(parseMedicineList('脑心通').unknown).toEqual(['脑心通']);
    expect(parseMedicineList('sertraline, been on it 3 yrs').unknown).toEqual(['sertraline']);
  });
});

describe('a purpose word said instead of a name is a kind of medicine', () => {
  it.each([
    ['降压药，还有一个治甲状腺的', ['blood_pressure', 'thyroid']],
    ['something for my prostate and an inhaler', ['prostate', 'inhaler']],
    ['吸入剂 每天两次', ['inhaler']],
    // A kind that opens its piece is what the piece names, whatever follows it.
    ['安眠药藏在抽屉里 攒够了再说', ['sleep']],
  ])('%s', (text, kinds) => expect(parseMedicineList(text).classes).toEqual(kinds));
  it('a purpose said after a name is that name’s reason, not another medicine', () => {
    expect(parseMedicineList('atorvastatin for my cholesterol').classes).toEqual([]);
    expect(parseMedicineList('二甲双胍 降糖的').classes).toEqual([]);
  });
  it('a name that only names a kind is said back as the kind', () => {
    expect(namesOnlyAKind('painkillers')).toBe(true);
    expect(namesOnlyAKind('感冒药')).toBe(true);
    expect(namesOnlyAKind('ibuprofen')).toBe(false);
  });
});
