import { afterAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';

/** With a connection string the service loads the Azure Monitor distro and still starts and answers (issue #25 item 5). */
const bots: BotProcess[] = [];
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
});

describe('the Azure Monitor exporter', () => {
  it('is on only with APPLICATIONINSIGHTS_CONNECTION_STRING, with statsbeat off, and the service serves', async () => {
    // The ingestion endpoint is a closed local port: nothing leaves this machine.
    const on = new BotProcess({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/' });
    const off = new BotProcess({});
    bots.push(on, off);
    await Promise.all([on.start(40_000), off.start()]);
    expect((await fetch(`${on.url}/healthz`)).status).toBe(200);
    const line = on.stdout.find((l) => l.includes('"event":"telemetry"'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({ exporter: 'azure-monitor', statsbeat: false });
    expect(off.stdout.some((l) => l.includes('"event":"telemetry"'))).toBe(false);
  }, 60_000);
});
