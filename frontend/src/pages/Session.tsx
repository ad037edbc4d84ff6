// One session: /e/{event}/s/{session}?tz=&track=
// Both clocks (the viewer's zone and the event's), where to be or how to join for the viewer's
// track, the people, the segment plan as lanes, and links to put it in a calendar.
import { useEffect, useState } from "preact/hooks";
import { ApiError, type EventOut, type SessionOut, type TrackOut, enc, request, whoAmI } from "../api/client";
import { LiveBadge } from "../components/LiveBadge";
import { PlanTimeline } from "../components/Plan";
import { PrintZone } from "../components/PrintZone";
import { SessionAddToCalendar } from "../components/SessionAddToCalendar";
import { RunLink } from "../components/RunLink";
import { SessionClocks, offsetsAt, zoneCity } from "../components/SessionClocks";
import { SessionLanguages, SessionMaterials } from "../components/SessionHybrid";
import { SessionWhere, type WhereSession } from "../components/SessionWhere";
import "../components/hybrid.css";
import { ZonePicker } from "../components/ZonePicker";
import { entryDetails } from "../lib/addToCalendar";
import { sessionJoin } from "../lib/join";
import type { LanguageFacts } from "../lib/languages";
import type { Material } from "../lib/materials";
import { orderTracks } from "../lib/lanes";
import { sessionLive, useEventLive } from "../lib/live";
import { onLinkClick, setQuery } from "../lib/router";
import { browserZone, isZone, localDate } from "../lib/time";
import "../print.css";

type Load<T> = { state: "loading" } | { state: "ok"; value: T } | { state: "missing" } | { state: "error"; message: string };

function load<T>(path: string, set: (l: Load<T>) => void, signal: AbortSignal): void {
  request<T>(path, { signal })
    .then((r) => set({ state: "ok", value: r.data }))
    .catch((e) => {
      if ((e as Error).name === "AbortError") return;
      // A malformed id is as missing as an unknown one.
      if (e instanceof ApiError && (e.status === 404 || e.status === 400 || e.status === 422)) set({ state: "missing" });
      else set({ state: "error", message: (e as Error).message });
    });
}

const ROLE_ORDER = ["moderator", "speaker", "panellist", "facilitator"];
const ROLE_LABEL: Record<string, [string, string]> = {
  moderator: ["Moderator", "Moderators"],
  speaker: ["Speaker", "Speakers"],
  panellist: ["Panellist", "Panellists"],
  facilitator: ["Facilitator", "Facilitators"],
};

function peopleByRole(people: SessionOut["people"]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const p of people) {
    const g = groups.get(p.role);
    if (g) g.push(p.name);
    else groups.set(p.role, [p.name]);
  }
  const rank = (r: string) => (ROLE_ORDER.indexOf(r) < 0 ? 99 : ROLE_ORDER.indexOf(r));
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** The tracks of this event the signed-in person may run: organisers all, facilitators theirs. */
function useRunnableTracks(slug: string): string[] | "all" | null {
  const [tracks, setTracks] = useState<string[] | "all" | null>(null);
  useEffect(() => {
    let live = true;
    whoAmI().then((me) => {
      if (!live || !me || !("events" in me)) return;
      const m = me.events.find((e) => e.slug === slug);
      if (!m) return;
      setTracks(m.role === "facilitator" && m.tracks.length > 0 ? m.tracks : "all");
    });
    return () => {
      live = false;
    };
  }, [slug]);
  return tracks;
}

