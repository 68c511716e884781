import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from './i18n/locales';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const emptyToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** True for an address only this machine can reach: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(h);
}

/** True for an https URL, or an http one on a loopback address (local development and tests). */
export function isSecureUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  } catch {
    return false;
  }
}

/** A web origin exactly as a browser sends it ("https://www.hospital.org", no path, no trailing slash). */
function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value && isSecureUrl(value);
  } catch {
    return false;
  }
}

/** The origin of a loopback http(s) URL given as an origin (no credentials, path, query or fragment); null otherwise. */
export function loopbackOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare = url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '';
  return (url.protocol === 'http:' || url.protocol === 'https:') && bare && isLoopbackHost(url.hostname) ? url.origin : null;
}

/** The Agents Playground's serviceUrl origin on its default port (`npm run playground`). */
export const PLAYGROUND_ORIGIN = 'http://localhost:56150';

/** Every environment variable the bot reads. README.md and .env.example list the same ones. */
export const configSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    HOST: z.preprocess(emptyToUndefined, z.string().optional()),
    ALLOW_REMOTE_ANONYMOUS: z.preprocess(emptyToUndefined, bool.default(false)),
    // Default: SingleTenant with an app id (Microsoft no longer creates multi-tenant bots), MultiTenant without one.
    MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    LOCAL_CHAT: z.preprocess(emptyToUndefined, bool.optional()),
    RETEST_REMINDERS: z.preprocess(emptyToUndefined, bool.default(false)),
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.url({ message: 'must be a URL such as https://bot.example.org' }).optional()),
    LOG_ID_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, { message: 'must be at least 32 characters (for example: openssl rand -hex 32)' }).optional()),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    MAX_BODY_KB: z.preprocess(emptyToUndefined, z.coerce.number().int().min(16).max(4096).default(256)),
    SITE_COUNTRY: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code such as US, GB or CN' })
        .transform((s) => s.toUpperCase())
        .optional(),
    ),
    DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(LOCALES).default(DEFAULT_LOCALE)),
    STATE_STORE: z.preprocess(emptyToUndefined, z.enum(['memory', 'blob', 'cosmos']).default('memory')),
    BLOB_CONNECTION_STRING: optionalString,
    BLOB_SERVICE_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ message: 'must be a URL such as https://account.blob.core.windows.net' })
        .refine(isSecureUrl, { message: 'must be an https URL (a token is sent to it)' })
        .optional(),
    ),
    AZURE_CLIENT_ID: optionalString,
    BLOB_CONTAINER: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/, { message: 'must be a valid blob container name (3-63 lower-case letters, digits, hyphens)' }).optional()),
    COSMOS_ENDPOINT: z.preprocess(emptyToUndefined, z.url({ message: 'must be a URL such as https://account.documents.azure.com:443/' }).optional()),
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: optionalString,
    COSMOS_CONTAINER: optionalString,
    DIRECT_LINE_SECRET: optionalString,
    DIRECT_LINE_ENDPOINT: z.preprocess(
      emptyToUndefined,
      z
        .url({ message: 'must be a URL such as https://directline.botframework.com' })
        .refine(isSecureUrl, { message: 'must be an https URL (the Direct Line secret is sent to it)' })
        .default('https://directline.botframework.com'),
    ),
    TRUST_PROXY_HOPS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10).default(0)),
    TOKEN_RATE_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(10)),
    HOSPITAL_NAME: z.preprocess(emptyToUndefined, z.string().max(80).default('Liver Test Guide')),
    HOSPITAL_PRIMARY_COLOR: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour such as #0b5394' })
        .refine((c) => contrastWithWhite(c) >= 4.5, { message: 'must have a contrast of at least 4.5:1 with white text (WCAG 2.1 AA)' })
        .default('#0b5394'),
    ),
    HOSPITAL_ORIGINS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((v) => v.split(',').map((x) => x.trim().replace(/\/$/, '')).filter(Boolean))
        .refine((list) => list.every(isOrigin), { message: 'must be origins such as https://www.hospital.org, separated by commas (https, no path)' })
        .optional(),
    ),
    HOSPITAL_LOGO_URL: z.preprocess(
      emptyToUndefined,
      z.url({ message: 'must be a URL of an image' }).refine(isSecureUrl, { message: 'must be an https URL of an image' }).optional(),
    ),
    LOCAL_SERVICE_URLS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .max(2048)
        .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
        .refine((list) => list.every((x) => loopbackOrigin(x) !== null), {
          message: 'must be loopback origins such as http://localhost:56150, separated by commas (http or https, no path)',
        })
        .transform((list) => list.map((x) => loopbackOrigin(x) ?? x))
        .optional(),
    ),
    ALLOWED_CALLERS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
        .optional(),
    ),
    STATE_TTL_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(24 * 90).default(24)),
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString,
    TELEMETRY_STATSBEAT: z.preprocess(emptyToUndefined, bool.default(false)),
    // Set by Azure App Service itself (the app's name); read only to warn about settings that are wrong there.
    WEBSITE_SITE_NAME: optionalString,
  })
  .superRefine((env, ctx) => {
    const type = appType(env);
    if (env.MicrosoftAppId && type !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (type !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
      const why = env.MicrosoftAppType ? '' : ' (the default with MicrosoftAppId; set MicrosoftAppType=MultiTenant only for an existing multi-tenant bot)';
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${type}${why}` });
    }
    const needs: Record<string, (keyof typeof env)[]> = {
      blob: [env.BLOB_SERVICE_URL ? 'BLOB_SERVICE_URL' : 'BLOB_CONNECTION_STRING', 'BLOB_CONTAINER'],
      // Without COSMOS_KEY the app's managed identity signs in (AZURE_CLIENT_ID for a user-assigned one).
      cosmos: ['COSMOS_ENDPOINT', 'COSMOS_DATABASE', 'COSMOS_CONTAINER'],
    };
    for (const name of needs[env.STATE_STORE] ?? []) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: `is required when STATE_STORE is ${env.STATE_STORE}` });
    }
    if (env.BLOB_SERVICE_URL && env.BLOB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_SERVICE_URL'], message: 'must not be set together with BLOB_CONNECTION_STRING (the URL signs in with the managed identity, the string with a key)' });
    }
    if (env.ALLOWED_CALLERS?.includes('*') && env.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['ALLOWED_CALLERS'], message: 'may be * only for local development, without MicrosoftAppId' });
    }
    if (!env.MicrosoftAppId && env.HOST && !isLoopbackHost(env.HOST) && !env.ALLOW_REMOTE_ANONYMOUS) {
      ctx.addIssue({ code: 'custom', path: ['HOST'], message: 'must be a loopback address (127.0.0.1, ::1) without MicrosoftAppId, unless ALLOW_REMOTE_ANONYMOUS is true' });
    }
    if (env.MicrosoftAppId && env.LOCAL_CHAT === true && !isLoopbackHost(env.HOST ?? '0.0.0.0')) {
      ctx.addIssue({ code: 'custom', path: ['LOCAL_CHAT'], message: 'must not be true with MicrosoftAppId unless HOST is a loopback address (127.0.0.1, ::1)' });
    }
    if (env.MicrosoftAppType === 'UserAssignedMSI' && !env.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when MicrosoftAppType is UserAssignedMSI' });
    }
  });

type Env = z.infer<typeof configSchema>;
type AppType = NonNullable<Env['MicrosoftAppType']>;

function appType(env: { MicrosoftAppType?: AppType | undefined; MicrosoftAppId?: string | undefined }): AppType {
  return env.MicrosoftAppType ?? (env.MicrosoftAppId ? 'SingleTenant' : 'MultiTenant');
}

/**
 * A store reached with a key (connection string, COSMOS_KEY) or, without one, with the app's managed identity
 * (@azure/identity; AZURE_CLIENT_ID names a user-assigned identity).
 */
export type StateStoreConfig =
  | { kind: 'memory' }
  | { kind: 'blob'; connectionString?: string; serviceUrl?: string; container: string }
  | { kind: 'cosmos'; endpoint: string; key?: string; database: string; container: string };

export interface Config {
  port: number;
  host: string;
  /** No app id: every request is unauthenticated. */
  anonymous: boolean;
  /** Listening on a loopback address only, so only this machine can connect. */
  loopbackOnly: boolean;
  appType: AppType;
  appId: string | undefined;
  appPassword: string | undefined;
  tenantId: string | undefined;
  /** The built-in Direct Line endpoint and chat page: on with no app id, otherwise only with LOCAL_CHAT=true. */
  localChat: boolean;
  publicUrl: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  /** The key ids are hashed with in logs; undefined: a random key for this process. */
  logIdSecret: string | undefined;
  maxBodyBytes: number;
  siteCountry: string | undefined;
  defaultLocale: Env['DEFAULT_LOCALE'];
  stateTtlMs: number;
  /**
   * Without an app id: the origins (besides the server's own) an activity's serviceUrl may have, so replies go only to
   * these local programs (the Agents Playground, the Emulator, a test channel), never to another loopback port.
   */
  localServiceOrigins: string[];
  /** RETEST-REMINDER (issue #26): offer one retest reminder on Teams and SMS, kept in its own store, sent by a scheduler. */
  retestReminders: boolean;
  /** App ids of parent bots allowed to call this bot as a skill ("*" for any, local development only). */
  allowedCallers: string[];
  stateStore: StateStoreConfig;
  /** Client id of the user-assigned managed identity for storage (undefined: the system-assigned one, if any). */
  azureClientId: string | undefined;
  /** Traces and metrics to Azure Monitor: on with a connection string; the SDK's statsbeat only if asked for. */
  telemetry: { connectionString: string | undefined; statsbeat: boolean };
  /** Running on Azure App Service (WEBSITE_SITE_NAME is set there). */
  onAppService: boolean;
  /** Proxies in front of the server whose X-Forwarded-For entries are trusted for the client's address. */
  trustProxyHops: number;
  directLine: { secret: string | undefined; endpoint: string; tokensPerMinute: number };
  hospital: { name: string; color: string; logoUrl: string | undefined };
  /** The hospital's web origins: the only ones that may frame the chat and read the widget's settings (CORS). */
  hospitalOrigins: string[];
}

function stateStore(e: Env): StateStoreConfig {
  if (e.STATE_STORE === 'blob') {
    return e.BLOB_SERVICE_URL
      ? { kind: 'blob', serviceUrl: e.BLOB_SERVICE_URL.replace(/\/$/, ''), container: e.BLOB_CONTAINER ?? '' }
      : { kind: 'blob', connectionString: e.BLOB_CONNECTION_STRING ?? '', container: e.BLOB_CONTAINER ?? '' };
  }
  if (e.STATE_STORE === 'cosmos') {
    const where = { endpoint: e.COSMOS_ENDPOINT ?? '', database: e.COSMOS_DATABASE ?? '', container: e.COSMOS_CONTAINER ?? '' };
    return e.COSMOS_KEY ? { kind: 'cosmos', ...where, key: e.COSMOS_KEY } : { kind: 'cosmos', ...where };
  }
  return { kind: 'memory' };
}

export class ConfigError extends Error {}

/** What App Service passes through as a setting's value when it cannot resolve a Key Vault reference. */
const KEY_VAULT_REFERENCE = /^\s*@Microsoft\.KeyVault\(/i;

/** Validates the environment once. The error names the variable and the reason on one line. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  for (const name of Object.keys(configSchema.shape)) {
    if (KEY_VAULT_REFERENCE.test(env[name] ?? '')) {
      throw new ConfigError(
        `Configuration error: ${name} is a Key Vault reference that App Service could not resolve (check the secret's URI and that the app's identity has Key Vault Secrets User)`,
      );
    }
  }
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const raw = issue?.message ?? 'is invalid';
    const reason = raw.startsWith('is ') || raw.startsWith('must ') ? raw : `is invalid: ${raw}`;
    throw new ConfigError(`Configuration error: ${name} ${reason}`);
  }
  const e = parsed.data;
  const host = e.HOST ?? (e.MicrosoftAppId || e.ALLOW_REMOTE_ANONYMOUS ? '0.0.0.0' : '127.0.0.1');
  return {
    port: e.PORT,
    host,
    anonymous: !e.MicrosoftAppId,
    loopbackOnly: isLoopbackHost(host),
    appType: appType(e),
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    tenantId: e.MicrosoftAppTenantId,
    localChat: e.LOCAL_CHAT ?? !e.MicrosoftAppId,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    logIdSecret: e.LOG_ID_SECRET,
    maxBodyBytes: e.MAX_BODY_KB * 1024,
    siteCountry: e.SITE_COUNTRY,
    defaultLocale: e.DEFAULT_LOCALE,
    stateTtlMs: e.STATE_TTL_HOURS * 3600 * 1000,
    localServiceOrigins: e.LOCAL_SERVICE_URLS ?? [PLAYGROUND_ORIGIN],
    retestReminders: e.RETEST_REMINDERS,
    allowedCallers: e.ALLOWED_CALLERS ?? [],
    stateStore: stateStore(e),
    azureClientId: e.AZURE_CLIENT_ID,
    onAppService: Boolean(e.WEBSITE_SITE_NAME),
    telemetry: { connectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING, statsbeat: e.TELEMETRY_STATSBEAT },
    trustProxyHops: e.TRUST_PROXY_HOPS,
    directLine: { secret: e.DIRECT_LINE_SECRET, endpoint: e.DIRECT_LINE_ENDPOINT.replace(/\/$/, ''), tokensPerMinute: e.TOKEN_RATE_PER_MINUTE },
    hospitalOrigins: e.HOSPITAL_ORIGINS ?? [],
    hospital: { name: e.HOSPITAL_NAME, color: e.HOSPITAL_PRIMARY_COLOR.toLowerCase(), logoUrl: e.HOSPITAL_LOGO_URL },
  };
}

export interface ConfigWarning {
  setting: string;
  message: string;
}

/** Settings that work but are wrong for a hospital's deployment: one warning line each at start-up (with an app id). */
export function configWarnings(config: Config): ConfigWarning[] {
  if (!config.appId) return [];
  const out: ConfigWarning[] = [];
  if (config.stateStore.kind === 'memory') {
    out.push({ setting: 'STATE_STORE', message: 'STATE_STORE=memory: run one instance only; every conversation is lost on restart. Use blob or cosmos.' });
  }
  if (!config.logIdSecret) {
    out.push({ setting: 'LOG_ID_SECRET', message: 'No LOG_ID_SECRET: ids in logs are hashed with a key of this process, so they cannot be followed across instances or restarts.' });
  }
  if (config.trustProxyHops === 0 && config.onAppService) {
    out.push({ setting: 'TRUST_PROXY_HOPS', message: "TRUST_PROXY_HOPS=0 on App Service: the front end's address is taken as every client's, so every patient shares one rate limit. Set 1." });
  }
  return out;
}
