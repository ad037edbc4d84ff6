// One day of the event as rooms × hours: drag to create, move and resize sessions, or use the keyboard.
import { useMemo, useRef, useState } from "preact/hooks";
import { ApiError, type SessionOut, type SessionPatch, enc, request } from "../api/client";
import { setQuery } from "../lib/router";
import { addMinutes, formatDate, snap, wallAt, wallClock, wallDate, wallDiff, wallMinutes, wallOf } from "../lib/time";
import type { NewSession } from "./SessionEditor";

export const PX_PER_MIN = 1.2;
const NO_ROOM = "";

export const sessionEtag = (s: SessionOut) => `"s${s.version}"`;

interface TimelineProps {
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

export function Timeline(props: TimelineProps) {
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
