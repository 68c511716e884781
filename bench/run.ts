import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { Azurite } from './azurite';
import { CountingChannel } from './channel';
import { CountingProxy } from './countingProxy';
import { runLoad, percentile, type LoadResult } from './load';
import { nodeArgs, ROOT, ServerProcess } from './processes';
import { SCRIPTS } from './scripts';
import { nluTurn } from './nluTurn';

/**
 * npm run bench: the bot, a baseline echo bot on the same stack, and the dialog floor (the dialog machinery the
 * guided conversation is built on, with nothing else), each started as its own process on 127.0.0.1 and driven by the
 * same harness in the same run. Prints the figures, each as a ratio to the baseline, and ends with one JSON line.
 * Options: --duration=SECONDS per phase (default 14), --users=N (default 16), --smoke (a few conversations, for
 * npm test), --state-only (only the bot with memory state and with Blob state, the two phases whose ratio is issue
 * #25's goal, in about 40 s), --rounds=N (with --state-only: the two alternate N times, each for duration/N seconds,
 * so that other load on a shared machine falls on both alike).
 */
interface Options {
  durationMs: number;
  users: number;
  smoke: boolean;
  stateOnly: boolean;
  /** --state-only: memory and Blob alternate this many times, each for duration/rounds (a shared machine's load then falls on both alike). */
  rounds: number;
  startups: number;
  memoryConversations: number;
}

function options(argv: readonly string[]): Options {
  const arg = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const smoke = argv.includes('--smoke');
  return {
    durationMs: Number(arg('duration') ?? (smoke ? 2 : 14)) * 1000,
    users: Number(arg('users') ?? (smoke ? 2 : 16)),
    smoke,
    stateOnly: argv.includes('--state-only'),
    rounds: Math.max(1, Number(arg('rounds') ?? 1)),
    startups: smoke ? 1 : 5,
    memoryConversations: smoke ? 200 : 10_000,
  };
}

interface Phase {
  name: string;
  result: LoadResult;
  sorted: number[];
  turnsPerSecond: number;
  peakRssMb: number;
  cpuMsPerTurn: number;
  /** Requests the store received per measured turn (phases with a counted store only). */
  storeCallsPerTurn: number | null;
  /** TCP connections opened to the store during the measured turns (HTTP keep-alive keeps this small). */
  storeConnections: number | null;
  /** CPU the store's own process (Azurite) used per measured turn, on the same cores (phases with a local store). */
  storeCpuMsPerTurn: number | null;
  /** CPU the load harness (this process: 16 people and the fake channel) used per measured turn. */
  harnessCpuMsPerTurn: number;
}

/** The store behind a phase, as the benchmark sees it: requests counted by the proxy, CPU of its process. */
interface StoreProbe {
  calls: () => number;
  connections: () => number;
  cpuMs: () => number;
}

async function phase(name: string, file: string, env: Record<string, string>, o: Options, channel: CountingChannel, store?: StoreProbe): Promise<Phase> {
  // The bot replies only to its own origin and to LOCAL_SERVICE_URLS when anonymous (issue 23).
  const server = await new ServerProcess(file, { LOCAL_SERVICE_URLS: channel.url, ...env }).start();
  await server.healthy();
  // Warm up (JIT, connection pools, lazy loads), then measure.
  await runLoad({ botUrl: server.url, serviceUrl: channel.url, users: o.users, durationMs: o.smoke ? 500 : 2000, scripts: SCRIPTS, maxConversations: o.smoke ? 2 : undefined });
  const cpuBefore = server.cpuMs();
  const callsBefore = store?.calls() ?? 0;
  const connectionsBefore = store?.connections() ?? 0;
  const storeCpuBefore = store?.cpuMs() ?? 0;
  const harnessBefore = process.cpuUsage();
  const result = await runLoad({ botUrl: server.url, serviceUrl: channel.url, users: o.users, durationMs: o.durationMs, scripts: SCRIPTS, maxConversations: o.smoke ? 3 : undefined });
  const cpuMsPerTurn = (server.cpuMs() - cpuBefore) / Math.max(1, result.turns);
  const harness = process.cpuUsage(harnessBefore);
  const harnessCpuMsPerTurn = (harness.user + harness.system) / 1000 / Math.max(1, result.turns);
  const storeCallsPerTurn = store ? (store.calls() - callsBefore) / Math.max(1, result.turns) : null;
  const storeCpuMsPerTurn = store ? (store.cpuMs() - storeCpuBefore) / Math.max(1, result.turns) : null;
  const storeConnections = store ? store.connections() - connectionsBefore : null;
  const peakRssMb = server.peakRssMb();
  await server.stop();
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return { name, result, sorted, turnsPerSecond: result.turns / (result.elapsedMs / 1000), peakRssMb, cpuMsPerTurn, storeCallsPerTurn, storeConnections, storeCpuMsPerTurn, harnessCpuMsPerTurn };
}

