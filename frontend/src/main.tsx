import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { type EventOut, type Page, request } from "./api/client";
import { match, onLinkClick, useLocation } from "./lib/router";
import { formatDate } from "./lib/time";
import { Agenda } from "./pages/Agenda";
import { Organise } from "./pages/Organise";
import { Registration } from "./pages/Registration";
import { Run } from "./pages/Run";
import { SessionPage } from "./pages/Session";
import "./styles.css";

function Home() {
  const [events, setEvents] = useState<EventOut[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = "sessions";
    request<Page<EventOut>>("events", { query: { limit: "200" } })
      .then((r) => setEvents(r.data.items.filter((e) => e.status === "published")))
      .catch((e) => setError((e as Error).message));
  }, []);
  return (
    <main id="main" class="page">
      <h1>Agendas</h1>
      <p>Pick an event to see its agenda in your own time zone.</p>
      {error && <p class="error" role="alert">{error}</p>}
      {!events && !error && <p aria-busy="true">Loading…</p>}
      {events && (
        <ul class="event-list">
          {events.map((e) => (
            <li key={e.slug}>
              <a href={`/e/${encodeURIComponent(e.slug)}`} onClick={onLinkClick} dir="auto">
                {e.title}
              </a>
              <span class="meta">
                {" "}
                · {formatDate(e.start_date, "short")}
                {e.end_date !== e.start_date && ` – ${formatDate(e.end_date, "short")}`} · {e.venue ?? e.timezone}
                {e.kind === "deadline" && " · deadline"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function App() {
  const url = useLocation();
  const route = match(url.pathname);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <nav class="topbar" aria-label="Site">
        <a href="/" class="brand" onClick={onLinkClick}>
          sessions
        </a>
        <a href="/organise" onClick={onLinkClick} aria-current={route.name === "organise" ? "page" : undefined}>
          Organise
        </a>
      </nav>
      {route.name === "home" && <Home />}
      {route.name === "agenda" && <Agenda key={route.event} slug={route.event} url={url} />}
      {route.name === "session" && (
        <SessionPage key={`${route.event}/${route.session}`} slug={route.event} id={route.session} url={url} />
      )}
      {route.name === "registration" && <Registration key={route.token} token={route.token} url={url} />}
      {route.name === "run" && <Run key={`${route.event}/${route.track}`} slug={route.event} track={route.track} url={url} />}
      {route.name === "organise" && <Organise slug={route.event} url={url} />}
      {route.name === "missing" && (
        <main id="main" class="page">
          <h1>Not found</h1>
          <p>
            <a href="/" onClick={onLinkClick}>
              See all agendas
            </a>
          </p>
        </main>
      )}
    </>
  );
}

render(<App />, document.getElementById("app")!);
