import { describe, expect, it } from 'vitest';
import { detectWarningSigns } from '../../src/nlu/redFlags';

/**
 * Issue #27 item 1, spec v4 RF-SELF-HARM / ASK-SELF-HARM: the concepts of the C-SSRS (actual attempt, preparatory
 * acts, plan), the hopelessness and burdensomeness scales, in both languages. Sentences written for this test, not
 * taken from any blind set; each fails without its concept.
 */
const clear = (text: string): boolean => detectWarningSigns(text).symptoms.includes('self_harm');
const hint = (text: string): boolean => detectWarningSigns(text).selfHarmHint;

describe('a clear statement fires RF-SELF-HARM at once', () => {
  it.each([
    // C-SSRS actual attempt: a verb of taking with the noun overdose.
    'I have taken an overdose this morning',
    // C-SSRS preparatory acts: a lethal means made ready by the one typing.
    "I've got the gun ready in the garage",
    // An upset and then a handful of tablets: an act, not only an overdose.
    'it all got too much and I took the whole packet of paracetamol',
    '绳子我都买好了 就等鼓起勇气',
    '我连哪天走都计划好了',
    '心里太难受了 把一整板止痛片都吃了',
    // Self-injury with a tool (NSSI).
    '拿打火机烫手 好几回了',
  ])('%s', (text) => expect(clear(text)).toBe(true));
});

describe('a hint gets the screener questions (ASK-SELF-HARM), not RF-SELF-HARM', () => {
  it.each([
    // Hopelessness: the future will not get better; waiting for the end; not expecting to be around.
    'things will never get better for me, so why try',
    "I'm just waiting for my time to come",
    "doubt I'll be around to see the results",
    // Perceived burdensomeness / thwarted belonging: nobody would notice.
    'sometimes I wonder if anybody would notice if I died',
    // C-SSRS item 1, weary of life, with an intensifier.
    "I've had quite enough of this life",
    '日子过得一点盼头都没有',
    '真的不想再扛下去了',
    '感觉自己熬不了多久了',
    // Wishing not to wake up: 一睡不醒 is that wish, not sleepiness.
    '一睡不醒就好了',
  ])('%s', (text) => {
    expect(hint(text)).toBe(true);
    expect(clear(text)).toBe(false);
  });
  it('not wanting to be a burden is burdensomeness itself, not its denial', () => {
    expect(hint('就是不想拖累孩子')).toBe(true);
    expect(hint("I just don't want to be a burden to the kids")).toBe(true);
  });
});

describe('look-alikes stay quiet', () => {
  it.each([
    '不想熬夜了，最近都早睡',
    '天天睡不醒',
    "I'm waiting for the results to come back",
    'I bought a rope for the boat',
    'nothing ever changes with my ALT',
    'I keep the lot in the cupboard just in case',
    '药都准备好了，明天带去医院',
    '路线想好了，明天坐地铁去抽血',
  ])('%s', (text) => {
    expect(hint(text)).toBe(false);
    expect(clear(text)).toBe(false);
  });
});

describe('an overdose said in words fires RF-APAP-OVERDOSE (ASK-APAP "more than the label allowed")', () => {
  const overdose = (text: string): boolean => detectWarningSigns(text).conditions.includes('paracetamol_overdose');
  it.each([
    'been having more panadol than the leaflet says',
    'two paracetamol every couple of hours all weekend',
    '一天就吃了三板止疼片',
    '普拿疼吃了一整盒',
    '每天吃的泰诺都超过包装上写的',
  ])('%s', (text) => expect(overdose(text)).toBe(true));
  it.each(['two paracetamol at night when my back hurts', '普拿疼 头疼的时候吃一片'])('%s is no overdose', (text) => expect(overdose(text)).toBe(false));
});
