// The facilitator's run of show: /e/{event}/tracks/{track}/run?tz=&at=&session=|room=|show=
// One card per session: its current segment, the segment after it, their notes. The picker
// (kept in the URL) chooses the sessions; by default those the viewer facilitates, else all.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  type AgendaOut,
  ApiError,
  type EventOut,
  type NowNextOut,
  type Schemas,
  type SessionOut,
  enc,
  eventSessions,
  getToken,
  request,
  whoAmI,
} from "../api/client";
import { KIND_LABEL, PlanTimeline } from "../components/Plan";
import { ZonePicker } from "../components/ZonePicker";
import { MaterialsList } from "../components/Materials";
import "../components/hybrid.css";
import "../components/runAndPlan.css";
import { type JoinSession, type JoinTrack, breakouts, joinAt, joinLabel } from "../lib/join";
import type { Material } from "../lib/materials";
import { Cues, cuesWanted } from "../lib/cues";
import {
  type Rehearsal,
  type RunStep,
  type Selection,
  type SessionRun,
  type Viewer,
  cardsAt,
  cueSignature,
  facilitatesSession,
  parseAt,
  sameClocks,
  selectionFrom,
  selectionQuery,
  selectionValue,
  selects,
  startedSteps,
  stepKey,
} from "../lib/run";
import { onLinkClick, setQuery } from "../lib/router";
import {
  browserZone,
  formatCountdown,
  formatDate,
  formatShortDate,
  formatTime,
  isZone,
  localDate,
  offsetSpan,
  zoneOffset,
} from "../lib/time";
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

/** The offsets a zone has over a day's sessions: each label is the offset at the instants it
 * heads (both, when the clocks change that day). */
function daySpan(zone: string, sessions: { start: string; end: string }[]): string {
  if (sessions.length === 0) return "";
  const ends = sessions.map((s) => new Date(s.end).getTime());
  return offsetSpan(zone, new Date(sessions[0]!.start), new Date(Math.max(...ends)));
}

/** What the event's team reads of a segment: its notes and people, by stepKey. */
type PersonOut = Schemas["PersonOut"];
interface TeamSegment {
  notes: string | null;
  people: PersonOut[];
}
interface Team {
  segments: Map<string, TeamSegment>;
  sessions: Map<string, SessionOut>;
}
const NO_TEAM: Team = { segments: new Map(), sessions: new Map() };

function teamIndex(sessions: SessionOut[]): Team {
  const segments = new Map<string, TeamSegment>();
  for (const s of sessions)
    for (const g of s.segments) segments.set(stepKey(s.id, g.start, g.title), { notes: g.notes ?? null, people: g.people ?? [] });
  return { segments, sessions: new Map(sessions.map((s) => [s.id, s])) };
}

type Missing = { what: "event" } | { what: "track"; event: EventOut };

