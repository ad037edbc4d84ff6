// The facilitator's run of show: /e/{event}/tracks/{track}/run?tz=&at=
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  type AgendaOut,
  type EventOut,
  type NowNextOut,
  type Page,
  type RunItemOut,
  type SessionOut,
  enc,
  getToken,
  request,
} from "../api/client";
import { KIND_LABEL, PlanTimeline } from "../components/Plan";
import { ZonePicker } from "../components/ZonePicker";
import { onLinkClick, setQuery } from "../lib/router";
import { browserZone, formatCountdown, formatDate, formatTime, isZone, offsetSpan } from "../lib/time";

/** The offsets a zone has over a day's sessions: each label is the offset at the instants it
 * heads (both, when the clocks change that day). */
function daySpan(zone: string, sessions: { start: string; end: string }[]): string {
  if (sessions.length === 0) return "";
  const ends = sessions.map((s) => new Date(s.end).getTime());
  return offsetSpan(zone, new Date(sessions[0]!.start), new Date(Math.max(...ends)));
}
import { trackNames, zoneCity } from "./Agenda";

const POLL_MS = 10_000;

/** A live message's data (the stream's JSON). */
interface LiveData {
  version?: number;
  track?: string;
  minutes?: number;
}

function pollMs(url: URL): number {
  const s = Number(url.searchParams.get("poll"));
  return Number.isFinite(s) && s >= 1 ? s * 1000 : POLL_MS;
}

/** Notes by "sessionId|segment start instant|title" (readable only by the event's team). */
function notesIndex(sessions: SessionOut[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sessions)
    for (const g of s.segments)
      if (g.notes) out.set(`${s.id}|${new Date(g.start).getTime()}|${g.title}`, g.notes);
  return out;
}

