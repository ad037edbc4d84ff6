// The facilitator's run of show, as pure logic: which sessions a facilitator follows, what
// runs in each of them at an instant (its current segment and the one after it), how a
// rehearsal time (?at=) is read, and when a segment change deserves a cue.
import type { AgendaSessionOut, Schemas } from "../api/client";
import { offsetMinutes } from "./time";

type PersonOut = Schemas["PersonOut"];

// ---- ?at= ------------------------------------------------------------------------------

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant a wall time ("2024-12-18T16:30") shows in a zone. In a fall-back overlap it
 * is the earlier of the two; in a spring-forward gap, the instant the clocks jump to. */
export function wallToInstant(wall: string, zone: string): Date | null {
  const m = WALL.exec(wall);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(asUtc)) return null;
  // Two candidates, from the offsets either side of the wall time; keep those that show it.
  const offsets = new Set([
    offsetMinutes(zone, new Date(asUtc - 86_400_000 / 2)),
    offsetMinutes(zone, new Date(asUtc)),
    offsetMinutes(zone, new Date(asUtc + 86_400_000 / 2)),
  ]);
  const fits = [...offsets]
    .map((o) => asUtc - o * 60_000)
    .filter((t) => offsetMinutes(zone, new Date(t)) * 60_000 + t === asUtc)
    .sort((a, b) => a - b);
  if (fits.length > 0) return new Date(fits[0]!);
  // The gap: the wall time does not exist; the clocks read it as the offset before the jump.
  const before = offsetMinutes(zone, new Date(asUtc - 86_400_000 / 2));
  return new Date(asUtc - before * 60_000);
}

export interface Rehearsal {
  instant: Date;
  /** True when ?at= had no offset and was read in the event's zone. */
  wall: boolean;
}

/** ?at=: an instant with its offset, or a wall time read in the event's zone (as organisers
 * write times); null when it is neither. */
export function parseAt(at: string, eventZone: string): Rehearsal | null {
  const text = at.trim().replace(" ", "T");
  if (WITH_OFFSET.test(text)) {
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? null : { instant: d, wall: false };
  }
  const d = wallToInstant(text, eventZone);
  return d ? { instant: d, wall: true } : null;
}

// ---- who facilitates -------------------------------------------------------------------

export interface Viewer {
  email: string | null;
  name?: string | null;
}

const fold = (s: string | null | undefined) => (s ?? "").trim().toLocaleLowerCase();

/** Whether one of these people is the viewer as a facilitator: by email when the person has
 * one (the event's team reads them), else by name. */
export function facilitates(people: readonly PersonOut[] | undefined, viewer: Viewer | null): boolean {
  if (!viewer || !people) return false;
  const email = fold(viewer.email);
  const name = fold(viewer.name);
  return people.some(
    (p) => p.role === "facilitator" && (p.email ? email !== "" && fold(p.email) === email : name !== "" && fold(p.name) === name),
  );
}

/** A session's people and its segments' people, for matching the viewer. */
export interface PeopleOf {
  people: readonly PersonOut[];
  segments: readonly { start: string; people?: readonly PersonOut[] }[];
}

export function facilitatesSession(s: PeopleOf | undefined, viewer: Viewer | null): boolean {
  if (!s) return false;
  return facilitates(s.people, viewer) || s.segments.some((g) => facilitates(g.people, viewer));
}

// ---- the picker ------------------------------------------------------------------------

export type Selection =
  | { kind: "mine" }
  | { kind: "all" }
  | { kind: "room"; room: string }
  | { kind: "session"; id: string };

/** What the URL asks for: ?session=, else ?room=, else ?show=all|mine; null: the default. */
export function selectionFrom(params: URLSearchParams): Selection | null {
  const session = params.get("session");
  if (session) return { kind: "session", id: session };
  const room = params.get("room");
  if (room) return { kind: "room", room };
  const show = params.get("show");
  if (show === "all" || show === "mine") return { kind: show };
  return null;
}

/** The picker's value for a selection, and back to URL parameters. */
export function selectionValue(s: Selection): string {
  return s.kind === "session" ? `session:${s.id}` : s.kind === "room" ? `room:${s.room}` : s.kind;
}

