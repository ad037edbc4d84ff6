// A session's segment plan as lanes: one lane when every segment is for everyone,
// else one lane per track, with shared segments spanning all lanes.
//
// Pieces are placed on a grid whose columns are the intervals between the plan's own
// boundaries (every segment's start and end), so a renderer can let text wrap inside a
// segment instead of cutting it: the lanes stay readable in a narrow card.

export interface PlanSegment {
  kind: string | null;
  title: string;
  start: string;
  end: string;
  tracks: string[];
}

/** Who a segment is for, judged against the session's tracks (never against a filter). */
export type Audience = "everyone" | string[];

export interface LanePiece<S extends PlanSegment = PlanSegment> {
  segment: S;
  /** Left edge and width as fractions of the session's length. */
  left: number;
  width: number;
  /** Lane index, or "all" when it spans every lane. */
  lane: number | "all";
  /** Grid columns: the piece runs from boundary `from` to boundary `to` (0-based). */
  from: number;
  to: number;
  audience: Audience;
}

export interface LaneLayout<S extends PlanSegment = PlanSegment> {
  lanes: string[];
  pieces: LanePiece<S>[];
  split: boolean;
  /** Minutes of each grid column, in time order (the columns between the boundaries). */
  columns: number[];
}

const ORDER = ["in-person", "online"];

export function orderTracks(tracks: string[]): string[] {
  return [...tracks].sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
}

/** "everyone" when a segment is for every track of its session (or names none), else its tracks. */
export function audienceOf(segment: PlanSegment, sessionTracks: string[]): Audience {
  if (segment.tracks.length === 0) return "everyone";
  if (sessionTracks.length > 0 && sessionTracks.every((t) => segment.tracks.includes(t))) return "everyone";
  return orderTracks(segment.tracks);
}

/** Whether a track's participants take part in a segment. */
export function isFor(segment: PlanSegment, track: string): boolean {
  return segment.tracks.length === 0 || segment.tracks.includes(track);
}

export function laneLayout<S extends PlanSegment>(
  sessionStart: string,
  sessionEnd: string,
  sessionTracks: string[],
  segments: S[],
  onlyTrack?: string | null,
): LaneLayout<S> {
  const t0 = new Date(sessionStart).getTime();
  const t1 = new Date(sessionEnd).getTime();
  const span = Math.max(1, t1 - t0);
  // A track filter shows only what that track's participants take part in.
  const shown = onlyTrack ? segments.filter((s) => isFor(s, onlyTrack)) : segments;
  const tracks = onlyTrack ? [onlyTrack] : orderTracks(sessionTracks);
  const isShared = (s: S) => s.tracks.length === 0 || tracks.every((t) => s.tracks.includes(t));
  const split = !onlyTrack && tracks.length > 1 && shown.some((s) => !isShared(s));
  const lanes = split ? tracks : [onlyTrack ?? "everyone"];

  const clamp = (t: number) => Math.min(t1, Math.max(t0, t));
  const edges = new Set<number>([t0, t1]);
  for (const s of shown) {
    edges.add(clamp(new Date(s.start).getTime()));
    edges.add(clamp(new Date(s.end).getTime()));
  }
  const boundaries = [...edges].sort((a, b) => a - b);
  const columns = boundaries.slice(1).map((b, i) => (b - boundaries[i]!) / 60000);

  const pieces: LanePiece<S>[] = [];
  for (const segment of shown) {
    const a = clamp(new Date(segment.start).getTime());
    const b = clamp(new Date(segment.end).getTime());
    const base = {
      segment,
      left: (a - t0) / span,
      width: (b - a) / span,
      from: boundaries.indexOf(a),
      to: boundaries.indexOf(b),
      audience: audienceOf(segment, sessionTracks),
    };
    if (!split || isShared(segment)) {
      pieces.push({ ...base, lane: split ? "all" : 0 });
    } else {
      for (const t of segment.tracks) {
        const lane = lanes.indexOf(t);
        if (lane >= 0) pieces.push({ ...base, lane });
      }
    }
  }
  return { lanes, pieces, split, columns };
}
