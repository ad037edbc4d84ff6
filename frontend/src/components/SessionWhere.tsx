// Where to be for each track the viewer takes part through: the room (in person), or the join
// link (online), which opens 15 minutes before the start and closes at the end.
import { useEffect, useState } from "preact/hooks";
import type { TrackOut } from "../api/client";
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

interface Props {
  tracks: TrackOut[];
  room: string | null;
  start: string;
  end: string;
  zone: string;
  cancelled: boolean;
}

export function SessionWhere({ tracks, room, start, end, zone, cancelled }: Props) {
  const opens = new Date(new Date(start).getTime() - JOIN_OPENS_MINUTES * 60_000);
  const now = useNowUntil([opens, new Date(end)]);
  const win = joinWindow(start, end, now);
  const dayOf = (d: Date) => (localDate(d, zone) === localDate(now, zone) ? "" : ` on ${formatShortDate(d, zone)}`);
  return (
    <ul class="where-list">
      {tracks.map((t) => (
        <li key={t.slug} class={`where-${t.mode}`}>
          <strong>{t.name}:</strong>{" "}
          {t.mode === "in_person" ? (
            <span dir="auto">{[room, t.location].filter(Boolean).join(" · ") || "the room will be announced"}</span>
          ) : cancelled ? (
            <span>no join link: the session is cancelled.</span>
          ) : !t.join_url ? (
            <span>the join link will be announced.</span>
          ) : win.state === "open" ? (
            <a class="button join" href={t.join_url} rel="noopener">
              Join {t.name.toLowerCase()} now
            </a>
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
        </li>
      ))}
    </ul>
  );
}