export function selectionQuery(value: string): Record<string, string | null> {
  const none = { session: null, room: null, show: null };
  if (value.startsWith("session:")) return { ...none, session: value.slice(8) };
  if (value.startsWith("room:")) return { ...none, room: value.slice(5) };
  return { ...none, show: value };
}

export function selects(s: Selection, session: AgendaSessionOut, mine: Set<string>): boolean {
  switch (s.kind) {
    case "all":
      return true;
    case "mine":
      return mine.has(session.id);
    case "room":
      return (session.room ?? "") === s.room;
    case "session":
      return session.id === s.id;
  }
}

// ---- what runs -------------------------------------------------------------------------

export interface RunStep {
  /** Unique within its session: the segment's start instant and title. */
  key: string;
  title: string;
  kind: string | null;
  start: string;
  end: string;
  /** False when the session has no segments and the step is the session itself. */
  segment: boolean;
}

export const stepKey = (sessionId: string, start: string, title: string): string =>
  `${sessionId}|${new Date(start).getTime()}|${title}`;

/** A session's steps in a track: the segments for it (none named = every track), in time
 * order; a session without segments is one step. */
export function stepsOf(s: AgendaSessionOut, track: string): RunStep[] {
  const segs = s.segments.filter((g) => g.tracks.length === 0 || g.tracks.includes(track));
  if (segs.length === 0)
    return [{ key: stepKey(s.id, s.start, s.title), title: s.title, kind: null, start: s.start, end: s.end, segment: false }];
  return segs
    .map((g) => ({ key: stepKey(s.id, g.start, g.title), title: g.title, kind: g.kind, start: g.start, end: g.end, segment: true }))
    .sort((a, b) => new Date(a.start).getTime() - new Date(b.start).getTime());
}

export type SessionPhase = "upcoming" | "on" | "ended";

export interface SessionRun {
  session: AgendaSessionOut;
  phase: SessionPhase;
  /** The step running at the instant (null between steps, before, after). */
  now: RunStep | null;
  /** The step after it (or the first one, before the session). */
  next: RunStep | null;
}

const t = (s: string) => new Date(s).getTime();

/** Where a session stands at `at` (ms; half-open intervals). */
export function runOf(s: AgendaSessionOut, track: string, at: number): SessionRun {
  const steps = stepsOf(s, track);
  const phase: SessionPhase = at < t(s.start) ? "upcoming" : at < t(s.end) ? "on" : "ended";
  const now = steps.find((g) => t(g.start) <= at && at < t(g.end)) ?? null;
  const next = steps.find((g) => t(g.start) > at && g !== now) ?? null;
  return { session: s, phase, now, next };
}

/** The cards to show at `at`: every chosen session running now, then those that start next
 * (all of them that start at the first start to come). One picked session is always shown. */
export function cardsAt(
  sessions: AgendaSessionOut[],
  track: string,
  at: number,
  single: boolean,
): { now: SessionRun[]; next: SessionRun[]; ended: SessionRun[] } {
  const runs = sessions.map((s) => runOf(s, track, at));
  const now = runs.filter((r) => r.phase === "on");
  const upcoming = runs.filter((r) => r.phase === "upcoming").sort((a, b) => t(a.session.start) - t(b.session.start));
  const first = upcoming[0] ? t(upcoming[0].session.start) : null;
  const next = upcoming.filter((r) => t(r.session.start) === first);
  const ended = single ? runs.filter((r) => r.phase === "ended") : [];
  return { now, next, ended };
}

/** What a cue follows: the steps running now in the cards shown. */
export function cueSignature(now: SessionRun[]): string {
  return now
    .map((r) => r.now?.key ?? `${r.session.id}|between`)
    .sort()
    .join("\n");
}

/** The steps that began between two signatures (what a cue announces). */
export function startedSteps(before: string, now: SessionRun[]): SessionRun[] {
  const was = new Set(before.split("\n"));
  return now.filter((r) => r.now && !was.has(r.now.key));
}

/** Whether two zones show the same clock at every instant given (their offsets agree). */
export function sameClocks(a: string, b: string, instants: (string | number | Date)[]): boolean {
  return instants.every((i) => offsetMinutes(a, new Date(i)) === offsetMinutes(b, new Date(i)));
}