async function startupMs(file: string, env: Record<string, string>, times: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const server = new ServerProcess(file, env);
    await server.start();
    out.push(await server.healthy());
    await server.stop();
  }
  return out.sort((a, b) => a - b);
}

interface MemoryFigures {
  stateBytesPerConversation: number;
  rssMb: number;
  rssBeforeMb: number;
  heapGrowthMb: number;
}

function memory(conversations: number): MemoryFigures {
  const run = spawnSync(process.execPath, ['--expose-gc', ...nodeArgs('bench/memory.ts'), String(conversations)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as MemoryFigures;
}

const fmt = (n: number, d = 1): string => n.toFixed(d);
const BOT_ENV = { STATE_STORE: 'memory', LOG_LEVEL: 'info' };

/** The bot with state in Blob storage (Azurite on 127.0.0.1, behind a proxy that counts the store's requests). */
async function blobPhase(o: Options, channel: CountingChannel, rounds = 1, between?: () => Promise<void>): Promise<Phase[]> {
  const azurite = await new Azurite().start();
  const proxy = await new CountingProxy(azurite.port).start();
  const blobEnv = { STATE_STORE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionStringAt(proxy.port), BLOB_CONTAINER: 'bench-state', LOG_LEVEL: 'info' };
  const probe = { calls: () => proxy.requests, connections: () => proxy.connections, cpuMs: () => azurite.cpuMs() };
  const out: Phase[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      await between?.();
      out.push(await phase('Liver Test Guide, Blob state', 'src/index.ts', blobEnv, o, channel, probe));
    }
    return out;
  } finally {
    await proxy.stop();
    await azurite.dispose();
  }
}

/** Rounds of one phase as one: their turns, latencies and times added up, per-turn figures weighted by turns. */
function merged(rounds: Phase[]): Phase {
  const turns = rounds.reduce((n, r) => n + r.result.turns, 0);
  const elapsedMs = rounds.reduce((n, r) => n + r.result.elapsedMs, 0);
  const perTurn = (f: (r: Phase) => number | null): number | null =>
    rounds.some((r) => f(r) === null) ? null : rounds.reduce((n, r) => n + (f(r) ?? 0) * r.result.turns, 0) / Math.max(1, turns);
  const result: LoadResult = {
    turns,
    elapsedMs,
    conversations: rounds.reduce((n, r) => n + r.result.conversations, 0),
    errors: rounds.reduce((n, r) => n + r.result.errors, 0),
    latenciesMs: rounds.flatMap((r) => r.result.latenciesMs),
  };
  return {
    name: rounds[0]?.name ?? '',
    result,
    sorted: [...result.latenciesMs].sort((a, b) => a - b),
    turnsPerSecond: turns / (elapsedMs / 1000),
    peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)),
    cpuMsPerTurn: perTurn((r) => r.cpuMsPerTurn) ?? 0,
    storeCallsPerTurn: perTurn((r) => r.storeCallsPerTurn),
    storeConnections: rounds.some((r) => r.storeConnections === null) ? null : rounds.reduce((n, r) => n + (r.storeConnections ?? 0), 0),
    storeCpuMsPerTurn: perTurn((r) => r.storeCpuMsPerTurn),
    harnessCpuMsPerTurn: perTurn((r) => r.harnessCpuMsPerTurn) ?? 0,
  };
}

