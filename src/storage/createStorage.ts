import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { MemoryStore } from './memoryStore';
import { ProtectedStorage } from './protectedStorage';

/** A failing store should answer fast, so the person hears "try again in a moment" rather than waiting. */
const STORE_TRY_TIMEOUT_MS = 4000;
const SWEEP_EVERY_MS = 60_000;

/** The state store chosen by STATE_STORE, wrapped with expiry and clear errors. */
export function createStorage(config: Config): ProtectedStorage {
  const store = config.stateStore;
  switch (store.kind) {
    case 'memory': {
      const memory = new MemoryStore();
      // One process, whose turns of a conversation run one after another: no other instance can write a deleted
      // conversation back, so deletion removes the keys (user ids, phone numbers) at once, with no tombstone.
      return new ProtectedStorage(() => memory, { ttlMs: config.stateTtlMs, sweepEveryMs: SWEEP_EVERY_MS, tombstoneMs: 0 });
    }
    case 'blob': {
      // Loaded only when used: the Azure SDKs add about 50 MB to a process that keeps state in memory.
      const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
      return new ProtectedStorage(
        () =>
          new BlobsStorage(store.connectionString, store.container, {
            storagePipelineOptions: { retryOptions: { maxTries: 2, tryTimeoutInMs: STORE_TRY_TIMEOUT_MS, retryDelayInMs: 200 } },
          }),
        { ttlMs: config.stateTtlMs },
      );
    }
    case 'cosmos': {
      const { CosmosDbPartitionedStorage } = require('botbuilder-azure') as typeof import('botbuilder-azure');
      return new ProtectedStorage(
        (): Storage =>
          new CosmosDbPartitionedStorage({
            cosmosDbEndpoint: store.endpoint,
            authKey: store.key,
            databaseId: store.database,
            containerId: store.container,
          }),
        { ttlMs: config.stateTtlMs },
      );
    }
  }
}
