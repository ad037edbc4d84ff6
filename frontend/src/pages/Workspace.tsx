// One event's workspace: status and publishing, tracks (TrackEditor), the days × rooms
// timeline (Timeline), conflicts, the session editor.
import { useEffect, useMemo, useState } from "preact/hooks";
import { type ConflictOut, type ConflictsOut, type EventOut, type Page, type SessionOut, enc, request } from "../api/client";
import { onLinkClick, setQuery } from "../lib/router";
import { dateRange, formatDate, wallAt, wallDate, wallOf } from "../lib/time";
import { SessionEditor, type NewSession } from "./SessionEditor";
import { Timeline } from "./Timeline";
import { TrackEditor } from "./TrackEditor";

export function Workspace({ slug, url }: { slug: string; url: URL }) {
  const [event, setEvent] = useState<EventOut | null>(null);
  const [eventEtag, setEventEtag] = useState<string | null>(null);
  const [sessions, setSessions] = useState<SessionOut[]>([]);
  const [conflicts, setConflicts] = useState<ConflictOut[]>([]);
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
  const loadSessions = async () => {
    const all: SessionOut[] = [];
    for (let offset = 0; ; offset += 500) {
      const r = await request<Page<SessionOut>>(`events/${enc(slug)}/sessions`, {
        query: { limit: "500", offset: String(offset) },
      });
      all.push(...r.data.items);
      if (all.length >= r.data.total || r.data.items.length === 0) break;
    }
    setSessions(all);
  };
  const loadConflicts = () =>
    request<ConflictsOut>(`events/${enc(slug)}/conflicts`)
      .then((r) => setConflicts(r.data.items))
      .catch(() => setConflicts([]));
  const reload = () => Promise.all([loadEvent(), loadSessions(), loadConflicts()]);

  useEffect(() => {
    reload().catch((e) => setError((e as Error).message));
  }, [slug]);

  const days = event ? dateRange(event.start_date, event.end_date) : [];
  const day = dayParam && days.includes(dayParam) ? dayParam : days[0] ?? "";
  const conflicted = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const c of conflicts) for (const id of c.sessions) m.set(id, [...(m.get(id) ?? []), c.message]);
    return m;
  }, [conflicts]);

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
        <p class="actions">
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
          {event.tracks.map((t) => (
            <a key={t.slug} href={`/e/${enc(slug)}/tracks/${enc(t.slug)}/run`} onClick={onLinkClick}>
              Run of show: {t.name}{" "}
            </a>
          ))}
        </p>
        <p role="status" class="status">
          {status}
        </p>
      </header>

      <TrackEditor event={event} onChange={loadEvent} />

      <section aria-labelledby="grid-title" class="grid-section">
        <h2 id="grid-title">Timeline</h2>
        <p class="hint" id="grid-help">
          Drag in a room's column to create a session. Drag a session to move it, its lower edge to
          resize it. With the keyboard: focus a session, then ↑/↓ move it by 5 minutes, Shift+↑/↓
          change its end, ←/→ change its room, Enter opens it. Times are {event.timezone} wall-clock.
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

      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-title" class="conflicts">
          <h2 id="conflicts-title">Conflicts ({conflicts.length})</h2>
          <ul>
            {conflicts.map((c, i) => (
              <li key={i}>
                <span class="badge conflict">{c.kind.replace(/_/g, " ")}</span> {c.message}{" "}
                {c.sessions.map((id) => {
                  const s = sessions.find((x) => x.id === id);
                  return s ? (
                    <a
                      key={id}
                      href={`?day=${wallDate(wallOf(s.start))}&session=${id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        setQuery({ day: wallDate(wallOf(s.start)), session: id });
                      }}
                      dir="auto"
                    >
                      {s.title}{" "}
                    </a>
                  ) : null;
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

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
