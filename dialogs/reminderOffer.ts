import { TurnContext } from 'botbuilder';
import type { AssessmentInput, AssessmentResult } from '../src/assessment/types';
import { dateSay } from '../src/explain/trend';
import { foldForMatch } from '../src/nlu/normalise';
import { parseYesNo } from '../src/nlu/yesNo';
import { translator } from '../src/i18n';
import { reminderCalendar } from '../src/reminders/calendar';
import { channelProfile } from '../src/render/channels';
import { phrase, type ChoiceView } from '../src/views';
import { DAY_MS, dayOf, type EarlierResult, type ReminderStore } from '../src/reminders/store';
import { phaseOf, type Session } from './session';
import { localeOf, send } from './turn';

/**
 * RETEST-REMINDER (clinical spec §8a, issue #26 item 2): after a `routine` result with a retest window, and only then,
 * a separate yes/no offer says what is kept and for how long. Two kinds of yes: a reminder only, or a reminder and the
 * ALT result kept for the next check (a separate, explicit choice for health data, as PIPL asks). Teams and SMS only:
 * they can send a message later.
 */
export interface ReminderDeps {
  reminders?: ReminderStore;
}

const OFFER_CHOICES: ChoiceView[] = [
  { labelKey: 'choices.remind', value: 'remind me' },
  { labelKey: 'choices.remindKeep', value: 'remind me and keep my result' },
  { labelKey: 'choices.noThanks', value: 'no thanks' },
];

/** The channels that can send one message later (a proactive message). */
function canRemind(channelId: string | undefined): boolean {
  return channelProfile(channelId).later === 'proactive';
}

const CALENDAR_CHOICES: ChoiceView[] = [
  { labelKey: 'choices.calendarYes', value: 'yes' },
  { labelKey: 'choices.noThanks', value: 'no thanks' },
];

/** Web Chat cannot send a message later: it is offered a calendar file instead, and nothing is kept. */
function calendarOnly(channelId: string | undefined): boolean {
  return channelProfile(channelId).later === 'calendar';
}

/** Offers the reminder when it applies; true when the offer was made (it stands in place of "we are done"). */
export async function offerReminder(context: TurnContext, s: Session, deps: ReminderDeps, result: AssessmentResult, input: AssessmentInput, deferred = false, now: number = Date.now()): Promise<boolean> {
  const channelId = context.activity.channelId;
  if (!deps.reminders || result.triage !== 'routine' || !result.retest || !(canRemind(channelId) || calendarOnly(channelId))) return false;
  const weeks = result.retest.inWeeks[0];
  const dueAt = now + weeks * 7 * DAY_MS;
  if (calendarOnly(channelId) && !deferred) {
    s.reminderOffer = { dueAt, earlier: null, calendar: true };
    await send(context, { kind: 'question', say: [phrase('questions.reminder.offerCalendar', { weeks })], choices: CALENDAR_CHOICES, id: 'reminderOffer' });
    return true;
  }
  const earlier: EarlierResult = { alt: result.alt.value, uln: result.alt.uln, date: input.testDate ?? dayOf(now) };
  if (deferred) {
    // SMS with the rest of the result waiting for MORE: the offer follows the last part (offerAfterMore).
    s.reminderOfferAfterMore = { dueAt, earlier, weeks };
    return false;
  }
  s.reminderOffer = { dueAt, earlier };
  await send(context, { kind: 'question', say: [phrase('questions.reminder.offer', { weeks })], choices: OFFER_CHOICES, id: 'reminderOffer' });
  return true;
}

/** SMS: once MORE has sent the last part of the result, the reminder offer kept for then is made. */
export async function offerAfterMore(context: TurnContext, s: Session): Promise<void> {
  const later = s.reminderOfferAfterMore;
  if (!later || (s.smsMore ?? []).length > 0) return;
  delete s.reminderOfferAfterMore;
  s.reminderOffer = { dueAt: later.dueAt, earlier: later.earlier };
  await send(context, { kind: 'question', say: [phrase('questions.reminder.offer', { weeks: later.weeks })], choices: OFFER_CHOICES, id: 'reminderOffer' });
}

/** The calendar file as an attachment (a data URL, so nothing is stored to serve it). */
async function sendCalendar(context: TurnContext, dueAt: number): Promise<boolean> {
  const locale = localeOf(context);
  const ics = reminderCalendar(dueAt, context.activity.localTimezone, locale);
  if (ics === null) return false;
  await context.sendActivity({
    type: 'message',
    text: translator(locale)('questions.reminder.calendarSent'),
    attachments: [{ contentType: 'text/calendar', contentUrl: `data:text/calendar;base64,${Buffer.from(ics, 'utf8').toString('base64')}`, name: 'retest.ics' }],
  });
  return true;
}

type Choice = 'remind' | 'remindKeep' | 'no';

function choiceOf(text: string): Choice | null {
  const folded = foldForMatch(text);
  const yn = parseYesNo(text);
  if (yn === 'no' || /\bno\b|不用|不要|不需要/.test(folded)) return 'no';
  if (/\bkeep\b|保留|保存/.test(folded)) return 'remindKeep';
  if (yn === 'yes' || /\bremind\b|提醒/.test(folded)) return 'remind';
  return null;
}

/**
 * The reply to the offer. A yes keeps the reminder in the reminder store (its own store, apart from this state); the
 * earlier ALT only with the second kind of yes. False when the reply is not an answer to it (the offer is then dropped
 * and the message handled as usual).
 */
export async function answerReminderOffer(context: TurnContext, s: Session, deps: ReminderDeps): Promise<boolean> {
  const offer = s.reminderOffer;
  if (!offer || !deps.reminders) return false;
  delete s.reminderOffer;
  const choice = choiceOf(context.activity.text ?? '');
  if (choice === null) return false;
  if (choice === 'no') {
    await send(context, { kind: 'message', say: [phrase('questions.reminder.declined')] });
    return true;
  }
  if (offer.calendar) {
    if (!(await sendCalendar(context, offer.dueAt))) await send(context, { kind: 'message', say: [phrase('questions.reminder.declined')] });
    return true;
  }
  if (!offer.earlier) return false;
  const locale = localeOf(context);
  await deps.reminders.add({
    reference: TurnContext.getConversationReference(context.activity),
    locale,
    dueAt: offer.dueAt,
    earlier: choice === 'remindKeep' ? offer.earlier : null,
  });
  const day = dayOf(offer.dueAt);
  const date = dateSay(day, false, day.slice(0, 4) === dayOf(Date.now()).slice(0, 4) ? day.slice(0, 4) : '');
  await send(context, { kind: 'message', say: [phrase(choice === 'remindKeep' ? 'questions.reminder.savedKeep' : 'questions.reminder.saved', { date })] });
  return true;
}

/**
 * The check after a reminder begins with the earlier result already known, where the person agreed at opt-in to keep
 * it (issue #26): taken from the reminder store (and so removed there) when a fresh check starts in that conversation.
 */
export async function takeCarriedResult(context: TurnContext, s: Session, deps: ReminderDeps): Promise<void> {
  if (!deps.reminders || phaseOf(s) !== 'interview' || s.answers.alt !== undefined || s.answers.previous !== undefined) return;
  const carried = await deps.reminders.takeCarried(context.activity.channelId, context.activity.conversation?.id ?? '');
  if (!carried) return;
  s.answers.previous = { alt: carried.alt, altRange: [0, carried.uln], unit: 'U/L', date: Number(carried.date.replace(/-/g, '')) };
}
