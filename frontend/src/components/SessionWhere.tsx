// Where to be for each track the viewer takes part through: the room (in person), or the join
// link (online), which opens 15 minutes before the start and closes at the end. The link is the
// one that applies at the moment (lib/join): a segment's own (a breakout) while it runs, else
// the session's, else the track's; a private one the reader is not given says where to get it.
import { useEffect, useState } from "preact/hooks";
import type { TrackOut } from "../api/client";
import { type AppliedJoin, type JoinSession, breakouts, joinAt, joinChanges, joinLabel } from "../lib/join";
import { formatShortDate, formatTime, localDate } from "../lib/time";

export const JOIN_OPENS_MINUTES = 15;

export type JoinWindow =
  | { state: "before"; opensAt: Date }
  | { state: "open"; closesAt: Date }
  | { state: "ended" };

export function joinWindow(start: string, end: string, now: Date): JoinWindow {
  const opensAt = new Date(new Date(start).getTime() - JOIN_OPENS_MINUTES * 60_000);
  const closesAt = new Date(end);
  if (now < opensAt) return { state: "before", opensAt };
  if (now < closesAt) return { state: "open", closesAt };
  return { state: "ended" };
}

/** The current time, moving on by itself at the next instant that matters (and no more often). */
function useNowUntil(boundaries: Date[]): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const next = boundaries.map((b) => b.getTime() - now.getTime()).filter((ms) => ms > 0);
    if (next.length === 0) return;
    // setTimeout holds at most ~24.8 days; a later boundary is reached in steps.
    const wait = Math.min(Math.min(...next) + 50, 2_000_000_000);
    const t = setTimeout(() => setNow(new Date()), wait);
    return () => clearTimeout(t);
  }, [now, ...boundaries.map((b) => b.getTime())]);
  return now;
}

/** What the page needs of the session to pick its join link. */
export type WhereSession = JoinSession & { join_private_hours?: number | null };

interface Props {
  tracks: TrackOut[];
  room: string | null;
  start: string;
  end: string;
  zone: string;
  cancelled: boolean;
  /** The session with its own link and its segments' (breakouts). */
  session: WhereSession;
}

function hoursText(hours: number | null | undefined): string {
  if (hours == null) return "";
  return hours === 1 ? ", from 1 hour before the start" : `, from ${hours} hours before the start`;
}

/** A private link the reader is not given: where registrants find it. */
function Withheld({ join, hours }: { join: AppliedJoin; hours: number | null | undefined }) {
  return (
    <span class="join-note">
      {join.source === "segment" && join.segment ? `the breakout “${join.segment.title}” has a private link` : "the join link is private"}
      : it is sent to registered participants{hoursText(hours)}, in their personal calendar feed and on their
      registration page.
    </span>
  );
}

export function SessionWhere({ tracks, room, start, end, zone, cancelled, session }: Props) {
  const opens = new Date(new Date(start).getTime() - JOIN_OPENS_MINUTES * 60_000);
  const online = tracks.filter((t) => t.mode === "online");
  const changes = online.flatMap((t) => joinChanges(session, t.slug));
  const now = useNowUntil([opens, new Date(end), ...changes]);
  const win = joinWindow(start, end, now);
  const dayOf = (d: Date) => (localDate(d, zone) === localDate(now, zone) ? "" : ` on ${formatShortDate(d, zone)}`);
  return (
    <ul class="where-list">
      {tracks.map((t) => {
        const join = t.mode === "online" ? joinAt(session, t, now.getTime()) : null;
        const label = join ? joinLabel(join) : null;
        const hours =
          join?.source === "track"
            ? (t as { join_private_hours?: number | null }).join_private_hours
            : join?.source === "segment"
              ? (join.segment as { join_private_hours?: number | null }).join_private_hours
              : session.join_private_hours;
        // Breakouts still to come, while the link is shown or about to be.
        const ahead = t.mode === "online" && !cancelled && win.state !== "ended"
          ? breakouts(session, t.slug).filter((g) => new Date(g.start).getTime() > now.getTime() && g !== join?.segment)
          : [];
        return (
        <li key={t.slug} class={`where-${t.mode}`}>
          <strong>{t.name}:</strong>{" "}
          {t.mode === "in_person" ? (
            <span dir="auto">{[room, t.location].filter(Boolean).join(" · ") || "the room will be announced"}</span>
          ) : cancelled ? (
            <span>no join link: the session is cancelled.</span>
          ) : !join ? (
            <span>the join link will be announced.</span>
          ) : !join.url ? (
            <Withheld join={join} hours={hours} />
          ) : win.state === "open" ? (
            <span class="join-now">
              {label && (
                <span class="join-label" dir="auto">
                  {label}
                </span>
              )}
              <a class="button join" href={join.url} rel="noopener">
                {label ? "Join the breakout now" : `Join ${t.name.toLowerCase()} now`}
              </a>
              {join.private && <span class="join-private">A private link for registered participants: please do not share it.</span>}
            </span>
          ) : win.state === "before" ? (
            <span class="join-note">
              the join link appears here at{" "}
              <bdi>
                <time dateTime={win.opensAt.toISOString()}>{formatTime(win.opensAt, zone)}</time>
              </bdi>
              {dayOf(win.opensAt)}, {JOIN_OPENS_MINUTES} minutes before the start.
            </span>
          ) : (
            <span class="join-note">the session has ended; its join link is closed.</span>
          )}
          {ahead.map((g) => (
            <span key={g.start} class="join-later">
              From{" "}
              <bdi>
                <time dateTime={g.start}>{formatTime(g.start, zone)}</time>
              </bdi>{" "}
              to{" "}
              <bdi>
                <time dateTime={g.end}>{formatTime(g.end, zone)}</time>
              </bdi>
              , the breakout “<span dir="auto">{g.title}</span>”{" "}
              {g.join_url ? "has its own link, shown here while it runs." : "has its own private link, for registered participants."}
            </span>
          ))}
        </li>
        );
      })}
    </ul>
  );
}
