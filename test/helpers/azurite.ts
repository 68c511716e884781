/** Azurite for tests; the class lives with the benchmark, which runs a Blob-state phase on it too. */
import { Azurite } from '../../bench/azurite';
import { BotProcess } from './botProcess';
import { FakeChannel } from './fakeChannel';

export { Azurite };

/** Azurite, a fake channel, and two bot processes sharing one Blob container (two instances of one service). */
export async function twoInstancesOnBlob(container: string): Promise<{ azurite: Azurite; channel: FakeChannel; a: BotProcess; b: BotProcess; stop: () => Promise<void> }> {
  const azurite = await new Azurite().start();
  const channel = await new FakeChannel().start();
  const env = { STATE_STORE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: container };
  const [a, b] = await Promise.all([new BotProcess(env).start(), new BotProcess(env).start()]);
  const stop = async (): Promise<void> => {
    await Promise.all([a.stop(), b.stop()]);
    await channel.stop();
    await azurite.dispose();
  };
  return { azurite, channel, a, b, stop };
}
