import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { stopChild } from '../../bench/processes';

/** The Microsoft 365 Agents Playground's command line, from the dev dependency @microsoft/m365agentsplayground. */
const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/** The origin of the serviceUrl the Playground on `port` sends (http://localhost:PORT/_connector). */
export function playgroundOrigin(port: number): string {
  return `http://localhost:${port}`;
}

/**
 * The Playground as its own process, playing Teams (`-c msteams`) for the bot at `botUrl`: no telemetry, no browser
 * of its own, its log file and working folder in a temporary folder. It needs no network: the bot and the
 * Playground's mocked connector both run on this machine.
 */
export class PlaygroundProcess {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  readonly output: string[] = [];
  url = '';

  /** `port`: one chosen beforehand, so the bot could be started replying to it (LOCAL_SERVICE_URLS, issue 23). */
  constructor(private readonly port?: number) {}

  async start(botUrl: string, timeoutMs = 30_000): Promise<this> {
    const port = this.port ?? (await freePort());
    const child = spawn(process.execPath, [CLI, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '--disable-telemetry', '-p', String(port)], {
      cwd: this.dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: this.dir,
        TEAMSAPPTESTER_BROWSER: 'none',
        // --disable-telemetry stops the Playground's events, not its Application Insights SDK's own statsbeat.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(this.dir, 'playground.log'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (d: Buffer): void => void this.output.push(...d.toString().split('\n').filter(Boolean));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const deadline = Date.now() + timeoutMs;
    while (!this.url) {
      const listening = this.output.map((l) => /Listening on (\d+)/.exec(l)?.[1]).find(Boolean);
      if (listening) this.url = `http://127.0.0.1:${listening}`;
      else if (child.exitCode !== null) throw new Error(`the Playground exited: ${this.output.join(' ')}`);
      else if (Date.now() > deadline) throw new Error('the Playground did not start');
      else await new Promise((r) => setTimeout(r, 20));
    }
    return this;
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child, 3000);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One call between the Playground and the bot, as the Playground's log panel records it. */
export interface Call {
  activity: string;
  from: string;
  to: string;
  status: number;
  body: unknown;
}

interface LogFrame {
  logAction?: string;
  log?: { activityName?: string; from?: string; to?: string; request?: { body?: unknown }; response?: { statusCode?: number } };
}

/**
 * The Playground's page in Chromium: sends what a person types or clicks, and reads the bot's messages as Teams
 * renders them. Every call between the Playground and the bot is collected from the page's log stream; requests to
 * any host but this machine (the page's web fonts) are refused and listed.
 */
export class PlaygroundChat {
  readonly calls: Call[] = [];
  readonly blocked: string[] = [];

  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string, viewport = { width: 1100, height: 900 }): Promise<PlaygroundChat> {
    const page = await browser.newPage({ viewport });
    const chat = new PlaygroundChat(page);
    await page.route(
      (u) => u.hostname !== '127.0.0.1' && u.hostname !== 'localhost',
      (route) => {
        chat.blocked.push(new URL(route.request().url()).hostname);
        return route.abort();
      },
    );
    page.on('websocket', (ws) => {
      if (!ws.url().includes('/_ws/log/')) return;
      ws.on('framereceived', (frame) => {
        const frameText = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8');
        const parsed = JSON.parse(frameText) as LogFrame;
        const log = parsed.log;
        if (parsed.logAction !== 'appendLog' || !log?.response || typeof log.response.statusCode !== 'number') return;
        chat.calls.push({ activity: log.activityName ?? '', from: log.from ?? '', to: log.to ?? '', status: log.response.statusCode, body: log.request?.body });
      });
    });
    await page.goto(url);
    return chat;
  }

  /** Closes the log panel (the calls are still collected), as a person on a small screen would to see the chat. */
  async hideLogPanel(): Promise<void> {
    await this.page.locator('button[title="Toggle Log Panel"]').click();
  }

  /** Every message the bot sent, as rendered (text messages and cards alike). */
  botMessages(): Locator {
    return this.page.locator('.fai-OutputCard');
  }

  /** Waits for a bot message holding this text, and returns it. */
  async waitForBot(text: string, timeout = 15_000): Promise<Locator> {
    const message = this.botMessages().filter({ hasText: text }).last();
    await message.waitFor({ timeout });
    return message;
  }

  /** Types into the compose box and sends, as a person does. */
  async send(text: string): Promise<void> {
    const box = this.page.locator('[data-lexical-editor="true"]');
    await box.click();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  /** Clicks a suggested action. */
  async choose(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).last().click();
  }

  /** Ticks these boxes in the last card and presses its Send action. */
  async submitCard(labels: readonly string[], send: string): Promise<void> {
    // The card's boxes are named by aria-labelledby (the set's label, then the choice), so find each by its own label.
    for (const label of labels) await this.page.locator(`input[type="checkbox"][aria-label="${label}"]`).last().check();
    await this.page.locator('.ac-actionSet').last().getByRole('button', { name: send, exact: true }).click();
  }

  /** The texts of a message's own lines (its paragraphs), in order. */
  static async lines(message: Locator): Promise<string[]> {
    return (await message.locator('p').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  /** How many calls have been made that failed (anything but 2xx). */
  failedCalls(): Call[] {
    return this.calls.filter((c) => c.status < 200 || c.status > 299);
  }
}

/** The result an assessment message carries as its value, from the calls the bot made to the Playground. */
export function resultValue(calls: readonly Call[]): { triage?: string; rules?: string[] } | undefined {
  for (const call of calls) {
    const value = (call.body as { value?: { triage?: string; rules?: string[] } } | undefined)?.value;
    if (call.from !== 'Microsoft 365 Agents Playground' && value && typeof value.triage === 'string') return value;
  }
  return undefined;
}
