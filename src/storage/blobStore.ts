import { text } from 'node:stream/consumers';
import type { BlobRequestConditions, BlockBlobClient, ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { IF_ABSENT } from './protectedStorage';

/** Item clients kept between turns: about one per conversation active in the last minutes. */
export const CLIENTS_KEPT = 1000;

const statusOf = (err: unknown): number | undefined => (err as { statusCode?: number })?.statusCode;

/**
 * State items in Azure Blob Storage, one blob per key, with the blob names and JSON of botbuilder-azure-blobs'
 * BlobsStorage (its own sanitizeBlobKey), so that items either wrote are read by the other. What BlobsStorage lacks,
 * and why this exists (issue #25 item 8): a write can be conditional on no blob being there (If-None-Match: *, the
 * eTag IF_ABSENT), so that a conversation's first write is refused if a deletion's tombstone appeared since its read,
 * without reading again first (BlobsStorage sends either If-Match or no condition).
 */
export class BlobStore implements Storage {
  private ready: Promise<unknown> | null = null;
  /** Clients of recently used items, the least recently used first: building one builds its request pipeline too. */
  private readonly clients = new Map<string, BlockBlobClient>();

  constructor(private readonly container: ContainerClient) {}

  /** The container, created on first use (once: a failure makes ProtectedStorage build a new store). */
  private init(): Promise<unknown> {
    return (this.ready ??= this.container.createIfNotExists());
  }

  /**
   * The item's client, kept for the conversation's next turns (at most CLIENTS_KEPT). A profile of the bench's Blob
   * phase found building a client and its pipeline for each read and write took 4% of the bot's CPU.
   */
  private client(key: string): BlockBlobClient {
    const name = sanitizeBlobKey(key);
    let found = this.clients.get(name);
    if (found) this.clients.delete(name);
    else found = this.container.getBlockBlobClient(name);
    this.clients.set(name, found);
    if (this.clients.size > CLIENTS_KEPT) this.clients.delete(this.clients.keys().next().value ?? name);
    return found;
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.init();
    const out: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        try {
          const blob = await this.client(key).download();
          if (!blob.readableStreamBody) return;
          out[key] = { ...(JSON.parse(await text(blob.readableStreamBody)) as object), eTag: blob.etag };
        } catch (err) {
          if (statusOf(err) !== 404) throw err;
        }
      }),
    );
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.init();
    await Promise.all(
      Object.entries(changes).map(async ([key, value]) => {
        const { eTag, ...item } = value as { eTag?: string };
        const conditions: BlobRequestConditions = eTag === IF_ABSENT ? { ifNoneMatch: '*' } : eTag && eTag !== '*' ? { ifMatch: eTag } : {};
        const body = JSON.stringify(item);
        try {
          await this.client(key).upload(body, Buffer.byteLength(body), { conditions, blobHTTPHeaders: { blobContentType: 'application/json' } });
        } catch (err) {
          // A blob already there answers If-None-Match: * with 409 (BlobAlreadyExists): a conflict like a changed eTag.
          const status = statusOf(err);
          if (status === 409 || status === 412) throw Object.assign(new Error(`eTag conflict writing a state item`), { statusCode: 412 });
          throw err;
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.init();
    await Promise.all(
      keys.map(async (key) => {
        try {
          await this.container.deleteBlob(sanitizeBlobKey(key));
        } catch (err) {
          if (statusOf(err) !== 404) throw err;
        }
      }),
    );
  }
}
