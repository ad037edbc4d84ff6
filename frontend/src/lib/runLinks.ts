// Where the run of show is linked from, and for whom: a track's run from the agenda, a
// session's run (that session picked) for the people who facilitate it and the event's team.
import type { EventOut, Me, SessionOut } from "../api/client";
import { enc } from "../api/client";
import { facilitatesSession } from "./run";

export interface RunLinkItem {
  track: string;
  name: string;
  href: string;
}

/** /e/{event}/tracks/{track}/run, with the picked session and the reader's zone when given. */
export function runHref(slug: string, track: string, opts: { session?: string | null; tz?: string | null } = {}): string {
  const q = new URLSearchParams();
  if (opts.session) q.set("session", opts.session);
  if (opts.tz) q.set("tz", opts.tz);
  const s = q.toString();
  return `/e/${enc(slug)}/tracks/${enc(track)}/run${s ? `?${s}` : ""}`;
}

/** A track's run (the agenda with a track picked), or every track's (none picked). */
export function trackRunLinks(event: EventOut, track: string | null, tz?: string | null): RunLinkItem[] {
  return event.tracks
    .filter((t) => !track || t.slug === track)
    .map((t) => ({ track: t.slug, name: t.name, href: runHref(event.slug, t.slug, { tz }) }));
}

/** The runs of a session's tracks, with it picked, for a viewer who facilitates it (its people
 * or a segment's name them as facilitator) or who is on the event's team (organisers: every
 * track; a track's facilitators: theirs). Nobody signed in: none. */
export function sessionRunLinks(
  event: EventOut,
  session: Pick<SessionOut, "id" | "tracks" | "people" | "segments">,
  me: Me | null,
  opts: { track?: string | null; tz?: string | null } = {},
): RunLinkItem[] {
  if (!me) return [];
  const membership = me.events.find((e) => e.slug === event.slug);
  const own = facilitatesSession(session, { email: me.email, name: (me as { name?: string | null }).name ?? null });
  const allowed = (t: string) =>
    own ||
    (membership !== undefined &&
      (membership.role !== "facilitator" || membership.tracks.length === 0 || membership.tracks.includes(t)));
  return event.tracks
    .filter((t) => session.tracks.includes(t.slug) && (!opts.track || t.slug === opts.track) && allowed(t.slug))
    .map((t) => ({ track: t.slug, name: t.name, href: runHref(event.slug, t.slug, { session: session.id, tz: opts.tz }) }));
}