export function Run({ slug, track, url }: { slug: string; track: string; url: URL }) {
  const tzParam = url.searchParams.get("tz");
  const tz = tzParam && isZone(tzParam) ? tzParam : browserZone();
  const atParam = url.searchParams.get("at");
  const [event, setEvent] = useState<EventOut | null>(null);
  const [missing, setMissing] = useState<Missing | null>(null);
  const eventZone = event?.timezone ?? null;
  // Rehearsal: the clock starts at `at` and runs; without it, the real clock. A time without
  // an offset is read in the event's zone, so it waits for the event.
  const rehearsal: Rehearsal | null = useMemo(
    () => (atParam && eventZone ? parseAt(atParam, eventZone) : null),
    [atParam, eventZone],
  );
  const offset = useMemo(() => (rehearsal ? rehearsal.instant.getTime() - Date.now() : 0), [rehearsal]);
  const ready = event !== null;
  const [clock, setClock] = useState(Date.now() + offset);
  const [agenda, setAgenda] = useState<AgendaOut | null>(null);
  const [late, setLate] = useState(0);
  const [team, setTeam] = useState<Team>(NO_TEAM);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [changed, setChanged] = useState<{ from: number; to: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Live: the track's server-sent events; polling carries on beside them.
  const [live, setLive] = useState<"connecting" | "connected" | "polling">("connecting");
  const [lateLive, setLateLive] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const etag = useRef<string | null>(null);
  const version = useRef<number | null>(null);
  // Browser cues: off until the facilitator turns them on.
  const cues = useRef<Cues | null>(null);
  const [cuesOn, setCuesOn] = useState(false);
  const [cueNote, setCueNote] = useState("");
  const [lastCue, setLastCue] = useState("");

  useEffect(() => {
    const t = setInterval(() => setClock(Date.now() + offset), 1000);
    setClock(Date.now() + offset);
    return () => clearInterval(t);
  }, [offset]);

  useEffect(() => {
    request<EventOut>(`events/${enc(slug)}`)
      .then((r) => {
        setEvent(r.data);
        if (!r.data.tracks.some((t) => t.slug === track)) {
          setMissing({ what: "track", event: r.data });
          document.title = `No such track · ${r.data.title}`;
        } else document.title = `Run of show · ${r.data.title}`;
      })
      .catch((e) => {
        if (e instanceof ApiError && e.status === 404) {
          setMissing({ what: "event" });
          document.title = "No such event · sessions";
        } else setError((e as Error).message);
      });
    whoAmI().then((me) => {
      if (me && "events" in me) setViewer({ email: me.email, name: (me as { name?: string | null }).name ?? null });
    });
  }, [slug, track]);

  const trackOk = event !== null && missing === null;

  const loadTeam = () => {
    if (!getToken() && !document.cookie.includes("csrftoken")) return;
    // Every page: a facilitator's notes and people for the whole event.
    eventSessions(slug)
      .then((all) => setTeam(teamIndex(all)))
      .catch(() => setTeam(NO_TEAM));
  };

  // The plan: poll the agenda with its ETag; a new version raises the banner.
  useEffect(() => {
    if (!trackOk) return;
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
          loadTeam();
        }
        version.current = r.data.version;
        setAgenda(r.data);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    poll();
    loadTeam();
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
          loadTeam();
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
        if (source?.readyState === EventSource.CLOSED) setLive("polling");
        else setLive((s) => (s === "connected" ? "connecting" : s));
      };
    } else setLive("polling");
    return () => {
      stop = true;
      clearInterval(t);
      source?.close();
    };
  }, [slug, track, tz, trackOk]);

  // How late the track runs: from now/next, every 15 s and at once on a live message.
  const lateTick = Math.floor(clock / 15_000);
  useEffect(() => {
    if (!trackOk || !ready) return;
    request<NowNextOut>(`events/${enc(slug)}/tracks/${enc(track)}/now`, {
      query: { tz, at: rehearsal ? new Date(clock).toISOString().slice(0, 19) + "+00:00" : null },
    })
      .then((r) => {
        setLate(r.data.late_minutes ?? 0);
        setLateLive(null);
      })
      .catch(() => undefined);
  }, [lateTick, slug, track, tz, trackOk, ready, refresh, agenda?.version]);

  const lateNow = lateLive ?? late;
  const names = trackNames(event);
  const ez = eventZone ?? "UTC";
  const trackName = names[track] ?? track;
  const trackInfo = event?.tracks.find((t) => t.slug === track) ?? null;
  const allSessions = useMemo(() => agenda?.days.flatMap((d) => d.sessions) ?? [], [agenda]);

  // Whose sessions: those naming the viewer as a facilitator (the session or one of its segments).
  const mine = useMemo(() => {
    const out = new Set<string>();
    for (const s of allSessions) if (facilitatesSession(team.sessions.get(s.id) ?? s, viewer)) out.add(s.id);
    return out;
  }, [allSessions, team, viewer]);
  const asked = selectionFrom(url.searchParams);
  const selection: Selection = asked ?? (mine.size > 0 ? { kind: "mine" } : { kind: "all" });
  const chosen = allSessions.filter((s) => selects(selection, s, mine));
  const rooms = [...new Set(allSessions.map((s) => s.room ?? "").filter((r) => r !== ""))].sort((a, b) => a.localeCompare(b));
  // The run as it actually goes: a late track's segments are where the plan was `late` ago.
  const planClock = clock - lateNow * 60_000;
  const cards = cardsAt(chosen, track, planClock, selection.kind === "session");

  // A cue at each segment change of the sessions shown (not when the picker changes).
  const signature = cueSignature(cards.now);
  const cueBase = useRef<{ key: string; sig: string } | null>(null);
  const baseKey = `${selectionValue(selection)}|${offset}|${agenda ? "loaded" : "none"}`;
  useEffect(() => {
    const prev = cueBase.current;
    cueBase.current = { key: baseKey, sig: signature };
    if (!prev || prev.key !== baseKey || prev.sig === signature) return;
    const started = startedSteps(prev.sig, cards.now);
    if (started.length === 0) return;
    const first = started[0]!;
    const title = `Now: ${first.now!.title}`;
    const body = [first.now!.segment ? first.session.title : null, `until ${formatTime(first.now!.end, tz)}`]
      .filter(Boolean)
      .join(" · ");
    setLastCue(`${title} (${first.session.title}), ${formatTime(first.now!.start, tz)}`);
    if (cuesOn) cues.current?.cue(title, body, `${slug}-${track}`);
  }, [signature, baseKey]);

  const toggleCues = async (on: boolean) => {
    if (!on) {
      cues.current?.disable();
      setCuesOn(false);
      setCueNote("");
      return;
    }
    cues.current ??= new Cues();
    setCuesOn(true);
    const permission = await cues.current.enable();
    setCueNote(
      permission === "granted"
        ? "Cues on: a sound and a notification at each segment change."
        : permission === "unsupported"
          ? "Cues on: a sound at each segment change (this browser shows no notifications)."
          : "Cues on: a sound at each segment change. Notifications are blocked for this site.",
    );
  };
  // Cues stay on across reloads once chosen; the browser's permission is asked only on a click.
  useEffect(() => {
    if (cuesWanted()) {
      cues.current ??= new Cues();
      setCuesOn(true);
      setCueNote("Cues on (kept from your last visit). Click the page once if your browser holds back the sound.");
    }
  }, []);

  if (missing) return <NotFound slug={slug} track={track} missing={missing} />;

  const rehearseFrom = agenda?.days[0]?.sessions[0]?.start ?? null;
  const oneClock = sameClocks(tz, ez, [clock]);
  const now = new Date(clock);

  return (
    <main id="main" class="page run" data-live={live}>
      {lateNow > 0 && (
        <div class="banner late" role="status" aria-live="assertive">
          <strong>
            Running {lateNow} {lateNow === 1 ? "minute" : "minutes"} late
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
      <section class="controls run-controls" aria-label="Run settings">
        <div class="field run-pick">
          <label for="run-show">Show</label>
          <select
            id="run-show"
            value={selectionValue(selection)}
            onChange={(e) => setQuery(selectionQuery((e.currentTarget as HTMLSelectElement).value))}
          >
            {(mine.size > 0 || selection.kind === "mine") && (
              <option value="mine">Sessions you facilitate ({mine.size})</option>
            )}
            <option value="all">Every session in this track ({allSessions.length})</option>
            {rooms.length > 0 && (
              <optgroup label="One room">
                {rooms.map((r) => (
                  <option key={r} value={`room:${r}`}>
                    {r}
                  </option>
                ))}
              </optgroup>
            )}
            {allSessions.length > 0 && (
              <optgroup label="One session">
                {allSessions.map((s) => (
                  <option key={s.id} value={`session:${s.id}`}>
                    {formatShortDate(s.start, tz)} {formatTime(s.start, tz)} · {s.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div class="run-clock">
          <p class="clock">
            {rehearsal ? "Rehearsal clock" : "Now"}: <strong>{formatTime(now, tz)}</strong>{" "}
            {oneClock ? (
              <span class="clock-zone">
                ({zoneCity(ez)}
                {tz !== ez ? ` and ${zoneCity(tz)}` : ""}, {zoneOffset(ez, now)})
              </span>
            ) : (
              <>
                <span class="clock-zone">
                  ({zoneCity(tz)}, {zoneOffset(tz, now)})
                </span>{" "}
                · {formatTime(now, ez)} in {zoneCity(ez)} <span class="clock-zone">({zoneOffset(ez, now)})</span>
              </>
            )}
            {!oneClock && localDate(now, tz) !== localDate(now, ez) && (
              <span class="clock-zone"> · {formatShortDate(now, tz)} for you</span>
            )}
          </p>
          {rehearsal?.wall && (
            <p class="hint rehearsal-note">
              The rehearsal time “{atParam}” has no UTC offset, so it is read in the event's zone:{" "}
              {formatTime(rehearsal.instant, ez)} on {formatShortDate(rehearsal.instant, ez)} in {zoneCity(ez)} (
              {ez}, {zoneOffset(ez, rehearsal.instant)}), as organisers write times.
            </p>
          )}
          {atParam && eventZone && !rehearsal && (
            <p class="error" role="alert">
              The rehearsal time “{atParam}” is not a date and time (write 2024-12-18T16:30, or with an offset,
              2024-12-18T16:30:00+03:00). The real clock is shown.
            </p>
          )}
          <p>
            {atParam ? (
              <a
                href={`?${new URLSearchParams([...url.searchParams].filter(([k]) => k !== "at"))}`}
                onClick={(e) => {
                  e.preventDefault();
                  setQuery({ at: null });
                }}
              >
                Use the real clock
              </a>
            ) : (
              rehearseFrom &&
              new Date(rehearseFrom).getTime() < clock - 86_400_000 && (
                <a
                  href={`?${new URLSearchParams([...url.searchParams.entries(), ["at", rehearseFrom]])}`}
                  onClick={(e) => {
                    e.preventDefault();
                    setQuery({ at: rehearseFrom });
                  }}
                >
                  This event is over: rehearse from its first session
                </a>
              )
            )}
          </p>
        </div>
      </section>
      {error && <p class="error" role="alert">{error}</p>}
      <p class="visually-hidden" aria-live="polite">
        {lastCue}
      </p>

      {agenda && (
        <p class="run-showing">
          {selection.kind === "mine"
            ? `The sessions you facilitate in this track (${chosen.length}).`
            : selection.kind === "room"
              ? `Sessions in ${selection.room} (${chosen.length}).`
              : selection.kind === "session"
                ? chosen.length === 0
                  ? "That session is not in this track."
                  : "One session."
                : `Every session in this track (${chosen.length}).`}{" "}
          {asked && (
            <a
              href="?"
              onClick={(e) => {
                e.preventDefault();
                setQuery({ session: null, room: null, show: null });
              }}
            >
              Back to {mine.size > 0 ? "your sessions" : "every session"}
            </a>
          )}
        </p>
      )}

      <section class="now-next" aria-label="Now and next">
        <article class="big now" aria-labelledby="big-Now">
          <h2 id="big-Now">Now</h2>
          {cards.now.length === 0 && (
            <p class="nothing">
              {cards.ended.length > 0
                ? `This session ended at ${formatTime(cards.ended[0]!.session.end, tz)}.`
                : "Nothing is running."}
            </p>
          )}
          {cards.now.map((r) => (
            <SessionCard key={r.session.id} run={r} mode="now" clock={clock} tz={tz} ez={ez} late={lateNow} team={team} track={track} trackInfo={trackInfo} planClock={planClock} />
          ))}
        </article>
        <article class="big next" aria-labelledby="big-Next">
          <h2 id="big-Next">Next</h2>
          {cards.next.length === 0 && <p class="nothing">Nothing more.</p>}
          {cards.next.map((r) => (
            <SessionCard key={r.session.id} run={r} mode="next" clock={clock} tz={tz} ez={ez} late={lateNow} team={team} track={track} trackInfo={trackInfo} planClock={planClock} />
          ))}
        </article>
      </section>

      <section class="controls run-more" aria-label="Your zone and cues">
        <ZonePicker id="tz" label="Your time zone" value={tz} onChange={(z) => setQuery({ tz: z })} />
        <div class="field run-cues">
          <label class="check">
            <input
              type="checkbox"
              checked={cuesOn}
              onChange={(e) => toggleCues((e.currentTarget as HTMLInputElement).checked)}
            />{" "}
            Sound and notification at each segment change
          </label>
          <p class="hint" role="status">
            {cueNote}
          </p>
        </div>
      </section>

      <section aria-labelledby="run-title">
        <h2 id="run-title">
          The whole run ({trackName}
          {chosen.length !== allSessions.length ? `, ${chosen.length} of ${allSessions.length} sessions` : ""})
        </h2>
        {agenda?.days.map((d) => {
          const day = d.sessions.filter((s) => chosen.includes(s));
          if (day.length === 0) return null;
          const single = sameClocks(tz, ez, day.flatMap((s) => [s.start, s.end]));
          return (
            <div key={d.date} class="run-day">
              <h3>{formatDate(d.date)}</h3>
              <table class="run-table">
                <thead>
                  <tr>
                    {single ? (
                      <th scope="col">
                        Time ({zoneCity(ez)}
                        {tz !== ez ? ` and yours` : ""}, {daySpan(ez, day)})
                      </th>
                    ) : (
                      <>
                        <th scope="col">Your time ({daySpan(tz, day)})</th>
                        <th scope="col">
                          {zoneCity(ez)} ({daySpan(ez, day)})
                        </th>
                      </>
                    )}
                    <th scope="col">Session</th>
                    <th scope="col">Plan and notes</th>
                  </tr>
                </thead>
                <tbody>
                  {day.map((s) => {
                    const on = new Date(s.start).getTime() <= planClock && planClock < new Date(s.end).getTime();
                    return (
                      <tr key={s.id} class={on ? "live" : undefined} aria-current={on ? "time" : undefined}>
                        <td>
                          {formatTime(s.start, tz)}–{formatTime(s.end, tz)}
                          {s.crosses_midnight && <span class="badge midnight"> crosses midnight</span>}
                        </td>
                        {!single && (
                          <td>
                            {formatTime(s.start, ez)}–{formatTime(s.end, ez)}
                          </td>
                        )}
                        <td>
                          <strong dir="auto">{s.title}</strong>
                          <div class="where" dir="auto">
                            {s.room}
                          </div>
                          {mine.has(s.id) && <span class="badge">you facilitate</span>}
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
                            {s.segments
                              .filter((g) => g.tracks.length === 0 || g.tracks.includes(track))
                              .map((g, i) => {
                                const note = team.segments.get(stepKey(s.id, g.start, g.title))?.notes;
                                return (
                                  <li key={i}>
                                    {formatTime(g.start, tz)}–{formatTime(g.end, tz)} <span dir="auto">{g.title}</span> (
                                    {KIND_LABEL[g.kind] ?? g.kind})
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
          );
        })}
        {agenda && agenda.days.length === 0 && <p>Nothing is planned in this track yet.</p>}
      </section>
    </main>
  );
}

interface CardProps {
  run: SessionRun;
  mode: "now" | "next";
  clock: number;
  tz: string;
  ez: string;
  late: number;
  team: Team;
  track: string;
  trackInfo: JoinTrack | null;
  /** The plan's clock (the real one less the delay): which segment, so which link, applies. */
  planClock: number;
}

/** What a card shows of a session's hybrid details (the team's copy has private links). */
type HybridSession = JoinSession & { materials?: readonly Material[] | null };

/** One session: what runs in it now (or first, before it starts) and what comes after. */
function SessionCard({ run, mode, clock, tz, ez, late, team, trackInfo, planClock }: CardProps) {
  const s = run.session;
  const first = mode === "next" ? run.next : run.now;
  const after = mode === "next" ? null : run.next;
  // The team's copy of the session carries private links the public agenda leaves out.
  const full: HybridSession = team.sessions.get(s.id) ?? s;
  const join = mode === "now" && trackInfo ? joinAt(full, trackInfo, planClock) : null;
  const joinName = join ? joinLabel(join) : null;
  // The segment after this one may be a breakout with its own link: say so before it starts.
  const nextBreakout =
    mode === "now" && trackInfo && after
      ? (breakouts(full, trackInfo.slug).find((g) => new Date(g.start).getTime() === new Date(after.start).getTime()) ?? null)
      : null;
  const materials = full.materials ?? [];
  const id = `card-${mode}-${s.id}`;
  const shift = (iso: string) => new Date(new Date(iso).getTime() + late * 60_000);
  // A session that ends after the viewer's midnight says which day.
  const untilDay = (d: Date) => (localDate(d, tz) !== localDate(new Date(clock), tz) ? `${formatShortDate(d, tz)}, ` : "");
  return (
    <section class="run-card" aria-labelledby={id}>
      <h3 id={id} class="run-card-title" dir="auto">
        {s.title}
      </h3>
      <p class="big-session" dir="auto">
        {[s.room, mode === "next" ? null : `until ${untilDay(shift(s.end))}${formatTime(shift(s.end), tz)}`]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {mode === "now" && !run.now && (
        <p class="nothing">Between segments{run.next ? "" : ": nothing more in this session"}.</p>
      )}
      {first && (
        <Step
          label={mode === "next" ? "First" : "Now"}
          step={first}
          sessionId={s.id}
          countdown={mode === "next" ? "starts" : "ends"}
          {...{ clock, tz, ez, late, team }}
        />
      )}
      {mode === "now" &&
        (after ? (
          <Step label="After it" step={after} sessionId={s.id} countdown="starts" small {...{ clock, tz, ez, late, team }} />
        ) : (
          run.now && <p class="run-then">After it: the session ends.</p>
        ))}
      {join && (
        <p class="run-join">
          <span class="step-label">{joinName ?? "Join link"}</span>{" "}
          {join.url ? (
            <a href={join.url} rel="noopener" dir="ltr">
              {join.url}
            </a>
          ) : (
            <span>private: this view is not given it.</span>
          )}
          {join.private && join.url && <span class="join-private">Private: for registered participants only.</span>}
        </p>
      )}
      {nextBreakout && (
        <p class="run-join then">
          <span class="step-label">
            Then, from <bdi>{formatTime(nextBreakout.start, tz)}</bdi>, breakout: <span dir="auto">{nextBreakout.title}</span>
          </span>{" "}
          {nextBreakout.join_url ? (
            <a href={nextBreakout.join_url} rel="noopener" dir="ltr">
              {nextBreakout.join_url}
            </a>
          ) : (
            <span>its private link is not given to this view.</span>
          )}
        </p>
      )}
      {materials.length > 0 && (
        <div class="run-materials">
          <p class="step-label">Materials</p>
          <MaterialsList items={materials} />
        </div>
      )}
    </section>
  );
}

function Step(props: {
  label: string;
  step: RunStep;
  sessionId: string;
  countdown: "starts" | "ends";
  clock: number;
  tz: string;
  ez: string;
  late: number;
  team: Team;
  small?: boolean;
}) {
  const { label, step, sessionId, countdown, clock, tz, ez, late, team, small } = props;
  const info = team.segments.get(stepKey(sessionId, step.start, step.title));
  const expStart = new Date(new Date(step.start).getTime() + late * 60_000);
  const expEnd = new Date(new Date(step.end).getTime() + late * 60_000);
  const target = (countdown === "ends" ? expEnd : expStart).getTime();
  return (
    <div class={`run-step${small ? " then" : ""}`}>
      <p class="step-label">{step.segment ? label : `${label}: the whole session (no segments planned)`}</p>
      {step.segment && (
        <p class={small ? "then-title" : "big-title"} dir="auto">
          {step.title}
          {step.kind && (KIND_LABEL[step.kind] ?? step.kind).toLowerCase() !== step.title.trim().toLowerCase() && (
            <span class="step-kind"> · {KIND_LABEL[step.kind] ?? step.kind}</span>
          )}
        </p>
      )}
      <p class="big-time">
        <Range start={step.start} end={step.end} clock={clock} tz={tz} ez={ez} />
      </p>
      {late > 0 && (
        <p class="big-expected">
          Expected <Range start={expStart} end={expEnd} clock={clock} tz={tz} ez={ez} />, {late} min late
        </p>
      )}
      <p class="countdown" aria-live="off">
        {countdown === "ends" ? "ends in " : "starts in "}
        <strong>{formatCountdown(target - clock)}</strong>
      </p>
      {info?.notes && (
        <p class="note" dir="auto">
          <span class="note-label">Facilitator note:</span> {info.notes}
        </p>
      )}
      {info && info.people.length > 0 && (
        <p class="people step-people" dir="auto">
          {info.people.map((p) => `${p.name} (${p.role})`).join(", ")}
        </p>
      )}
    </div>
  );
}

/** A time range in the viewer's zone, with the event's clock beside it when it reads
 * differently; each with its day when that is not today there. */
function Range({ start, end, clock, tz, ez }: { start: string | Date; end: string | Date; clock: number; tz: string; ez: string }) {
  const day = (zone: string) =>
    localDate(start, zone) !== localDate(new Date(clock), zone) ? `${formatShortDate(start, zone)}, ` : "";
  const same = sameClocks(tz, ez, [start, end]);
  return (
    <>
      <bdi>
        {day(tz)}
        {formatTime(start, tz)}–{formatTime(end, tz)}
      </bdi>
      {!same && (
        <>
          {" "}
          <span class="event-time">
            (
            <bdi>
              {day(ez)}
              {formatTime(start, ez)}–{formatTime(end, ez)}
            </bdi>{" "}
            {zoneCity(ez)})
          </span>
        </>
      )}
    </>
  );
}

function NotFound({ slug, track, missing }: { slug: string; track: string; missing: Missing }) {
  if (missing.what === "event")
    return (
      <main id="main" class="page not-found">
        <h1>No such event</h1>
        <p>
          There is no published event “<bdi>{slug}</bdi>” (or it is a draft you cannot see).
        </p>
        <p>
          <a href="/" onClick={onLinkClick}>
            See all events
          </a>
        </p>
      </main>
    );
  const e = missing.event;
  return (
    <main id="main" class="page not-found">
      <h1 dir="auto">
        No track “<bdi>{track}</bdi>” in {e.title}
      </h1>
      {e.tracks.length > 0 && (
        <>
          <p>This event's runs of show:</p>
          <ul>
            {e.tracks.map((t) => (
              <li key={t.slug}>
                <a href={`/e/${enc(e.slug)}/tracks/${enc(t.slug)}/run`} onClick={onLinkClick}>
                  Run of show: <span dir="auto">{t.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={`/e/${enc(e.slug)}`} onClick={onLinkClick}>
          Back to the agenda of <span dir="auto">{e.title}</span>
        </a>
      </p>
    </main>
  );
}
