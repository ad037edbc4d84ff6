// Which join link applies at an instant, for a reader taking part through one track: a
// segment's own link (a breakout) while that segment runs, else the session's own link, else
// the online track's. A link may be private: the API then withholds its URL from readers who
// may not have it (`join_private` true, `join_url` null), and no other link stands in for it.

export interface JoinCarrier {
  join_url?: string | null;
  join_private?: boolean | null;
}

export interface JoinSegment extends JoinCarrier {
  title: string;
  start: string;
  end: string;
  /** Empty = every track of the session. */
  tracks: readonly string[];
}

export interface JoinSession extends JoinCarrier {
  start: string;
  end: string;
  segments: readonly JoinSegment[];
}

export interface JoinTrack extends JoinCarrier {
  slug: string;
  mode: string;
}

export type JoinSource = "segment" | "session" | "track";

export interface AppliedJoin {
  source: JoinSource;
  /** Null: a private link this reader is not given. */
  url: string | null;
  private: boolean;
  /** The breakout segment whose link this is (source "segment"). */
  segment: JoinSegment | null;
}

/** Whether something carries a join link of its own, shown or withheld. */
export function hasJoin(c: JoinCarrier | null | undefined): boolean {
  return !!c && (!!c.join_url || c.join_private === true);
}

const ms = (iso: string) => new Date(iso).getTime();

function applied(c: JoinCarrier, source: JoinSource, segment: JoinSegment | null = null): AppliedJoin {
  return { source, url: c.join_url || null, private: c.join_private === true, segment };
}

/** The segments of a session with a link of their own (breakouts) for a track, in time order. */
export function breakouts(session: JoinSession, track: string): JoinSegment[] {
  return session.segments
    .filter((g) => hasJoin(g) && (g.tracks.length === 0 || g.tracks.includes(track)))
    .sort((a, b) => ms(a.start) - ms(b.start));
}

/** The session's link for a track at no particular segment: its own, else the online track's. */
export function sessionJoin(session: JoinSession, track: JoinTrack): AppliedJoin | null {
  if (track.mode !== "online") return null;
  if (hasJoin(session)) return applied(session, "session");
  if (hasJoin(track)) return applied(track, "track");
  return null;
}

/** The link that applies at `at` (ms) for a reader in `track`: null when none does (an
 * in-person track, or no link anywhere). Whether the link is shown yet is the caller's
 * window (joinWindow); this only picks which one. */
export function joinAt(session: JoinSession, track: JoinTrack, at: number): AppliedJoin | null {
  if (track.mode !== "online") return null;
  const during = breakouts(session, track.slug).find((g) => ms(g.start) <= at && at < ms(g.end));
  if (during) return applied(during, "segment", during);
  return sessionJoin(session, track);
}

/** The instants at which the link that applies may change: each breakout's start and end. */
export function joinChanges(session: JoinSession, track: string): Date[] {
  const out = new Set<number>();
  for (const g of breakouts(session, track)) {
    out.add(ms(g.start));
    out.add(ms(g.end));
  }
  return [...out].sort((a, b) => a - b).map((t) => new Date(t));
}

/** What a join link is called: "Breakout: Facilitated discussion" for a segment's own. */
export function joinLabel(j: AppliedJoin): string | null {
  return j.source === "segment" && j.segment ? `Breakout: ${j.segment.title}` : null;
}