/** The memory-against-Blob table (both phases from the same run). */
function stateTable(bot: Phase, blob: Phase): void {
  const p = (ph: Phase, n: number): number => percentile(ph.sorted, n);
  const rows = [
    ['state', 'turns/s', 'p50 (ms)', 'p99 (ms)', 'store calls/turn'],
    ['memory', fmt(bot.turnsPerSecond), fmt(p(bot, 50), 2), fmt(p(bot, 99), 2), '-'],
    ['Blob (Azurite)', fmt(blob.turnsPerSecond), fmt(p(blob, 50), 2), fmt(p(blob, 99), 2), fmt(blob.storeCallsPerTurn ?? 0, 2)],
  ];
  for (const r of rows) process.stdout.write(`${(r[0] ?? '').padEnd(18)}${r.slice(1).map((c) => c.padStart(18)).join('')}\n`);
  const cpu = (ph: Phase): string => `bot ${fmt(ph.cpuMsPerTurn, 3)}${ph.storeCpuMsPerTurn === null ? '' : `, Azurite ${fmt(ph.storeCpuMsPerTurn, 3)}`}, load harness ${fmt(ph.harnessCpuMsPerTurn, 3)}`;
  process.stdout.write(`CPU per turn (ms), on the same ${cpus().length} cores: memory: ${cpu(bot)}; Blob: ${cpu(blob)}\n`);
  process.stdout.write(`store connections opened while measured: ${blob.storeConnections ?? 0} (HTTP keep-alive)\n`);
  const ratio = (p(blob, 99) / p(bot, 99)).toFixed(2);
  process.stdout.write(`Blob against memory: throughput ${(blob.turnsPerSecond / bot.turnsPerSecond).toFixed(2)}, p99 ${ratio} (${blob.result.errors} errors)\n`);
}

