import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config';
import versions from '../../infra/versions.json';
import { PROD_INSTALL, PROD_START, ROOT, RUNTIME_PATHS } from '../helpers/production';

/**
 * Deployment as code (issue #25 item 3). Bicep cannot be compiled here and no npm package ships the ARM schemas, so
 * the templates are checked by structure: every name they use is declared and used, expressions are well formed,
 * dependsOn names resources of the template, and the settings the issue asks for are there.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Resource {
  type: string;
  name: string;
  condition?: string;
  dependsOn?: string[];
  properties?: Record<string, Json>;
  [key: string]: unknown;
}
interface Template {
  parameters: Record<string, { type: string; defaultValue?: Json }>;
  variables: Record<string, Json>;
  resources: Resource[];
  outputs?: Record<string, Json>;
}

const INFRA = path.join(ROOT, 'infra');
const templateFiles = readdirSync(INFRA).filter((f) => f.endsWith('.json'));
const main = JSON.parse(readFileSync(path.join(INFRA, 'main.json'), 'utf8')) as Template;

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return [...Object.keys(value), ...Object.values(value).flatMap(strings)];
  return [];
}

/** An ARM expression's text with its string literals ('…', '' escapes a quote) blanked out. */
const withoutLiterals = (expr: string): string => expr.replace(/'(?:[^']|'')*'/g, "''");

/** The top-level arguments of the first call of `fn` in an expression, as text. */
function callArgs(expr: string, fn: string): string[] | null {
  const start = expr.indexOf(`${fn}(`);
  if (start < 0) return null;
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const c of expr.slice(start + fn.length + 1)) {
    if (c === "'") quoted = !quoted;
    if (!quoted && (c === '(' || c === '[')) depth += 1;
    if (!quoted && (c === ')' || c === ']')) {
      if (depth === 0) break;
      depth -= 1;
    }
    if (!quoted && c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += c;
  }
  args.push(current.trim());
  return args;
}

const site = main.resources.find((r) => r.type === 'Microsoft.Web/sites');
const siteConfig = (site?.properties?.siteConfig ?? {}) as { appSettings: { name: string; value: string }[]; [key: string]: Json };
const settings = new Map(siteConfig.appSettings.map((s) => [s.name, s.value]));
const variable = (name: string): Json => main.variables[name] ?? null;

