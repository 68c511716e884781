import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { teamsManifest, teamsPackage, teamsSettings } from '../../src/tools/teamsPackage';

const root = path.resolve(__dirname, '../..');
const env = { MicrosoftAppId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', PUBLIC_URL: 'https://bot.hospital.example', HOSPITAL_NAME: 'St Elsewhere' };
const schemaPath = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');

function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('the Teams app package', () => {
  it('validates against the current Teams manifest schema (v1.30)', () => {
    const manifest = teamsManifest(teamsSettings(env));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
    expect(manifest).toMatchObject({ manifestVersion: '1.30', bots: [{ botId: env.MicrosoftAppId, scopes: ['personal'] }], validDomains: ['bot.hospital.example'] });
  });

  it('zips the manifest with a 192×192 colour icon and a 32×32 outline icon', () => {
    const files = unzipSync(teamsPackage(teamsSettings(env)));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(files['color.png'] ?? new Uint8Array())).toEqual([192, 192]);
    expect(pngSize(files['outline.png'] ?? new Uint8Array())).toEqual([32, 32]);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { id: string; developer: { name: string } };
    expect(manifest.id).toBe(env.MicrosoftAppId);
    expect(manifest.developer.name).toBe('St Elsewhere');
  });

  it('npm run teams:package takes the bot id from the environment, and refuses without one', () => {
    const ok = spawnSync('npm', ['run', '-s', 'teams:package'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(existsSync(ok.stdout.trim())).toBe(true);
    const bad = spawnSync('npm', ['run', '-s', 'teams:package'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/MicrosoftAppId must be set/);
  });
});