export function Run({ slug, track, url }: { slug: string; track: string; url: URL }) {
  const tzParam = url.searchParams.get("tz");
  const tz = tzParam && isZone(tzParam) ? tzParam : browserZone();
  const atParam = url.searchParams.get("at");
  // Rehearsal: the clock starts at `at` and runs; without it, the real clock.
  const offset = useMemo(() => (atParam ? new Date(atParam).getTime() - Date.now() : 0), [atParam]);
  const [clock, setClock] = useState(Date.now() + offset);
  const [event, setEvent] = useState<EventOut | null>(null);
  const [agenda, setAgenda] = useState<AgendaOut | null>(null);
  const [nowNext, setNowNext] = useState<NowNextOut | null>(null);
  const [notes, setNotes] = useState<Map<string, string>>(new Map());
  const [changed, setChanged] = useState<{ from: number; to: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Live: the track's server-sent events; null minutes until the stream or now/next says.
  const [live, setLive] = useState<"connecting" | "connected" | "polling">("connecting");
  const [lateLive, setLateLive] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const etag = useRef<string | null>(null);
  const version = useRef<number | null>(null);

  useEffect(() => {
    const t = setInterval(() => setClock(Date.now() + offset), 1000);
    setClock(Date.now() + offset);
    return () => clearInterval(t);
  }, [offset]);

  useEffect(() => {
    request<EventOut>(`events/${enc(slug)}`)
      .then((r) => {
        setEvent(r.data);
        document.title = `Run of show · ${r.data.title}`;
      })
      .catch((e) => setError((e as Error).message));
  }, [slug]);

  const loadNotes = () => {
    if (!getToken() && !document.cookie.includes("csrftoken")) return;
    request<Page<SessionOut>>(`events/${enc(slug)}/sessions`, { query: { limit: "500" } })
      .then((r) => setNotes(notesIndex(r.data.items)))
      .catch(() => setNotes(new Map()));
  };

  // The plan: poll the agenda with its ETag; a new version raises the banner.
  useEffect(() => {
    let stop = false;
    etag.current = null;
    version.current = null;
    const poll = async () => {
      try {
        const r = await request<AgendaOut>(`events/${enc(slug)}/agenda`, {
          query: { tz, track },
          ifNoneMatch: etag.current,
        });
        if (stop || r.status === 304) return;
        etag.current = r.etag;
        if (version.current != null && r.data.version !== version.current) {
          setChanged({ from: version.current, to: r.data.version });
          loadNotes();
        }
        version.current = r.data.version;
        setAgenda(r.data);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    poll();
    loadNotes();
    // Polling stays on as the fallback; the stream makes changes show at once.
    const t = setInterval(poll, pollMs(url));
    let source: EventSource | null = null;
    if (typeof EventSource !== "undefined") {
      source = new EventSource(`/api/v1/events/${enc(slug)}/tracks/${enc(track)}/live`);
      const parse = (e: Event): LiveData => {
        try {
          return JSON.parse((e as MessageEvent<string>).data) as LiveData;
        } catch {
          return {};
        }
      };
      source.addEventListener("hello", (e) => {
        setLive("connected");
        const v = parse(e).version;
        // A reconnect may have missed a change: fetch the plan again.
        if (v != null && version.current != null && v !== version.current) poll();
      });
      source.addEventListener("plan.changed", (e) => {
        const v = parse(e).version;
        if (v != null && version.current != null && v !== version.current) {
          setChanged({ from: version.current, to: v });
          version.current = v;
          loadNotes();
        }
        poll();
        setRefresh((n) => n + 1);
      });
      source.addEventListener("running.late", (e) => {
        const d = parse(e);
        if (d.track && d.track !== track) return;
        setLateLive(d.minutes ?? 0);
        setRefresh((n) => n + 1);
      });
      const moved = () => setRefresh((n) => n + 1);
      source.addEventListener("segment.started", moved);
      source.addEventListener("segment.ended", moved);
      source.onerror = () => {
        // The browser retries by itself; until then (or if it gives up) polling carries on.
        if (source?.readyState === EventSource.CLOSED) setLive("polling");
        else setLive((s) => (s === "connected" ? "connecting" : s));
      };
    } else setLive("polling");
    return () => {
      stop = true;
      clearInterval(t);
      source?.close();
    };
  }, [slug, track, tz]);

  // Now and next, from the API, at the (possibly rehearsed) clock; refreshed every 15 s
  // and whenever the current item ends.
  const atIso = new Date(clock).toISOString().slice(0, 19) + "+00:00";
  const boundary = useRef(0);
  const seenRefresh = useRef(0);
  useEffect(() => {
    const due = clock >= boundary.current || refresh !== seenRefresh.current;
    seenRefresh.current = refresh;
    if (!due && nowNext && agenda?.version === version.current) return;
    request<NowNextOut>(`events/${enc(slug)}/tracks/${enc(track)}/now`, {
      query: { tz, at: atParam ? atIso : null },
    })
      .then((r) => {
        setNowNext(r.data);
        setLateLive(null);
        const ends = [...r.data.now.map((i) => i.end), ...r.data.next.map((i) => i.start)].map((s) =>
          new Date(s).getTime(),
        );
        boundary.current = Math.min(clock + 15_000, ...ends);
      })
      .catch((e) => setError((e as Error).message));
  }, [Math.floor(clock / 1000), slug, track, tz, agenda?.version, refresh]);

  const late = lateLive ?? nowNext?.late_minutes ?? 0;

  const names = trackNames(event);
  const eventZone = agenda?.event_timezone ?? event?.timezone ?? "UTC";
  const trackName = names[track] ?? track;
  const firstStart = agenda?.days[0]?.sessions[0]?.start ?? null;
  const rehearseHref = (iso: string) => {
    const q = new URLSearchParams(url.search);
    q.set("at", iso);
    return `?${q}`;
  };

  return (
    <main id="main" class="page run" data-live={live}>
      {late > 0 && (
        <div class="banner late" role="status" aria-live="assertive">
          <strong>
            Running {late} {late === 1 ? "minute" : "minutes"} late
          </strong>{" "}
          · now and next show the expected times.
        </div>
      )}
      {changed && (
        <div class="banner" role="alert">
          <strong>The plan has changed.</strong> The run below now shows version {changed.to} (was{" "}
          {changed.from}).
          <button type="button" onClick={() => setChanged(null)}>
            Got it
          </button>
        </div>
      )}
      <header class="event-head">
        <p class="crumbs">
          <a href={`/e/${enc(slug)}`} onClick={onLinkClick}>
            Agenda
          </a>
        </p>
        <h1 dir="auto">
          Run of show: {trackName}
          <span class="sub" dir="auto">
            {" "}
            · {event?.title ?? slug}
          </span>
        </h1>
      </header>
      <section class="controls" aria-label="Run settings">
        <ZonePicker id="tz" label="Your time zone" value={tz} onChange={(z) => setQuery({ tz: z })} />
        <p class="clock">
          {atParam ? "Rehearsal clock" : "Now"}:{" "}
          <strong>
            {formatTime(new Date(clock), tz)}
          </strong>{" "}
          ({formatTime(new Date(clock), eventZone)} in {zoneCity(eventZone)})
          {atParam ? (
            <>
              {" "}
              <a href={`?${new URLSearchParams([...url.searchParams].filter(([k]) => k !== "at"))}`} onClick={(e) => { e.preventDefault(); setQuery({ at: null }); }}>
                Use the real clock
              </a>
            </>
          ) : (
            firstStart &&
            new Date(firstStart).getTime() < clock - 86_400_000 && (
              <>
                {" "}
                <a href={rehearseHref(firstStart)} onClick={(e) => { e.preventDefault(); setQuery({ at: firstStart }); }}>
                  This event is over: rehearse from its first session
                </a>
              </>
            )
          )}
        </p>
      </section>
      {error && <p class="error" role="alert">{error}</p>}

      <section class="now-next" aria-label="Now and next">
        <NowCard label="Now" items={nowNext?.now ?? []} clock={clock} tz={tz} eventZone={eventZone} late={late} until />
        <NowCard label="Next" items={nowNext?.next ?? []} clock={clock} tz={tz} eventZone={eventZone} late={late} />
      </section>

      <section aria-labelledby="run-title">
        <h2 id="run-title">The whole run ({trackName})</h2>
        {agenda?.days.map((d) => (
          <div key={d.date} class="run-day">
            <h3>{formatDate(d.date)}</h3>
            <table class="run-table">
              <thead>
                <tr>
                  <th scope="col">Your time ({daySpan(tz, d.sessions)})</th>
                  <th scope="col">
                    {zoneCity(eventZone)} ({daySpan(eventZone, d.sessions)})
                  </th>
                  <th scope="col">Session</th>
                  <th scope="col">Plan and notes</th>
                </tr>
              </thead>
              <tbody>
                {d.sessions.map((s) => {
                  const live = new Date(s.start).getTime() <= clock && clock < new Date(s.end).getTime();
                  return (
                    <tr key={s.id} class={live ? "live" : undefined} aria-current={live ? "time" : undefined}>
                      <td>
                        {formatTime(s.start, tz)}–{formatTime(s.end, tz)}
                        {s.crosses_midnight && <span class="badge midnight"> crosses midnight</span>}
                      </td>
                      <td>
                        {formatTime(s.start, eventZone)}–{formatTime(s.end, eventZone)}
                      </td>
                      <td>
                        <strong dir="auto">{s.title}</strong>
                        <div class="where" dir="auto">{s.room}</div>
                      </td>
                      <td>
                        <PlanTimeline
                          start={s.start}
                          end={s.end}
                          tracks={s.tracks}
                          segments={s.segments}
                          onlyTrack={track}
                          zone={tz}
                          trackNames={names}
                        />
                        <ul class="run-segments">
                          {s.segments.map((g, i) => {
                            const note = notes.get(`${s.id}|${new Date(g.start).getTime()}|${g.title}`);
                            return (
                              <li key={i}>
                                {formatTime(g.start, tz)}–{formatTime(g.end, tz)}{" "}
                                <span dir="auto">{g.title}</span> ({KIND_LABEL[g.kind] ?? g.kind})
                                {note && (
                                  <p class="note" dir="auto">
                                    <span class="note-label">Facilitator note:</span> {note}
                                  </p>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
        {agenda && agenda.days.length === 0 && <p>Nothing is planned in this track yet.</p>}
      </section>
    </main>
  );
}

function NowCard(props: {
  label: string;
  items: RunItemOut[];
  clock: number;
  tz: string;
  eventZone: string;
  late: number;
  until?: boolean;
}) {
  const { label, items, clock, tz, eventZone, late, until } = props;
  return (
    <article class={`big ${label.toLowerCase()}`} aria-labelledby={`big-${label}`}>
      <h2 id={`big-${label}`}>{label}</h2>
      {items.length === 0 && <p class="nothing">{until ? "Nothing is running." : "Nothing more."}</p>}
      {items.map((i) => {
        const start = late > 0 ? i.expected_start : i.start;
        const end = late > 0 ? i.expected_end : i.end;
        const target = new Date(until ? end : start).getTime();
        return (
          <div key={`${i.session_id}-${i.start}`} class="big-item">
            <p class="big-title" dir="auto">
              {i.title}
            </p>
            <p class="big-session" dir="auto">
              {[i.session_title !== i.title ? i.session_title : null, i.room, i.kind ? KIND_LABEL[i.kind] ?? i.kind : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p class="big-time">
              {formatTime(i.start, tz)}–{formatTime(i.end, tz)}{" "}
              <span class="event-time">
                ({formatTime(i.start, eventZone)}–{formatTime(i.end, eventZone)} {zoneCity(eventZone)})
              </span>
            </p>
            {late > 0 && (
              <p class="big-expected">
                Expected {formatTime(start, tz)}–{formatTime(end, tz)}{" "}
                <span class="event-time">
                  ({formatTime(start, eventZone)}–{formatTime(end, eventZone)} {zoneCity(eventZone)}), {late} min late
                </span>
              </p>
            )}
            <p class="countdown" aria-live="off">
              {until ? "ends in " : "starts in "}
              <strong>{formatCountdown(target - clock)}</strong>
            </p>
          </div>
        );
      })}
    </article>
  );
}
