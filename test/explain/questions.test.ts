import { describe, expect, it } from 'vitest';
import { SYMPTOMS } from '../../src/assessment/types';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

const EMERGENCY_FIRST = ['vomiting_blood', 'black_stools', 'confusion'] as const;

describe('ASK-SIGNS: the first symptom question names every sign, the emergency ones first', () => {
  it.each(['en', 'zh-CN'] as const)('%s: every sign of §5 but chest pain and self-harm, in plain words, emergency ones first', (locale) => {
    const t = translator(locale);
    const ask = t('questions.symptoms.ask');
    const signs = SYMPTOMS.filter((s) => s !== 'chest_pain' && s !== 'self_harm');
    for (const s of signs) expect(ask, s).toContain(t(`labels.symptoms.${s}`));
    const lastEmergency = Math.max(...EMERGENCY_FIRST.map((s) => ask.indexOf(t(`labels.symptoms.${s}`))));
    for (const s of signs.filter((x) => !(EMERGENCY_FIRST as readonly string[]).includes(x) && x !== 'jaundice')) {
      expect(ask.indexOf(t(`labels.symptoms.${s}`)), s).toBeGreaterThan(lastEmergency);
    }
  });

  it.each([['webchat', 'en-US'], ['msteams', 'en-US'], ['sms', 'en-US'], ['webchat', 'zh-CN'], ['sms', 'zh-CN']])('on %s (%s) a person sees the whole list before answering none', async (channelId, locale) => {
    const t = translator(locale === 'zh-CN' ? 'zh-CN' : 'en');
    const c = new Conversation({ channelId, locale });
    await c.start();
    const lines = locale === 'zh-CN' ? ['同意', '谷丙转氨酶 68 U/L (9-50)\n谷草转氨酶 25 U/L (15-40)', '34', '没有', '不喝酒', '没有', '没有'] : ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none'];
    if (channelId === 'sms') lines[0] = '1';
    let last = '';
    // What the person sees: the message text, and on Teams the choice card's text and choices.
    for (const line of lines) {
      const replies = await c.say(line);
      last = `${Conversation.text(replies)} ${JSON.stringify(replies.map((r) => r.attachments ?? []))}`;
    }
    const seen = last.replace(/\s+/g, ' ');
    for (const s of ['vomiting_blood', 'black_stools', 'confusion', 'jaundice']) expect(seen, s).toContain(t(`labels.symptoms.${s}`));
  });
});
