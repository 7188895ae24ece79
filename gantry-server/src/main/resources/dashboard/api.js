// Talks to the gateway's admin APIs with the admin key kept for this browser tab only (sessionStorage).
const KEY = 'gantry.adminKey';

export class AuthError extends Error {}
export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export const adminKey = () => sessionStorage.getItem(KEY);
export const signIn = key => sessionStorage.setItem(KEY, key);
export const signOut = () => sessionStorage.removeItem(KEY);

async function call(path) {
  const headers = { accept: 'application/json' };
  const key = adminKey();
  if (key) headers.authorization = 'Bearer ' + key;
  const res = await fetch(path, { headers, cache: 'no-store' });
  const body = await res.json().catch(() => null);
  return { res, body, message: body?.error?.message || res.statusText };
}

export async function get(path) {
  const { res, body, message } = await call(path);
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

/** POSTs JSON; errors as get's. */
export async function post(path, payload) {
  const headers = { accept: 'application/json', 'content-type': 'application/json' };
  const key = adminKey();
  if (key) headers.authorization = 'Bearer ' + key;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(payload), cache: 'no-store' });
  const body = await res.json().catch(() => null);
  const message = body?.error?.message || res.statusText;
  if (res.status === 401) throw new AuthError(message);
  if (!res.ok) throw new ApiError(res.status, message);
  return body;
}
