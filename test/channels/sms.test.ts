import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { SMS_MAX_GSM7, SMS_MAX_RESULT_MESSAGES, SMS_MAX_UCS2, isGsm7, smsLength, splitForSms, toGsm7 } from '../../src/render/sms';
import { SegmentedMessage } from 'sms-segments-calculator';
import { Conversation } from '../helpers/conversation';

const en = translator('en');
const zh = translator('zh-CN');

function hasResult(a: Partial<Activity>): boolean {
  return typeof a.value === 'object' && a.value !== null && 'triage' in a.value;
}

/** Twilio's own count (sms-segments-calculator): escape and surrogate pairs are never split between segments. */
const segments = (text: string): number => new SegmentedMessage(text).segmentsCount;

/** Each message within 2 segments, as Twilio's calculator counts them. */
function expectTwoSegments(activities: readonly Partial<Activity>[]): void {
  for (const a of activities) {
    const text = a.text ?? '';
    expect(segments(text), text).toBeLessThanOrEqual(2);
  }
}

async function toResult(c: Conversation, lines: readonly string[]): Promise<Partial<Activity>[]> {
  for (const line of lines.slice(0, -1)) await c.say(line);
  return c.say(lines.at(-1) ?? '');
}

const EN_URGENT = ['hi', '1', 'ALT 130 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'lipitor', 'itching', 'none', '1'];
const ZH_ROUTINE = ['你好', '1', '谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)', '34', '有一点', '每周两瓶啤酒', '没有', '没有', '没有', '乙肝', '1'];

describe('SMS: a result in at most 3 messages, MORE (更多) for the rest', () => {
  it('English, urgent: 3 messages or fewer that open and end with the action; MORE sends the rest and the doctor summary', async () => {
    const c = new Conversation({ channelId: 'sms', siteCountry: 'US' });
    const result = await toResult(c, EN_URGENT);
    const first = result.slice(result.findIndex((a) => /Your result/.test(a.text ?? '')));
    expect(first.length).toBeLessThanOrEqual(SMS_MAX_RESULT_MESSAGES);
    expect(first.some(hasResult)).toBe(true);
    const where = { where: en('labels.whereToday.US') };
    expect(first[0]?.text).toContain(toGsm7(en('explain.action.urgent', where)));
    expect(first.at(-1)?.text?.trim().endsWith(toGsm7(en('explain.close.urgent', where)))).toBe(true);
    expect(first.map((a) => a.text).join(' ')).toContain(toGsm7(en('sms.more')));
    const rest = await c.say('MORE');
    expect(rest.length).toBeGreaterThan(0);
    const restText = rest.map((a) => a.text).join(' ');
    expect(restText).toContain(toGsm7(en('explain.doctorTitle')));
    expect(first.map((a) => a.text).join(' ')).toContain(toGsm7(en('redflag.SYM-HIGH')));
    expect(restText).toContain(toGsm7(en('explain.medicine.urgentPrescribed', { names: en('labels.medicines.atorvastatin') })).slice(0, 60));
    expect(rest.at(-1)?.text?.trim().endsWith(toGsm7(en('explain.close.urgent', where)))).toBe(true);
    expectTwoSegments(c.transcript.filter((a) => a.from?.role === 'bot' || a.type === 'message'));
    for (const a of [...first, ...rest]) expect(isGsm7(a.text ?? ''), a.text).toBe(true);
    // Nothing more to send: MORE goes to the dialog, which says the check is done.
    expect(Conversation.text(await c.say('more'))).toContain(toGsm7(en('commands.finished')));
  });

  it('Chinese: messages of at most 134 characters, the result in 3 or fewer, and 更多 sends the rest', async () => {
    const c = new Conversation({ channelId: 'sms', locale: 'zh-CN', siteCountry: 'CN' });
    const result = await toResult(c, ZH_ROUTINE);
    const start = result.findIndex((a) => (a.text ?? '').includes(zh('explain.title')));
    const first = result.slice(start).filter((a) => !(a.text ?? '').includes(zh('commands.finished')));
    expect(first.length).toBeLessThanOrEqual(SMS_MAX_RESULT_MESSAGES);
    expect(first.some(hasResult)).toBe(true);
    expect(first.map((a) => a.text).join('')).toContain(zh('explain.reason.hepatitis_b'));
    const rest = await c.say('更多');
    expect(rest.map((a) => a.text).join('')).toContain(zh('explain.doctorTitle'));
    const all = c.transcript.filter((a) => a.type === 'message' && a.text !== undefined && a.recipient?.role !== 'bot');
    expectTwoSegments(all);
  });

  it('HELP in China says 回复TD退订, and TD opts out like STOP', async () => {
    const c = new Conversation({ channelId: 'sms', locale: 'zh-CN', siteCountry: 'CN' });
    await c.say('你好');
    expect(Conversation.text(await c.say('HELP'))).toBe(zh('sms.helpCN'));
    expect(zh('sms.helpCN')).toContain('回复TD退订');
    expect(await c.say('TD')).toEqual([]);
    expect(await c.say('ALT 68')).toEqual([]);
  });
});

describe('splitForSms: two segments a message, at sentence ends', () => {
  it('two segments are 306 GSM-7 characters (153 each with the concatenation header) or 134 UCS-2 (67 each)', () => {
    expect([SMS_MAX_GSM7, SMS_MAX_UCS2, SMS_MAX_RESULT_MESSAGES]).toEqual([2 * 153, 2 * 67, 3]);
    expect(splitForSms('a'.repeat(307))).toHaveLength(2);
    expect(splitForSms('中'.repeat(135))).toHaveLength(2);
  });

  it('never splits a word or a decimal, and counts extended GSM-7 characters twice', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence ${i} has ALT 1.7 times the limit [note].`).join(' ');
    const parts = splitForSms(text);
    for (const p of parts) {
      expect(smsLength(p)).toBeLessThanOrEqual(SMS_MAX_GSM7);
      expect(p).toMatch(/\.$/);
    }
    expect(parts.join(' ')).toBe(text);
    expect(smsLength('[]')).toBe(4);
  });

  it('Chinese runs on without spaces and splits after 。', () => {
    const text = '这是一句话。'.repeat(60);
    const parts = splitForSms(text);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(SMS_MAX_UCS2);
      expect(p).not.toContain(' ');
      expect(p.endsWith('。')).toBe(true);
    }
  });
});

describe('SMS over generated results (both languages, every site)', () => {
  it('the part sent at once is at most 3 messages, each within 2 segments, and an urgent or emergency one ends with its action', async () => {
    const fc = (await import('fast-check')).default;
    const { inputs, render } = await import('../explain/render');
    const { smsResult } = await import('../../src/render/smsResult');
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        const { now, later } = smsResult(r.view, r.t, r.locale);
        expect(now.length).toBeLessThanOrEqual(SMS_MAX_RESULT_MESSAGES);
        for (const m of [...now, ...later]) expect(segments(m), m).toBeLessThanOrEqual(2);
        if (r.locale === 'en') for (const m of [...now, ...later]) expect(isGsm7(m), m).toBe(true);
        if (r.result.triage === 'urgent' || r.result.triage === 'emergency') {
          // The closing action, as Web Chat shows it last, ends what is sent at once and what MORE sends.
          const close = r.locale === 'en' ? toGsm7(r.paragraphs.at(-1) ?? '') : (r.paragraphs.at(-1) ?? '');
          expect((now.at(-1) ?? '').trim().endsWith(close), now.at(-1)).toBe(true);
          if (later.length > 0) expect((later.at(-1) ?? '').trim().endsWith(close)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 90_000);
});

describe('SMS at the segment boundary (issue #25 item 10)', () => {
  it('every character counted as GSM-7 here is GSM-7 to the calculator too', () => {
    const ours = [...'@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€'];
    for (const c of ours) expect(isGsm7(c), c).toBe(true);
    expect(new SegmentedMessage(ours.join('')).encodingName).toBe('GSM-7');
  });

  it('an extended character or an emoji that would straddle two segments does not make a third', () => {
    const gsm = `${'a'.repeat(152)}[${'b'.repeat(152)}`;
    const ucs = `${'中'.repeat(66)}😀${'文'.repeat(66)}`;
    // 306 septets and 134 code units, yet 3 segments each: the pair cannot be split.
    expect([smsLength(gsm), smsLength(ucs)]).toEqual([SMS_MAX_GSM7, SMS_MAX_UCS2]);
    expect([segments(gsm), segments(ucs)]).toEqual([3, 3]);
    for (const text of [gsm, ucs]) {
      const parts = splitForSms(text);
      for (const p of parts) expect(segments(p), p).toBeLessThanOrEqual(2);
      expect(parts.join('')).toBe(text);
    }
  });

  it('texts with extended characters and emoji at every position near a segment boundary are sent in messages of at most 2 segments, nothing lost', async () => {
    const fc = (await import('fast-check')).default;
    const special = fc.constantFrom('[', ']', '{', '}', '€', '^', '~', '|', '\\', '😀', '👍🏽', '𠀀');
    const filler = fc.constantFrom('a', 'b', ' ', '.', '中', '文', '。');
    const texts = fc
      .tuple(fc.array(filler, { minLength: 100, maxLength: 700 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), special), { minLength: 1, maxLength: 8 }))
      .map(([chars, inserts]) => {
        const out: string[] = [...chars];
        for (const [at, c] of inserts) out.splice(Math.min(at, out.length), 0, c);
        return out.join('');
      });
    // Also texts built to put the pair right on the boundary between a message's two segments.
    const gsmEdge = fc
      .tuple(fc.integer({ min: 145, max: 160 }), fc.constantFrom('[', '€', '~', '\\'), fc.integer({ min: 130, max: 160 }), fc.constantFrom('', '. ', ' '))
      .map(([a, c, b, sep]) => `${'a'.repeat(a)}${c}${sep}${'b'.repeat(b)}`);
    const ucsEdge = fc
      .tuple(fc.integer({ min: 60, max: 70 }), fc.constantFrom('😀', '👍', '𠀀'), fc.integer({ min: 55, max: 70 }), fc.constantFrom('', '。'))
      .map(([a, c, b, sep]) => `${'中'.repeat(a)}${c}${sep}${'文'.repeat(b)}`);
    fc.assert(
      fc.property(fc.oneof(texts, gsmEdge, ucsEdge), (text) => {
        const parts = splitForSms(text);
        for (const p of parts) expect(segments(p), p).toBeLessThanOrEqual(2);
        expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 400 },
    );
  });

  it('a doctor summary naming an unrecognised medicine with brackets and emoji, stays within 2 segments', async () => {
    const c = new Conversation({ channelId: 'sms', siteCountry: 'US' });
    const odd = `${'[x]'.repeat(30)} {tablet} 💊`.repeat(3);
    const replies: Partial<Activity>[] = [];
    for (const line of EN_URGENT.map((l) => (l === 'lipitor' ? `lipitor, ${odd}` : l))) replies.push(...(await c.say(line)));
    replies.push(...(await c.say('MORE')));
    expect(replies.map((a) => a.text).join(' ')).toContain(toGsm7(en('explain.doctorTitle')));
    expectTwoSegments(replies.filter((a) => a.type === 'message'));
  });
});
