// An attendee's registration: /r/{manage token}
// Change track, zone, language and chosen sessions; copy the personal feed and subscribe to it
// in Apple, Google or Outlook; get a new feed URL; leave. The manage token in the address is
// the attendee's only key: this page sends it to our API and nowhere else.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, type AgendaOut, type EventOut, type Schemas, enc, request } from "../api/client";
import { RegistrationJoinLinks } from "../components/RegistrationJoinLinks";
import { feedLinks, plainServerErrors } from "../components/Register";
import { TimeRange } from "../components/Plan";
import { ZonePicker } from "../components/ZonePicker";
import { forgetRegistration, saveRegistration, savedRegistration } from "../lib/myRegistration";
import { onLinkClick } from "../lib/router";
import { formatDate, isZone, zoneOffset } from "../lib/time";

type RegistrationOut = Schemas["RegistrationOut"];
type RegistrationPatch = Schemas["RegistrationPatch"];
type Language = NonNullable<RegistrationOut["language"]>;

// The six UN languages, each named in itself by the platform (CLDR), never by our tables.
const LANGUAGES: Language[] = ["ar", "zh", "en", "fr", "ru", "es"];
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "UTC−05:00", or "UTC+01:00 → UTC+02:00" when the clocks change during the session:
 * the offsets in force at the session's own instants, never today's. */
function offsetsAt(start: string, end: string, zone: string): string {
  const a = zoneOffset(zone, new Date(start));
  const b = zoneOffset(zone, new Date(end));
  return a === b ? a : `${a} → ${b}`;
}

