// The home page: published events, upcoming first, past ones apart; dates with their year.
import { useEffect, useState } from "preact/hooks";
import { type EventOut, type Page, request } from "../api/client";
import { onLinkClick } from "../lib/router";
import { browserZone, formatDate, localDate } from "../lib/time";

/** Upcoming (not yet over on the viewer's `today`) soonest first; past ones latest first. */
export function splitByDate(events: EventOut[], today: string): { upcoming: EventOut[]; past: EventOut[] } {
  const upcoming = events
    .filter((e) => e.end_date >= today)
    .sort((a, b) => a.start_date.localeCompare(b.start_date) || a.slug.localeCompare(b.slug));
  const past = events
    .filter((e) => e.end_date < today)
    .sort((a, b) => b.start_date.localeCompare(a.start_date) || a.slug.localeCompare(b.slug));
  return { upcoming, past };
}

function EventItem({ e }: { e: EventOut }) {
  const deadline = e.kind === "deadline";
  return (
    <li>
      <a href={`/e/${encodeURIComponent(e.slug)}`} onClick={onLinkClick} dir="auto">
        {e.title}
      </a>
      <span class="meta">
        {" · "}
        {deadline && <strong>Deadline </strong>}
        <bdi>
          <time dateTime={e.start_date}>{formatDate(e.start_date, "medium")}</time>
          {e.end_date !== e.start_date && (
            <>
              {" – "}
              <time dateTime={e.end_date}>{formatDate(e.end_date, "medium")}</time>
            </>
          )}
        </bdi>
        {" · "}
        <span dir="auto">{e.venue ?? e.timezone}</span>
      </span>
    </li>
  );
}

export function Home() {
  const [events, setEvents] = useState<EventOut[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = "sessions";
    request<Page<EventOut>>("events", { query: { limit: "200" } })
      .then((r) => setEvents(r.data.items.filter((e) => e.status === "published")))
      .catch((e) => setError((e as Error).message));
  }, []);
  const { upcoming, past } = splitByDate(events ?? [], localDate(new Date(), browserZone()));
  return (
    <main id="main" class="page">
      <h1>Agendas</h1>
      <p>Pick an event to see its agenda in your own time zone.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!events && !error && <p aria-busy="true">Loading…</p>}
      {events && (
        <>
          <section aria-labelledby="upcoming">
            <h2 id="upcoming">Upcoming</h2>
            {upcoming.length === 0 ? (
              <p>No upcoming events.</p>
            ) : (
              <ul class="event-list">
                {upcoming.map((e) => (
                  <EventItem key={e.slug} e={e} />
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past">
              <h2 id="past">Past events</h2>
              <ul class="event-list past">
                {past.map((e) => (
                  <EventItem key={e.slug} e={e} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </main>
  );
}
