import { MemoryStorage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

/**
 * A deploy or a rollback changes the dialogs under conversations in flight (issue #25 item 7): state saved under a
 * dialog id this version lacks, or at a waterfall step past its last, restarts kindly instead of failing every turn.
 */
const en = translator('en');
const zh = translator('zh-CN');

/** A sentence up to its first interpolated value. */
const before = (text: string): string => text.split('{{')[0] ?? text;

interface Instance {
  id: string;
  state: { dialogs?: { dialogStack: Instance[] }; stepIndex?: number };
}

/** A conversation at its second question, whose saved dialog stack is then changed by `edit`. */
async function savedThen(edit: (stack: Instance[]) => void, locale = 'en-US'): Promise<Conversation> {
  const storage = new MemoryStorage();
  const c = new Conversation({ storage, locale });
  await c.start();
  await c.say(locale.startsWith('zh') ? '同意' : 'yes');
  const items: StoreItems = await storage.read([conversationKey(c)]);
  const item = items[conversationKey(c)] as { dialogState: { dialogStack: Instance[] } };
  expect(item.dialogState.dialogStack.length).toBeGreaterThan(0);
  edit(item.dialogState.dialogStack);
  await storage.write({ [conversationKey(c)]: { ...item, eTag: '*' } });
  return c;
}

function conversationKey(c: Conversation): string {
  // The Conversation helper sends on webchat unless told otherwise.
  return `webchat/conversations/${c.adapter.conversation.conversation.id}/`;
}

/** The innermost waterfall on the stack (the interview). */
function innermost(stack: Instance[]): Instance[] {
  const inner = stack[stack.length - 1]?.state.dialogs?.dialogStack;
  return inner && inner.length > 0 ? innermost(inner) : stack;
}

describe('state from another version of the bot', () => {
  it.each([
    ['the main dialog renamed', (stack: Instance[]) => stack.forEach((d) => (d.id = `${d.id}-v0`))],
    ['a nested dialog renamed', (stack: Instance[]) => innermost(stack).forEach((d) => (d.id = `${d.id}-v0`))],
    [
      'a waterfall step past the last',
      (stack: Instance[]) => {
        const waterfall = innermost(stack).find((d) => typeof d.state.stepIndex === 'number');
        expect(waterfall).toBeDefined();
        if (waterfall) waterfall.state.stepIndex = 7;
      },
    ],
  ])('%s: the next message restarts kindly and asks for consent again, and the chat goes on', async (_name, edit) => {
    const c = await savedThen(edit);
    const reply = await c.ask('68');
    expect(reply).toContain(en('errors.stateRestarted'));
    expect(reply).toContain(before(en('consent.ask')));
    expect(reply).not.toContain(en('errors.apology'));
    expect(c.logs.lines.filter((l) => l.includes('"event":"state_incompatible"'))).toHaveLength(1);
    expect(c.logs.text).not.toContain('"event":"turn_error"');
    expect(await c.ask('yes')).toContain(en('consent.thanks'));
  });

  it('restart works too, and each later message is answered normally (four messages, no apology)', async () => {
    const c = await savedThen((stack) => stack.forEach((d) => (d.id = `${d.id}-v0`)));
    const replies = [await c.ask('restart'), await c.ask('yes'), await c.ask('ALT 68 U/L 7-40; AST 25 U/L 13-35'), await c.ask('restart')];
    for (const r of replies) expect(r).not.toContain(en('errors.apology'));
    expect(replies[0]).toContain(en('errors.stateRestarted'));
    expect(replies[1]).toContain(en('consent.thanks'));
  });

  it('in Chinese, the restart is said in Chinese', async () => {
    const c = await savedThen((stack) => stack.forEach((d) => (d.id = `${d.id}-v0`)), 'zh-CN');
    const reply = await c.ask('68');
    expect(reply).toContain(zh('errors.stateRestarted'));
    expect(reply).toContain(before(zh('consent.ask')));
  });

  it('a conversation saved by this version is not restarted', async () => {
    const c = await savedThen(() => undefined);
    const reply = await c.ask('ALT 68 U/L 7-40; AST 25 U/L 13-35');
    expect(reply).not.toContain(en('errors.stateRestarted'));
    expect(c.logs.text).not.toContain('state_incompatible');
  });
});
