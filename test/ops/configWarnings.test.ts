import { afterEach, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';

/** The start-up warnings, as the real process writes them (issue #25 item 4). */
const running: BotProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((b) => b.stop()));
});

const APP = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' };

async function warnings(env: Record<string, string>): Promise<{ setting: string; msg: string }[]> {
  const bot = new BotProcess(env);
  running.push(bot);
  await bot.start();
  return bot.stdout
    .map((l) => JSON.parse(l) as { level: number; event?: string; setting: string; msg: string })
    .filter((l) => l.event === 'config_warning')
    .map((l) => {
      expect(l.level).toBe(40);
      return { setting: l.setting, msg: l.msg };
    });
}

describe('start-up warnings with an app id', () => {
  it('one line each: a memory store, no LOG_ID_SECRET, and TRUST_PROXY_HOPS=0 on App Service', async () => {
    const lines = await warnings({ ...APP, WEBSITE_SITE_NAME: 'liver-bot' });
    expect(lines.map((l) => l.setting)).toEqual(['STATE_STORE', 'LOG_ID_SECRET', 'TRUST_PROXY_HOPS']);
    expect(lines[0]?.msg).toMatch(/one instance only.*lost on restart/);
    expect(lines[1]?.msg).toMatch(/cannot be followed across instances/);
    expect(lines[2]?.msg).toMatch(/every patient shares one rate limit/);
  });

  it('none once the settings are right', async () => {
    const right = {
      ...APP,
      WEBSITE_SITE_NAME: 'liver-bot',
      TRUST_PROXY_HOPS: '1',
      LOG_ID_SECRET: 'a'.repeat(64),
      STATE_STORE: 'blob',
      BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=http;AccountName=a;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/a;',
      BLOB_CONTAINER: 'bot-state',
    };
    expect(await warnings(right)).toEqual([]);
  });

  it('an unresolved Key Vault reference stops it with one line naming the variable', async () => {
    const bot = new BotProcess({ ...APP, MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/bot-password/)' });
    running.push(bot);
    await expect(bot.start()).rejects.toThrow(/Configuration error: MicrosoftAppPassword is a Key Vault reference that App Service could not resolve/);
    expect(bot.stderr).toHaveLength(1);
  });
});
