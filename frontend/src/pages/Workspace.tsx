// One event's workspace: status and publishing, tracks (TrackEditor), the days × rooms
// timeline (Timeline), conflicts, the session editor.
import { Fragment } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  type ConflictOut,
  type ConflictSummaryOut,
  type ConflictsOut,
  type EventOut,
  type SessionOut,
  enc,
  eventSessions,
  request,
} from "../api/client";
import { onLinkClick, setQuery } from "../lib/router";
import { dateRange, formatDate, formatWallClock as wallClock, middayOf, wallAt, wallDate, wallOf } from "../lib/time";
import { AudiencePanel } from "../components/AudiencePanel";
import { OutboxPanel } from "../components/OutboxPanel";
import { RunLink } from "../components/RunLink";
import { SessionEditor, type NewSession } from "./SessionEditor";
import { Timeline } from "./Timeline";
import { TrackEditor } from "./TrackEditor";

// Conflicts come a page at a time (the API's limit is 500); a reload keeps as many as were shown.
const CONFLICTS_PAGE = 50;
const CONFLICTS_MAX_LIMIT = 500;
// Sessions linked from one conflict in the list; the rest of a run is flagged on the timeline.
const CONFLICT_LINKS = 5;

// Kinds the summary counts, in this order; a kind the API adds later is named from its key.
const KIND_NAMES: Record<string, [string, string]> = {
  room_double_booking: ["room double booking", "room double bookings"],
  person_double_booking: ["person double booking", "person double bookings"],
  unavailable: ["booking outside someone's availability", "bookings outside someone's availability"],
  clash: ["clash with a session to avoid", "clashes with sessions to avoid"],
  gap: ["gap", "gaps"],
};
function kindName(kind: string, n: number): string {
  const names = KIND_NAMES[kind];
  if (names) return names[n === 1 ? 0 : 1];
  const plain = kind.replace(/_/g, " ");
  return n === 1 ? plain : `${plain}s`;
}
/** The summary's kinds with a count: the known ones in their order, then any others. */
function summaryKinds(summary: ConflictSummaryOut): [string, number][] {
  const counts = summary as unknown as Record<string, number>;
  const keys = [...Object.keys(KIND_NAMES), ...Object.keys(counts).filter((k) => !(k in KIND_NAMES))];
  return keys.filter((k) => (counts[k] ?? 0) > 0).map((k) => [k, counts[k]!]);
}

interface Conflicts {
  items: ConflictOut[];
  total: number;
  summary: ConflictSummaryOut | null;
}
const NO_CONFLICTS: Conflicts = { items: [], total: 0, summary: null };

/** "Wed 18 Dec, 16:30–16:45" (or "… – Thu 19 Dec, 00:15") from two instants in the event's zone. */
function conflictWhen(start: string, end: string): string {
  const a = wallOf(start);
  const b = wallOf(end);
  const from = `${formatDate(wallDate(a), "short")}, ${wallClock(a)}`;
  return wallDate(a) === wallDate(b) ? `${from}–${wallClock(b)}` : `${from} – ${formatDate(wallDate(b), "short")}, ${wallClock(b)}`;
}