describe('the ARM templates parse and are consistent', () => {
  it.each(templateFiles)('%s parses', (file) => {
    expect(() => JSON.parse(readFileSync(path.join(INFRA, file), 'utf8')) as unknown).not.toThrow();
  });

  it('every parameters(…) and variables(…) used is declared, and every declared one is used', () => {
    const all = strings({ variables: main.variables, resources: main.resources, outputs: main.outputs });
    for (const kind of ['parameters', 'variables'] as const) {
      const used = new Set(all.flatMap((s) => [...s.matchAll(new RegExp(`\\b${kind}\\('([^']+)'\\)`, 'g'))].map((m) => m[1] ?? '')));
      const declared = new Set(Object.keys(main[kind]));
      expect([...used].filter((n) => !declared.has(n)), `${kind} used but not declared`).toEqual([]);
      expect([...declared].filter((n) => !used.has(n)), `${kind} declared but not used`).toEqual([]);
    }
  });

  it('brackets and parentheses balance in every expression, outside string literals', () => {
    const expressions = strings(main).filter((s) => s.startsWith('[') && s.endsWith(']') && !s.startsWith('[['));
    expect(expressions.length).toBeGreaterThan(50);
    for (const expr of expressions) {
      let depth = 0;
      for (const c of withoutLiterals(expr)) {
        if (c === '(' || c === '[') depth += 1;
        if (c === ')' || c === ']') depth -= 1;
        expect(depth, expr).toBeGreaterThanOrEqual(0);
      }
      expect(depth, expr).toBe(0);
      expect((expr.match(/'/g) ?? []).length % 2, expr).toBe(0);
    }
  });

  it('every dependsOn names a resource of the template', () => {
    let checked = 0;
    for (const r of main.resources) {
      for (const dep of r.dependsOn ?? []) {
        const args = callArgs(dep, 'resourceId');
        expect(args, dep).not.toBeNull();
        const [type = '', ...names] = args ?? [];
        const target = main.resources.find((x) => `'${x.type}'` === type && names.every((n) => x.name.includes(n)));
        expect(target, `${r.type} depends on ${dep}`).toBeDefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});

describe('what the templates deploy', () => {
  /** Settings the template leaves out on purpose, each with its reason. */
  const LEFT_OUT: Record<string, string> = {
    PORT: 'App Service sets PORT itself',
    HOST: 'with an app id the default, 0.0.0.0, is right behind App Service',
    ALLOW_REMOTE_ANONYMOUS: 'only for a bot without an app id',
    LOCAL_CHAT: 'off with an app id, as it must be in production',
    LOCAL_SERVICE_URLS: 'only for a bot without an app id (local origins it may reply to)',
    BLOB_CONNECTION_STRING: 'the managed identity signs in: no key is stored (BLOB_SERVICE_URL)',
    COSMOS_KEY: 'the managed identity signs in: no key is stored',
    WEBSITE_SITE_NAME: 'App Service sets it',
  };

  it('every configSchema variable is set in the web app, or left out on purpose with a reason', () => {
    for (const name of Object.keys(configSchema.shape)) {
      expect(settings.has(name) || name in LEFT_OUT, `${name} is neither set nor on the list of settings left out`).toBe(true);
      expect(settings.has(name) && name in LEFT_OUT, `${name} is both set and listed as left out`).toBe(false);
    }
  });

  it('every secret is a securestring parameter or a Key Vault reference, and no setting holds a literal secret', () => {
    for (const [name, p] of Object.entries(main.parameters)) {
      if (/secret|password|authtoken|sid|phone/i.test(name)) expect(p.type, name).toBe('securestring');
      if (p.type === 'securestring') expect(p.defaultValue ?? '', name).toBe('');
    }
    for (const name of ['MicrosoftAppPassword', 'LOG_ID_SECRET', 'DIRECT_LINE_SECRET', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(settings.get(name), name).toMatch(/@Microsoft\.KeyVault\(VaultName=', variables\('kvName'\), ';SecretName=[a-z-]+\)'/);
    }
    for (const [name, value] of settings) {
      // A literal (not an expression) is a plain value: a number, a flag or a container name, never a key.
      if (!value.startsWith('[')) expect(value, name).toMatch(/^(?:\d+|true|false|bot-state)$/);
      // A secret parameter may be tested for emptiness, never passed on as a value.
      expect(value.replace(/empty\(parameters\('\w+'\)\)/g, ''), name).not.toMatch(/parameters\('(?:logIdSecret|singleTenantAppPassword|directLineSecret|twilio\w+)'\)/);
    }
    const secrets = main.resources.filter((r) => r.type === 'Microsoft.KeyVault/vaults/secrets').map((r) => r.properties?.value);
    expect(secrets).toEqual(expect.arrayContaining(["[parameters('logIdSecret')]", "[parameters('singleTenantAppPassword')]", "[parameters('directLineSecret')]"]));
    const role = main.resources.find((r) => r.type === 'Microsoft.Authorization/roleAssignments' && String(r.scope).includes('KeyVault'));
    expect(variable('roleKeyVaultSecretsUser')).toBe('4633458b-17de-408a-b874-0445c86b69e6');
    expect(role?.properties?.roleDefinitionId).toContain("variables('roleKeyVaultSecretsUser')");
    const vault = main.resources.find((r) => r.type === 'Microsoft.KeyVault/vaults')?.properties;
    expect(vault).toMatchObject({ enableRbacAuthorization: true, enableSoftDelete: true, enablePurgeProtection: true });
  });

  it("the web app runs the Node major CI tests, with the production start command, HTTPS only, TLS 1.2, FTPS off, Always On, and the Health check on /healthz", () => {
    expect(variable('nodeStack')).toBe(`NODE|${versions.nodeMajor}-lts`);
    expect(siteConfig.linuxFxVersion).toBe("[variables('nodeStack')]");
    expect(variable('startCommand')).toBe(PROD_START.join(' '));
    expect(siteConfig.appCommandLine).toBe("[variables('startCommand')]");
    expect(site?.properties?.httpsOnly).toBe(true);
    expect(siteConfig).toMatchObject({ minTlsVersion: '1.2', ftpsState: 'Disabled', alwaysOn: true, healthCheckPath: '/healthz' });
    expect(settings.get('TRUST_PROXY_HOPS')).toBe('1');
    expect(site?.identity).toMatchObject({ type: 'UserAssigned' });
    expect(versions.ciNode.split('.')[0]).toBe(String(versions.nodeMajor));
    // CI installs that very version and runs the whole suite on it too.
    expect(readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toContain(`require('./infra/versions.json').ciNode`);
  });

  it('the bot uses the managed identity by default (SingleTenant as an option), its endpoint is https://<host>/api/messages', () => {
    expect(main.parameters.botAuth).toMatchObject({ defaultValue: 'UserAssignedMSI', allowedValues: ['UserAssignedMSI', 'SingleTenant'] });
    const bot = main.resources.find((r) => r.type === 'Microsoft.BotService/botServices')?.properties;
    expect(bot?.endpoint).toBe("[concat(variables('publicUrl'), '/api/messages')]");
    expect(variable('publicUrl')).toBe("[concat('https://', variables('host'))]");
    expect(bot?.msaAppType).toBe("[parameters('botAuth')]");
  });

  it('channels: Teams; Direct Line with enhanced authentication, trusted origins HOSPITAL_ORIGINS plus PUBLIC_URL, uploads blocked, v1 off; Twilio SMS from securestring parameters', () => {
    const channel = (name: string): Record<string, Json> | undefined =>
      main.resources.find((r) => r.type === 'Microsoft.BotService/botServices/channels' && r.properties?.channelName === name)?.properties?.properties as Record<string, Json> | undefined;
    expect(channel('MsTeamsChannel')).toMatchObject({ isEnabled: true });
    const sites = channel('DirectLineChannel')?.sites as Record<string, Json>[];
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ isSecureSiteEnabled: true, isBlockUserUploadEnabled: true, isV1Enabled: false, isV3Enabled: true });
    expect(sites[0]?.trustedOrigins).toBe("[union(parameters('hospitalOrigins'), createArray(variables('publicUrl')))]");
    expect(settings.get('HOSPITAL_ORIGINS')).toBe("[join(parameters('hospitalOrigins'), ',')]");
    expect(settings.get('PUBLIC_URL')).toBe("[variables('publicUrl')]");
    expect(channel('SmsChannel')).toMatchObject({ phone: "[parameters('twilioPhoneNumber')]", accountSID: "[parameters('twilioAccountSid')]", authToken: "[parameters('twilioAuthToken')]" });
  });

  it('state: storage with no public blob access and no shared key, a lifecycle rule deleting blobs after 2 days; or Cosmos DB with a default TTL', () => {
    const account = main.resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts')?.properties;
    expect(account).toMatchObject({ allowBlobPublicAccess: false, allowSharedKeyAccess: false, minimumTlsVersion: 'TLS1_2' });
    const policy = JSON.stringify(main.resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts/managementPolicies')?.properties);
    expect(policy).toContain('"delete":{"daysAfterModificationGreaterThan":2}');
    const container = main.resources.find((r) => r.type === 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers')?.properties;
    expect(container).toMatchObject({ resource: { defaultTtl: 2 * 24 * 3600 } });
  });

  it("logs: the app's console logs go to Log Analytics with a retention parameter; the storage account's resource logs stay off", () => {
    const diagnostics = main.resources.filter((r) => r.type === 'Microsoft.Insights/diagnosticSettings');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.scope).toBe("[concat('Microsoft.Web/sites/', parameters('appName'))]");
    expect(diagnostics[0]?.properties?.logs).toContainEqual({ category: 'AppServiceConsoleLogs', enabled: true });
    const workspace = main.resources.find((r) => r.type === 'Microsoft.OperationalInsights/workspaces')?.properties;
    expect(workspace?.retentionInDays).toBe("[parameters('logRetentionDays')]");
    expect(main.resources.find((r) => r.type === 'Microsoft.Insights/components')?.properties?.WorkspaceResourceId).toBeDefined();
  });
});

describe('the Dockerfile', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').split('\n').map((l) => l.trim());
  const lastStage = dockerfile.slice(dockerfile.map((l) => l.startsWith('FROM ')).lastIndexOf(true));

  it('runs the same production install and start as the production-install test', () => {
    expect(lastStage).toContain(`RUN ${PROD_INSTALL.join(' ')}`);
    expect(lastStage).toContain(`CMD ${JSON.stringify(PROD_START).replace(/","/g, '", "')}`);
    for (const p of RUNTIME_PATHS) expect(lastStage.some((l) => l.startsWith('COPY') && l.includes(p)), p).toBe(true);
  });

  it('has the Node major CI tests, and runs as a non-root user', () => {
    for (const from of dockerfile.filter((l) => l.startsWith('FROM '))) expect(from).toMatch(new RegExp(`^FROM node:${versions.nodeMajor}-`));
    const user = lastStage.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (?:root|0)(?::|$)/);
  });

  it('.dockerignore leaves out node_modules, .env and test-results', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['node_modules', '.env', 'test-results']) expect(ignored).toContain(p);
  });
});
