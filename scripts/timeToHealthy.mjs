// Time from running a start command to the first 200 from /healthz, e.g.
//   node scripts/timeToHealthy.mjs npm start
//   node scripts/timeToHealthy.mjs npm run start:prod
// The server listens on PORT (39781 unless set) and is stopped once it answered.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '39781';
const command = process.argv.slice(2);
if (command.length === 0) {
  process.stderr.write('usage: node scripts/timeToHealthy.mjs <command…>\n');
  process.exit(2);
}
const started = performance.now();
const child = spawn(command[0], command.slice(1), { env: { ...process.env, PORT: port, HOST: '127.0.0.1' }, stdio: 'ignore', detached: true });
const deadline = Date.now() + 120_000;
for (;;) {
  const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
  if (ok) break;
  if (child.exitCode !== null || Date.now() > deadline) {
    process.stderr.write(`${command.join(' ')} did not answer /healthz\n`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 20));
}
const ms = performance.now() - started;
process.kill(-child.pid, 'SIGTERM');
process.stdout.write(`${command.join(' ')}: /healthz 200 after ${(ms / 1000).toFixed(2)} s\n`);
