import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config';

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const envExample = readFileSync(path.join(root, '.env.example'), 'utf8');
const variables = Object.keys(configSchema.shape);

describe('every environment variable is documented', () => {
  it.each(variables)('%s is in README.md and .env.example', (name) => {
    expect(readme).toContain(`\`${name}\``);
    expect(envExample).toMatch(new RegExp(`^${name}=`, 'm'));
  });
  it('README.md is at most 15 KB and links every document in docs/ (issue #30 item 9)', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
    for (const doc of readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md'))) expect(readme, doc).toContain(`](docs/${doc})`);
  });
  it('README.md gives the two commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
