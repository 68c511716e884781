/**
 * Run as its own process (so that NODE_EXTRA_CA_CERTS can trust a test certificate): the bot's Blob store, built by
 * createStorage from the environment as the service builds it, with a token credential instead of a key. Writes,
 * reads and deletes one item, then prints one JSON line: what was read back and how many tokens were asked for.
 * PROBE_TOKEN=expired hands out an expired token, which the store must refuse.
 */
import type { AccessToken, TokenCredential } from '@azure/identity';
import { loadConfig } from '../../src/config';
import { createStorage } from '../../src/storage/createStorage';

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

let requests = 0;
const credential: TokenCredential = {
  getToken: async (scopes): Promise<AccessToken> => {
    requests += 1;
    const now = Math.floor(Date.now() / 1000);
    const life = process.env.PROBE_TOKEN === 'expired' ? { nbf: now - 7200, exp: now - 3600 } : { nbf: now - 60, exp: now + 3600 };
    // The claims Azure AD puts in a storage token; Azurite's basic OAuth checks them but not the signature.
    const claims = { aud: 'https://storage.azure.com', iss: 'https://sts.windows.net/00000000-0000-0000-0000-0000000000aa/', iat: life.nbf, ...life, scp: String(scopes) };
    return { token: `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}.c2lnbmF0dXJl`, expiresOnTimestamp: life.exp * 1000 };
  },
};

async function main(): Promise<void> {
  const storage = createStorage(loadConfig(process.env), credential);
  try {
    await storage.write({ 'probe/item': { answer: 42 } });
    const read = await storage.read(['probe/item']);
    await storage.delete(['probe/item']);
    const after = await storage.read(['probe/item']);
    process.stdout.write(`${JSON.stringify({ ok: true, read: (read['probe/item'] as { answer?: number } | undefined)?.answer, after: Object.keys(after).filter((k) => Object.keys((after[k] ?? {}) as object).some((f) => f !== 'eTag')), requests })}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: err instanceof Error ? err.name : 'unknown', requests })}\n`);
  } finally {
    storage.close();
  }
}

void main();