export function Workspace({ slug, url }: { slug: string; url: URL }) {
  const [event, setEvent] = useState<EventOut | null>(null);
  const [eventEtag, setEventEtag] = useState<string | null>(null);
  const [sessions, setSessions] = useState<SessionOut[]>([]);
  const [conflicts, setConflicts] = useState<Conflicts>(NO_CONFLICTS);
  const [conflictsBusy, setConflictsBusy] = useState(false);
  const conflictsTicket = useRef(0); // the latest load; an older one still on its way is dropped
  const conflictsLoading = useRef(false);
  const conflictsShown = useRef(0);
  const conflictList = useRef<HTMLUListElement>(null);
  const focusConflict = useRef<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [extraRooms, setExtraRooms] = useState<string[]>([]);
  const [draft, setDraft] = useState<NewSession | null>(null);
  const selected = url.searchParams.get("session");
  const dayParam = url.searchParams.get("day");

  const loadEvent = () =>
    request<EventOut>(`events/${enc(slug)}`).then((r) => {
      setEvent(r.data);
      setEventEtag(r.etag);
      document.title = `Organise · ${r.data.title}`;
    });
  const loadSessions = async () => setSessions(await eventSessions(slug));
  const conflictsPage = (offset: number, limit: number) =>
    request<ConflictsOut>(`events/${enc(slug)}/conflicts`, {
      query: { limit: String(limit), offset: String(offset) },
    }).then((r) => r.data);
  // From the start, as many as are shown (at least a page): after an edit the runs change.
  const loadConflicts = async () => {
    const ticket = ++conflictsTicket.current;
    conflictsLoading.current = true;
    const want = Math.max(CONFLICTS_PAGE, conflictsShown.current);
    try {
      const items: ConflictOut[] = [];
      let page: ConflictsOut;
      do {
        page = await conflictsPage(items.length, Math.min(CONFLICTS_MAX_LIMIT, want - items.length));
        items.push(...page.items);
      } while (items.length < want && items.length < page.total && page.items.length > 0);
      if (ticket !== conflictsTicket.current) return;
      conflictsShown.current = items.length;
      setConflicts({ items, total: page.total, summary: page.summary });
    } catch {
      if (ticket === conflictsTicket.current) setConflicts(NO_CONFLICTS);
    } finally {
      if (ticket === conflictsTicket.current) conflictsLoading.current = false;
    }
  };
  // The next page after those shown; not while a reload is on its way (offsets would shift).
  const moreConflicts = async () => {
    if (conflictsLoading.current) return;
    const ticket = ++conflictsTicket.current;
    conflictsLoading.current = true;
    const have = conflicts.items;
    setConflictsBusy(true);
    try {
      const page = await conflictsPage(have.length, CONFLICTS_PAGE);
      if (ticket !== conflictsTicket.current) return;
      const items = [...have, ...page.items];
      conflictsShown.current = items.length;
      focusConflict.current = page.items.length > 0 ? have.length : null;
      setConflicts({ items, total: page.total, summary: page.summary });
    } catch (e) {
      if (ticket === conflictsTicket.current) setStatus(`Could not load more conflicts: ${(e as Error).message}`);
    } finally {
      if (ticket === conflictsTicket.current) conflictsLoading.current = false;
      setConflictsBusy(false);
    }
  };
  // After "Show more", focus goes to the first conflict it added.
  useEffect(() => {
    const i = focusConflict.current;
    focusConflict.current = null;
    if (i !== null) (conflictList.current?.children[i] as HTMLElement | undefined)?.focus();
  }, [conflicts]);
  const reload = () => Promise.all([loadEvent(), loadSessions(), loadConflicts()]);

  useEffect(() => {
    conflictsShown.current = 0;
    reload().catch((e) => setError((e as Error).message));
  }, [slug]);

  const days = event ? dateRange(event.start_date, event.end_date) : [];
  const day = dayParam && days.includes(dayParam) ? dayParam : days[0] ?? "";
  // Every session named by a loaded conflict is flagged on the timeline and in the editor.
  const conflicted = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const c of conflicts.items) for (const id of c.sessions) m.set(id, [...(m.get(id) ?? []), c.message]);
    return m;
  }, [conflicts]);
  const byId = useMemo(() => new Map(sessions.map((s) => [s.id, s])), [sessions]);

  const onSaved = (s: SessionOut) => {
    setSessions((list) => {
      const i = list.findIndex((x) => x.id === s.id);
      return i < 0 ? [...list, s] : list.map((x) => (x.id === s.id ? s : x));
    });
    loadConflicts();
    loadEvent();
  };
  const onDeleted = (id: string) => {
    setSessions((list) => list.filter((x) => x.id !== id));
    setQuery({ session: null });
    loadConflicts();
  };

  const publish = async (to: "publish" | "unpublish") => {
    try {
      const r = await request<EventOut>(`events/${enc(slug)}/${to}`, { method: "POST" });
      setEvent(r.data);
      setEventEtag(r.etag);
      setStatus(to === "publish" ? "Published: attendees can see it." : "Back to draft: only organisers see it.");
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (error && !event) return <main id="main" class="page"><p class="error" role="alert">{error}</p></main>;
  if (!event) return <main id="main" class="page"><p aria-busy="true">Loading…</p></main>;

  const current = sessions.find((s) => s.id === selected) ?? null;
  return (
    <main id="main" class="page workspace">
      <header class="event-head">
        <p class="crumbs">
          <a href="/organise" onClick={onLinkClick}>
            Your events
          </a>
        </p>
        <h1 dir="auto">{event.title}</h1>
        <p class="meta">
          <span class={`badge status-${event.status}`}>{event.status}</span> · {event.timezone} ·{" "}
          {formatDate(event.start_date, "short")} – {formatDate(event.end_date, "short")} · version{" "}
          <span data-testid="event-version">{event.version}</span>
          {eventEtag ? "" : ""}
        </p>
        <div class="actions">
          {event.status === "draft" ? (
            <button type="button" onClick={() => publish("publish")}>
              Publish
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => publish("unpublish")}>
              Unpublish
            </button>
          )}{" "}
          <a href={`/e/${enc(slug)}`} onClick={onLinkClick}>
            Attendee view
          </a>{" "}
          <RunLink event={event} />
        </div>
        <p role="status" class="status">
          {status}
        </p>
      </header>

      <TrackEditor event={event} onChange={loadEvent} />
      <AudiencePanel slug={slug} at={middayOf(event.start_date)} />

      <section aria-labelledby="grid-title" class="grid-section">
        <h2 id="grid-title">Timeline</h2>
        <p class="hint" id="grid-help">
          Drag in a room's column to create a session. Drag a session to move it, its lower edge to
          resize it; Escape cancels a drag, Undo (Ctrl+Z or ⌘Z) puts the last move back. With the keyboard:
          focus a session, then ↑/↓ move it by 5 minutes, Shift+↑/↓ change its end, ←/→ change its
          room, Enter opens it. Times are {event.timezone} wall-clock.
        </p>
        <nav class="days" aria-label="Days">
          <ul>
            {days.map((d) => (
              <li key={d}>
                <a
                  href={`?day=${d}`}
                  aria-current={d === day ? "page" : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    setQuery({ day: d });
                  }}
                >
                  {formatDate(d, "short")}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Timeline
          day={day}
          sessions={sessions}
          extraRooms={extraRooms}
          conflicted={conflicted}
          selected={selected}
          onCreate={(d) => {
            setDraft(d);
            setQuery({ session: null });
          }}
          onChange={onSaved}
          onAnnounce={setStatus}
          slug={slug}
        />
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const input = (e.currentTarget as HTMLFormElement).elements.namedItem("room") as HTMLInputElement;
            if (input.value.trim()) setExtraRooms([...extraRooms, input.value.trim()]);
            input.value = "";
          }}
        >
          <label for="new-room">Add a room column</label>
          <input id="new-room" name="room" type="text" dir="auto" />
          <button type="submit" class="secondary">
            Add room
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              setQuery({ session: null });
              setDraft({ title: "", start: wallAt(day, 9 * 60), end: wallAt(day, 10 * 60), room: extraRooms[0] ?? "" });
            }}
          >
            New session…
          </button>
        </form>
      </section>

      {conflicts.total > 0 && (
        <section aria-labelledby="conflicts-title" class="conflicts">
          <h2 id="conflicts-title">Conflicts ({conflicts.total})</h2>
          {conflicts.summary && (
            <p class="conflict-summary">
              {summaryKinds(conflicts.summary)
                .map(([k, n]) => `${n} ${kindName(k, n)}`)
                .join(" · ")}
              {conflicts.items.length < conflicts.total ? ` · showing the first ${conflicts.items.length}` : ""}
            </p>
          )}
          <ul ref={conflictList}>
            {conflicts.items.map((c, i) => {
              const linked = c.sessions
                .slice(0, CONFLICT_LINKS)
                .map((id) => byId.get(id))
                .filter((s): s is SessionOut => s !== undefined);
              const unlinked = c.count - linked.length;
              return (
                <li key={i} tabIndex={-1}>
                  <p class="conflict-head">
                    <span class="badge conflict">{c.kind.replace(/_/g, " ")}</span>{" "}
                    <span class="conflict-when">{conflictWhen(c.start, c.end)}</span>
                  </p>
                  <p dir="auto">{c.message}</p>
                  {linked.length > 0 && (
                    <p class="conflict-sessions">
                      {c.count === 1 ? "Session: " : `${c.count} sessions: `}
                      {linked.map((s, j) => (
                        <Fragment key={s.id}>
                          {j > 0 && ", "}
                          <a
                            href={`?day=${wallDate(wallOf(s.start))}&session=${s.id}`}
                            onClick={(e) => {
                              e.preventDefault();
                              setQuery({ day: wallDate(wallOf(s.start)), session: s.id });
                            }}
                            dir="auto"
                          >
                            {s.title}
                          </a>
                        </Fragment>
                      ))}
                      {unlinked > 0 && ` and ${unlinked} more`}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          {conflicts.items.length < conflicts.total && (
            <button type="button" class="secondary more" aria-disabled={conflictsBusy} onClick={moreConflicts}>
              Show more conflicts ({conflicts.total - conflicts.items.length} more)
            </button>
          )}
        </section>
      )}

      <OutboxPanel slug={slug} />

      {(current || draft) && (
        <SessionEditor
          key={current?.id ?? "new"}
          slug={slug}
          event={event}
          session={current}
          draft={current ? null : draft}
          conflicts={current ? conflicted.get(current.id) ?? [] : []}
          onSaved={(s) => {
            onSaved(s);
            if (!current) {
              setDraft(null);
              setQuery({ session: s.id, day: wallDate(wallOf(s.start)) });
            }
          }}
          onDeleted={onDeleted}
          onClose={() => {
            setDraft(null);
            setQuery({ session: null });
          }}
        />
      )}
    </main>
  );
}
