import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/nlu/answers';
import { parseLabReport, parseUnnamedReading } from '../../src/nlu/labReport';
import { ageFromBirth, digitsForWords } from '../../src/nlu/numberWords';

/**
 * Issue #29 item 4: numbers in words and other ways of giving them. The value and the range said in words, in both
 * languages and in capital numerals; an age as a year of birth or a date, counted to the day of the test.
 */
const NOW = new Date(2026, 11, 1, 12);

describe('an ALT and its range said in words', () => {
  it.each([
    ['sixty-two, normal up to forty', 62, 40],
    ['ninety nine U/L, ref 0 to forty', 99, 40],
    ['seventy three and normal is anything under thirty three', 73, 33],
    ['Eighty-one units, upper limit thirty-five', 81, 35],
    ['六十二，正常值五十以内', 62, 50],
    ['五十七 参考值上限四十', 57, 40],
    ['陆拾贰', 62, null],
    ['壹佰零伍 参考值0-50', 105, 50],
  ])('%s', (text, value, uln) => {
    const r = parseUnnamedReading(text).reading;
    expect(r.value).toBe(value);
    expect(r.range?.[1] ?? null).toBe(uln);
  });
  it('a named value in words: "ALT sixty-one"', () => {
    expect(parseLabReport('ALT sixty-one, it has an H next to it').alt?.value).toBe(61);
  });
  it('a reply in digits is read as before', () => {
    expect(digitsForWords('ALT 68 U/L 7-40')).toBe('ALT 68 U/L 7-40');
  });
});

describe('an age as a year of birth or a date', () => {
  it.each([
    ["born in '52", 74],
    ['born 1971', 55],
    ['DOB 14/12/1980', 45],
    ['dob 03-10-1980', 46],
    ['born 20th december 1966', 59],
    ['1994', 32],
    ['1974年的', 52],
    ['属龙的，52年生', 74],
    ['八三年五月生', 43],
    ['出生于一九七一年', 55],
    ['零五年的', 21],
  ])('%s', (text, age) => {
    expect(ageFromBirth(text, NOW)).toBe(age);
    expect(parseAge(text, NOW)).toBe(age);
  });
  it.each(['34', 'i am 34', 'thirty four', '三十四岁'])('an age said as an age is not a year: %s', (text) => {
    expect(ageFromBirth(text, NOW)).toBeNull();
    expect(parseAge(text, NOW)).toBe(34);
  });
  it.each([
    ['forty 2', 42],
    ['廿九歲', 29],
    ['七十三，老头子一个', 73],
    ['六十有五', 65],
  ])('numbers in words and typing: %s', (text, age) => {
    expect(parseAge(text, NOW)).toBe(age);
  });
});
