import type { Activity } from 'botbuilder';

/** A person in the built-in local chat (the page at /), over the local Direct Line routes. */
export class LocalChat {
  private constructor(
    private readonly activities: string,
    private readonly headers: Record<string, string>,
  ) {}

  static async open(url: string): Promise<LocalChat> {
    const { token } = (await (await fetch(`${url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers });
    const { conversationId } = (await started.json()) as { conversationId: string };
    return new LocalChat(`${url}/v3/directline/conversations/${conversationId}/activities`, headers);
  }

  async botMessages(): Promise<string[]> {
    const res = await fetch(this.activities, { headers: this.headers });
    const { activities } = (await res.json()) as { activities: Partial<Activity>[] };
    return activities.filter((a) => a.from?.role !== 'user' && a.type === 'message').map((a) => a.text ?? '');
  }

  /** Waits until a message of the bot's contains `fragment`. */
  async waitFor(fragment: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.botMessages()).some((m) => m.includes(fragment))) {
      if (Date.now() > deadline) throw new Error(`the bot never said "${fragment}"`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Sends a message and returns the bot's messages that came after it (waits until at least one has). */
  async say(text: string, timeoutMs = 15_000): Promise<string[]> {
    const before = (await this.botMessages()).length;
    const res = await fetch(this.activities, { method: 'POST', headers: this.headers, body: JSON.stringify({ type: 'message', text }) });
    if (res.status !== 200) throw new Error(`message refused: ${res.status}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = await this.botMessages();
      if (all.length > before) return all.slice(before);
      if (Date.now() > deadline) throw new Error('no reply');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
