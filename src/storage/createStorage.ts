import type { TokenCredential } from '@azure/identity';
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { BlobStore } from './blobStore';
import { MemoryStore } from './memoryStore';
import { ProtectedStorage } from './protectedStorage';
import { instrumentStorage } from '../telemetry/instruments';

/** A failing store should answer fast, so the person hears "try again in a moment" rather than waiting. */
const STORE_TRY_TIMEOUT_MS = 4000;
const SWEEP_EVERY_MS = 60_000;

/**
 * The app's managed identity (AZURE_CLIENT_ID names a user-assigned one), for a store configured without a key.
 * DefaultAzureCredential also accepts a developer's `az login` on their own machine.
 */
function managedIdentity(config: Config): TokenCredential {
  const { DefaultAzureCredential } = require('@azure/identity') as typeof import('@azure/identity');
  return new DefaultAzureCredential(config.azureClientId ? { managedIdentityClientId: config.azureClientId } : {});
}

/**
 * The state store chosen by STATE_STORE, wrapped with expiry and clear errors. `credential` replaces the managed
 * identity (tests). `use`: the conversation state (whose every write without an eTag follows a read that found
 * nothing, so on Blob it is made conditional on still finding nothing, with no read more) or the reminders (which also
 * write items they did not read, over what is there, as before).
 */
export function createStorage(config: Config, credential?: TokenCredential, use: 'state' | 'reminders' = 'state'): ProtectedStorage {
  const store = config.stateStore;
  switch (store.kind) {
    case 'memory': {
      const memory = instrumentStorage(new MemoryStore());
      // One process, whose turns of a conversation run one after another: no other instance can write a deleted
      // conversation back, so deletion removes the keys (user ids, phone numbers) at once, with no tombstone.
      return new ProtectedStorage(() => memory, { ttlMs: config.stateTtlMs, sweepEveryMs: SWEEP_EVERY_MS, tombstoneMs: 0 });
    }
    case 'blob': {
      // Loaded only when used: the Azure SDKs add about 50 MB to a process that keeps state in memory.
      const { ContainerClient } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
      const options = { retryOptions: { maxTries: 2, tryTimeoutInMs: STORE_TRY_TIMEOUT_MS, retryDelayInMs: 200 } };
      const { serviceUrl } = store;
      const token = serviceUrl ? (credential ?? managedIdentity(config)) : undefined;
      return new ProtectedStorage(
        () =>
          instrumentStorage(
            new BlobStore(
              serviceUrl && token
                ? new ContainerClient(`${serviceUrl}/${store.container}`, token, options)
                : new ContainerClient(store.connectionString ?? '', store.container, options),
            ),
          ),
        { ttlMs: config.stateTtlMs, createOnly: use === 'state' },
      );
    }
    case 'cosmos': {
      const { CosmosDbPartitionedStorage } = require('botbuilder-azure') as typeof import('botbuilder-azure');
      const where = { cosmosDbEndpoint: store.endpoint, databaseId: store.database, containerId: store.container };
      const auth = store.key ? { authKey: store.key } : { tokenCredential: credential ?? managedIdentity(config) };
      return new ProtectedStorage((): Storage => instrumentStorage(new CosmosDbPartitionedStorage({ ...where, ...auth })), { ttlMs: config.stateTtlMs });
    }
  }
}
