// The attendee agenda: /e/{event}?tz=&track=&day=
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  ApiError,
  type AgendaOut,
  type AgendaSessionOut,
  type EventOut,
  enc,
  request,
  sessionIcs,
} from "../api/client";
import { FindBar } from "../components/FindBar";
import { NightNote } from "../components/NightNote";
import { RunLink } from "../components/RunLink";
import { LiveBadge } from "../components/LiveBadge";
import { MyAgendaPanel, StarButton, trackForAll, useMyRegistration, useStars } from "../components/MyAgenda";
import { LanguageBadges } from "../components/LanguageBadges";
import { KIND_LABEL, PlanTimeline } from "../components/Plan";
import { PrintZone } from "../components/PrintZone";
import { Register } from "../components/Register";
import { ZonePicker } from "../components/ZonePicker";
import { type Filters, facets, filtersFromQuery, filtersToQuery, isFiltering, matches } from "../lib/find";
import { type SessionLive, sessionLive, useEventLive } from "../lib/live";
import { eventRunning, nowDay, startedSlots } from "../lib/now";
import { onLinkClick, setQuery } from "../lib/router";
import {
  browserZone,
  formatDate,
  formatShortDate,
  formatTime,
  isZone,
  localDate,
  middayOf,
  offsetMinutes,
  offsetSpan,
} from "../lib/time";
import "../agenda-extras.css";
import "../components/hybrid.css";
import "../print.css";

const PAGE = 12;

export function trackNames(event: EventOut | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of event?.tracks ?? []) out[t.slug] = t.name;
  return out;
}

export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}

/** Sessions grouped by their start instant: parallel sessions side by side, by room. */
export function slots(sessions: AgendaSessionOut[]): AgendaSessionOut[][] {
  const groups = new Map<number, AgendaSessionOut[]>();
  for (const s of sessions) {
    const k = new Date(s.start).getTime();
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, g]) => g.sort((a, b) => (a.room ?? "").localeCompare(b.room ?? "")));
}

/** The session's own page, in the same zone and track as the agenda it is opened from. */
function sessionPageHref(slug: string, id: string, tz: string, track: string | null): string {
  const query = new URLSearchParams({ tz, ...(track ? { track } : {}) });
  return `/e/${enc(slug)}/s/${enc(id)}?${query}`;
}

/** The agenda's first instant: what the zone picker's offsets are for. */
function agendaStart(agenda: AgendaOut | null): Date | undefined {
  const first = agenda?.days[0]?.sessions[0];
  return first ? new Date(first.start) : undefined;
}

