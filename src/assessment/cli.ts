import { readFileSync } from 'node:fs';
import { assess } from './assess';
import { parseAssessmentInput } from './inputSchema';

/** `npm run assess -- FILE` (or `-` for stdin): prints the result JSON; bad input prints one line and exits 2. */
export function runCli(args: readonly string[], readStdin: () => string): { code: number; out: string } {
  const file = args[0];
  if (file === undefined) return { code: 2, out: 'usage: npm run assess -- FILE (or - for standard input)' };
  let text: string;
  try {
    text = file === '-' ? readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    return { code: 2, out: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { code: 2, out: 'input is not valid JSON' };
  }
  const parsed = parseAssessmentInput(json);
  if (!parsed.ok) return { code: 2, out: `invalid input: ${parsed.message}` };
  const outcome = assess(parsed.input);
  if (!outcome.ok) return { code: 2, out: `invalid input: ${outcome.error.field}: ${outcome.error.error} (${outcome.error.rule})` };
  return { code: 0, out: JSON.stringify(outcome.result, null, 2) };
}

if (require.main === module) {
  const { code, out } = runCli(process.argv.slice(2), () => readFileSync(0, 'utf8'));
  (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
  process.exitCode = code;
}
