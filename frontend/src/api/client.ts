// A small typed client over fetch. Types come from the generated schema.d.ts, so a change
// in the API's shapes breaks the typecheck instead of the page.
import type { components } from "./schema";

export type Schemas = components["schemas"];
export type EventOut = Schemas["EventOut"];
export type TrackOut = Schemas["TrackOut"];
export type SessionOut = Schemas["SessionOut"];
export type SegmentOut = Schemas["SegmentOut"];
export type SegmentIn = Schemas["SegmentIn"];
export type SessionCreate = Schemas["SessionCreate"];
export type SessionPatch = Schemas["SessionPatch"];
export type EventCreate = Schemas["EventCreate"];
export type TrackCreate = Schemas["TrackCreate"];
export type AgendaOut = Schemas["AgendaOut"];
export type AgendaSessionOut = Schemas["AgendaSessionOut"];
export type AgendaSegmentOut = Schemas["AgendaSegmentOut"];
export type NowNextOut = Schemas["NowNextOut"];
export type RunItemOut = Schemas["RunItemOut"];
export type ConflictOut = Schemas["ConflictOut"];
export type ConflictsOut = Schemas["ConflictsOut"];
export type ConflictSummaryOut = Schemas["ConflictSummaryOut"];
export type SegmentKind = Schemas["SegmentKind"];
export type Problem = Schemas["Problem"];
export interface Page<T> {
  items: T[];
  total: number;
}

export const API = "/api/v1";
const TOKEN_KEY = "sessions.token";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem> | null,
  ) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
  }
  /** Messages per field ("start" -> "...") from an RFC 9457 problem's errors list. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) out[e.field] = e.message;
    return out;
  }
}

export interface Result<T> {
  data: T;
  etag: string | null;
  status: number;
}

// ---- credentials: a session cookie (with its CSRF cookie) or a pasted bearer token ---------

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage disabled: the token lives for this page only */
  }
}

export function csrfToken(): string | null {
  const m = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return m ? decodeURIComponent(m[1] ?? "") : null;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  ifMatch?: string | null;
  ifNoneMatch?: string | null;
  query?: Record<string, string | null | undefined>;
  signal?: AbortSignal;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<Result<T>> {
  const method = opts.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  else if (method !== "GET") {
    const csrf = csrfToken();
    if (csrf) headers["x-csrftoken"] = csrf;
  }
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  if (method === "PATCH" || method === "PUT" || method === "DELETE") {
    // The web app always sends If-Match: a stale write is a 412, never a lost update.
    headers["if-match"] = opts.ifMatch ?? "*";
  }
  if (opts.ifNoneMatch) headers["if-none-match"] = opts.ifNoneMatch;
  let url = path.startsWith("/") || path.startsWith("http") ? path : `${API}/${path}`;
  if (opts.query) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.query)) if (v != null && v !== "") q.set(k, v);
    const s = q.toString();
    if (s) url += `?${s}`;
  }
  const response = await fetch(url, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    credentials: "same-origin",
    signal: opts.signal,
  });
  const etag = response.headers.get("etag");
  if (response.status === 304) return { data: undefined as T, etag, status: 304 };
  if (!response.ok) {
    let problem: Partial<Problem> | null = null;
    try {
      problem = (await response.json()) as Partial<Problem>;
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }
  const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return { data, etag, status: response.status };
}

export const enc = encodeURIComponent;

/** Every session of an event, page by page (the API gives at most 500 at a time). */
export async function eventSessions(slug: string): Promise<SessionOut[]> {
  const all: SessionOut[] = [];
  for (let offset = 0; ; offset += 500) {
    const r = await request<Page<SessionOut>>(`events/${enc(slug)}/sessions`, {
      query: { limit: "500", offset: String(offset) },
    });
    all.push(...r.data.items);
    if (all.length >= r.data.total || r.data.items.length === 0) return all;
  }
}

export interface Me {
  email: string;
  events: { slug: string; role: string; tracks: string[] }[];
}

/** Who is signed in: the cookie session (auth API) or a pasted token; null when nobody. */
export async function whoAmI(): Promise<Me | { email: null; token: true } | null> {
  try {
    const { data } = await request<Me>("auth/me");
    return data;
  } catch (e) {
    if (getToken() && e instanceof ApiError && (e.status === 404 || e.status === 405)) {
      // The accounts API is not there yet; a pasted token is checked by the next write/list.
      return { email: null, token: true };
    }
    return null;
  }
}

export async function login(email: string, password: string): Promise<void> {
  await request("auth/login", { method: "POST", body: { email, password } });
}

export async function logout(): Promise<void> {
  setToken(null);
  try {
    await request("auth/logout", { method: "POST" });
  } catch {
    /* nothing to end */
  }
}

/** The session's own calendar invite, by the calendar paths of the contract. */
export function sessionIcs(event: EventOut, sessionId: string, track?: string | null, tz?: string): string {
  const base = event.links.ics ? event.links.ics.replace(/\.ics$/, "") : `/events/${enc(event.slug)}`;
  const q = new URLSearchParams();
  if (track) q.set("track", track);
  if (tz) q.set("tz", tz);
  const s = q.toString();
  return `${base}/sessions/${enc(sessionId)}.ics${s ? `?${s}` : ""}`;
}
