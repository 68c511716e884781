import { text } from 'node:stream/consumers';
import type { ContainerClient, BlobRequestConditions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { IF_ABSENT } from './protectedStorage';

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

  constructor(private readonly container: ContainerClient) {}

  /** The container, created on first use (once: a failure makes ProtectedStorage build a new store). */
  private init(): Promise<unknown> {
    return (this.ready ??= this.container.createIfNotExists());
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.init();
    const out: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        try {
          const blob = await this.container.getBlobClient(sanitizeBlobKey(key)).download();
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
          await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), { conditions, blobHTTPHeaders: { blobContentType: 'application/json' } });
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
