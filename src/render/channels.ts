/** How each channel can show a conversation (Bot Service channels reference). */
export type ChannelKind = 'sms' | 'msteams' | 'webchat' | 'default';

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

/** Teams shows at most 3 imBack suggested actions in personal chat. */
export const TEAMS_MAX_SUGGESTED = 3;

/** Whether choices are shown as a numbered list the person answers with "1", "2"…: on SMS, when there are two or more. */
export function numberedChoices(channelId: string | undefined, count: number): boolean {
  return channelKind(channelId) === 'sms' && count >= 2;
}