export function SessionPage({ slug, id, url }: { slug: string; id: string; url: URL }) {
  const params = url.searchParams;
  const tzParam = params.get("tz");
  const tzChosen = !!tzParam && isZone(tzParam);
  const tz = tzChosen ? tzParam! : browserZone();
  const trackParam = params.get("track") || null;
  const [event, setEvent] = useState<Load<EventOut>>({ state: "loading" });
  const [session, setSession] = useState<Load<SessionOut>>({ state: "loading" });
  const runnable = useRunnableTracks(slug);
  const live = useEventLive(slug, { at: params.get("at") });

  useEffect(() => {
    const ctl = new AbortController();
    load<EventOut>(`events/${enc(slug)}`, setEvent, ctl.signal);
    load<SessionOut>(`events/${enc(slug)}/sessions/${enc(id)}`, setSession, ctl.signal);
    return () => ctl.abort();
  }, [slug, id]);

  useEffect(() => {
    if (session.state === "ok" && event.state === "ok") document.title = `${session.value.title} · ${event.value.title}`;
    else if (session.state === "missing" || event.state === "missing") document.title = "Not found · sessions";
  }, [session, event]);

  if (event.state === "missing") return <NotFound slug={slug} eventKnown={null} />;
  if (session.state === "missing" && event.state === "ok") return <NotFound slug={slug} eventKnown={event.value} />;
  const failed = event.state === "error" ? event.message : session.state === "error" ? session.message : null;
  if (failed)
    return (
      <main id="main" class="page session-page">
        <h1>Session</h1>
        <p role="alert" class="error">
          Could not load the session: {failed}
        </p>
      </main>
    );
  if (event.state !== "ok" || session.state !== "ok")
    return (
      <main id="main" class="page session-page">
        <p aria-busy="true">Loading the session…</p>
      </main>
    );

  const e = event.value;
  const s = session.value;
  const eventZone = s.timezone || e.timezone;
  const names: Record<string, string> = Object.fromEntries(e.tracks.map((t) => [t.slug, t.name]));
  const offered = orderTracks(s.tracks);
  // A track the session is not offered in reads as "every track", with a note saying so.
  const track = trackParam && offered.includes(trackParam) ? trackParam : null;
  const shownTracks: TrackOut[] = offered
    .filter((t) => !track || t === track)
    .map((t) => e.tracks.find((x) => x.slug === t))
    .filter((t): t is TrackOut => !!t);
  const cancelled = s.status === "cancelled";
  // Hybrid details: the session's own join link, its segments' (breakouts), languages, materials.
  const hybrid: WhereSession & LanguageFacts & { materials?: Material[] | null } = s;
  const onlineTrack = track ? shownTracks.find((t) => t.mode === "online") : undefined;
  // A calendar entry holds one link: the session's own, else its track's (never a breakout's).
  const onlineJoin = onlineTrack ? (sessionJoin(hybrid, onlineTrack)?.url ?? null) : null;
  const inPerson = shownTracks.some((t) => t.mode === "in_person");
  const pageUrl = `${window.location.origin}/e/${enc(slug)}/s/${enc(s.id)}`;
  const agendaQuery = new URLSearchParams();
  if (tzParam) agendaQuery.set("tz", tzParam);
  if (track) agendaQuery.set("track", track);
  agendaQuery.set("day", localDate(s.start, tz));
  const runTracks = runnable ? offered.filter((t) => (runnable === "all" || runnable.includes(t)) && (!track || t === track)) : [];
  const people = peopleByRole(s.people);

  return (
    <main id="main" class={`page session-page${cancelled ? " is-cancelled" : ""}`}>
      <PrintZone>
        Times in {zoneCity(tz)} time ({offsetsAt(s.start, s.end, tz)})
        {tz !== eventZone && (
          <>
            {" "}
            and {zoneCity(eventZone)} time ({offsetsAt(s.start, s.end, eventZone)})
          </>
        )}{" "}
        · {pageUrl}
      </PrintZone>
      <p class="crumbs">
        <a href={`/e/${enc(slug)}?${agendaQuery}`} onClick={onLinkClick}>
          ← <span dir="auto">{e.title}</span>: agenda
        </a>
      </p>
      <h1 dir="auto">{s.title}</h1>
      <SessionStatusNote status={s.status} sequence={s.sequence} />
      <LiveBadge state={sessionLive(s, live.late, live.now, track)} tz={tz} planChanged={live.planChanged} trackNames={names} />

      <section class="session-when" aria-label="When">
        <SessionClocks
          start={s.start}
          end={s.end}
          viewerZone={tz}
          eventZone={eventZone}
          viewerZoneChosen={tzChosen}
          markNight={s.status !== "cancelled"}
        />
      </section>

      <section class="controls session-controls" aria-label="Session settings">
        <ZonePicker
          id="tz"
          label="Show times in"
          value={tz}
          onChange={(z) => setQuery({ tz: z })}
          hint={tzChosen ? undefined : "Detected from your browser"}
          at={new Date(s.start)}
        />
        {offered.length > 1 && (
          <fieldset class="segmented">
            <legend>Taking part</legend>
            {[{ slug: "", name: "All" }, ...offered.map((t) => ({ slug: t, name: names[t] ?? t }))].map((t) => (
              <label key={t.slug}>
                <input
                  type="radio"
                  name="track"
                  value={t.slug}
                  checked={(track ?? "") === t.slug}
                  onChange={() => setQuery({ track: t.slug || null })}
                />
                <span>{t.name}</span>
              </label>
            ))}
          </fieldset>
        )}
      </section>
      {trackParam && !track && (
        <p class="hint">
          This session is not offered to “{names[trackParam] ?? trackParam}”; it is shown for every track it has.
        </p>
      )}

      <div class="session-body">
        <section class="session-where" aria-labelledby="where-title">
          <h2 id="where-title">
            {shownTracks.every((t) => t.mode === "in_person")
              ? "Where"
              : shownTracks.every((t) => t.mode === "online")
                ? "How to join"
                : "Where and how to join"}
          </h2>
          <SessionWhere
            tracks={shownTracks}
            room={s.room}
            start={s.start}
            end={s.end}
            zone={tz}
            cancelled={cancelled}
            session={hybrid}
          />
        </section>

        {people.length > 0 && (
          <section class="session-people" aria-labelledby="people-title">
            <h2 id="people-title">People</h2>
            <dl>
              {people.map(([role, who]) => (
                <div key={role}>
                  <dt>{(ROLE_LABEL[role] ?? [role, role])[who.length > 1 ? 1 : 0]}</dt>
                  <dd dir="auto">{who.join(", ")}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>

      {s.segments.length > 0 && (
        <section class="session-plan" aria-labelledby="plan-title">
          <h2 id="plan-title">
            Segment plan <span class="zone-note">{track ? `for ${names[track] ?? track}` : "for every track"}, in {zoneCity(tz)} time</span>
          </h2>
          <PlanTimeline
            start={s.start}
            end={s.end}
            tracks={s.tracks}
            segments={s.segments}
            onlyTrack={track}
            zone={tz}
            trackNames={names}
            variant="full"
          />
        </section>
      )}

      <SessionLanguages session={hybrid} segments={s.segments} track={track} zone={tz} />
      <SessionMaterials materials={hybrid.materials ?? []} />

      {s.description && (
        <section class="session-about" aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          <p class="session-description" dir="auto">
            {s.description}
          </p>
        </section>
      )}

      {s.links.ics && (
        <SessionAddToCalendar
          ics={s.links.ics}
          track={track}
          zone={tz}
          cancelled={cancelled}
          entry={{
            title: s.title,
            start: s.start,
            end: s.end,
            details: entryDetails({ joinUrl: onlineJoin, description: s.description, pageUrl }),
            location: track && !inPerson ? onlineJoin : [s.room, e.venue].filter(Boolean).join(", ") || null,
          }}
        />
      )}

      <RunLink event={e} session={s} track={track} tz={tzParam} />
      {runTracks.length > 0 && (
        <section class="session-staff" aria-labelledby="staff-title">
          <h2 id="staff-title">For organisers and facilitators</h2>
          <ul>
            {runTracks.map((t) => (
              <li key={t}>
                <a href={`/e/${enc(slug)}/tracks/${enc(t)}/run${tzParam ? `?tz=${enc(tzParam)}` : ""}`} onClick={onLinkClick}>
                  Run of show: {names[t] ?? t}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function SessionStatusNote({ status, sequence }: { status: SessionOut["status"]; sequence: number }) {
  if (status === "cancelled")
    return (
      <p class="session-status cancelled">
        <strong>Cancelled.</strong> This session will not take place.
      </p>
    );
  return (
    <>
      {status === "tentative" && (
        <p class="session-status tentative">
          <strong>Tentative.</strong> The time or place may still change.
        </p>
      )}
      {sequence > 0 && (
        <p class="session-status changed">
          <strong>Changed.</strong> Its time, place or status has changed since it was first published: the times
          below are the current ones.
        </p>
      )}
    </>
  );
}

function NotFound({ slug, eventKnown }: { slug: string; eventKnown: EventOut | null }) {
  return (
    <main id="main" class="page session-page not-found">
      <h1>{eventKnown ? "No such session" : "No such event"}</h1>
      {eventKnown ? (
        <p>
          <span dir="auto">{eventKnown.title}</span> has no published session at this address. It may have been
          removed, or the link may be cut short.{" "}
          <a href={`/e/${enc(slug)}`} onClick={onLinkClick}>
            See the agenda
          </a>
          .
        </p>
      ) : (
        <p>
          There is no published event called “<span dir="auto">{slug}</span>”.{" "}
          <a href="/" onClick={onLinkClick}>
            See all events
          </a>
          .
        </p>
      )}
    </main>
  );
}
