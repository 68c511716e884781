import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AssessModule from '../../src/assessment/assess';
import type * as WarningSignsModule from '../../src/assessment/warningSigns';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

/** Counting stand-ins around the real engine: every call goes through to it. */
const calls = vi.hoisted(() => ({ engine: 0 }));
vi.mock('../../src/assessment/assess', async (importOriginal) => {
  const real = await importOriginal<typeof AssessModule>();
  return { ...real, assess: (...args: Parameters<typeof real.assess>) => (calls.engine++, real.assess(...args)) };
});
vi.mock('../../src/assessment/warningSigns', async (importOriginal) => {
  const real = await importOriginal<typeof WarningSignsModule>();
  return { ...real, assessWarningSigns: (...args: Parameters<typeof real.assessWarningSigns>) => (calls.engine++, real.assessWarningSigns(...args)) };
});

const en = translator('en');

/**
 * Issue #30 (must have, performance): the engine judges the emergency the answers decide when an answer is recorded,
 * not on every question asked. A turn that records nothing runs it not at all; a recorded answer runs it once.
 */
describe('the engine runs when answers are recorded, not on every question asked', () => {
  let c: Conversation;
  beforeEach(async () => {
    c = new Conversation();
    await c.start();
    await c.say('yes');
    expect(await c.ask('ALT 68 U/L 7-40; AST 25 U/L 13-35')).toContain(en('questions.age.ask'));
    calls.engine = 0;
  });

  it('a language switch asks the question again without running the engine', async () => {
    await c.say('english');
    expect(calls.engine).toBe(0);
  });

  it('help, and a reply that misses, run nothing', async () => {
    await c.say('help');
    await c.say('purple');
    expect(calls.engine).toBe(0);
  });

  it('an answer recorded runs it once', async () => {
    expect(await c.ask('34')).toContain(en('questions.sleep.ask'));
    expect(calls.engine).toBe(1);
  });
});
