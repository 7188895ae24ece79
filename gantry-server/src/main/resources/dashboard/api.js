// Talks to the gateway's admin APIs with the admin key kept for this browser tab only (sessionStorage).
const KEY = 'gantry.adminKey';

export class AuthError extends Error {}
export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export const adminKey = () => sessionStorage.getItem(KEY);
export const signIn = key => sessionStorage.setItem(KEY, key);
export const signOut = () => sessionStorage.removeItem(KEY);

async function call(path, method = 'GET', payload = undefined) {
  const headers = { accept: 'application/json' };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const key = adminKey();
  if (key) headers.authorization = 'Bearer ' + key;
  const json = payload === undefined ? undefined : JSON.stringify(payload);
  const res = await fetch(path, { method, headers, body: json, cache: 'no-store' });
  const body = await res.json().catch(() => null);
  return { res, body, message: body?.error?.message || res.statusText };
}

export async function get(path) {
  const { res, body, message } = await call(path);
  if (res.status === 401) throw new AuthError(message);
  if (!res.ok) throw new ApiError(res.status, message);
  return body;
}

/** An admin action, with an optional JSON body (retrying a dead job, approving a draft); errors as for get. */
export async function post(path, payload = undefined) {
  const { res, body, message } = await call(path, 'POST', payload);
  if (res.status === 401) throw new AuthError(message);
  if (!res.ok) throw new ApiError(res.status, message);
  return body;
}

/** Like get, but a 404 (an API this gateway does not have) is null. */
export async function getOptional(path) {
  const { res, body, message } = await call(path);
  if (res.status === 404) return null;
  if (res.status === 401) throw new AuthError(message);
  if (!res.ok) throw new ApiError(res.status, message);
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const text = q.toString();
  return text ? '?' + text : '';
}

