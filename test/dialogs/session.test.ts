import { describe, expect, it } from 'vitest';
import { newSession, phaseOf, startOver, undoLast, type Session } from '../../dialogs/session';

/** Issue #30 item 5: the phase is derived from the facts, and back, restart and cancel each change state in one place. */
describe('the session: facts, and the phase derived from them', () => {
  it('is an interview until a fact says otherwise: declined, done with a result, or ended', () => {
    expect(phaseOf(newSession())).toBe('interview');
    expect(phaseOf({ ...newSession(), consent: false })).toBe('declined');
    expect(phaseOf({ ...newSession(), consent: true, result: 'routine' })).toBe('done');
    expect(phaseOf({ ...newSession(), consent: true, ended: 'emergency' })).toBe('ended');
    // A cancel after a refusal is an end (as before: cancelling said "we are done", not the refusal again).
    expect(phaseOf({ ...newSession(), consent: false, ended: 'cancelled' })).toBe('ended');
  });

  it('a session saved before the phase was derived keeps its phase', () => {
    const saved = { ...newSession(), consent: true, phase: 'done' } as Session;
    expect(phaseOf(saved)).toBe('done');
  });

  it('restart starts the check over, keeps a consent given and what is not the check\'s', () => {
    const s: Session = {
      ...newSession(), consent: true, welcomed: true, result: 'urgent', closing: { triage: 'urgent', rules: ['RF-JAUNDICE'] },
      answers: { age: 40 }, history: ['age'], redFlagsShown: ['RF-JAUNDICE'], smsMore: ['rest'], unreachable: true,
    };
    startOver(s, 'restart');
    expect(s).toEqual({ ...newSession(), consent: true, welcomed: true, smsMore: ['rest'], unreachable: true });
    expect(phaseOf(s)).toBe('interview');
    const refused: Session = { ...newSession(), consent: false };
    startOver(refused, 'restart');
    expect(phaseOf(refused)).toBe('interview');
  });

  it('cancel ends the check, keeping consent', () => {
    const s: Session = { ...newSession(), consent: true, answers: { age: 40 }, history: ['age'] };
    startOver(s, 'cancel');
    expect(s).toEqual({ ...newSession(), consent: true, ended: 'cancelled' });
    expect(phaseOf(s)).toBe('ended');
  });

  it('back clears the last answered question, and a result given from the answers no longer stands', () => {
    const cleared: string[] = [];
    const s: Session = { ...newSession(), consent: true, result: 'routine', answers: { age: 40, summaryConfirmed: true }, history: ['sleep', 'age'] };
    expect(undoLast(s, (id, a) => { cleared.push(id); delete a.age; })).toBe(true);
    expect(cleared).toEqual(['age']);
    expect(s.answers).toEqual({ summaryConfirmed: false, changing: false });
    expect(s.history).toEqual(['sleep']);
    expect(phaseOf(s)).toBe('interview');
    // An end stays an end: after an emergency, back does not reopen the check.
    const ended: Session = { ...newSession(), ended: 'emergency', history: ['age'], answers: { age: 40 } };
    undoLast(ended, (_id, a) => delete a.age);
    expect(phaseOf(ended)).toBe('ended');
    expect(undoLast(newSession(), () => undefined)).toBe(false);
  });
});
