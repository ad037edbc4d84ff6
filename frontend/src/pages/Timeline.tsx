// One day of the event as rooms × hours: drag to create, move and resize sessions, or use the
// keyboard. Escape cancels a drag; Undo (and Ctrl/Cmd+Z) puts the last move or resize back.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ApiError, type SessionOut, type SessionPatch, enc, request } from "../api/client";
import { setQuery } from "../lib/router";
import {
  addMinutes,
  formatDate,
  formatWallClock,
  snap,
  wallAt,
  wallDate,
  wallDiff,
  wallMinutes,
  wallOf,
} from "../lib/time";
import type { NewSession } from "./SessionEditor";

export const PX_PER_MIN = 1.2;
const NO_ROOM = "";
const DAY = 24 * 60;
// Undo remembers this many moves.
const UNDO_DEPTH = 20;

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

interface Undoable {
  id: string;
  title: string;
  from: Local;
  to: Local;
}

const endOn = (w: { start: string; end: string }, day: string) =>
  wallDate(w.end) === day ? wallMinutes(w.end) : DAY;

/** The hours to draw: those of every session of the event (as times of day, so each day of the
 * event shows the same hours), an hour either side, 08:00–19:00 when there are none. */
export function gridRange(walls: { start: string; end: string }[]): [number, number] {
  if (walls.length === 0) return [8 * 60, 19 * 60];
  let lo = DAY;
  let hi = 0;
  for (const w of walls) {
    const from = wallMinutes(w.start);
    lo = Math.min(lo, from);
    hi = Math.max(hi, endOn(w, wallDate(w.start)));
  }
  return [Math.max(0, Math.floor(lo / 60) * 60 - 60), Math.min(DAY, Math.ceil(hi / 60) * 60 + 60)];
}

/** Overlapping sessions of one room side by side, as calendar apps draw them: each cluster of
 * overlapping items shares the width in as many lanes as it needs at once. */
export function sideBySide(items: { id: string; from: number; to: number }[]): Map<string, { lane: number; lanes: number }> {
  const out = new Map<string, { lane: number; lanes: number }>();
  const sorted = [...items].sort((a, b) => a.from - b.from || b.to - a.to);
  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const c of cluster) out.set(c.id, { lane: c.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const it of sorted) {
    if (it.from >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= it.from);
    if (lane < 0) lane = laneEnds.push(it.to) - 1;
    else laneEnds[lane] = it.to;
    cluster.push({ id: it.id, lane });
    clusterEnd = Math.max(clusterEnd === -Infinity ? it.to : clusterEnd, it.to);
  }
  close();
  return out;
}

