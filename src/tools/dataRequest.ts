import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config';
import { hashId } from '../logger';
import { createStorage } from '../storage/createStorage';

/**
 * A person's request about their data (the runbook, docs/operations.md), with the service's own configuration:
 *   npm run data:delete -- --channel sms --id +15551234567    deletes that person's conversation and user state
 *   npm run data:hash -- --id +15551234567                     prints the hash that id has in the logs (LOG_ID_SECRET)
 * For the channel and id: on SMS both are the phone number as Twilio gives it (+ and country code); in Teams and Web
 * Chat they are the ids the hospital's records of the chat show. Nothing is printed that could identify the person.
 */
/** Items that hold state: a deletion's tombstone reads as an item with only its eTag. */
function withState(items: Record<string, object>): number {
  return Object.values(items).filter((item) => Object.keys(item).some((k) => k !== 'eTag')).length;
}

export const USAGE = 'usage: data-request delete --channel <channelId> --id <conversation id> [--user <user id>] | data-request hash --id <id>';

/**
 * The keys a person's state is under: the conversation's item (botbuilder's ConversationState key), which holds
 * everything since issue #25 item 8, and the user's item (UserState's key), where the profile was before.
 */
export function stateKeys(channelId: string, conversationId: string, userId: string): string[] {
  return [`${channelId}/conversations/${conversationId}/`, `${channelId}/users/${userId}/`];
}

export async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { channel: { type: 'string' }, id: { type: 'string' }, user: { type: 'string' } }, strict: true });
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return { code: 1, out: e.message };
    throw e;
  }
  if (command === 'hash' && values.id) {
    if (!config.logIdSecret) return { code: 1, out: 'LOG_ID_SECRET is not set: without it each process hashed ids with its own random key, so no hash can be matched' };
    return { code: 0, out: hashId(config.logIdSecret, values.id) };
  }
  if (command === 'delete' && values.channel && values.id) {
    if (config.stateStore.kind === 'memory') {
      return { code: 1, out: 'STATE_STORE=memory keeps state inside the running process: it is gone on restart, or when the person sends "delete my data"' };
    }
    const storage = createStorage(config);
    try {
      const keys = stateKeys(values.channel, values.id, values.user ?? values.id);
      const found = withState(await storage.read(keys));
      await storage.delete(keys);
      const left = withState(await storage.read(keys));
      return left === 0 ? { code: 0, out: `deleted: ${found} stored item(s) for that person; none left` } : { code: 1, out: `${left} item(s) could not be deleted` };
    } finally {
      storage.close();
    }
  }
  return { code: 2, out: USAGE };
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  void run(process.argv.slice(2), process.env).then(({ code, out }) => {
    (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
    process.exitCode = code;
  });
}
