import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration, validated once', () => {
  it('has working defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3978, host: '127.0.0.1', appType: 'MultiTenant', localChat: true, defaultLocale: 'en', maxBodyBytes: 256 * 1024, allowedCallers: [] });
    expect(c.stateTtlMs).toBe(24 * 3_600_000);
  });
  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080', HOST: '127.0.0.1', MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't',
      LOCAL_CHAT: 'true', PUBLIC_URL: 'https://bot.example.org', LOG_LEVEL: 'warn', MAX_BODY_KB: '64', SITE_COUNTRY: 'gb', DEFAULT_LOCALE: 'zh-CN',
      STATE_TTL_HOURS: '2', ALLOWED_CALLERS: 'a, b',
    });
    expect(c).toMatchObject({ port: 8080, appId: 'id', tenantId: 't', localChat: true, siteCountry: 'GB', defaultLocale: 'zh-CN', stateTtlMs: 7_200_000, allowedCallers: ['a', 'b'] });
  });
  it('turns the local chat off when an app id is set', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).localChat).toBe(false);
  });
  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ MAX_BODY_KB: '1' }, 'MAX_BODY_KB'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ ALLOWED_CALLERS: '*', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }, 'ALLOWED_CALLERS'],
    [{ STATE_TTL_HOURS: '0' }, 'STATE_TTL_HOURS'],
    [{ DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE'],
  ])('%j fails with one line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(new RegExp(`^Configuration error: ${name} `));
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('state store by config', () => {
  it('memory is the default', () => {
    expect(loadConfig({}).stateStore).toEqual({ kind: 'memory' });
  });
  it('blob needs a connection string and a container', () => {
    expect(() => loadConfig({ STATE_STORE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING is required when STATE_STORE is blob/);
    expect(() => loadConfig({ STATE_STORE: 'blob', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'Bad_Name' })).toThrow(/BLOB_CONTAINER must be a valid blob container name/);
    expect(loadConfig({ STATE_STORE: 'blob', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'bot-state' }).stateStore).toEqual({ kind: 'blob', connectionString: 'x', container: 'bot-state' });
  });
  it('cosmos needs an endpoint, a key, a database and a container', () => {
    expect(() => loadConfig({ STATE_STORE: 'cosmos', COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/' })).toThrow(/COSMOS_KEY is required when STATE_STORE is cosmos/);
    const env = { STATE_STORE: 'cosmos', COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_KEY: 'k', COSMOS_DATABASE: 'bot', COSMOS_CONTAINER: 'state' };
    expect(loadConfig(env).stateStore).toMatchObject({ kind: 'cosmos', database: 'bot', container: 'state' });
  });
});
