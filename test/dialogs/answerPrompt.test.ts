import { ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogInstance } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { AnswerPrompt, CHOICES_AFTER_MISSES, GIVE_UP_AFTER_MISSES, type AnswerPatch, type AnswerPromptOptions } from '../../dialogs/answerPrompt';
import { interview, type Question } from '../../dialogs/questions';
import { newSession, type Session } from '../../dialogs/session';

const en = translator('en');
const QUESTIONS = interview(24);

function question(id: string): Question {
  const q = QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/**
 * A waterfall like MainDialog's, around the real AnswerPrompt: step 1 asks one question of the registry, step 2 ends
 * with `step.result`, so the test sees exactly what the waterfall's second step is given.
 */
class OneQuestion extends ComponentDialog {
  readonly prompt: AnswerPrompt;
  constructor(questionId: string, accessor: ConstructorParameters<typeof AnswerPrompt>[1]['session']) {
    super('oneQuestion');
    this.prompt = new AnswerPrompt('answer', { session: accessor, question });
    this.addDialog(this.prompt);
    this.addDialog(
      new WaterfallDialog('steps', [
        async (step) => {
          const options: AnswerPromptOptions = { questionId };
          return step.beginDialog('answer', options);
        },
        async (step) => step.endDialog(step.result),
      ]),
    );
    this.initialDialogId = 'steps';
  }
}

/** A client for one question, with the session as given (the registry's questions read it). */
interface Harness {
  client: DialogTestClient;
  dialog: OneQuestion;
  /** What the question said when it began. */
  first: string[];
  /** The open dialog inside OneQuestion at the end of the last turn (read while the turn's context is alive). */
  open: () => DialogInstance | undefined;
}

async function clientFor(questionId: string, session: Partial<Session> = {}): Promise<Harness> {
  const conversationState = new ConversationState(new MemoryStorage());
  const accessor = conversationState.createProperty<Session>('session');
  const dialog = new OneQuestion(questionId, accessor);
  // The session is seeded on the first turn, before the dialog reads it.
  let seeded = false;
  let open: DialogInstance | undefined;
  // SMS: every view is plain text, so the test reads what was said.
  const client: DialogTestClient = new DialogTestClient('sms', dialog, undefined, [
    {
      onTurn: async (context, next) => {
        if (!seeded) {
          seeded = true;
          await accessor.set(context, { ...newSession(), ...session });
        }
        await next();
        open = client.dialogContext.child?.activeDialog;
      },
    },
  ], conversationState);
  return { client, dialog, first: await turn(client, 'hello'), open: () => open };
}

/** One turn, and what the bot said in it (sendActivity hands back the first reply; the rest wait in the queue). */
async function turn(client: DialogTestClient, reply: string | Partial<Activity>): Promise<string[]> {
  const out: string[] = [];
  for (let a = (await client.sendActivity(reply)) as Partial<Activity> | undefined; a; a = client.getNextReply()) out.push(a.text ?? '');
  return out;
}

async function patchFor(client: DialogTestClient, reply: string | Partial<Activity>): Promise<AnswerPatch> {
  // Recognising sends nothing: whatever a patch says is said by the waterfall that applies it.
  expect(await turn(client, reply)).toEqual([]);
  expect(client.dialogTurnResult.status).toBe('complete');
  return client.dialogTurnResult.result as AnswerPatch;
}

describe('AnswerPrompt: the answer travels as data (issue #30 item 3)', () => {
  it('asks the question with its view when it begins', async () => {
    const { first } = await clientFor('age');
    expect(first.join('\n')).toContain(en('questions.age.ask'));
  });

  it('a yes/no question (consent): the patch says consent, and keeps the typed reply for other answers', async () => {
    const { client } = await clientFor('consent');
    const patch = await patchFor(client, 'yes sure');
    expect(patch).toEqual({ outcome: 'answered', questionId: 'consent', set: {}, unset: [], consent: true, typed: 'yes sure' });
  });

  it('a number question (age): the patch sets the age', async () => {
    const { client } = await clientFor('age', { consent: true });
    expect(await patchFor(client, "I'm 42")).toEqual({ outcome: 'answered', questionId: 'age', set: { age: 42 }, unset: [], typed: "I'm 42" });
  });

  it('a free-text question (alcohol): the patch holds the reading and the person\'s own words', async () => {
    const { client } = await clientFor('alcohol', { consent: true });
    const patch = await patchFor(client, '2 beers a week');
    expect(patch.outcome).toBe('answered');
    if (patch.outcome === 'end') return;
    expect(patch.set.alcohol?.drinksPerWeek).toBe(2);
    expect(patch.set.alcoholWords).toBe('2 beers a week');
    expect(patch.unset).toEqual([]);
  });

  it('a multi-choice question (symptoms): a card\'s ids become the list', async () => {
    const { client } = await clientFor('symptoms', { consent: true });
    const patch = await patchFor(client, { type: 'message', value: { questionId: 'symptoms', answer: 'itching,fatigue' } });
    expect(patch).toEqual({ outcome: 'answered', questionId: 'symptoms', set: { symptoms: ['itching', 'fatigue'] }, unset: [], typed: 'itching,fatigue' });
  });

  it('a choice picked by its label is not kept as typed (it answers nothing else)', async () => {
    const { client } = await clientFor('sleep', { consent: true });
    expect(await patchFor(client, en('choices.haveNot'))).toEqual({ outcome: 'answered', questionId: 'sleep', set: { sleepLoss: false }, unset: [] });
  });

  it('the lab-results question: the patch holds the values, the unit and the ranges', async () => {
    const { client } = await clientFor('results', { consent: true });
    const patch = await patchFor(client, 'ALT 68 U/L (7-56), AST 30 U/L (10-40)');
    expect(patch.outcome).toBe('answered');
    if (patch.outcome === 'end') return;
    expect(patch.set).toMatchObject({ alt: 68, ast: 30, unit: 'U/L', altRange: [7, 56], astRange: [10, 40] });
  });

  it('a choice question (whichToChange): the patch removes the answers of the topic chosen', async () => {
    const { client } = await clientFor('whichToChange', { consent: true, answers: { changing: true, sleepLoss: true, alcohol: null, exerciseDaysBefore: 3, age: 40 } });
    const patch = await patchFor(client, 'lifestyle');
    expect(patch.outcome).toBe('answered');
    if (patch.outcome === 'end') return;
    expect(patch.set).toEqual({ changing: false });
    expect([...patch.unset].sort()).toEqual(['alcohol', 'exerciseDaysBefore', 'sleepLoss']);
  });

  it('a skip word gives the skip\'s patch', async () => {
    const { client } = await clientFor('age', { consent: true });
    expect(await patchFor(client, 'skip')).toEqual({ outcome: 'skipped', questionId: 'age', set: { age: null }, unset: [] });
  });

  it('retries with the reason, offers choices after the third miss, and gives up with the skip\'s patch after the fifth', async () => {
    const { client } = await clientFor('sleep', { consent: true });
    for (let miss = 1; miss < GIVE_UP_AFTER_MISSES; miss++) {
      const said = (await turn(client, 'purple')).join('\n');
      expect(client.dialogTurnResult.status).toBe('waiting');
      expect(said).toContain(en('questions.sleep.retry'));
      if (miss >= CHOICES_AFTER_MISSES) expect(said).toContain(en('retry.choicesIntro'));
      else expect(said).not.toContain(en('retry.choicesIntro'));
    }
    // Giving up sends nothing itself: the waterfall says so when it applies the patch.
    expect(await patchFor(client, 'purple')).toEqual({ outcome: 'gaveUp', questionId: 'sleep', set: { sleepLoss: null }, unset: [] });
  });

  it('a question that cannot be skipped ends with an end marker after the fifth miss', async () => {
    const { client } = await clientFor('consent');
    for (let miss = 1; miss < GIVE_UP_AFTER_MISSES; miss++) await client.sendActivity('purple');
    expect(await patchFor(client, 'purple')).toEqual({ outcome: 'end', questionId: 'consent' });
  });

  it('a card sent with an earlier question does not answer this one: it is said, and the question asked again', async () => {
    const { client } = await clientFor('sleep', { consent: true });
    const said = (await turn(client, { type: 'message', value: { questionId: 'age', answer: 'yes' } })).join('\n');
    expect(client.dialogTurnResult.status).toBe('waiting');
    expect(said).toContain(en('render.cardOutdated'));
    expect(said).toContain(en('questions.sleep.ask'));
  });

  it('the asked question is read from the prompt\'s options (botbuilder-dialogs keeps them at state.options)', async () => {
    // MainDialog.askedQuestion depends on Prompt.beginDialog keeping the options in the instance's state: this fails
    // if a botbuilder-dialogs upgrade moves them.
    const { dialog, open } = await clientFor('age');
    const active = open();
    expect(active?.id).toBe('answer');
    expect(dialog.prompt.questionIdIn(active)).toBe('age');
    expect(dialog.prompt.questionIdIn({ id: 'steps', state: {} })).toBeNull();
  });
});
