import { MemoryStorage } from 'botbuilder';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { BlobStore } from '../../src/storage/blobStore';
import { createStorage } from '../../src/storage/createStorage';
import { InstrumentedStorage } from '../../src/telemetry/instruments';

/** The store each STATE_STORE builds (without connecting: Cosmos DB has no local emulator here). */
function innerOf(env: Record<string, string>): unknown {
  const store = createStorage(loadConfig(env));
  store.close();
  const inner = (store as unknown as { inner: unknown }).inner;
  // Each store call is traced and counted (src/telemetry): the real store is inside.
  expect(inner).toBeInstanceOf(InstrumentedStorage);
  return (inner as InstrumentedStorage).store;
}

describe('createStorage', () => {
  it('memory → MemoryStorage', () => expect(innerOf({})).toBeInstanceOf(MemoryStorage));
  it('blob → BlobStore (botbuilder-azure-blobs\' blob names and JSON, with If-None-Match writes)', () => {
    const conn = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    expect(innerOf({ STATE_STORE: 'blob', BLOB_CONNECTION_STRING: conn, BLOB_CONTAINER: 'state' })).toBeInstanceOf(BlobStore);
  });
  it('cosmos → CosmosDbPartitionedStorage', () => {
    const env = { STATE_STORE: 'cosmos', COSMOS_ENDPOINT: 'https://127.0.0.1:1/', COSMOS_KEY: 'a2V5', COSMOS_DATABASE: 'bot', COSMOS_CONTAINER: 'state' };
    expect(innerOf(env)).toBeInstanceOf(CosmosDbPartitionedStorage);
  });
});
