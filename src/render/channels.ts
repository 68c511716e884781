import { CARD_VERSION, MAX_CARD_ACTIONS } from './cards';
import { SMS_MAX_RESULT_MESSAGES } from './sms';

/**
 * What each channel can show, as one capability profile per channel, in the spirit of botbuilder-dialogs'
 * choices/channel.ts (supportsSuggestedActions, supportsCardActions, maxActionTitleLength) and the Bot Service
 * channels reference. The renderer, the held replies and the SMS keywords read the profile; nothing else asks which
 * channel a turn is on. Adding a channel means adding its profile here and a fake-channel test (test/channels/).
 */
export type ChannelKind = 'sms' | 'msteams' | 'webchat' | 'default';

export interface ChannelProfile {
  /** A name for logs and metrics, never branched on. */
  readonly kind: ChannelKind;
  /** Suggested actions: how many the channel shows (null: none), and whether only imBack works. */
  readonly suggestedActions: { readonly max: number; readonly imBackOnly: boolean } | null;
  /**
   * Adaptive Cards (null: none): the version, how many actions, multi-select choice sets, and whether the card
   * stands alone, carrying the question's text (Teams), or goes beside a message that says it (Web Chat).
   */
  readonly cards: { readonly version: string; readonly maxActions: number; readonly multiSelect: boolean; readonly standalone: boolean } | null;
  /**
   * Text: its format (HTML for Teams, Markdown, plain) and what happens to a single line break: kept as a line of its
   * own (HTML paragraphs, Markdown hard breaks) or lost (SMS: the lines of a paragraph are joined).
   */
  readonly text: { readonly format: 'xml' | 'markdown' | 'plain'; readonly lineBreaks: 'kept' | 'joined' };
  /** Choices said as a numbered list the person answers with "1", "2"… (when there are two or more). */
  readonly numberedChoices: boolean;
  readonly messages: {
    /** Segments a message may take (SMS: 2, of GSM-7 or UCS-2 as the text allows); null: no limit. */
    readonly maxSegments: number | null;
    /** Prefer GSM-7 where the text allows it (SMS billing); the text decides, not the language. */
    readonly gsm7: boolean;
    /** Messages a result is sent in at once; the rest waits for a MORE continuation. null: the whole result at once. */
    readonly perResult: number | null;
    /** Consecutive plain messages of a turn are merged into one. */
    readonly merge: boolean;
    /** A failed send is final for the conversation (the number opted out at the carrier): recorded, not retried. */
    readonly sendFailureFinal: boolean;
  };
  /**
   * A message later (RETEST-REMINDER): sent proactively into the conversation (Teams, SMS), or, where the channel
   * cannot (Web Chat), offered as a calendar file; null where neither is offered.
   */
  readonly later: 'proactive' | 'calendar' | null;
  /** The carrier's opt-out keywords (STOP, START, HELP) and MORE are the channel's own (src/bot/smsKeywords.ts). */
  readonly optOutKeywords: boolean;
}

/** Messages of any length, the whole result at once, consecutive ones merged. */
const RICH_MESSAGES: ChannelProfile['messages'] = { maxSegments: null, gsm7: false, perResult: null, merge: true, sendFailureFinal: false };

const WEB_CHAT: ChannelProfile = {
  kind: 'webchat',
  suggestedActions: { max: Number.POSITIVE_INFINITY, imBackOnly: false },
  cards: { version: CARD_VERSION, maxActions: MAX_CARD_ACTIONS, multiSelect: true, standalone: false },
  text: { format: 'markdown', lineBreaks: 'kept' },
  numberedChoices: false,
  messages: RICH_MESSAGES,
  later: 'calendar',
  optOutKeywords: false,
};

const PROFILES: Readonly<Record<ChannelKind, ChannelProfile>> = {
  /** Twilio through Azure Bot Service: plain text, two segments a message, three messages a result, then MORE. */
  sms: {
    kind: 'sms',
    suggestedActions: null,
    cards: null,
    text: { format: 'plain', lineBreaks: 'joined' },
    numberedChoices: true,
    messages: { maxSegments: 2, gsm7: true, perResult: SMS_MAX_RESULT_MESSAGES, merge: false, sendFailureFinal: true },
    later: 'proactive',
    optOutKeywords: true,
  },
  /** Teams, personal chat: at most 3 imBack suggested actions; HTML text, as Teams joins Markdown's line breaks. */
  msteams: {
    kind: 'msteams',
    suggestedActions: { max: 3, imBackOnly: true },
    cards: { version: CARD_VERSION, maxActions: MAX_CARD_ACTIONS, multiSelect: true, standalone: true },
    text: { format: 'xml', lineBreaks: 'kept' },
    numberedChoices: false,
    messages: RICH_MESSAGES,
    later: 'proactive',
    optOutKeywords: false,
  },
  webchat: WEB_CHAT,
  /** The Emulator, a parent bot, Direct Line clients other than Web Chat: as Web Chat. */
  default: { ...WEB_CHAT, kind: 'default', later: null },
};

export function channelKind(channelId: string | undefined): ChannelKind {
  switch (channelId) {
    case 'sms':
    case 'twilio-sms':
      return 'sms';
    case 'msteams':
      return 'msteams';
    case 'webchat':
    case 'directline':
      return 'webchat';
    default:
      return 'default';
  }
}

/** The capability profile of a turn's channel. */
export function channelProfile(channelId: string | undefined): ChannelProfile {
  return PROFILES[channelKind(channelId)];
}

/** Whether choices are shown as a numbered list the person answers with "1", "2"…: where the profile says, when there are two or more. */
export function numberedChoices(channelId: string | undefined, count: number): boolean {
  return channelProfile(channelId).numberedChoices && count >= 2;
}
