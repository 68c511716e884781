import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { renderResult, renderView } from '../../src/render';
import { channelProfile, numberedChoices } from '../../src/render/channels';
import { mergeMessages } from '../../src/render/merge';
import type { QuestionView } from '../../src/views';
import { inputs, render } from '../explain/render';
import fc from 'fast-check';

/** Issue 30 item 7: one capability profile per channel; the renderer and the held replies read it. */
const CHANNELS = ['msteams', 'webchat', 'directline', 'sms', 'twilio-sms', 'emulator', undefined] as const;
const t = translator('en');

function question(choices: number, multi = false): QuestionView {
  return {
    kind: 'question',
    id: 'q',
    say: [{ key: 'questions.sex.ask' }],
    multi,
    choices: Array.from({ length: choices }, (_, i) => ({ labelKey: i % 2 === 0 ? 'choices.yes' : 'choices.no', value: `v${i}` })),
  };
}

describe('channel profiles', () => {
  it('a question is shown as its channel’s profile allows: suggested actions up to the profile’s count, else a card, else a numbered list', () => {
    for (const id of CHANNELS) {
      const p = channelProfile(id);
      for (const n of [2, 3, 4, 6]) {
        const [first, ...rest] = renderView(question(n), id, t, 'en');
        const actions = first?.suggestedActions?.actions ?? [];
        if (p.suggestedActions && n <= p.suggestedActions.max) {
          expect(actions, `${id} ${n}`).toHaveLength(n);
          if (p.suggestedActions.imBackOnly) expect(actions.every((a) => a.type === 'imBack')).toBe(true);
        } else {
          expect(actions).toHaveLength(0);
        }
        if (!p.suggestedActions && !p.cards) expect(first?.text).toContain(`${n} = `);
        expect(numberedChoices(id, n)).toBe(p.numberedChoices);
        expect(rest.every((a) => a.type === 'message')).toBe(true);
      }
      const [multi] = renderView(question(4, true), id, t, 'en');
      const card = multi?.attachments?.[0]?.content as { version?: string; body?: { isMultiSelect?: boolean }[] } | undefined;
      if (p.cards?.multiSelect) {
        expect(card?.version).toBe(p.cards.version);
        expect(card?.body?.some((b) => b.isMultiSelect === true)).toBe(true);
        // A standalone card carries the text itself; otherwise the message beside it says it.
        expect(multi?.text === undefined).toBe(p.cards.standalone);
      } else {
        expect(multi?.attachments ?? []).toEqual([]);
      }
    }
  });

  it('text is in the profile’s format', () => {
    for (const id of CHANNELS) {
      const [a] = renderView({ kind: 'message', say: [{ key: 'commands.finished' }] }, id, t, 'en');
      expect(a?.textFormat ?? 'markdown').toBe(channelProfile(id).text.format);
    }
  });

  it('a result takes at most the profile’s messages now, the rest kept for MORE; without a cap, all of it now and no continuation', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        for (const id of CHANNELS) {
          const { now, later } = renderResult(r.view, id, r.t, r.locale);
          const cap = channelProfile(id).messages.perResult;
          if (cap === null) {
            expect(later).toBeNull();
            expect(now).toEqual(renderView(r.view, id, r.t, r.locale));
          } else {
            expect(now.length).toBeLessThanOrEqual(cap);
            expect(later).not.toBeNull();
            expect(now.at(-1)?.value).toEqual(r.view.value);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('held replies merge only where the profile merges', () => {
    const two = [
      { type: 'message', text: 'One.' },
      { type: 'message', text: 'Two.' },
    ];
    for (const id of CHANNELS) expect(mergeMessages(two, channelProfile(id))).toHaveLength(channelProfile(id).messages.merge ? 1 : 2);
  });

  it('nothing outside src/render/channels.ts asks which channel a turn is on', () => {
    const root = path.resolve(__dirname, '../..');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const asking = /channelKind\(|kind\s*[!=]==\s*'(?:sms|msteams|webchat|default)'/;
    const found = [...files(path.join(root, 'src')), ...files(path.join(root, 'dialogs'))].filter((f) => asking.test(readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(found).toEqual(['src/render/channels.ts']);
  });
});
