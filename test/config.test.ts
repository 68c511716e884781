import { describe, expect, it } from 'vitest';
import { ConfigError, configWarnings, loadConfig } from '../src/config';

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
  it('LOCAL_SERVICE_URLS: loopback origins, the Agents Playground by default (issue 23)', () => {
    expect(loadConfig({}).localServiceOrigins).toEqual(['http://localhost:56150']);
    expect(loadConfig({ LOCAL_SERVICE_URLS: 'http://localhost:3979/, http://127.0.0.1:9000' }).localServiceOrigins).toEqual(['http://localhost:3979', 'http://127.0.0.1:9000']);
  });
  it('turns the local chat off when an app id is set', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' }).localChat).toBe(false);
  });
  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ MAX_BODY_KB: '1' }, 'MAX_BODY_KB'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ ALLOWED_CALLERS: '*', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' }, 'ALLOWED_CALLERS'],
    [{ STATE_TTL_HOURS: '0' }, 'STATE_TTL_HOURS'],
    [{ DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE'],
    [{ LOCAL_SERVICE_URLS: 'https://attacker.example' }, 'LOCAL_SERVICE_URLS'],
    [{ LOCAL_SERVICE_URLS: 'http://localhost:56150/_connector' }, 'LOCAL_SERVICE_URLS'],
    [{ LOCAL_SERVICE_URLS: 'http://user:pw@127.0.0.1:9' }, 'LOCAL_SERVICE_URLS'],
    [{ LOCAL_SERVICE_URLS: 'ftp://127.0.0.1' }, 'LOCAL_SERVICE_URLS'],
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
  it('cosmos needs an endpoint, a database and a container (and a key, or else the managed identity)', () => {
    expect(() => loadConfig({ STATE_STORE: 'cosmos', COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/' })).toThrow(/COSMOS_DATABASE is required when STATE_STORE is cosmos/);
    const env = { STATE_STORE: 'cosmos', COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_KEY: 'k', COSMOS_DATABASE: 'bot', COSMOS_CONTAINER: 'state' };
    expect(loadConfig(env).stateStore).toMatchObject({ kind: 'cosmos', database: 'bot', container: 'state' });
  });
});

describe('configuration that catches production mistakes (issue #25 item 4)', () => {
  const app = { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' };

  it.each(['MicrosoftAppPassword', 'DIRECT_LINE_SECRET', 'BLOB_CONNECTION_STRING', 'COSMOS_KEY', 'LOG_ID_SECRET'])(
    'an unresolved Key Vault reference in %s is refused, naming the variable',
    (name) => {
      const env = { ...app, [name]: '@Microsoft.KeyVault(SecretUri=https://vault.vault.azure.net/secrets/x/)' };
      expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${name} is a Key Vault reference that App Service could not resolve`));
    },
  );

  it('with an app id and no MicrosoftAppType the default is SingleTenant, which needs the tenant id', () => {
    expect(loadConfig(app).appType).toBe('SingleTenant');
    expect(() => loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' })).toThrow(
      /^Configuration error: MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant \(the default with MicrosoftAppId/,
    );
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'MultiTenant' }).appType).toBe('MultiTenant');
    expect(loadConfig({}).appType).toBe('MultiTenant');
  });

  it('warns once each about a memory store, no LOG_ID_SECRET, and TRUST_PROXY_HOPS=0 on App Service, only with an app id', () => {
    expect(configWarnings(loadConfig({ ...app, WEBSITE_SITE_NAME: 'liver-bot' })).map((w) => w.setting)).toEqual(['STATE_STORE', 'LOG_ID_SECRET', 'TRUST_PROXY_HOPS']);
    expect(configWarnings(loadConfig({ ...app })).map((w) => w.setting)).toEqual(['STATE_STORE', 'LOG_ID_SECRET']);
    const right = { ...app, WEBSITE_SITE_NAME: 'liver-bot', TRUST_PROXY_HOPS: '1', LOG_ID_SECRET: 'k'.repeat(32), STATE_STORE: 'blob', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'bot-state' };
    expect(configWarnings(loadConfig(right))).toEqual([]);
    expect(configWarnings(loadConfig({ WEBSITE_SITE_NAME: 'liver-bot' }))).toEqual([]);
  });

  it('blob with the managed identity: a service URL (https) instead of a connection string, not both', () => {
    const env = { STATE_STORE: 'blob', BLOB_SERVICE_URL: 'https://acct.blob.core.windows.net/', BLOB_CONTAINER: 'bot-state', AZURE_CLIENT_ID: 'cid' };
    const c = loadConfig(env);
    expect(c.stateStore).toEqual({ kind: 'blob', serviceUrl: 'https://acct.blob.core.windows.net', container: 'bot-state' });
    expect(c.azureClientId).toBe('cid');
    expect(() => loadConfig({ ...env, BLOB_SERVICE_URL: 'http://acct.blob.core.windows.net' })).toThrow(/^Configuration error: BLOB_SERVICE_URL must be an https URL/);
    expect(() => loadConfig({ ...env, BLOB_CONNECTION_STRING: 'x' })).toThrow(/^Configuration error: BLOB_SERVICE_URL must not be set together with BLOB_CONNECTION_STRING/);
  });

  it('cosmos without COSMOS_KEY signs in with the managed identity', () => {
    const env = { STATE_STORE: 'cosmos', COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_DATABASE: 'bot', COSMOS_CONTAINER: 'state' };
    expect(loadConfig(env).stateStore).toEqual({ kind: 'cosmos', endpoint: env.COSMOS_ENDPOINT, database: 'bot', container: 'state' });
  });
});