/** --state-only: the bot on memory state, then on Blob state, and their ratio. */
async function stateOnly(o: Options, channel: CountingChannel): Promise<void> {
  const load = (): string => loadavg().map((n) => n.toFixed(2)).join(', ');
  const loadBefore = load();
  const slice = { ...o, durationMs: o.durationMs / o.rounds };
  const memoryRounds: Phase[] = [];
  // Memory, Blob, memory, Blob…: Azurite stays up between its rounds, each round a fresh bot process.
  const blobRounds = await blobPhase(slice, channel, o.rounds, async () => {
    memoryRounds.push(await phase('Liver Test Guide', 'src/index.ts', BOT_ENV, slice, channel));
  });
  const bot = merged(memoryRounds);
  const blob = merged(blobRounds);
  await channel.stop();
  if (o.rounds > 1) process.stdout.write(`${o.rounds} rounds of ${slice.durationMs / 1000} s each, memory and Blob alternating\n`);
  stateTable(bot, blob);
  // The machine may be shared: its load (1, 5 and 15 minutes) says how far the figures are from an idle run.
  process.stdout.write(`load average before: ${loadBefore}; after: ${load()}\n`);
  const p = (ph: Phase, n: number): number => Number(percentile(ph.sorted, n).toFixed(3));
  const summary = {
    turnsPerSecond: Number(fmt(bot.turnsPerSecond, 2)),
    p50Ms: p(bot, 50),
    p99Ms: p(bot, 99),
    cpuMsPerTurn: Number(fmt(bot.cpuMsPerTurn, 3)),
    blobTurnsPerSecond: Number(fmt(blob.turnsPerSecond, 2)),
    blobP50Ms: p(blob, 50),
    blobP99Ms: p(blob, 99),
    blobCpuMsPerTurn: Number(fmt(blob.cpuMsPerTurn, 3)),
    blobStoreConnections: blob.storeConnections ?? 0,
    azuriteCpuMsPerTurn: Number(fmt(blob.storeCpuMsPerTurn ?? 0, 3)),
    harnessCpuMsPerTurn: Number(fmt(bot.harnessCpuMsPerTurn, 3)),
    blobHarnessCpuMsPerTurn: Number(fmt(blob.harnessCpuMsPerTurn, 3)),
    loadAverage: Number(loadavg()[0]?.toFixed(2) ?? 0),
    blobStoreCallsPerTurn: Number(fmt(blob.storeCallsPerTurn ?? 0, 2)),
    blobThroughputRatio: Number((blob.turnsPerSecond / bot.turnsPerSecond).toFixed(3)),
    blobP99Ratio: Number((percentile(blob.sorted, 99) / percentile(bot.sorted, 99)).toFixed(3)),
    turns: bot.result.turns,
    blobTurns: blob.result.turns,
    errors: bot.result.errors + blob.result.errors,
    smoke: o.smoke,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const channel = await new CountingChannel().start();
  const botEnv = BOT_ENV;
  const version = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;
  process.stdout.write(`Liver Test Guide ${version} benchmark: ${o.users} people at once, ${o.durationMs / 1000} s a phase, node ${process.version}\n`);
  if (o.stateOnly) return stateOnly(o, channel);

  const baselineStart = await startupMs('bench/echoBot.ts', {}, o.startups);
  const botStart = await startupMs('src/index.ts', botEnv, o.startups);
  const baseline = await phase('baseline (echo bot)', 'bench/echoBot.ts', {}, o, channel);
  const floor = await phase('dialog floor', 'bench/dialogFloorBot.ts', {}, o, channel);
  const bot = await phase('Liver Test Guide', 'src/index.ts', botEnv, o, channel);
  const [blob] = await blobPhase(o, channel);
  if (!blob) throw new Error('no Blob phase');
  // The bot with telemetry on: the Azure Monitor distro loaded and exporting to a closed local port.
  const telemetryEnv = { ...botEnv, APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/' };
  const telemetry = await phase('Liver Test Guide, telemetry on', 'src/index.ts', telemetryEnv, o, channel);
  await channel.stop();

  const nlu = nluTurn(SCRIPTS, o.smoke ? 20 : 200);
  const mem = memory(o.memoryConversations);
  const rssMbPer10k = o.memoryConversations === 10_000 ? mem.rssMb : mem.rssBeforeMb + ((mem.rssMb - mem.rssBeforeMb) * 10_000) / o.memoryConversations;

  const ratio = (a: number, b: number): string => (b > 0 ? fmt(a / b, 2) : '-');
  const rows: string[][] = [['figure', 'Liver Test Guide', 'baseline', 'ratio', 'dialog floor', 'ratio']];
  const row = (name: string, a: number, b: number, f: number | null, d = 1): void => {
    rows.push([name, fmt(a, d), fmt(b, d), ratio(a, b), f === null ? '-' : fmt(f, d), f === null ? '-' : ratio(f, b)]);
  };
  const p = (ph: Phase, n: number): number => percentile(ph.sorted, n);
  row('turns per second', bot.turnsPerSecond, baseline.turnsPerSecond, floor.turnsPerSecond);
  row('p50 latency per turn (ms)', p(bot, 50), p(baseline, 50), p(floor, 50), 2);
  row('p95 latency per turn (ms)', p(bot, 95), p(baseline, 95), p(floor, 95), 2);
  row('p99 latency per turn (ms)', p(bot, 99), p(baseline, 99), p(floor, 99), 2);
  row('server CPU per turn (ms)', bot.cpuMsPerTurn, baseline.cpuMsPerTurn, floor.cpuMsPerTurn, 3);
  row('peak RSS under load (MB)', bot.peakRssMb, baseline.peakRssMb, floor.peakRssMb);
  row('start-up to healthy, median (ms)', botStart[Math.floor(botStart.length / 2)] ?? 0, baselineStart[Math.floor(baselineStart.length / 2)] ?? 0, null);
  row('start-up to healthy, slowest (ms)', botStart.at(-1) ?? 0, baselineStart.at(-1) ?? 0, null);
  for (const r of rows) process.stdout.write(`${(r[0] ?? '').padEnd(34)}${r.slice(1).map((c, i) => c.padStart([18, 10, 7, 14, 7][i] ?? 8)).join('')}\n`);
  process.stdout.write(`turns measured: ${bot.result.turns} (${bot.result.conversations} whole conversations, ${bot.result.errors} errors); baseline ${baseline.result.turns} (${baseline.result.errors} errors); dialog floor ${floor.result.turns} (${floor.result.errors} errors)\n`);
  stateTable(bot, blob);
  process.stdout.write(`telemetry on: ${fmt(telemetry.turnsPerSecond)} turns/s, p99 ${fmt(p(telemetry, 99), 2)} ms, CPU ${fmt(telemetry.cpuMsPerTurn, 3)} ms a turn (off: ${fmt(bot.turnsPerSecond)}, ${fmt(p(bot, 99), 2)} ms, ${fmt(bot.cpuMsPerTurn, 3)} ms)\n`);
  process.stdout.write(`throughput of the bot against the dialog floor: ${ratio(bot.turnsPerSecond, floor.turnsPerSecond)}\n`);
  process.stdout.write(`state bytes per conversation: ${mem.stateBytesPerConversation} (no baseline: the echo bot keeps no state)\n`);
  process.stdout.write(`RSS with ${o.memoryConversations} live conversations in memory state: ${fmt(mem.rssMb)} MB (${fmt(mem.rssBeforeMb)} MB before them, heap grew ${fmt(mem.heapGrowthMb)} MB); per 10,000: ${fmt(rssMbPer10k)} MB\n`);
  process.stdout.write(
    `NLU per utterance (warm, CPU time): median ${fmt(nlu.medianMs, 4)} ms, p95 ${fmt(nlu.p95Ms, 4)} ms over ${nlu.utterances} utterances; read before: median ${fmt(nlu.seenMedianMs, 4)} ms, p95 ${fmt(nlu.seenP95Ms, 4)} ms\n`,
  );

  const summary = {
    turnsPerSecond: Number(fmt(bot.turnsPerSecond, 2)),
    baselineTurnsPerSecond: Number(fmt(baseline.turnsPerSecond, 2)),
    throughputRatio: Number(fmt(bot.turnsPerSecond / baseline.turnsPerSecond, 3)),
    p50Ms: Number(fmt(p(bot, 50), 3)),
    p95Ms: Number(fmt(p(bot, 95), 3)),
    p99Ms: Number(fmt(p(bot, 99), 3)),
    baselineP50Ms: Number(fmt(p(baseline, 50), 3)),
    baselineP99Ms: Number(fmt(p(baseline, 99), 3)),
    p99Ratio: Number(fmt(p(bot, 99) / p(baseline, 99), 3)),
    floorTurnsPerSecond: Number(fmt(floor.turnsPerSecond, 2)),
    floorThroughputRatio: Number(fmt(floor.turnsPerSecond / baseline.turnsPerSecond, 3)),
    throughputRatioToFloor: Number(fmt(bot.turnsPerSecond / floor.turnsPerSecond, 3)),
    floorP99Ms: Number(fmt(p(floor, 99), 3)),
    floorCpuMsPerTurn: Number(fmt(floor.cpuMsPerTurn, 3)),
    cpuMsPerTurn: Number(fmt(bot.cpuMsPerTurn, 3)),
    baselineCpuMsPerTurn: Number(fmt(baseline.cpuMsPerTurn, 3)),
    peakRssMb: Number(fmt(bot.peakRssMb)),
    baselinePeakRssMb: Number(fmt(baseline.peakRssMb)),
    stateBytesPerConversation: mem.stateBytesPerConversation,
    nluMedianMs: Number(fmt(nlu.medianMs, 4)),
    nluP95Ms: Number(fmt(nlu.p95Ms, 4)),
    nluSeenMedianMs: Number(fmt(nlu.seenMedianMs, 4)),
    startupMs: Number(fmt(botStart[Math.floor(botStart.length / 2)] ?? 0)),
    baselineStartupMs: Number(fmt(baselineStart[Math.floor(baselineStart.length / 2)] ?? 0)),
    rssMbPer10k: Number(fmt(rssMbPer10k)),
    blobTurnsPerSecond: Number(fmt(blob.turnsPerSecond, 2)),
    blobP50Ms: Number(fmt(p(blob, 50), 3)),
    blobP99Ms: Number(fmt(p(blob, 99), 3)),
    blobStoreCallsPerTurn: Number(fmt(blob.storeCallsPerTurn ?? 0, 2)),
    blobTurns: blob.result.turns,
    telemetryTurnsPerSecond: Number(fmt(telemetry.turnsPerSecond, 2)),
    telemetryP99Ms: Number(fmt(p(telemetry, 99), 3)),
    telemetryCpuMsPerTurn: Number(fmt(telemetry.cpuMsPerTurn, 3)),
    turns: bot.result.turns,
    errors: bot.result.errors + baseline.result.errors + floor.result.errors + blob.result.errors + telemetry.result.errors,
    smoke: o.smoke,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

void main();
