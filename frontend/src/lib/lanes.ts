// A session's segment plan as lanes: one lane when every segment is for everyone,
// else one lane per track, with shared segments spanning all lanes.

export interface PlanSegment {
  kind: string | null;
  title: string;
  start: string;
  end: string;
  tracks: string[];
}

export interface LanePiece<S extends PlanSegment = PlanSegment> {
  segment: S;
  /** Left edge and width as fractions of the session's length. */
  left: number;
  width: number;
  /** Lane index, or "all" when it spans every lane. */
  lane: number | "all";
}

export interface LaneLayout<S extends PlanSegment = PlanSegment> {
  lanes: string[];
  pieces: LanePiece<S>[];
  split: boolean;
}

const ORDER = ["in-person", "online"];

export function orderTracks(tracks: string[]): string[] {
  return [...tracks].sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
}

export function laneLayout<S extends PlanSegment>(
  sessionStart: string,
  sessionEnd: string,
  sessionTracks: string[],
  segments: S[],
  onlyTrack?: string | null,
): LaneLayout<S> {
  const t0 = new Date(sessionStart).getTime();
  const span = Math.max(1, new Date(sessionEnd).getTime() - t0);
  const tracks = onlyTrack ? [onlyTrack] : orderTracks(sessionTracks);
  const isShared = (s: S) =>
    s.tracks.length === 0 || tracks.every((t) => s.tracks.includes(t));
  const split = !onlyTrack && tracks.length > 1 && segments.some((s) => !isShared(s));
  const lanes = split ? tracks : [onlyTrack ?? "everyone"];
  const pieces: LanePiece<S>[] = [];
  for (const segment of segments) {
    const left = (new Date(segment.start).getTime() - t0) / span;
    const width = (new Date(segment.end).getTime() - new Date(segment.start).getTime()) / span;
    if (!split || isShared(segment)) {
      pieces.push({ segment, left, width, lane: split ? "all" : 0 });
    } else {
      for (const t of segment.tracks) {
        const lane = lanes.indexOf(t);
        if (lane >= 0) pieces.push({ segment, left, width, lane });
      }
    }
  }
  return { lanes, pieces, split };
}