/** Calendar apps' own "subscribe from a URL" links for a feed. */
export function subscribeLinks(https: string, webcal: string, title: string) {
  return {
    apple: webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(title)}`,
  };
}

type Loaded =
  | { state: "loading" }
  | { state: "missing" }
  | { state: "left"; event: EventOut | null }
  | { state: "error"; message: string }
  | { state: "ok"; reg: RegistrationOut; etag: string | null; event: EventOut };

interface Form {
  name: string;
  track: string;
  timezone: string;
  language: Language | "";
  sessions: string[];
}

const formOf = (r: RegistrationOut): Form => ({
  name: r.name,
  track: r.track,
  timezone: r.timezone,
  language: r.language ?? "",
  sessions: [...r.sessions],
});

export function Registration({ token }: { token: string; url: URL }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const api = `registrations/${enc(token)}`;

  const load = async (): Promise<Loaded> => {
    try {
      const r = await request<RegistrationOut>(api);
      const e = await request<EventOut>(`events/${enc(r.data.event)}`);
      return { state: "ok", reg: r.data, etag: r.etag, event: e.data };
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 400 || err.status === 422)) {
        return { state: "missing" };
      }
      return { state: "error", message: (err as Error).message };
    }
  };

  useEffect(() => {
    let live = true;
    load().then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
  }, [token]);

  useEffect(() => {
    if (loaded.state === "ok") document.title = `Your registration · ${loaded.event.title} · sessions`;
    else if (loaded.state === "missing") document.title = "Registration not found · sessions";
    else if (loaded.state === "left") document.title = "You have left · sessions";
  }, [loaded]);

  if (loaded.state === "loading") {
    return (
      <main id="main" class="page narrow">
        <h1>Your registration</h1>
        <p role="status">Loading your registration…</p>
      </main>
    );
  }
  if (loaded.state === "missing") return <NotFound />;
  if (loaded.state === "error") {
    return (
      <main id="main" class="page narrow">
        <h1>Your registration</h1>
        <p class="error" role="alert">
          Your registration could not be loaded: {loaded.message}. Try again in a moment.
        </p>
      </main>
    );
  }
  if (loaded.state === "left") return <Left event={loaded.event} />;
  return (
    <Manage
      key={loaded.reg.id}
      token={token}
      api={api}
      reg={loaded.reg}
      etag={loaded.etag}
      event={loaded.event}
      onChange={(reg, etag) => setLoaded({ state: "ok", reg, etag, event: loaded.event })}
      onReload={async () => {
        const l = await load();
        setLoaded(l);
        return l.state === "ok" ? l.reg : null;
      }}
      onLeft={() => setLoaded({ state: "left", event: loaded.event })}
      onGone={() => setLoaded({ state: "missing" })}
    />
  );
}

function NotFound() {
  return (
    <main id="main" class="page narrow">
      <h1>This registration link opens nothing</h1>
      <p>
        There is no registration at this address. It may have been left, or the link may be incomplete or
        replaced by a newer one.
      </p>
      <p>
        If you registered again with the same email, a link to your registration was sent to that address: look
        for it in your mail.
      </p>
      <p>
        <a href="/" onClick={onLinkClick}>
          See the events
        </a>
      </p>
    </main>
  );
}

function Left({ event }: { event: EventOut | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main" class="page narrow">
      <h1 tabIndex={-1} ref={heading}>
        You have left {event ? event.title : "the event"}
      </h1>
      <p class="status" role="status">
        Your registration is deleted. Your personal feed no longer works; calendars subscribed to it stop updating.
      </p>
      {event && (
        <p>
          You can still read{" "}
          <a href={`/e/${enc(event.slug)}`} onClick={onLinkClick}>
            the agenda of {event.title}
          </a>{" "}
          and register again there.
        </p>
      )}
    </main>
  );
}

interface ManageProps {
  token: string;
  api: string;
  reg: RegistrationOut;
  etag: string | null;
  event: EventOut;
  onChange: (reg: RegistrationOut, etag: string | null) => void;
  /** Reads the registration again; the fresh one (null when it is gone). */
  onReload: () => Promise<RegistrationOut | null>;
  onLeft: () => void;
  onGone: () => void;
}

function Manage({ token, api, reg, etag, event, onChange, onReload, onLeft, onGone }: ManageProps) {
  const [form, setForm] = useState<Form>(() => formOf(reg));
  const [agenda, setAgenda] = useState<AgendaOut | null>(null);
  const [agendaError, setAgendaError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveMessage, setSaveMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [feed, setFeed] = useState<{ https: string; webcal: string } | null>(() => knownFeed(event.slug, reg, token));
  const [feedMessage, setFeedMessage] = useState("");
  const [copied, setCopied] = useState("");
  const leaveDialog = useRef<HTMLDialogElement>(null);
  const leaveButton = useRef<HTMLButtonElement>(null);
  const [leaveError, setLeaveError] = useState<string | null>(null);

  // Keep this browser's copy in step (the agenda shows the attendee's choice from it).
  useEffect(() => {
    saveRegistration(event.slug, {
      ...reg,
      manage_url: `/r/${token}`,
      feed_url: feed?.https ?? (reg.feed_active === false ? null : undefined),
      webcal_url: feed?.webcal ?? (reg.feed_active === false ? null : undefined),
    });
  }, [reg, feed]);

  // The event's sessions offered in the chosen track, on the chosen zone's days.
  useEffect(() => {
    if (!isZone(form.timezone)) return;
    const ctl = new AbortController();
    setAgendaError(null);
    request<AgendaOut>(`events/${enc(event.slug)}/agenda`, {
      query: { tz: form.timezone, track: form.track },
      signal: ctl.signal,
    })
      .then((r) => setAgenda(r.data))
      .catch((e) => {
        if ((e as Error).name !== "AbortError") setAgendaError((e as Error).message);
      });
    return () => ctl.abort();
  }, [event.slug, form.track, form.timezone]);

  const offered = new Set(agenda?.track === form.track ? agenda.days.flatMap((d) => d.sessions.map((s) => s.id)) : []);
  const track = event.tracks.find((t) => t.slug === form.track);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setSaveMessage(null);
  };
  const toggle = (id: string, on: boolean) =>
    set("sessions", on ? [...form.sessions.filter((s) => s !== id), id] : form.sessions.filter((s) => s !== id));

  const save = async (e: Event) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!form.name.trim()) local.name = "Enter your name.";
    if (!isZone(form.timezone)) local.timezone = "Choose your time zone from the list.";
    setErrors(local);
    if (Object.keys(local).length > 0) {
      document.getElementById(local.name ? "reg-edit-name" : "reg-edit-tz")?.focus();
      return;
    }
    // Sessions not offered in the (new) track cannot stay chosen.
    const sessions = agenda?.track === form.track ? form.sessions.filter((s) => offered.has(s)) : form.sessions;
    const body: RegistrationPatch = {
      name: form.name.trim(),
      track: form.track,
      timezone: form.timezone,
      language: form.language || null,
      sessions,
    };
    setBusy(true);
    setSaveMessage(null);
    try {
      const r = await request<RegistrationOut>(api, { method: "PATCH", body, ifMatch: etag });
      onChange(r.data, r.etag);
      setForm(formOf(r.data));
      const n = r.data.sessions.length;
      setSaveMessage({
        ok: true,
        text: `Saved. Your feed now carries ${n === 0 ? "every session of your track" : `${n} chosen session${n === 1 ? "" : "s"}`}, in ${r.data.timezone.replace(/_/g, " ")} time; subscribed calendars follow at their next refresh.`,
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        const fresh = await onReload();
        if (fresh) setForm(formOf(fresh));
        setSaveMessage({
          ok: false,
          text: "Your registration was changed elsewhere (another tab or device) since this page opened. The page now shows the latest; make your change again and save.",
        });
      } else if (err instanceof ApiError && err.status === 404) {
        onGone();
      } else if (err instanceof ApiError) {
        const raw = err.fieldErrors();
        const fields: Record<string, string> = { ...plainServerErrors(raw) };
        if (raw.language) fields.language = "Choose one of the listed languages.";
        setErrors(fields);
        setSaveMessage({ ok: false, text: `Not saved: ${Object.values(fields)[0] ?? err.message}` });
      } else {
        setSaveMessage({ ok: false, text: "Not saved: the server could not be reached. Try again." });
      }
    } finally {
      setBusy(false);
    }
  };

  const rotate = async () => {
    setFeedMessage("");
    try {
      const r = await request<RegistrationOut>(`${api}/feed`, { method: "POST" });
      const links = feedLinks(r.data, location.origin);
      setFeed(links);
      // Rotating changes the registration's version: read it again for the next If-Match.
      const fresh = await request<RegistrationOut>(api);
      onChange(fresh.data, fresh.etag);
      setFeedMessage(
        "Here is your new feed URL. The old one has stopped working: calendars subscribed to it no longer update, so subscribe again with this one.",
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) onGone();
      else setFeedMessage(`No new feed URL: ${(err as Error).message}`);
    }
  };

  const copy = async () => {
    if (!feed) return;
    try {
      await navigator.clipboard.writeText(feed.https);
      setCopied("Feed URL copied. Paste it into your calendar app's “subscribe from URL”.");
    } catch {
      // No clipboard (insecure origin, denied): select it so the attendee can copy it themselves.
      const input = document.getElementById("reg-feed-url") as HTMLInputElement | null;
      input?.focus();
      input?.select();
      setCopied("Copying is not allowed here: the feed URL is selected, copy it with your keyboard.");
    }
    setTimeout(() => setCopied(""), 8000);
  };

  const leave = async () => {
    setLeaveError(null);
    try {
      await request(api, { method: "DELETE", ifMatch: etag });
      leaveDialog.current?.close();
      forgetRegistration(event.slug);
      onLeft();
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        leaveDialog.current?.close();
        const fresh = await onReload();
        if (fresh) setForm(formOf(fresh));
        setSaveMessage({
          ok: false,
          text: "Your registration was changed elsewhere since this page opened, so you have not left. Check it and leave again if you still want to.",
        });
      } else if (err instanceof ApiError && err.status === 404) {
        leaveDialog.current?.close();
        forgetRegistration(event.slug);
        onLeft();
      } else setLeaveError(`Could not leave: ${(err as Error).message}`);
    }
  };

  const fieldError = (field: string, id: string) =>
    errors[field] ? (
      <span class="field-error" id={`${id}-error`}>
        {errors[field]}
      </span>
    ) : null;
  const invalid = (field: string, id: string) =>
    errors[field] ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
  const links = feed ? subscribeLinks(feed.https, feed.webcal, event.title) : null;
  const days = agenda?.track === form.track ? agenda.days.filter((d) => d.sessions.length > 0) : [];

  return (
    <main id="main" class="page registration-page">
      <p class="crumbs">
        <a href={`/e/${enc(event.slug)}`} onClick={onLinkClick}>
          {event.title}
        </a>
      </p>
      <h1>Your registration</h1>
      <p>
        {reg.name} · <span dir="ltr">{reg.email}</span> · taking part{" "}
        {event.tracks.find((t) => t.slug === reg.track)?.name ?? reg.track} · times in{" "}
        {reg.timezone.replace(/_/g, " ")}
      </p>
      <p class="hint">Keep the address of this page to yourself: anyone with it can change or end your registration.</p>

      <section class="card" aria-labelledby="feed-title">
        <h2 id="feed-title">Your calendar feed</h2>
        {feed && links ? (
          <>
            <p>
              Subscribe once; your calendar then follows every change to the plan and to your choices here.
            </p>
            <div class="feed-copy">
              <label for="reg-feed-url">Feed URL</label>
              <input id="reg-feed-url" readOnly value={feed.https} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
              <button type="button" onClick={copy} aria-describedby="reg-copied">
                Copy feed URL
              </button>
            </div>
            <p id="reg-copied" class="status" role="status" aria-live="polite">
              {copied}
            </p>
            <ul class="subscribe-links">
              <li>
                <a href={links.apple}>Subscribe in Apple Calendar</a>
              </li>
              <li>
                <a href={links.google} target="_blank" rel="noopener noreferrer">
                  Subscribe in Google Calendar
                </a>
              </li>
              <li>
                <a href={links.outlook} target="_blank" rel="noopener noreferrer">
                  Subscribe in Outlook
                </a>
              </li>
            </ul>
          </>
        ) : reg.feed_active === false ? (
          <p>Your feed is turned off. Get a new feed URL to turn it on again.</p>
        ) : (
          <p>
            Your feed URL was shown when you registered (and is kept in the browser you registered with). Lost it? Get
            a new one below.
          </p>
        )}
        <div class="inline-form">
          <button type="button" class="secondary" onClick={rotate} aria-describedby="reg-rotate-hint">
            Get a new feed URL
          </button>
          <span id="reg-rotate-hint" class="hint">
            The current feed URL stops working at once: use this if it was shared by mistake.
          </span>
        </div>
        <p class="status" role="status">
          {feedMessage}
        </p>
      </section>

      <RegistrationJoinLinks api={api} zone={reg.timezone} version={reg.version} />

      <form class="card" onSubmit={save} noValidate aria-labelledby="edit-title">
        <h2 id="edit-title">What you follow</h2>
        <div class="grid-form">
          <div class="field">
            <label for="reg-edit-name">Your name</label>
            <input
              id="reg-edit-name"
              autoComplete="name"
              maxLength={120}
              value={form.name}
              onInput={(e) => set("name", e.currentTarget.value)}
              {...invalid("name", "reg-edit-name")}
            />
            {fieldError("name", "reg-edit-name")}
          </div>
          <div class="field">
            <label for="reg-edit-track">Taking part</label>
            <select
              id="reg-edit-track"
              value={form.track}
              onChange={(e) => set("track", e.currentTarget.value)}
              {...invalid("track", "reg-edit-track")}
            >
              {event.tracks.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
            {fieldError("track", "reg-edit-track")}
          </div>
          <div class="field">
            <ZonePicker
              id="reg-edit-tz"
              label="Your time zone"
              value={form.timezone}
              onChange={(z) => set("timezone", z)}
              hint={errors.timezone}
            />
          </div>
          <div class="field">
            <label for="reg-edit-lang">Language for mail</label>
            <select
              id="reg-edit-lang"
              value={form.language}
              onChange={(e) => set("language", e.currentTarget.value as Language | "")}
              {...invalid("language", "reg-edit-lang")}
            >
              <option value="">No preference</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
            {fieldError("language", "reg-edit-lang")}
          </div>
        </div>

        <fieldset class="session-choice" aria-describedby="reg-sessions-hint">
          <legend>Sessions in your feed</legend>
          <p id="reg-sessions-hint" class="hint">
            Tick the sessions you want. None ticked: your feed carries every session
            {track ? ` of the ${track.name} track` : ""}. Times are in {form.timezone.replace(/_/g, " ")}, with the UTC
            offset of each session's own date.
          </p>
          {agendaError && (
            <p class="error" role="alert">
              The sessions could not be loaded: {agendaError}
            </p>
          )}
          {!agenda && !agendaError && <p>Loading the sessions…</p>}
          {agenda && days.length === 0 && <p>No sessions in this track yet.</p>}
          {days.map((day) => (
            <div key={day.date} class="session-day">
              <h3>{formatDate(day.date)}</h3>
              <ul class="checklist">
                {day.sessions.map((s) => {
                  const id = `reg-s-${s.id}`;
                  return (
                    <li key={s.id}>
                      <input
                        type="checkbox"
                        id={id}
                        checked={form.sessions.includes(s.id)}
                        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      />
                      <label for={id} class="check">
                        <span class="when">
                          <TimeRange start={s.start} end={s.end} zone={form.timezone} />{" "}
                          <bdi class="zone-offset">{offsetsAt(s.start, s.end, form.timezone)}</bdi>
                        </span>{" "}
                        <span dir="auto">{s.title}</span>
                        {s.crosses_midnight && <span class="badge midnight"> crosses midnight</span>}
                        {s.status === "cancelled" && <span class="badge status-cancelled"> cancelled</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {form.sessions.length > 0 && (
            <button type="button" class="quiet" onClick={() => set("sessions", [])}>
              Untick all (follow every session of the track)
            </button>
          )}
        </fieldset>
        <div class="inline-form">
          <button type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save changes"}
          </button>
        </div>
        <p class={saveMessage && !saveMessage.ok ? "error" : "status"} role={saveMessage && !saveMessage.ok ? "alert" : "status"}>
          {saveMessage?.text ?? ""}
        </p>
      </form>

      <section class="card" aria-labelledby="leave-title">
        <h2 id="leave-title">Leave {event.title}</h2>
        <p>Leaving deletes your registration: your feed stops and the invites you were sent are cancelled.</p>
        <button
          type="button"
          class="danger"
          ref={leaveButton}
          onClick={() => {
            setLeaveError(null);
            leaveDialog.current?.showModal();
          }}
        >
          Leave this event…
        </button>
      </section>

      <dialog
        ref={leaveDialog}
        class="confirm"
        aria-labelledby="leave-confirm-title"
        aria-describedby="leave-confirm-text"
        onClose={() => leaveButton.current?.focus()}
      >
        <h2 id="leave-confirm-title">Leave {event.title}?</h2>
        <p id="leave-confirm-text">
          Your registration is deleted and your feed URL stops working. This cannot be undone, but you can register
          again.
        </p>
        {leaveError && (
          <p class="error" role="alert">
            {leaveError}
          </p>
        )}
        <div class="inline-form">
          <button type="button" class="danger" onClick={leave}>
            Yes, leave the event
          </button>
          <button type="button" class="secondary" autoFocus onClick={() => leaveDialog.current?.close()}>
            Stay registered
          </button>
        </div>
      </dialog>
    </main>
  );
}

/** The feed link this browser kept for this registration (the API shows it only when made). */
function knownFeed(slug: string, reg: RegistrationOut, token: string) {
  const saved = savedRegistration(slug);
  if (!saved || reg.feed_active === false) return null;
  const same = (saved.id && saved.id === reg.id) || saved.token === token;
  return same ? feedLinks(saved, location.origin) : null;
}
