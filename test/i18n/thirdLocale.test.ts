import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as AppModule from '../helpers/app';
import type * as FakeChannelModule from '../helpers/fakeChannel';

/**
 * Issue 30 item 8: adding a language means adding locales/<l>.json, locales/nlu/<l>.json and one entry in LOCALES.
 * This test does exactly that to a copy of the project, from the fixtures in test/i18n/fixtures/es/ (Spanish: a few
 * sentences and answer words; every other sentence is English marked "[es]", every other word list empty), then runs
 * whole conversations in the new language through the fake channel, over HTTP, on the copy.
 */
const root = path.resolve(__dirname, '../..');
const fixtures = path.join(__dirname, 'fixtures', 'es');
const MARK = '[es]';

type Tree = { [k: string]: unknown };

/** Every sentence of English, marked as the new language's, with the fixture's own sentences laid over it. */
function sentences(en: Tree, own: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(en)) {
    const mine = own[k];
    if (typeof v === 'string') out[k] = typeof mine === 'string' ? mine : `${MARK} ${v}`;
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) out[k] = sentences(v as Tree, (mine ?? {}) as Tree);
    else out[k] = v;
  }
  return out;
}

/** The NLU's shape (English's) with every list empty, and the fixture's words laid over it. */
function words(en: Tree, own: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(en)) {
    const mine = own[k];
    if (Array.isArray(v)) out[k] = Array.isArray(mine) ? mine : [];
    else if (v !== null && typeof v === 'object') out[k] = words(v as Tree, (mine ?? {}) as Tree);
    else out[k] = typeof v === 'string' ? '' : v;
  }
  // Lists the fixture adds (its own language command).
  for (const [k, v] of Object.entries(own)) if (!(k in out)) out[k] = v;
  return out;
}

const json = (file: string): Tree => JSON.parse(readFileSync(file, 'utf8')) as Tree;

let copy: string;
let app: AppModule.StartedApp;
let channel: FakeChannelModule.FakeChannel;
let helpers: typeof FakeChannelModule;

beforeAll(async () => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'liver-third-locale-'));
  for (const dir of ['src', 'dialogs', 'locales', 'bench', 'test/helpers']) cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(path.join(root, file), path.join(copy, file));
  mkdirSync(path.join(copy, 'public'));
  cpSync(path.join(root, 'public', 'index.html'), path.join(copy, 'public', 'index.html'));
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  // The two files of the new language …
  writeFileSync(path.join(copy, 'locales', 'es.json'), JSON.stringify(sentences(json(path.join(root, 'locales', 'en.json')), json(path.join(fixtures, 'sentences.json')))));
  writeFileSync(path.join(copy, 'locales', 'nlu', 'es.json'), JSON.stringify(words(json(path.join(root, 'locales', 'nlu', 'en.json')), json(path.join(fixtures, 'nlu.json')))));
  // … and its one entry in LOCALES, the last line of the table.
  const table = path.join(copy, 'src', 'i18n', 'locales.ts');
  const code = readFileSync(table, 'utf8');
  const end = '} as const satisfies Record<string, LocaleSettings>;';
  expect(code).toContain(end);
  writeFileSync(table, code.replace(end, `${readFileSync(path.join(fixtures, 'settings.ts.txt'), 'utf8')}${end}`));

  helpers = (await import(path.join(copy, 'test', 'helpers', 'fakeChannel.ts'))) as typeof FakeChannelModule;
  const { startApp } = (await import(path.join(copy, 'test', 'helpers', 'app.ts'))) as typeof AppModule;
  channel = await new helpers.FakeChannel().start();
  app = await startApp({ SITE_COUNTRY: 'GB' });
}, 120_000);

afterAll(async () => {
  await app?.app.close();
  await channel?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function converse(id: string, locale: string, lines: string[]): Promise<Partial<Activity>[]> {
  const { activityFrom, postActivity } = helpers;
  await postActivity(app.url, activityFrom(channel, id, { type: 'conversationUpdate', locale, membersAdded: [{ id: `user-${id}`, name: 'Patient' }] }));
  for (const text of lines) expect((await postActivity(app.url, activityFrom(channel, id, { text, locale }))).status).toBe(200);
  return channel.repliesIn(id);
}

const texts = (as: readonly Partial<Activity>[]): string[] => as.map((a) => a.text ?? '').filter((t) => t !== '');

describe('a third language, added from fixtures', () => {
  it('a Spanish page gets the whole conversation in Spanish, answered with Spanish words, to a result', async () => {
    const replies = await converse('third-es', 'es-ES', ['sí', 'SGPT 95 U/L 0-45, SGOT 30 U/L 0-35', '40', 'no', '2 glasses of wine a week', 'no', 'Lipitor 20mg', 'ninguno', 'nada', 'sí']);
    expect(texts(replies)[0]).toContain('Hola. Le ayudo a entender un análisis de sangre del hígado');
    // Every reply is in the new language: no English sentence slipped through unmarked.
    for (const text of texts(replies)) expect(text).toContain(MARK);
    const result = replies.map((r) => r.value as { triage?: string; factors?: string[] } | undefined).find((v) => v?.triage);
    expect(result).toMatchObject({ triage: 'soon', factors: ['medication:atorvastatin'] });
  }, 60_000);

  it('its command words switch an English conversation to it', async () => {
    const before = await converse('third-switch', 'en-GB', ['yes']);
    expect(texts(before).some((t) => t.includes(MARK))).toBe(false);
    const { activityFrom, postActivity } = helpers;
    await postActivity(app.url, activityFrom(channel, 'third-switch', { text: 'español', locale: 'en-GB' }));
    const after = channel.repliesIn('third-switch').slice(before.length);
    expect(texts(after)[0]).toContain('Hablaremos en español.');
    for (const text of texts(after)) expect(text).toContain(MARK);
  }, 60_000);
});
