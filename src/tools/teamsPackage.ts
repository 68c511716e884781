import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { zipSync } from 'fflate';
import { projectRoot } from '../paths';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEAMS_DIR = path.join(projectRoot(), 'teams');

export interface TeamsSettings {
  botId: string;
  teamsAppId: string;
  publicUrl: string;
  hospitalName: string;
}

/** What the package needs from the environment: the bot's app id, and where the bot is served. */
export function teamsSettings(env: NodeJS.ProcessEnv): TeamsSettings {
  const botId = env.MicrosoftAppId ?? '';
  if (!GUID.test(botId)) throw new Error('MicrosoftAppId must be set to the bot’s app id (a GUID) to build the Teams package');
  const teamsAppId = env.TEAMS_APP_ID || botId;
  if (!GUID.test(teamsAppId)) throw new Error('TEAMS_APP_ID must be a GUID');
  const publicUrl = (env.PUBLIC_URL ?? '').replace(/\/$/, '');
  if (!/^https:\/\//.test(publicUrl)) throw new Error('PUBLIC_URL must be the bot’s https address to build the Teams package');
  return { botId, teamsAppId, publicUrl, hospitalName: env.HOSPITAL_NAME || 'Liver Test Guide' };
}

/** teams/manifest.json with the placeholders filled in. */
export function teamsManifest(s: TeamsSettings): Record<string, unknown> {
  const values: Record<string, string> = {
    BOT_ID: s.botId,
    TEAMS_APP_ID: s.teamsAppId,
    PUBLIC_URL: s.publicUrl,
    PUBLIC_HOST: new URL(s.publicUrl).host,
    HOSPITAL_NAME: s.hospitalName,
  };
  const template = readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8');
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => JSON.stringify(values[key] ?? '').slice(1, -1));
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The Teams app package: manifest.json and its two icons, zipped. */
export function teamsPackage(s: TeamsSettings): Uint8Array {
  return zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(teamsManifest(s), null, 2)),
    'color.png': readFileSync(path.join(TEAMS_DIR, 'color.png')),
    'outline.png': readFileSync(path.join(TEAMS_DIR, 'outline.png')),
  });
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  try {
    const zip = teamsPackage(teamsSettings(process.env));
    const out = path.join(TEAMS_DIR, 'build', 'liver-test-guide-teams.zip');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, zip);
    process.stdout.write(`${out}\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
