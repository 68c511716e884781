import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';

/** Longer media types are not JSON ones; checked before the pattern runs (issue 23). */
const MAX_TYPE_CHARS = 128;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** A refused body is read and thrown away up to this size (so the client gets its answer), then the connection is closed. */
export const DISCARD_MAX_BYTES = 8 * 1024 * 1024;

/** Reads a refused body into nothing, and closes the connection if it goes on past DISCARD_MAX_BYTES. */
function discard(req: Request): void {
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_MAX_BYTES) req.destroy();
  });
  req.resume();
}

/** True when the request carries a body (a length above zero, or a chunked stream). */
function hasBody(req: Request): boolean {
  const length = req.header('content-length');
  return (length !== undefined && length !== '0') || req.header('transfer-encoding') !== undefined;
}

/**
 * Every body this service takes is JSON. A request with a body of any other type (multipart uploads included), or
 * one compressed, gets 415 before a byte of it is read; one that says it is larger than the limit gets 413 at once.
 * Nothing is ever written to disk: restify's full bodyParser would hand multipart uploads to its file parser.
 */
export function jsonOnly(maxBodyBytes: number): RequestHandler[] {
  const guard = (req: Request, res: Response, next: Next): void => {
    if (!hasBody(req)) {
      next();
      return;
    }
    const encoding = (req.header('content-encoding') ?? 'identity').trim().toLowerCase();
    const type = (req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (encoding !== 'identity' || type.length > MAX_TYPE_CHARS || !JSON_TYPE.test(type)) {
      discard(req);
      res.send(415, { error: 'Only uncompressed application/json bodies are accepted' });
      next(false);
      return;
    }
    if (Number(req.header('content-length') ?? 0) > maxBodyBytes) {
      discard(req);
      res.send(413, { error: 'The body is too large' });
      next(false);
      return;
    }
    next();
  };
  return [guard, restify.plugins.bodyReader({ maxBodySize: maxBodyBytes }), ...restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true })];
}