export function Agenda({ slug, url }: { slug: string; url: URL }) {
  const params = url.searchParams;
  const tzParam = params.get("tz");
  const tz = tzParam && isZone(tzParam) ? tzParam : browserZone();
  const track = params.get("track") || null;
  const dayParam = params.get("day");
  const [event, setEvent] = useState<EventOut | null>(null);
  const [agenda, setAgenda] = useState<AgendaOut | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const fetchStart = useRef(0);
  const live = useEventLive(slug, { at: params.get("at") });
  const filters = filtersFromQuery(params);
  const filtering = isFiltering(filters);
  const [mine, setMine, reloadMine] = useMyRegistration(slug);
  const [updates, setUpdates] = useState(0);
  const registerKey = useRef("");
  const stars = useStars(slug, mine);
  // Every session of every track: names and tracks of starred sessions the track filter hides.
  const [everySession, setEverySession] = useState<AgendaSessionOut[] | null>(null);

  useEffect(() => {
    request<EventOut>(`events/${enc(slug)}`)
      .then((r) => {
        setEvent(r.data);
        document.title = `${r.data.title} · sessions`;
      })
      .catch((e) => setError(e instanceof ApiError && e.status === 404 ? "notfound" : String(e.message)));
  }, [slug]);

  useEffect(() => {
    const ctl = new AbortController();
    fetchStart.current = performance.now();
    request<AgendaOut>(`events/${enc(slug)}/agenda`, { query: { tz, track }, signal: ctl.signal })
      .then((r) => {
        performance.mark("agenda:data");
        setAgenda(r.data);
      })
      .catch((e) => {
        if ((e as Error).name !== "AbortError")
          setError(e instanceof ApiError && e.status === 404 ? "notfound" : String((e as Error).message));
      });
    return () => ctl.abort();
  }, [slug, tz, track]);

  useEffect(() => {
    if (!track) {
      setEverySession(null);
      return;
    }
    const ctl = new AbortController();
    request<AgendaOut>(`events/${enc(slug)}/agenda`, { query: { tz }, signal: ctl.signal })
      .then((r) => setEverySession(r.data.days.flatMap((d) => d.sessions)))
      .catch(() => setEverySession(null));
    return () => ctl.abort();
  }, [slug, track, agenda?.version]);

  const days = agenda?.days ?? [];
  const day = days.find((d) => d.date === dayParam) ?? days[0] ?? null;
  const grouped = useMemo(() => (day ? slots(day.sessions) : []), [day]);
  const allShown = useMemo(() => days.flatMap((d) => d.sessions), [agenda]);
  const found = useMemo(
    () =>
      filtering
        ? days
            .map((d) => ({ date: d.date, sessions: d.sessions.filter((s) => matches(s, filters, stars.set)) }))
            .filter((d) => d.sessions.length > 0)
        : [],
    [agenda, filtering, url.search, stars.ids],
  );
  const foundCount = found.reduce((n, d) => n + d.sessions.length, 0);
  const foundSlots = useMemo(() => found.map((d) => ({ ...d, groups: slots(d.sessions) })), [found]);
  const foundSlotCount = foundSlots.reduce((n, d) => n + d.groups.length, 0);
  const offered = useMemo(() => facets(allShown), [allShown]);
  const setFilters = (f: Filters) => setQuery(filtersToQuery(f));

  useEffect(() => setShown(PAGE), [day?.date, tz, track, url.search]);

  // Printing shows every slot of the day, not just those scrolled to.
  useEffect(() => {
    const all = () => setShown(Number.MAX_SAFE_INTEGER);
    window.addEventListener("beforeprint", all);
    return () => window.removeEventListener("beforeprint", all);
  }, []);

  // The "now" line, at the page's clock (a rehearsal's ?at= moves it), while the event runs.
  const running = eventRunning(allShown, live.now);
  const today = localDate(new Date(live.now), tz);
  const lineDay = running ? nowDay((filtering ? found : days).map((d) => d.date), today) : null;
  const [jump, setJump] = useState(0);
  const jumpToNow = () => {
    if (!lineDay) return;
    if (!filtering) {
      if (day?.date !== lineDay) setQuery({ day: lineDay });
      const target = days.find((d) => d.date === lineDay);
      const at = target ? startedSlots(slots(target.sessions).map((g) => g[0]!.start), live.now) : 0;
      setShown((n) => Math.max(n, at + 1));
    } else {
      // The slots listed before the line, over the days before its own.
      let before = 0;
      for (const d of foundSlots) {
        if (d.date === lineDay) {
          before += startedSlots(d.groups.map((g) => g[0]!.start), live.now);
          break;
        }
        before += d.groups.length;
      }
      setShown((n) => Math.max(n, before + 1));
    }
    setJump((j) => j + 1);
  };
  useEffect(() => {
    if (jump === 0) return;
    requestAnimationFrame(() => {
      const line = document.getElementById("now-line");
      line?.scrollIntoView({ block: "center" });
      line?.focus({ preventScroll: true });
    });
  }, [jump]);

  // Render time: from the data's arrival to the first frame that shows it.
  useEffect(() => {
    if (!agenda) return;
    requestAnimationFrame(() => {
      const m = performance.measure("agenda:render", "agenda:data");
      const w = window as unknown as { __agendaRender?: object };
      w.__agendaRender = {
        renderMs: m.duration,
        totalMs: performance.now() - fetchStart.current,
        sessions: agenda.days.reduce((n, d) => n + d.sessions.length, 0),
        slotsShown: Math.min(shown, grouped.length),
      };
    });
  }, [agenda]);

  const sentinel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + PAGE);
    }, { rootMargin: "800px" });
    io.observe(el);
    return () => io.disconnect();
  }, [grouped, foundSlots, shown]);

  if (error === "notfound")
    return (
      <main id="main" class="page">
        <h1>No such event</h1>
        <p>
          There is no published event called “{slug}”. <a href="/" onClick={onLinkClick}>See all events</a>.
        </p>
      </main>
    );

  const names = trackNames(event);
  // Only an organiser or facilitator can read an unpublished event at all: say what they see.
  const draft = event?.status === "draft";
  const eventZone = agenda?.event_timezone ?? event?.timezone ?? "UTC";
  // Whether both clocks read the same at an instant (not today: a clock change may lie between).
  const sameClock = (at: string) =>
    offsetMinutes(tz, new Date(at)) === offsetMinutes(eventZone, new Date(at));
  const selectedTrack = event?.tracks.find((t) => t.slug === track) ?? null;
  const subscribe = selectedTrack?.links.webcal ?? event?.links.webcal ?? null;
  const starSessions = everySession ?? allShown;
  const byId = new Map(starSessions.map((s) => [s.id, s]));
  const starredKnown = stars.ids.map((id) => byId.get(id)).filter((s) => !!s);
  // A new registration is for the agenda's track, else the first that offers every starred one.
  const registerTrack = track ?? (event ? trackForAll(event, starredKnown) : null);
  // The registration form starts on that track, so it is drawn anew when the track changes
  // before registering; once registered, only an update from My agenda redraws it (with the
  // new choice): a registration must keep its "You are registered" heading and focus.
  if (mine === null) registerKey.current = registerTrack ?? "";
  // Register sends those its chosen track offers (the form starts on registerTrack).
  const toRegister = starredKnown.map((s) => ({ id: s.id, tracks: s.tracks }));
  const total = allShown.length;
  const nowLine = (
    <li class="now-line" id="now-line" key="now-line" tabIndex={-1} aria-current="time">
      <span class="now-label">
        Now <time dateTime={new Date(live.now).toISOString()}>{formatTime(new Date(live.now), tz)}</time>
      </span>
    </li>
  );
  /** A day's time slots (up to `limit`), with the now line after those that have started. */
  const slotItems = (date: string, groups: AgendaSessionOut[][], limit = groups.length) => {
    const at = date === lineDay ? startedSlots(groups.map((g) => g[0]!.start), live.now) : -1;
    const items = [];
    for (const [i, group] of groups.slice(0, limit).entries()) {
      if (i === at) items.push(nowLine);
      items.push(
        <li class="slot" key={group[0]!.start}>
          <div class="slot-time" aria-hidden="true">
            {formatTime(group[0]!.start, tz)}
          </div>
          <ul class="parallel">{group.map(card)}</ul>
        </li>,
      );
    }
    if (at === groups.length && at <= limit) items.push(nowLine);
    return items;
  };
  // What a printed page names: the viewer's zone (and the event's) with the offsets in force
  // over the sessions printed, never today's.
  const printed = filtering ? found.flatMap((d) => d.sessions) : (day?.sessions ?? []);
  const printSpan = (zone: string) =>
    printed.length > 0
      ? offsetSpan(
          zone,
          new Date(Math.min(...printed.map((x) => new Date(x.start).getTime()))),
          new Date(Math.max(...printed.map((x) => new Date(x.end).getTime()))),
        )
      : event
        ? offsetSpan(zone, middayOf(event.start_date), middayOf(event.end_date))
        : null;
  const card = (s: AgendaSessionOut) => (
    <SessionCard
      key={s.id}
      s={s}
      tz={tz}
      eventZone={eventZone}
      sameOffset={sameClock(s.start)}
      names={names}
      track={track}
      event={event}
      live={sessionLive(s, live.late, live.now, track)}
      starred={stars.set.has(s.id)}
      onStar={() => stars.flip(s.id)}
    />
  );
  const download = selectedTrack?.links.ics ?? event?.links.ics ?? null;

  return (
    <main id="main" class="page agenda">
      <PrintZone>
        Times in {zoneCity(tz)} time{printSpan(tz) && <> (<bdi>{printSpan(tz)}</bdi>)</>}
        {eventZone !== tz && (
          <>
            {" "}
            · event time: {zoneCity(eventZone)}
            {printSpan(eventZone) && <> (<bdi>{printSpan(eventZone)}</bdi>)</>}
          </>
        )}{" "}
        · <span dir="ltr">{window.location.href}</span>
      </PrintZone>
      <header class="event-head">
        <p class="crumbs">
          <a href="/" onClick={onLinkClick}>
            All events
          </a>
        </p>
        <h1 dir="auto">
          {event?.title ?? agenda?.title ?? slug}
          {draft && (
            <>
              {" "}
              <span class="badge status-draft draft-marker">Draft</span>
            </>
          )}
        </h1>
        {draft && (
          <p class="draft-note" role="note">
            <strong>Draft: not published.</strong> Only this event's organisers and facilitators see this agenda; to
            everyone else it does not exist until it is published.
            {event && (
              <>
                {" "}
                <a href={`/organise/${enc(event.slug)}`} onClick={onLinkClick}>
                  Open it in the workspace
                </a>
              </>
            )}
          </p>
        )}
        {event && (
          <p class="meta">
            <span dir="auto">{event.venue}</span> · <bdi>{formatDate(event.start_date, "medium")}</bdi>
            {event.end_date !== event.start_date && (
              <>
                {" "}
                – <bdi>{formatDate(event.end_date, "medium")}</bdi>
              </>
            )}{" "}
            · event time: {zoneCity(eventZone)} (
            <bdi>{offsetSpan(eventZone, middayOf(event.start_date), middayOf(event.end_date))}</bdi>)
          </p>
        )}
      </header>

      <section class="controls" aria-label="Agenda settings">
        <ZonePicker
          id="tz"
          label="Show times in"
          value={tz}
          onChange={(z) => setQuery({ tz: z })}
          hint={tzParam ? undefined : "Detected from your browser"}
          at={agendaStart(agenda) ?? (event ? middayOf(event.start_date) : undefined)}
        />
        {event?.kind !== "deadline" && (
          <fieldset class="segmented">
            <legend>Taking part</legend>
            {[{ slug: "", name: "All" }, ...(event?.tracks ?? [])].map((t) => (
              <label key={t.slug}>
                <input
                  type="radio"
                  name="track"
                  value={t.slug}
                  checked={(track ?? "") === t.slug}
                  onChange={() => setQuery({ track: t.slug || null })}
                />
                <span>{t.slug === "" ? "All" : t.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        {event && <RunLink event={event} track={selectedTrack?.slug ?? null} tz={tz} />}
        {subscribe && (
          <div class="subscribe">
            <a class="button" href={subscribe}>
              Subscribe to {selectedTrack ? selectedTrack.name.toLowerCase() : "the whole event"}
            </a>
            {download && (
              <a class="quiet" href={download} download>
                or download .ics
              </a>
            )}
          </div>
        )}
      </section>

      {/* A deadline is a date, not something to attend. */}
      {event && !draft && event.kind !== "deadline" && event.tracks.length > 0 && total > 0 && (
        <MyAgendaPanel
          event={event}
          sessions={starSessions}
          starred={stars.ids}
          starredOnly={filters.starred}
          onStarredOnly={(on) => setFilters({ ...filters, starred: on })}
          mine={mine}
          registerTrack={registerTrack}
          onUpdated={(r) => {
            setMine(r);
            stars.synced(r.reg);
            setUpdates((n) => n + 1);
          }}
        />
      )}
      {/* Nobody can register for a draft. */}
      {event && !draft && event.kind !== "deadline" && event.tracks.length > 0 && (
        <Register
          key={`${registerKey.current}|${updates}`}
          event={event}
          track={registerTrack}
          tz={tz}
          sessions={toRegister}
          onRegistered={() => reloadMine()}
        />
      )}

      {total > 0 && (
        <>
          <FindBar filters={filters} facets={offered} onChange={setFilters} />
          <p id="find-status" class="find-status" role="status" aria-live="polite">
            {filtering
              ? `${foundCount} of ${total} session${total === 1 ? "" : "s"}${filters.starred ? " (starred only)" : ""}`
              : `${total} session${total === 1 ? "" : "s"}`}
          </p>
        </>
      )}

      {agenda && days.length === 0 && event && (
        <p class="empty-state">
          {event.kind === "deadline" ? "Deadline" : "No sessions yet. Dates"}:{" "}
          {formatDate(event.start_date)}
          {event.end_date !== event.start_date && <> – {formatDate(event.end_date)}</>} ({zoneCity(eventZone)}).
        </p>
      )}

      {lineDay && (
        <p class="now-bar">
          <button type="button" class="secondary" onClick={jumpToNow}>
            Jump to now
          </button>
        </p>
      )}
      {days.length > 0 && !filtering && (
        <nav class="days" aria-label="Days">
          <ul>
            {days.map((d) => (
              <li key={d.date}>
                <a
                  href={`?${new URLSearchParams({ ...Object.fromEntries(params), day: d.date })}`}
                  aria-current={d.date === day?.date ? "page" : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    setQuery({ day: d.date });
                  }}
                >
                  {formatDate(d.date, "short")}
                  <span class="count"> · {d.sessions.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <LiveBadge state={null} tz={tz} planChanged={live.planChanged} />
      {error && error !== "notfound" && <p role="alert" class="error">Could not load the agenda: {error}</p>}
      {!agenda && !error && <p aria-busy="true">Loading the agenda…</p>}

      {agenda && filtering && foundCount === 0 && (
        <div class="empty-state find-empty">
          <p>
            {filters.starred && stars.ids.length === 0
              ? "You have not starred any sessions yet: star the ones you want, and they are listed here."
              : "No sessions match your search and filters."}
          </p>
          <button type="button" class="secondary" onClick={() => setFilters({ q: "", room: null, kind: null, person: null, lang: null, starred: false })}>
            Show every session
          </button>
        </div>
      )}
      {agenda &&
        filtering &&
        foundSlots.map((d, i) => {
          // A long list of matches is shown a page of slots at a time, as a day is.
          const before = foundSlots.slice(0, i).reduce((n, x) => n + x.groups.length, 0);
          if (before >= shown) return null;
          return (
            <section class="day" key={d.date} aria-labelledby={`day-${d.date}`}>
              <h2 id={`day-${d.date}`}>
                {formatDate(d.date)}{" "}
                <span class="zone-note">
                  in {tz.replace(/_/g, " ")} time{" "}
                  <bdi>
                    (
                    {offsetSpan(
                      tz,
                      new Date(d.sessions[0]!.start),
                      new Date(Math.max(...d.sessions.map((x) => new Date(x.end).getTime()))),
                    )}
                    )
                  </bdi>
                </span>
              </h2>
              <ol class="slots">{slotItems(d.date, d.groups, shown - before)}</ol>
            </section>
          );
        })}
      {agenda && filtering && shown < foundSlotCount && (
        <button ref={sentinel} type="button" class="more" onClick={() => setShown((n) => n + PAGE)}>
          Show more sessions ({foundSlotCount - shown} more time slots)
        </button>
      )}

      {day && !filtering && (
        <section class="day" aria-labelledby="day-title">
          <h2 id="day-title">
            {formatDate(day.date)}{" "}
            <span class="zone-note">
              in {tz.replace(/_/g, " ")} time{" "}
              {day.sessions.length > 0 && (
                <bdi>
                  (
                  {offsetSpan(
                    tz,
                    new Date(day.sessions[0]!.start),
                    new Date(Math.max(...day.sessions.map((x) => new Date(x.end).getTime()))),
                  )}
                  )
                </bdi>
              )}
            </span>
          </h2>
          <ol class="slots">{slotItems(day.date, grouped, shown)}</ol>
          {shown < grouped.length && (
            <button ref={sentinel} type="button" class="more" onClick={() => setShown((n) => n + PAGE)}>
              Show more sessions ({grouped.length - shown} more time slots)
            </button>
          )}
        </section>
      )}
    </main>
  );
}

function SessionCard(props: {
  s: AgendaSessionOut;
  tz: string;
  eventZone: string;
  sameOffset: boolean;
  names: Record<string, string>;
  track: string | null;
  event: EventOut | null;
  live: SessionLive;
  starred: boolean;
  onStar: () => void;
}) {
  const { s, tz, eventZone, sameOffset, names, track, event } = props;
  const cancelled = s.status === "cancelled";
  return (
    <li class={`session${cancelled ? " cancelled" : ""}`}>
      <article aria-labelledby={`s-${s.id}`}>
        <p class="when">
          {/* Each range isolated: in a right-to-left page the bidi algorithm would otherwise
              reorder the two ranges so "in Riyadh" sits beside the viewer's own time. */}
          <bdi>
            <time dateTime={s.start}>{formatTime(s.start, tz)}</time>–
            <time dateTime={s.end}>{formatTime(s.end, tz)}</time>
          </bdi>
          {s.crosses_midnight && (
            <span class="badge midnight">
              {" "}
              crosses midnight: ends {formatShortDate(s.end, tz)}
            </span>
          )}
          {!cancelled && (
            <>
              {" "}
              <NightNote start={s.start} end={s.end} zone={tz} />
            </>
          )}
          {!sameOffset && (
            <span class="event-time">
              {" "}
              · <bdi>{formatTime(s.start, eventZone)}–{formatTime(s.end, eventZone)}</bdi>
              {localDate(s.start, eventZone) !== localDate(s.start, tz) && ` ${formatShortDate(s.start, eventZone)}`} in{" "}
              {zoneCity(eventZone)}
            </span>
          )}
        </p>
        <LiveBadge state={props.live} tz={tz} trackNames={names} />
        <div class="session-head">
        <h3 id={`s-${s.id}`} dir="auto">
          {event ? (
            <a href={sessionPageHref(event.slug, s.id, tz, track)} onClick={onLinkClick}>
              {s.title}
            </a>
          ) : (
            s.title
          )}
        </h3>
        {s.status !== "cancelled" && <StarButton on={props.starred} title={s.title} onToggle={props.onStar} />}
        </div>
        <p class="where">
          {s.room && <span dir="auto">{s.room}</span>}
          {s.room && " · "}
          {s.tracks.map((t) => names[t] ?? t).join(" + ")}
          {s.status !== "confirmed" && <span class={`badge status-${s.status}`}> {s.status}</span>}
        </p>
        <LanguageBadges
          variant="compact"
          label={`Languages of ${s.title}`}
          languages={s.languages}
          interpretation={s.interpretation}
          sign_language={s.sign_language}
          captions={s.captions}
        />
        {s.people.length > 0 && (
          <p class="people" dir="auto">
            {s.people.map((p) => `${p.name} (${p.role})`).join(", ")}
          </p>
        )}
        <PlanTimeline
          start={s.start}
          end={s.end}
          tracks={s.tracks}
          segments={s.segments}
          onlyTrack={track}
          zone={tz}
          trackNames={names}
        />
        {s.segments.length > 0 && (
          <details class="plan-list">
            <summary>Segments</summary>
            <ul>
              {s.segments.map((g, i) => (
                <li key={i}>
                  {formatTime(g.start, tz)}–{formatTime(g.end, tz)} <span dir="auto">{g.title}</span> (
                  {KIND_LABEL[g.kind] ?? g.kind}; {g.tracks.map((t) => names[t] ?? t).join(", ")})
                </li>
              ))}
            </ul>
          </details>
        )}
        {event && !cancelled && (
          <p class="actions">
            <a class="button small" href={sessionIcs(event, s.id, track, tz)} download={`${s.id}.ics`}>
              Add to calendar<span class="visually-hidden">: {s.title}</span>
            </a>
          </p>
        )}
      </article>
    </li>
  );
}
