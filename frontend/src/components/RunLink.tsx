// Links to the facilitator's run of show, each with its own accessible name ("Run of show:
// Online"), in a list so that two tracks never read as one link.
//   Agenda (track filter):  <RunLink event={event} track={selectedTrack?.slug ?? null} tz={tz} />
//   Session page:           <RunLink event={e} session={s} track={track} tz={tzParam} />
//     (shown only to the people who facilitate the session and to the event's team; the
//      links open the run with this session picked)
import { useEffect, useState } from "preact/hooks";
import { type EventOut, type Me, type SessionOut, whoAmI } from "../api/client";
import { onLinkClick } from "../lib/router";
import { type RunLinkItem, sessionRunLinks, trackRunLinks } from "../lib/runLinks";
import "./runAndPlan.css";

interface Props {
  event: EventOut | null;
  /** A session: links for the people who run it, with it picked. */
  session?: Pick<SessionOut, "id" | "tracks" | "people" | "segments"> | null;
  /** Only this track's run (the agenda's filter, the session page's track). */
  track?: string | null;
  /** The reader's zone, carried to the run. */
  tz?: string | null;
  /** Text before the track's name; the default is "Run of show" ("Run of show for this session"
   * for a session). */
  label?: string;
}

function useMe(enabled: boolean): Me | null | undefined {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    whoAmI().then((m) => {
      if (live) setMe(m && "events" in m ? m : null);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return me;
}

export function RunLink({ event, session, track, tz, label }: Props) {
  const me = useMe(!!session);
  if (!event) return null;
  const items: RunLinkItem[] = session
    ? sessionRunLinks(event, session, me ?? null, { track, tz })
    : trackRunLinks(event, track ?? null, tz);
  if (items.length === 0) return null;
  const text = label ?? (session ? "Run of show for this session" : "Run of show");
  return (
    <ul class="run-links" aria-label={session ? "Run of show for this session" : "Run of show"}>
      {items.map((i) => (
        <li key={i.track}>
          <a href={i.href} onClick={onLinkClick} data-track={i.track}>
            {text}: <span dir="auto">{i.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
