// One event's workspace: status, tracks, the days × rooms grid, conflicts, the session editor.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  ApiError,
  type ConflictOut,
  type ConflictsOut,
  type EventOut,
  type Page,
  type SessionOut,
  type SessionPatch,
  type TrackCreate,
  type TrackOut,
  enc,
  request,
} from "../api/client";
import { onLinkClick, setQuery } from "../lib/router";
import {
  addMinutes,
  dateRange,
  formatDate,
  snap,
  wallAt,
  wallClock,
  wallDate,
  wallDiff,
  wallMinutes,
  wallOf,
} from "../lib/time";
import { SessionEditor, type NewSession } from "./SessionEditor";

export const PX_PER_MIN = 1.2;
const NO_ROOM = "";

export const sessionEtag = (s: SessionOut) => `"s${s.version}"`;

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

      <Tracks event={event} onChange={loadEvent} />

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
        <Grid
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

function Tracks({ event, onChange }: { event: EventOut; onChange: () => void }) {
  const [form, setForm] = useState<TrackCreate>({ slug: "", name: "", mode: "online" });
  const [error, setError] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await request<TrackOut>(`events/${enc(event.slug)}/tracks`, {
        method: "POST",
        body: { ...form, location: form.location || null, join_url: form.join_url || null },
      });
      setForm({ slug: "", name: "", mode: "online" });
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const remove = async (t: TrackOut) => {
    setError(null);
    try {
      await request(`events/${enc(event.slug)}/tracks/${enc(t.slug)}`, { method: "DELETE", ifMatch: `"t${t.version}"` });
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const set = (k: keyof TrackCreate) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <details class="tracks card">
      <summary>
        <h2>Tracks ({event.tracks.map((t) => t.name).join(", ")})</h2>
      </summary>
      {error && <p class="error" role="alert">{error}</p>}
      <ul>
        {event.tracks.map((t) => (
          <li key={t.slug}>
            <strong dir="auto">{t.name}</strong> ({t.mode === "online" ? "online" : "in person"}
            {t.location ? `, ${t.location}` : ""}
            {t.join_url ? `, ${t.join_url}` : ""}){" "}
            <button type="button" class="quiet" onClick={() => remove(t)}>
              Remove<span class="visually-hidden"> track {t.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="grid-form" onSubmit={add}>
        <div class="field">
          <label for="tr-name">Name</label>
          <input id="tr-name" required value={form.name} onInput={set("name")} dir="auto" />
        </div>
        <div class="field">
          <label for="tr-slug">Slug</label>
          <input id="tr-slug" required value={form.slug} onInput={set("slug")} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
        </div>
        <div class="field">
          <label for="tr-mode">Mode</label>
          <select id="tr-mode" value={form.mode} onChange={set("mode")}>
            <option value="in_person">In person</option>
            <option value="online">Online</option>
          </select>
        </div>
        <div class="field">
          <label for="tr-where">{form.mode === "online" ? "Join link" : "Location"}</label>
          {form.mode === "online" ? (
            <input id="tr-where" type="url" value={form.join_url ?? ""} onInput={set("join_url")} />
          ) : (
            <input id="tr-where" type="text" value={form.location ?? ""} onInput={set("location")} />
          )}
        </div>
        <button type="submit" class="secondary">
          Add track
        </button>
      </form>
    </details>
  );
}

// ---- the grid -----------------------------------------------------------------------------

interface GridProps {
  slug: string;
  day: string;
  sessions: SessionOut[];
  extraRooms: string[];
  conflicted: Map<string, string[]>;
  selected: string | null;
  onCreate: (d: NewSession) => void;
  onChange: (s: SessionOut) => void;
  onAnnounce: (m: string) => void;
}

interface Local {
  start: string;
  end: string;
  room: string;
}

export function gridRange(walls: { start: string; end: string }[], day: string): [number, number] {
  let lo = 8 * 60;
  let hi = 19 * 60;
  for (const w of walls) {
    if (wallDate(w.start) !== day) continue;
    lo = Math.min(lo, Math.floor(wallMinutes(w.start) / 60) * 60);
    const endMin = wallDate(w.end) === day ? wallMinutes(w.end) : 24 * 60;
    hi = Math.max(hi, Math.ceil(endMin / 60) * 60);
  }
  return [lo, Math.min(hi, 24 * 60)];
}

function Grid(props: GridProps) {
  const { slug, day, sessions, extraRooms, conflicted, selected, onCreate, onChange, onAnnounce } = props;
  // Optimistic positions while a change is on its way.
  const [local, setLocal] = useState<Record<string, Local>>({});
  const [ghost, setGhost] = useState<{ room: string; from: number; to: number } | null>(null);
  const timers = useRef<Record<string, number>>({});
  const latest = useRef<Record<string, SessionOut>>({});
  for (const s of sessions) latest.current[s.id] = s;

  const pos = (s: SessionOut): Local =>
    local[s.id] ?? { start: wallOf(s.start), end: wallOf(s.end), room: s.room ?? NO_ROOM };
  const todays = sessions.filter((s) => wallDate(pos(s).start) === day);
  const rooms = useMemo(() => {
    const set = new Set<string>();
    for (const s of sessions) set.add(s.room ?? NO_ROOM);
    for (const r of extraRooms) set.add(r);
    if (set.size === 0) set.add("Main room");
    return [...set].sort((a, b) => (a === NO_ROOM ? 1 : b === NO_ROOM ? -1 : a.localeCompare(b)));
  }, [sessions, extraRooms]);
  const [lo, hi] = gridRange(todays.map(pos), day);
  const height = (hi - lo) * PX_PER_MIN;
  const yToMin = (el: HTMLElement, clientY: number) =>
    lo + snap((clientY - el.getBoundingClientRect().top) / PX_PER_MIN);

  const save = (s: SessionOut, next: Local) => {
    const id = s.id;
    setLocal((l) => ({ ...l, [id]: next }));
    window.clearTimeout(timers.current[id]);
    timers.current[id] = window.setTimeout(async () => {
      const cur = latest.current[id]!;
      const was = { start: wallOf(cur.start), end: wallOf(cur.end), room: cur.room ?? NO_ROOM };
      const body: SessionPatch = {};
      const moved = next.start !== was.start;
      const resized = wallDiff(next.start, next.end) !== wallDiff(was.start, was.end);
      if (moved) body.start = next.start;
      if (resized || (!moved && next.end !== was.end)) body.end = next.end;
      if (next.room !== was.room) body.room = next.room || null;
      if (Object.keys(body).length === 0) return;
      try {
        const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${id}`, {
          method: "PATCH",
          body,
          ifMatch: sessionEtag(cur),
        });
        onChange(r.data);
        onAnnounce(`Saved “${r.data.title}”: ${wallClock(wallOf(r.data.start))}–${wallClock(wallOf(r.data.end))}${r.data.room ? `, ${r.data.room}` : ""}.`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 412) {
          onAnnounce(`Someone else changed “${cur.title}” meanwhile: showing their version. Try again.`);
          const fresh = await request<SessionOut>(`events/${enc(slug)}/sessions/${id}`);
          onChange(fresh.data);
        } else onAnnounce(`Not saved: ${(e as Error).message}`);
      } finally {
        setLocal((l) => {
          const { [id]: _, ...rest } = l;
          return rest;
        });
      }
    }, 400);
  };

  const onKey = (s: SessionOut) => (e: KeyboardEvent) => {
    const p = pos(s);
    const step = 5;
    let next: Local | null = null;
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      const d = e.key === "ArrowUp" ? -step : step;
      if (e.shiftKey) {
        const end = addMinutes(p.end, d);
        if (wallDiff(p.start, end) >= step) next = { ...p, end };
      } else next = { ...p, start: addMinutes(p.start, d), end: addMinutes(p.end, d) };
    } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      const rtl = getComputedStyle(e.currentTarget as Element).direction === "rtl";
      const d = (e.key === "ArrowRight") !== rtl ? 1 : -1;
      const i = rooms.indexOf(p.room);
      const room = rooms[i + d];
      if (room !== undefined) next = { ...p, room };
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setQuery({ session: s.id });
      return;
    }
    if (next) {
      e.preventDefault();
      onAnnounce(`“${s.title}”: ${wallClock(next.start)}–${wallClock(next.end)}${next.room ? `, ${next.room}` : ""}`);
      save(s, next);
    }
  };

  // Pointer drags: create in empty space, move a block, resize by its lower edge.
  const drag = useRef<{
    kind: "create" | "move" | "resize";
    id?: string;
    room: string;
    startY: number;
    origin: Local;
    from: number;
    moved: boolean;
  } | null>(null);

  const onColumnDown = (room: string) => (e: PointerEvent) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest(".block")) return;
    const col = e.currentTarget as HTMLElement;
    col.setPointerCapture?.(e.pointerId);
    const m = yToMin(col, e.clientY);
    drag.current = { kind: "create", room, startY: e.clientY, origin: { start: "", end: "", room }, from: m, moved: false };
    setGhost({ room, from: m, to: m + 30 });
  };
  const onColumnMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.kind !== "create") return;
    const m = yToMin(e.currentTarget as HTMLElement, e.clientY);
    d.moved = true;
    setGhost({ room: d.room, from: Math.min(d.from, m), to: Math.max(d.from + 5, m) });
  };
  const onColumnUp = () => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.kind !== "create" || !ghost) return setGhost(null);
    const to = d.moved ? ghost.to : ghost.from + 30;
    onCreate({ title: "", start: wallAt(day, ghost.from), end: wallAt(day, Math.max(to, ghost.from + 5)), room: d.room });
    setGhost(null);
  };

  const onBlockDown = (s: SessionOut, kind: "move" | "resize") => (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    drag.current = { kind, id: s.id, room: pos(s).room, startY: e.clientY, origin: pos(s), from: 0, moved: false };
  };
  const onBlockMove = (s: SessionOut) => (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.id !== s.id) return;
    const delta = snap((e.clientY - d.startY) / PX_PER_MIN);
    if (delta === 0 && !d.moved) return;
    d.moved = true;
    // Which room column is under the pointer?
    const under = document.elementsFromPoint(e.clientX, e.clientY).find((el) => el.classList.contains("column"));
    const room = d.kind === "move" && under ? (under as HTMLElement).dataset.room ?? d.origin.room : d.origin.room;
    const next =
      d.kind === "move"
        ? { start: addMinutes(d.origin.start, delta), end: addMinutes(d.origin.end, delta), room }
        : { ...d.origin, end: wallDiff(d.origin.start, addMinutes(d.origin.end, delta)) >= 5 ? addMinutes(d.origin.end, delta) : addMinutes(d.origin.start, 5) };
    setLocal((l) => ({ ...l, [s.id]: next }));
  };
  const onBlockUp = (s: SessionOut) => () => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.id !== s.id) return;
    if (!d.moved) {
      setQuery({ session: s.id });
      return;
    }
    const next = local[s.id];
    if (next) save(s, next);
  };

  const hours: number[] = [];
  for (let h = lo; h <= hi; h += 60) hours.push(h);

  return (
    <div class="grid-scroll">
      <div class="grid" style={{ "--rooms": rooms.length }}>
        <div class="corner" aria-hidden="true" />
        {rooms.map((r) => (
          <div key={`h-${r}`} class="room-head" dir="auto">
            {r || "No room"}
          </div>
        ))}
        <div class="hours" style={{ height: `${height}px` }} aria-hidden="true">
          {hours.map((h) => (
            <span key={h} style={{ top: `${(h - lo) * PX_PER_MIN}px` }}>
              {String(Math.floor(h / 60)).padStart(2, "0")}:00
            </span>
          ))}
        </div>
        {rooms.map((r) => (
          <div
            key={r}
            class="column"
            data-room={r}
            role="group"
            aria-label={`${r || "No room"}, ${formatDate(day, "short")}`}
            style={{ height: `${height}px` }}
            onPointerDown={onColumnDown(r)}
            onPointerMove={onColumnMove}
            onPointerUp={onColumnUp}
          >
            {ghost && ghost.room === r && (
              <div class="ghost" style={{ top: `${(ghost.from - lo) * PX_PER_MIN}px`, height: `${(ghost.to - ghost.from) * PX_PER_MIN}px` }}>
                {wallClock(wallAt(day, ghost.from))}–{wallClock(wallAt(day, ghost.to))}
              </div>
            )}
            {todays
              .filter((s) => pos(s).room === r)
              .map((s) => {
                const p = pos(s);
                const top = (wallMinutes(p.start) - lo) * PX_PER_MIN;
                const endMin = wallDate(p.end) === day ? wallMinutes(p.end) : 24 * 60;
                const h = Math.max(5, endMin - wallMinutes(p.start)) * PX_PER_MIN;
                const bad = conflicted.get(s.id);
                return (
                  <div
                    key={s.id}
                    class={`block${bad ? " conflict" : ""}${selected === s.id ? " selected" : ""}${local[s.id] ? " pending" : ""}${s.status === "cancelled" ? " cancelled" : ""}`}
                    style={{ top: `${top}px`, height: `${h}px` }}
                    tabIndex={0}
                    role="button"
                    aria-label={`${s.title}, ${wallClock(p.start)} to ${wallClock(p.end)}${bad ? `, conflict: ${bad.join("; ")}` : ""}`}
                    aria-describedby="grid-help"
                    aria-pressed={selected === s.id}
                    data-session={s.id}
                    onKeyDown={onKey(s)}
                    onPointerDown={onBlockDown(s, "move")}
                    onPointerMove={onBlockMove(s)}
                    onPointerUp={onBlockUp(s)}
                  >
                    <span class="block-time">
                      {wallClock(p.start)}–{wallClock(p.end)}
                    </span>{" "}
                    <span class="block-title" dir="auto">
                      {s.title}
                    </span>
                    {bad && <span class="block-flag" aria-hidden="true">!</span>}
                    <span
                      class="resize"
                      aria-hidden="true"
                      onPointerDown={onBlockDown(s, "resize")}
                      onPointerMove={onBlockMove(s)}
                      onPointerUp={onBlockUp(s)}
                    />
                  </div>
                );
              })}
          </div>
        ))}
      </div>
    </div>
  );
}
