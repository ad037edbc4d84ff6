// The organiser's segment-plan editor model: wall times, lanes, split and merge.
import type { SegmentIn, SegmentKind, SessionOut } from "../api/client";
import { addMinutes, wallDate, wallMinutes, wallOf } from "./time";

export interface DraftSegment {
  key: string;
  kind: SegmentKind;
  title: string;
  /** "HH:MM" as typed, in the event's zone. */
  start: string;
  end: string;
  /** Empty = everyone (every track of the session). */
  tracks: string[];
  notes: string;
}

let counter = 0;
export const newKey = (): string => `seg-${++counter}`;

export function draftsFrom(session: SessionOut): DraftSegment[] {
  return session.segments.map((g) => ({
    key: newKey(),
    kind: g.kind,
    title: g.title,
    start: wallOf(g.start).slice(11),
    end: wallOf(g.end).slice(11),
    tracks: g.tracks.length === session.tracks.length ? [] : [...g.tracks],
    notes: g.notes ?? "",
  }));
}

/** A typed "HH:MM" as a wall time inside the session (the day after when earlier than its start). */
export function wallFor(sessionStartWall: string, hhmm: string): string {
  const date = wallDate(sessionStartWall);
  const minutes = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const base = `${date}T${hhmm}`;
  return minutes < wallMinutes(sessionStartWall) ? addMinutes(base, 24 * 60) : base;
}

export function toSegmentsIn(sessionStartWall: string, drafts: DraftSegment[]): SegmentIn[] {
  return drafts.map((d) => ({
    kind: d.kind,
    title: d.title.trim() || defaultTitle(d.kind),
    start: wallFor(sessionStartWall, d.start),
    end: wallFor(sessionStartWall, d.end),
    tracks: d.tracks,
    notes: d.notes.trim() ? d.notes : null,
    // The API's defaults; segmentPeople.ts sends a row's own hybrid details.
    captions: false,
    join_private: false,
  }));
}

export function defaultTitle(kind: SegmentKind): string {
  const t: Record<string, string> = {
    presentation: "Presentation",
    qa: "Questions and answers",
    networking: "Networking",
    discussion: "Discussion",
    break: "Break",
    panel: "Panel",
    keynote: "Keynote",
    other: "Segment",
  };
  return t[kind] ?? "Segment";
}

/** One shared segment becomes one per track, same times: parallel lanes. */
export function split(drafts: DraftSegment[], key: string, tracks: string[]): DraftSegment[] {
  return drafts.flatMap((d) =>
    d.key !== key || d.tracks.length > 0
      ? [d]
      : tracks.map((t) => ({ ...d, key: newKey(), tracks: [t] })),
  );
}

/** A lane-only segment becomes everyone's again (its parallel twins at the same time go). */
export function merge(drafts: DraftSegment[], key: string): DraftSegment[] {
  const target = drafts.find((d) => d.key === key);
  if (!target) return drafts;
  return drafts
    .filter((d) => d.key === key || !(d.tracks.length > 0 && d.start === target.start && d.end === target.end))
    .map((d) => (d.key === key ? { ...d, tracks: [] } : d));
}

/** A new segment after the last one, up to the session's end. */
export function appendSegment(drafts: DraftSegment[], sessionStartWall: string, sessionEndWall: string): DraftSegment[] {
  const lastEnd = drafts.reduce<string | null>((acc, d) => {
    const w = wallFor(sessionStartWall, d.end);
    return acc == null || w > acc ? w : acc;
  }, null);
  const start = lastEnd && lastEnd < sessionEndWall ? lastEnd : sessionStartWall;
  let end = addMinutes(start, 20);
  if (end > sessionEndWall) end = sessionEndWall;
  if (end <= start) end = addMinutes(start, 5);
  return [
    ...drafts,
    { key: newKey(), kind: "presentation", title: "", start: start.slice(11), end: end.slice(11), tracks: [], notes: "" },
  ];
}
