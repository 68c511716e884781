import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';

/**
 * A Direct Line-compatible conversation store for the local chat page (polling only, no web socket).
 * It keeps each local conversation's activities in memory, hands out tokens, and takes the bot's replies from
 * LocalChatAdapter. Local use only: nothing here is persisted. Everything it holds is bounded (issue #15 item 6):
 * tokens, conversations, activities and bytes per conversation; when full it refuses new ones rather than evicting
 * someone else's.
 */
export interface LocalConversation {
  id: string;
  token: string;
  userId: string;
  /** The page's language, given with the token request, so the first welcome is in it. */
  locale: string | undefined;
  activities: Partial<Activity>[];
  /** Activities ever added (the watermark), including those dropped to stay within the caps. */
  count: number;
  /** The JSON size of the activities kept. */
  bytes: number;
  expiresAt: number;
  /** When it started: refreshing never keeps a conversation past MAX_CONVERSATION_SECONDS from here. */
  startedAt: number;
}

/** The longest a local conversation lives, however often its token is refreshed (a slot is never held for good). */
export const MAX_CONVERSATION_SECONDS = 4 * 3600;

export const TOKEN_TTL_SECONDS = 1800;
/** A token not used to start a conversation within this time is dropped. */
export const UNUSED_TOKEN_TTL_SECONDS = 120;
/** Tokens held at once (used or not); when full, no new token is issued until some expire. */
export const MAX_TOKENS = 1000;
/** Conversations held at once; when full, no new one starts until some expire. */
export const MAX_CONVERSATIONS = 500;
export const MAX_ACTIVITIES = 200;
/** Bytes of activities kept per conversation; the oldest are dropped beyond it. */
export const MAX_CONVERSATION_BYTES = 128 * 1024;
/** The longest text a person's message may carry (a pasted report's cap); longer ones are cut. */
export const MAX_USER_TEXT_CHARS = 8000;

export type StartOutcome = LocalConversation | 'badToken' | 'full';

interface TokenRecord {
  userId: string;
  locale: string | undefined;
  conversationId: string | null;
  expiresAt: number;
}

export class LocalDirectLine {
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly tokens = new Map<string, TokenRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A token for a new conversation, or null when MAX_TOKENS are already held. */
  issueToken(userId = `dl_${randomUUID()}`, locale?: string): { token: string; userId: string; expires_in: number } | null {
    this.prune();
    if (this.tokens.size >= MAX_TOKENS) return null;
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { userId, locale, conversationId: null, expiresAt: this.now() + UNUSED_TOKEN_TTL_SECONDS * 1000 });
    return { token, userId, expires_in: TOKEN_TTL_SECONDS };
  }

  /** Starts the conversation of a token issued here (or returns the one it started already). */
  startConversation(bearer: string | undefined): StartOutcome {
    this.prune();
    const known = bearer ? this.tokens.get(bearer) : undefined;
    if (!bearer || !known) return 'badToken';
    if (known.conversationId) {
      const existing = this.conversations.get(known.conversationId);
      if (existing) return existing;
    }
    if (this.conversations.size >= MAX_CONVERSATIONS) return 'full';
    const conversation: LocalConversation = {
      id: randomUUID(),
      token: bearer,
      userId: known.userId,
      locale: known.locale,
      activities: [],
      count: 0,
      bytes: 0,
      expiresAt: this.now() + TOKEN_TTL_SECONDS * 1000,
      startedAt: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
    known.conversationId = conversation.id;
    known.expiresAt = conversation.expiresAt;
    return conversation;
  }

  /** The conversation a bearer token may use, or null (wrong token, unknown or expired conversation). */
  authorise(conversationId: string, bearer: string | undefined): LocalConversation | null {
    const conversation = this.conversations.get(conversationId);
    if (!conversation || !bearer || conversation.token !== bearer || conversation.expiresAt < this.now()) return null;
    return conversation;
  }

  refresh(bearer: string | undefined): { conversationId: string; token: string; expires_in: number } | null {
    const known = bearer ? this.tokens.get(bearer) : undefined;
    if (!known?.conversationId) return null;
    const conversation = this.conversations.get(known.conversationId);
    // An expired conversation is not revived, and none lives past its maximum age.
    if (!conversation || conversation.expiresAt < this.now()) return null;
    conversation.expiresAt = Math.min(this.now() + TOKEN_TTL_SECONDS * 1000, conversation.startedAt + MAX_CONVERSATION_SECONDS * 1000);
    known.expiresAt = conversation.expiresAt;
    return { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_TTL_SECONDS };
  }

  /** Adds an activity (from the user or from the bot) and returns its id; the oldest are dropped beyond the caps. */
  append(conversationId: string, activity: Partial<Activity>): string | null {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return null;
    const id = `${conversationId}|${String(conversation.count).padStart(7, '0')}`;
    const stored = { ...activity, id, timestamp: new Date(this.now()) };
    conversation.activities.push(stored);
    conversation.count += 1;
    conversation.bytes += sizeOf(stored);
    while (conversation.activities.length > 1 && (conversation.activities.length > MAX_ACTIVITIES || conversation.bytes > MAX_CONVERSATION_BYTES)) {
      const dropped = conversation.activities.shift();
      conversation.bytes -= dropped ? sizeOf(dropped) : 0;
    }
    return id;
  }

  /** How many activities a conversation has had (its watermark). */
  countOf(conversationId: string): number {
    return this.conversations.get(conversationId)?.count ?? 0;
  }

  /** Forgets a conversation's activities before the `before`-th (after "delete my data"); the conversation goes on. */
  forget(conversationId: string, before: number): void {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return;
    const firstKept = conversation.count - conversation.activities.length;
    const drop = Math.max(0, Math.min(conversation.activities.length, before - firstKept));
    conversation.activities.splice(0, drop);
    conversation.bytes = conversation.activities.reduce((sum, a) => sum + sizeOf(a), 0);
  }

  /** Activities after the watermark, and the new watermark. */
  since(conversation: LocalConversation, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const from = watermark && /^\d{1,9}$/.test(watermark) ? Number(watermark) : 0;
    const firstKept = conversation.count - conversation.activities.length;
    const start = Math.max(0, from - firstKept);
    return { activities: conversation.activities.slice(start), watermark: String(conversation.count) };
  }

  reference(conversation: LocalConversation, serviceUrl: string): Partial<ConversationReference> {
    return {
      channelId: 'directline',
      serviceUrl,
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      bot: { id: 'liver-test-guide', name: 'Liver Test Guide' },
      user: { id: conversation.userId, name: '' },
    };
  }

  /** How many tokens and conversations are held (for tests and health). */
  get size(): { tokens: number; conversations: number } {
    return { tokens: this.tokens.size, conversations: this.conversations.size };
  }

  private prune(): void {
    const now = this.now();
    for (const [id, c] of this.conversations) if (c.expiresAt < now) this.conversations.delete(id);
    for (const [token, t] of this.tokens) if (t.expiresAt < now) this.tokens.delete(token);
  }
}

function sizeOf(activity: Partial<Activity>): number {
  return Buffer.byteLength(JSON.stringify(activity));
}
