/** The store refused a write because another turn changed the same state first (an eTag conflict). */
export class StateConflictError extends Error {
  override name = 'StateConflictError';
}

/** The store could not be reached or failed; the turn's state was not saved. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

export function isConflict(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: number | string; message?: string };
  return e?.statusCode === 412 || e?.code === 412 || /etag conflict|precondition/i.test(e?.message ?? '');
}
