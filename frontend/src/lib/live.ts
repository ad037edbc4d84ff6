// Live state for attendees: how late each track runs, whether the plan changed, and from
// those and the clock what each session is doing now. From the event's public stream
// (server-sent events, /api/v1/events/{event}/live); when the stream fails, by polling
// /live/state and the agenda until it comes back.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { enc, request } from "../api/client";

/** A late declaration applies to what runs, and what starts within this long (the server's
 * own window for starting and ending segments). */
export const NEAR_MS = 12 * 3600_000;
export const POLL_MS = 15_000;
const TICK_MS = 15_000;
const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

export type Connection = "connecting" | "live" | "polling";

export interface EventLive {
  connection: Connection;
  /** Track slug -> minutes late; tracks on time are absent. */
  late: Readonly<Record<string, number>>;
  /** The published plan changed (or a release came out) since this page loaded it. */
  planChanged: boolean;
  /** The clock the states are computed at (ms; a rehearsal's `at` moves it). */
  now: number;
}

/** What a session shows live. Times are instants (ms since the epoch). */
export type SessionLive =
  | { kind: "late"; minutes: number; start: number; end: number; on: boolean; track: string | null }
  | { kind: "on"; end: number }
  | { kind: "ended" }
  | null;

export interface SessionTimes {
  start: string;
  end: string;
  tracks: readonly string[];
  status?: string;
}

/**
 * A session's live state at `now`: running late (with its expected times) when a track it is
 * offered in runs late and it has not ended yet; on now; ended (recently); or nothing.
 * `track` is the viewer's track: only its lateness counts. Without one, the latest of the
 * session's tracks counts, named when the others do not share it.
 */
export function sessionLive(
  s: SessionTimes,
  late: Readonly<Record<string, number>>,
  now: number,
  track: string | null = null,
): SessionLive {
  if (s.status === "cancelled") return null;
  const tracks = track && s.tracks.includes(track) ? [track] : [...s.tracks];
  let minutes = 0;
  let by: string | null = null;
  for (const t of tracks) {
    const m = late[t] ?? 0;
    if (m > minutes) [minutes, by] = [m, t];
  }
  const shared = tracks.every((t) => (late[t] ?? 0) === minutes);
  const start = new Date(s.start).getTime() + minutes * 60_000;
  const end = new Date(s.end).getTime() + minutes * 60_000;
  if (minutes > 0 && now < end && start - minutes * 60_000 < now + NEAR_MS)
    return { kind: "late", minutes, start, end, on: start <= now, track: shared ? null : by };
  if (start <= now && now < end) return { kind: "on", end };
  if (end <= now && now - end < NEAR_MS) return { kind: "ended" };
  return null;
}

interface LiveData {
  type?: string;
  what?: string | null;
  version?: number;
  track?: string | null;
  minutes?: number | null;
}

interface LiveStateOut {
  event: string;
  late: Record<string, number>;
}

interface AgendaBody {
  days: unknown;
}

export interface LiveOptions {
  /** Rehearse: the clock starts at this instant and runs (as the run of show's `?at=`). */
  at?: string | null;
  pollMs?: number;
}

