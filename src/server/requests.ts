import type { Request } from 'restify';

/** restify types params, query and body as `any`: these read them as what they are, unknown. */
export function param(req: Request, name: string): string {
  const params = req.params as Record<string, unknown> | undefined;
  const value = params?.[name];
  return typeof value === 'string' ? value : '';
}

export function queryString(req: Request, name: string): string | undefined {
  const query = req.query as Record<string, unknown> | undefined;
  const value = query?.[name];
  return typeof value === 'string' ? value : undefined;
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function jsonBody(req: Request): Record<string, unknown> | null {
  const body = req.body as unknown;
  return isObject(body) ? body : null;
}
