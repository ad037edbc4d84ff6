// An attendee's join links on their registration page (/r/{token}): every link of their
// sessions that they may have, private ones included (from the hour the organisers chose),
// each with the session, what it is for (the session, or a breakout) and when it applies.
import { useEffect, useState } from "preact/hooks";
import { type Page, type Schemas, request } from "../api/client";
import "./hybrid.css";
import { formatShortDate, formatTime } from "../lib/time";

type JoinLinkOut = Schemas["JoinLinkOut"];

interface Props {
  /** "registrations/{token}" */
  api: string;
  zone: string;
  /** The registration's version: a change (track, sessions) reloads the links. */
  version: number;
}

export function RegistrationJoinLinks({ api, zone, version }: Props) {
  const [items, setItems] = useState<JoinLinkOut[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    request<Page<JoinLinkOut>>(`${api}/join`)
      .then((r) => live && (setItems(r.data.items), setFailed(false)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [api, version]);
  if (failed) return null;
  return (
    <section class="card registration-join" aria-labelledby="join-title">
      <h2 id="join-title">How to join</h2>
      {items === null ? (
        <p role="status">Loading your join links…</p>
      ) : items.length === 0 ? (
        <p>None of your sessions has a join link for your track.</p>
      ) : (
        <>
          <p class="hint">
            These links are for you: private ones reach only registered participants, so please do not share them.
          </p>
          <ul class="join-links">
            {items.map((j) => (
              <li key={`${j.session}|${j.segment ?? ""}|${j.start}`}>
                <strong dir="auto">{j.session_title}</strong> · <span dir="auto">{j.label}</span> ·{" "}
                <bdi>
                  {formatShortDate(j.start, zone)}, <time dateTime={j.start}>{formatTime(j.start, zone)}</time>–
                  <time dateTime={j.end}>{formatTime(j.end, zone)}</time>
                </bdi>
                {": "}
                {j.url ? (
                  <a href={j.url} rel="noopener" dir="ltr">
                    {j.url}
                  </a>
                ) : (
                  <span>the link is shown here nearer the time.</span>
                )}
                {j.private && <span class="join-private">Private link.</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