/** Live state of one event for attendees; `slug` null: nothing (yet). */
export function useEventLive(slug: string | null, opts: LiveOptions = {}): EventLive {
  const { at = null, pollMs = POLL_MS } = opts;
  const offset = useMemo(() => {
    const t = at ? new Date(at).getTime() : Number.NaN;
    return Number.isFinite(t) ? t - Date.now() : 0;
  }, [at]);
  const [now, setNow] = useState(() => Date.now() + offset);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [late, setLate] = useState<Record<string, number>>({});
  const [planChanged, setPlanChanged] = useState(false);
  // Which tracks the stream spoke of, and when: a slower state fetch never undoes them.
  const heard = useRef(new Map<string, number>());

  useEffect(() => {
    setNow(Date.now() + offset);
    const t = setInterval(() => setNow(Date.now() + offset), TICK_MS);
    return () => clearInterval(t);
  }, [offset]);

  useEffect(() => {
    if (!slug) return;
    let stopped = false;
    let source: EventSource | null = null;
    let poller: ReturnType<typeof setInterval> | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let agendaTag: string | null = null;
    let agendaDays: string | null = null;
    heard.current = new Map();

    const setTrack = (track: string, minutes: number) =>
      setLate((old) => {
        if ((old[track] ?? 0) === minutes) return old;
        const next = { ...old };
        if (minutes > 0) next[track] = minutes;
        else delete next[track];
        return next;
      });

    const fetchState = async () => {
      const asked = performance.now();
      try {
        const { data } = await request<LiveStateOut>(`events/${enc(slug)}/live/state`);
        if (stopped) return;
        setLate((old) => {
          const next: Record<string, number> = {};
          for (const [t, m] of Object.entries(data.late)) if (m > 0) next[t] = m;
          // What the stream said after this fetch was sent is newer than the fetch's answer.
          for (const [t, when] of heard.current)
            if (when > asked) {
              if ((old[t] ?? 0) > 0) next[t] = old[t]!;
              else delete next[t];
            }
          return next;
        });
      } catch {
        /* the next poll or hello tries again */
      }
    };

    // Plan changes while polling: the public agenda's content against the first poll's (the
    // ETag makes repeats cheap; its version also moves with lateness, the content does not).
    const checkAgenda = async () => {
      try {
        const r = await request<AgendaBody>(`events/${enc(slug)}/agenda`, { ifNoneMatch: agendaTag });
        if (stopped || r.status === 304) return;
        agendaTag = r.etag;
        const days = JSON.stringify(r.data.days);
        if (agendaDays !== null && days !== agendaDays) setPlanChanged(true);
        agendaDays = days;
      } catch {
        /* a 404 (taken back to draft) or an outage: keep the last state */
      }
    };

    const startPolling = () => {
      if (stopped || poller) return;
      setConnection("polling");
      const poll = () => {
        void fetchState();
        void checkAgenda();
      };
      poll();
      poller = setInterval(poll, pollMs);
    };
    const stopPolling = () => {
      if (poller) clearInterval(poller);
      poller = null;
    };

    const parse = (e: Event): LiveData => {
      try {
        return JSON.parse((e as MessageEvent<string>).data) as LiveData;
      } catch {
        return {};
      }
    };

    const connect = () => {
      if (stopped) return;
      if (typeof EventSource === "undefined") {
        startPolling();
        return;
      }
      source = new EventSource(`/api/v1/events/${enc(slug)}/live`);
      source.addEventListener("hello", () => {
        failures = 0;
        stopPolling();
        setConnection("live");
        // At first and after a reconnect: the state as it is now (missed messages are
        // replayed by the server from Last-Event-ID; this covers a longer absence).
        void fetchState();
      });
      source.addEventListener("running.late", (e) => {
        const d = parse(e);
        if (!d.track) return;
        heard.current.set(d.track, performance.now());
        setTrack(d.track, d.minutes ?? 0);
      });
      const changed = () => setPlanChanged(true);
      source.addEventListener("plan.changed", changed);
      source.addEventListener("release.published", changed);
      source.onerror = () => {
        if (!source) return;
        if (source.readyState === EventSource.CLOSED) {
          // Refused (not a stream) or given up: poll, and try the stream again later.
          source.close();
          source = null;
          startPolling();
          const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
          failures += 1;
          retry = setTimeout(connect, wait);
        } else {
          // The browser is reconnecting by itself; poll meanwhile.
          startPolling();
        }
      };
    };

    connect();
    return () => {
      stopped = true;
      source?.close();
      stopPolling();
      if (retry) clearTimeout(retry);
    };
  }, [slug, pollMs]);

  return { connection, late, planChanged, now };
}
