import { ActivityHandler, ConversationState, MemoryStorage, UserState } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogStateConfigCache } from '../src/bot/dialogStateConfig';
import { serveBot } from './miniServer';

/**
 * The dialog floor: the least a bot built as the guided conversation must be built (botbuilder-dialogs'
 * ComponentDialog, WaterfallDialog and a TextPrompt with a validator, state in UserState and ConversationState on the
 * in-memory store, run as BotBuilder-Samples run their dialogs, with the one saving the bot also makes: the dialog
 * state manager's configuration is reused across turns), with no understanding, no rendering and one short reply a
 * turn. It shows what the dialog machinery alone costs on this stack, between the echo bot and the real bot.
 */
interface Counter {
  answers: number;
}

const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const dialogState = conversationState.createProperty<DialogState>('dialogState');
const counter = conversationState.createProperty<Counter>('counter');
const profile = userState.createProperty<{ locale?: string }>('profile');

class LoopDialog extends ComponentDialog {
  constructor() {
    super('loop');
    this.addDialog(new TextPrompt('answer', async (pc) => (pc.recognized.value ?? '').trim().length > 0));
    this.addDialog(new WaterfallDialog('ask', [(step) => this.ask(step), (step) => this.record(step)]));
    this.initialDialogId = 'ask';
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const c = await counter.get(step.context, { answers: 0 });
    return step.prompt('answer', { prompt: `Question ${c.answers + 1}?`, retryPrompt: 'Please answer.' });
  }

  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const c = await counter.get(step.context, { answers: 0 });
    c.answers += 1;
    return step.replaceDialog('ask');
  }
}

const dialogs = new DialogSet(dialogState).add(new LoopDialog());
const dialogStateConfig = new DialogStateConfigCache();
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  const p = await profile.get(context, {});
  p.locale ??= context.activity.locale;
  dialogStateConfig.apply(context);
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog('loop');
  dialogStateConfig.remember(context);
  await next();
});

serveBot(async (context) => {
  await bot.run(context);
  await conversationState.saveChanges(context, false);
  await userState.saveChanges(context, false);
});
