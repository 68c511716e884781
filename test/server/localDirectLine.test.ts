import { describe, expect, it } from 'vitest';
import { LocalDirectLine, MAX_CONVERSATION_SECONDS, TOKEN_TTL_SECONDS } from '../../src/server/localDirectLine';

/** Issue #15 item 6: refreshing keeps a chat going, but never revives an expired one or keeps one past its maximum age. */
describe('local Direct Line token refresh', () => {
  function started(): { dl: LocalDirectLine; token: string; advance: (seconds: number) => void } {
    let now = 1_000_000;
    const dl = new LocalDirectLine(() => now);
    const issued = dl.issueToken();
    if (!issued) throw new Error('no token');
    const conversation = dl.startConversation(issued.token);
    if (typeof conversation === 'string') throw new Error(conversation);
    return { dl, token: issued.token, advance: (seconds) => (now += seconds * 1000) };
  }

  it('a refresh before expiry keeps the conversation', () => {
    const { dl, token, advance } = started();
    advance(TOKEN_TTL_SECONDS - 60);
    expect(dl.refresh(token)).not.toBeNull();
    advance(TOKEN_TTL_SECONDS - 60);
    expect(dl.refresh(token)).not.toBeNull();
  });

  it('an expired conversation is not revived', () => {
    const { dl, token, advance } = started();
    advance(TOKEN_TTL_SECONDS + 1);
    expect(dl.refresh(token)).toBeNull();
  });

  it('no amount of refreshing keeps a conversation past its maximum age', () => {
    const { dl, token, advance } = started();
    let refreshed = 0;
    for (let elapsed = 0; elapsed < MAX_CONVERSATION_SECONDS * 2; elapsed += TOKEN_TTL_SECONDS / 2) {
      advance(TOKEN_TTL_SECONDS / 2);
      if (!dl.refresh(token)) break;
      refreshed += 1;
    }
    expect(refreshed).toBeGreaterThan(2);
    expect(refreshed * (TOKEN_TTL_SECONDS / 2)).toBeLessThanOrEqual(MAX_CONVERSATION_SECONDS);
    expect(dl.refresh(token)).toBeNull();
  });
});
