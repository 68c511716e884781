import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';

/**
 * A Direct Line-compatible conversation store for the local chat page (polling only, no web socket).
 * It keeps each local conversation's activities in memory, hands out tokens, and is fed by the
 * connector routes the bot replies through. Local use only: nothing here is persisted.
 */
export interface LocalConversation {
  id: string;
  token: string;
  userId: string;
  /** The page's language, given with the token request, so the first welcome is in it. */
  locale: string | undefined;
  activities: Partial<Activity>[];
  expiresAt: number;
}

export const TOKEN_TTL_SECONDS = 1800;
const MAX_CONVERSATIONS = 500;
const MAX_ACTIVITIES = 500;

export class LocalDirectLine {
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly tokens = new Map<string, { userId: string; locale: string | undefined; conversationId: string | null; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issueToken(userId = `dl_${randomUUID()}`, locale?: string): { token: string; userId: string; expires_in: number } {
    this.prune();
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { userId, locale, conversationId: null, expiresAt: this.now() + TOKEN_TTL_SECONDS * 1000 });
    return { token, userId, expires_in: TOKEN_TTL_SECONDS };
  }

  /** Starts a conversation for a token (or a fresh one when no token was sent). */
  startConversation(bearer: string | undefined): LocalConversation | null {
    this.prune();
    const known = bearer ? this.tokens.get(bearer) : undefined;
    if (bearer && !known) return null;
    if (known?.conversationId) {
      const existing = this.conversations.get(known.conversationId);
      if (existing) return existing;
    }
    const issued = known ? { token: bearer as string, userId: known.userId } : this.issueToken();
    const conversation: LocalConversation = {
      id: randomUUID(),
      token: issued.token,
      userId: issued.userId,
      locale: known?.locale,
      activities: [],
      expiresAt: this.now() + TOKEN_TTL_SECONDS * 1000,
    };
    this.conversations.set(conversation.id, conversation);
    this.tokens.set(issued.token, { userId: issued.userId, locale: known?.locale, conversationId: conversation.id, expiresAt: conversation.expiresAt });
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
    known.locale ??= conversation?.locale;
    if (!conversation) return null;
    conversation.expiresAt = this.now() + TOKEN_TTL_SECONDS * 1000;
    known.expiresAt = conversation.expiresAt;
    return { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_TTL_SECONDS };
  }

  /** Adds an activity (from the user or from the bot) and returns its id. */
  append(conversationId: string, activity: Partial<Activity>): string | null {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return null;
    const id = `${conversationId}|${String(conversation.activities.length).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id, timestamp: new Date(this.now()) });
    if (conversation.activities.length > MAX_ACTIVITIES) conversation.activities.splice(0, conversation.activities.length - MAX_ACTIVITIES);
    return id;
  }

  /** Activities after the watermark, and the new watermark. */
  since(conversation: LocalConversation, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const from = watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    const total = this.countOf(conversation);
    const kept = conversation.activities.length;
    const firstKept = total - kept;
    const start = Math.max(0, from - firstKept);
    return { activities: conversation.activities.slice(start), watermark: String(total) };
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

  private countOf(conversation: LocalConversation): number {
    const last = conversation.activities[conversation.activities.length - 1];
    return last?.id ? Number(last.id.split('|')[1]) + 1 : 0;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, c] of this.conversations) if (c.expiresAt < now) this.conversations.delete(id);
    for (const [token, t] of this.tokens) if (t.expiresAt < now) this.tokens.delete(token);
    while (this.conversations.size > MAX_CONVERSATIONS) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
  }
}