export function Timeline(props: TimelineProps) {
  const { slug, day, sessions, extraRooms, conflicted, selected, onCreate, onChange, onAnnounce } = props;
  // Optimistic positions while a change is on its way.
  const [local, setLocal] = useState<Record<string, Local>>({});
  const [ghost, setGhost] = useState<{ room: string; from: number; to: number } | null>(null);
  const [wholeDay, setWholeDay] = useState(false);
  const [undo, setUndo] = useState<Undoable[]>([]);
  const timers = useRef<Record<string, number>>({});
  const latest = useRef<Record<string, SessionOut>>({});
  for (const s of sessions) latest.current[s.id] = s;

  const clock = (wall: string) => formatWallClock(wall);
  const span = (p: { start: string; end: string }) => `${clock(p.start)}–${clock(p.end)}`;
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
  const [lo, hi] = wholeDay ? [0, DAY] : gridRange(sessions.map(pos));
  const height = (hi - lo) * PX_PER_MIN;
  const yToMin = (el: HTMLElement, clientY: number) =>
    Math.max(0, Math.min(DAY - 5, lo + snap((clientY - el.getBoundingClientRect().top) / PX_PER_MIN)));

  /** PATCHes the session from its latest saved place to `next`; true when saved. */
  const patchTo = async (id: string, next: Local): Promise<SessionOut | null> => {
    const cur = latest.current[id]!;
    const was = { start: wallOf(cur.start), end: wallOf(cur.end), room: cur.room ?? NO_ROOM };
    const body: SessionPatch = {};
    const moved = next.start !== was.start;
    const resized = wallDiff(next.start, next.end) !== wallDiff(was.start, was.end);
    if (moved) body.start = next.start;
    if (resized || (!moved && next.end !== was.end)) body.end = next.end;
    if (next.room !== was.room) body.room = next.room || null;
    if (Object.keys(body).length === 0) return null;
    try {
      const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${id}`, {
        method: "PATCH",
        body,
        ifMatch: sessionEtag(cur),
      });
      latest.current[id] = r.data;
      onChange(r.data);
      return r.data;
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        onAnnounce(`Someone else changed “${cur.title}” meanwhile: showing their version. Try again.`);
        const fresh = await request<SessionOut>(`events/${enc(slug)}/sessions/${id}`);
        onChange(fresh.data);
      } else onAnnounce(`Not saved: ${(e as Error).message}`);
      return null;
    }
  };

  const save = (s: SessionOut, next: Local) => {
    const id = s.id;
    setLocal((l) => ({ ...l, [id]: next }));
    window.clearTimeout(timers.current[id]);
    timers.current[id] = window.setTimeout(async () => {
      const cur = latest.current[id]!;
      const from = { start: wallOf(cur.start), end: wallOf(cur.end), room: cur.room ?? NO_ROOM };
      try {
        const saved = await patchTo(id, next);
        if (saved) {
          setUndo((u) => [...u.slice(1 - UNDO_DEPTH), { id, title: saved.title, from, to: next }]);
          onAnnounce(`Saved “${saved.title}”: ${span({ start: wallOf(saved.start), end: wallOf(saved.end) })}${saved.room ? `, ${saved.room}` : ""}.`);
        }
      } finally {
        setLocal((l) => {
          const { [id]: _, ...rest } = l;
          return rest;
        });
      }
    }, 400);
  };

  const undoLast = async () => {
    const last = undo[undo.length - 1];
    if (!last) return;
    setUndo((u) => u.slice(0, -1));
    const saved = await patchTo(last.id, last.from);
    if (saved)
      onAnnounce(`Undone: “${saved.title}” is back at ${span(last.from)}${last.from.room ? `, ${last.from.room}` : ""}.`);
  };
  const undoRef = useRef(undoLast);
  undoRef.current = undoLast;
  // Ctrl/Cmd+Z undoes the last move, except where text is typed (the field's own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== "z") return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      undoRef.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

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
      onAnnounce(`“${s.title}”: ${span(next)}${next.room ? `, ${next.room}` : ""}`);
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

  // Escape during a drag puts everything back where it was; nothing is saved.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const d = drag.current;
      if (e.key !== "Escape" || !d) return;
      e.preventDefault();
      drag.current = null;
      setGhost(null);
      if (d.id) {
        const id = d.id;
        setLocal((l) => {
          const { [id]: _, ...rest } = l;
          return rest;
        });
      }
      onAnnounce(d.kind === "create" ? "New session cancelled." : "Drag cancelled: nothing changed.");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

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
  const last = undo[undo.length - 1];

  return (
    <>
      <div class="grid-tools">
        <button
          type="button"
          class="secondary"
          aria-disabled={last ? undefined : true}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={undoLast}
        >
          Undo{last ? <span class="undo-what" dir="auto">: move of “{last.title}”</span> : ""}
        </button>
        <label class="check">
          <input type="checkbox" checked={wholeDay} onChange={(e) => setWholeDay((e.currentTarget as HTMLInputElement).checked)} />{" "}
          Whole day
        </label>
      </div>
      <div class="grid-scroll" tabIndex={0} role="region" aria-label={`Timeline of ${formatDate(day, "short")}`}>
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
                {clock(wallAt(day, h % DAY))}
              </span>
            ))}
          </div>
          {rooms.map((r) => {
            const here = todays.filter((s) => pos(s).room === r);
            const lanes = sideBySide(here.map((s) => ({ id: s.id, from: wallMinutes(pos(s).start), to: endOn(pos(s), day) })));
            return (
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
                    {clock(wallAt(day, ghost.from))}–{clock(wallAt(day, ghost.to))}
                  </div>
                )}
                {here.map((s) => {
                  const p = pos(s);
                  const top = (wallMinutes(p.start) - lo) * PX_PER_MIN;
                  const h = Math.max(5, endOn(p, day) - wallMinutes(p.start)) * PX_PER_MIN;
                  const { lane, lanes: n } = lanes.get(s.id) ?? { lane: 0, lanes: 1 };
                  const bad = conflicted.get(s.id);
                  return (
                    <div
                      key={s.id}
                      class={`block${bad ? " conflict" : ""}${selected === s.id ? " selected" : ""}${local[s.id] ? " pending" : ""}${s.status === "cancelled" ? " cancelled" : ""}`}
                      style={{
                        top: `${top}px`,
                        height: `${h}px`,
                        insetInlineStart: `calc(4px + (100% - 8px) * ${lane} / ${n})`,
                        inlineSize: `calc((100% - 8px) / ${n} - ${n > 1 ? 2 : 0}px)`,
                        insetInlineEnd: "auto",
                      }}
                      tabIndex={0}
                      role="button"
                      aria-label={`${s.title}, ${clock(p.start)} to ${clock(p.end)}${bad ? `, conflict: ${bad.join("; ")}` : ""}`}
                      aria-describedby="grid-help"
                      aria-pressed={selected === s.id}
                      data-session={s.id}
                      data-lane={`${lane + 1}/${n}`}
                      onKeyDown={onKey(s)}
                      onPointerDown={onBlockDown(s, "move")}
                      onPointerMove={onBlockMove(s)}
                      onPointerUp={onBlockUp(s)}
                    >
                      <span class="block-time">{span(p)}</span>{" "}
                      <span class="block-title" dir="auto">
                        {s.title}
                      </span>
                      {bad && (
                        <span class="block-conflict" aria-hidden="true" dir="auto">
                          {bad[0]}
                          {bad.length > 1 ? ` (+${bad.length - 1} more)` : ""}
                        </span>
                      )}
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
            );
          })}
        </div>
      </div>
    </>
  );
}
