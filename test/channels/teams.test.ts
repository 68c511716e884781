import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFERED_CONDITIONS, OFFERED_SYMPTOMS } from '../../dialogs/questions/health';
import { translator } from '../../src/i18n';
import { renderView, teamsHtml } from '../../src/render';
import { phrase } from '../../src/views';
import { teamsManifest, teamsPackage, teamsSettings } from '../../src/tools/teamsPackage';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

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

/**
 * Issue #17: Teams joins Markdown's single line breaks and shows the text beside suggested actions as plain text, so
 * the summary and the result arrived as one run-on paragraph. On Teams every line is its own HTML paragraph
 * (textFormat xml); symptoms and conditions come as a choice card on the first ask; the doctor card puts each label
 * above its value (issue #14 item 7). test/browser/playground.test.ts checks the same in the Teams Playground.
 */
describe('Teams rendering: lines, choice cards at the first ask, the doctor card', () => {
  const en = translator('en');
  let channel: FakeChannel;
  let app: StartedApp;
  beforeAll(async () => {
    channel = await new FakeChannel().start();
    app = await startApp({ SITE_COUNTRY: 'GB' });
  });
  afterAll(async () => {
    await app.app.close();
    await channel.stop();
  });

  const paragraphs = (html: string): string[] => [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1] ?? '');
  interface Card {
    body: { type: string; text?: string; isMultiSelect?: boolean; choices?: { value: string }[]; items?: { type: string; text?: string; weight?: string; wrap?: boolean }[] }[];
  }

  it('a whole check on msteams: every summary item and every result line its own paragraph, cards at the first ask', async () => {
    const id = 'teams-lines';
    const post = async (fields: Partial<Activity>): Promise<Partial<Activity>[]> => {
      const before = channel.repliesIn(id).length;
      const res = await postActivity(app.url, activityFrom(channel, id, { channelId: 'msteams', ...fields }));
      expect(res.status).toBe(200);
      return channel.repliesIn(id).slice(before);
    };
    await post({ type: 'installationUpdate', action: 'add' });
    for (const text of ['yes', 'ALT 130 U/L (7-40) AST 30 U/L (10-35)', '52', 'no', 'none', 'no']) await post({ text });
    // The first ask of symptoms is a multi-select card with every offered symptom and "none".
    const symptoms = await post({ text: 'none' });
    const symptomCard = symptoms.flatMap((a) => a.attachments ?? []).at(-1)?.content as Card;
    const symptomSet = symptomCard.body.find((b) => b.type === 'Input.ChoiceSet');
    expect(symptomSet?.isMultiSelect).toBe(true);
    expect(symptomSet?.choices?.map((c) => c.value)).toEqual([...OFFERED_SYMPTOMS, 'none']);
    const conditions = await post({ value: { answer: 'fatigue', questionId: 'symptoms' } });
    const conditionSet = (conditions.flatMap((a) => a.attachments ?? []).at(-1)?.content as Card).body.find((b) => b.type === 'Input.ChoiceSet');
    expect(conditionSet?.choices?.map((c) => c.value)).toEqual([...OFFERED_CONDITIONS, 'none']);

    const summary = (await post({ value: { answer: 'none', questionId: 'conditions' } })).at(-1);
    expect(summary?.textFormat).toBe('xml');
    const lines = paragraphs(summary?.text ?? '');
    for (const line of [
      en('summary.alt', { value: 130, unit: 'U/L', uln: 40 }),
      en('summary.ast', { value: 30, unit: 'U/L', uln: 35 }),
      en('summary.age', { value: 52 }),
      en('summary.symptoms', { value: en('labels.symptoms.fatigue') }),
      en('summary.conditions', { value: en('summary.none') }),
    ]) expect(lines).toContain(line);
    expect(summary?.suggestedActions?.actions.map((a) => a.title)).toContain(en('choices.correct'));

    const final = await post({ text: en('choices.correct') });
    const result = final.find((a) => a.value !== undefined);
    expect(result?.textFormat).toBe('xml');
    expect(result?.text).toMatch(/^<p><b>[^<]+<\/b><\/p>/);
    expect(paragraphs(result?.text ?? '').length).toBeGreaterThanOrEqual(8);
    expect(result?.text).not.toMatch(/\n|\*\*/);

    // The doctor card: no FactSet; each fact a label (bold, wrapping) above its value.
    const doctor = result?.attachments?.[0]?.content as Card;
    expect(doctor.body.some((b) => b.type === 'FactSet')).toBe(false);
    const facts = doctor.body.filter((b) => b.type === 'Container');
    expect(facts.length).toBeGreaterThanOrEqual(4);
    expect(facts[0]?.items?.[0]?.text).toBe(en('explain.facts.alt'));
    for (const f of facts) {
      expect(f.items?.[0]?.text).not.toBe('');
      expect(f.items?.[1]?.text).not.toBe('');
      expect(f.items).toHaveLength(2);
      expect(f.items?.[0]).toMatchObject({ type: 'TextBlock', weight: 'Bolder', wrap: true });
      expect(f.items?.[1]).toMatchObject({ type: 'TextBlock', wrap: true });
    }
    // Every message of the conversation is HTML paragraphs or a card, never Markdown line breaks.
    for (const a of channel.repliesIn(id)) if (a.text) expect(a.textFormat, a.text).toBe('xml');
  });

  it('text from the person is escaped in Teams HTML, and each line of a paragraph stays a line', () => {
    const view = { kind: 'message' as const, say: [phrase('summary.medicines', { value: '<b>pills</b> & tea' }), phrase('questions.summary.ask', { lines: 'a\nb' })] };
    const [activity] = renderView(view, 'msteams', en, 'en');
    expect(activity?.text).toContain(en('summary.medicines', { value: '&lt;b&gt;pills&lt;/b&gt; &amp; tea' }));
    expect(paragraphs(activity?.text ?? '')).toEqual([en('summary.medicines', { value: '&lt;b&gt;pills&lt;/b&gt; &amp; tea' }), ...en('questions.summary.ask', { lines: 'a\nb' }).split('\n')]);
    expect(teamsHtml('one\ntwo\n\n**Title**\nthree')).toBe('<p>one</p><p>two</p><br><p><b>Title</b></p><p>three</p>');
  });

  it('Web Chat keeps Markdown with hard line breaks', () => {
    const [activity] = renderView({ kind: 'message', say: [phrase('questions.summary.ask', { lines: 'a\nb' })] }, 'webchat', en, 'en');
    expect(activity?.textFormat).toBe('markdown');
    expect(activity?.text).toContain('a  \nb');
  });
});
