import { render } from "preact";
import { match, onLinkClick, useLocation } from "./lib/router";
import { Agenda } from "./pages/Agenda";
import { Home } from "./pages/Home";
import { Organise } from "./pages/Organise";
import { Registration } from "./pages/Registration";
import { Run } from "./pages/Run";
import { SessionPage } from "./pages/Session";
import "./styles.css";

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
