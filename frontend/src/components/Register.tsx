// Registration on the attendee agenda: name, email, track, zone → a personal calendar feed.
import { useRef, useState } from "preact/hooks";
import { ApiError, type EventOut, type Schemas, enc, request } from "../api/client";
import { ZonePicker } from "./ZonePicker";

export type RegistrationOut = Schemas["RegistrationOut"];
type RegistrationIn = Schemas["RegistrationIn"];

/** The feed as an absolute https (or http on a local server) URL and as webcal://. */
export function feedLinks(reg: Pick<RegistrationOut, "feed_url" | "webcal_url">, origin: string) {
  if (!reg.feed_url) return null;
  const https = new URL(reg.feed_url, origin).toString();
  const webcal = reg.webcal_url ?? https.replace(/^https?:/, "webcal:");
  return { https, webcal };
}

interface Props {
  event: EventOut;
  track: string | null;
  tz: string;
}

export function Register({ event, track, tz }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [chosenTrack, setTrack] = useState<string>(track ?? event.tracks[0]?.slug ?? "");
  const [zone, setZone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [done, setDone] = useState<RegistrationOut | null>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const timezone = zone ?? tz;

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: RegistrationIn = { name, email, track: chosenTrack, timezone };
      const r = await request<RegistrationOut>(`events/${enc(event.slug)}/registrations`, {
        method: "POST",
        body,
      });
      setDone(r.data);
      requestAnimationFrame(() => result.current?.focus());
    } catch (err) {
      if (err instanceof ApiError) setError({ message: err.message, fields: err.fieldErrors() });
      else setError({ message: (err as Error).message, fields: {} });
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => {
    const m = error?.fields[field];
    return m ? (
      <span class="field-error" id={`reg-${field}-error`}>
        {m}
      </span>
    ) : null;
  };
  const invalid = (field: string) =>
    error?.fields[field] ? { "aria-invalid": true, "aria-describedby": `reg-${field}-error` } : {};

  if (done) {
    const links = feedLinks(done, location.origin);
    const manage = done.manage_url ? new URL(done.manage_url, location.origin).toString() : null;
    return (
      <section class="card register" aria-labelledby="reg-done">
        <h2 id="reg-done" tabIndex={-1} ref={result}>
          You are registered, {done.name}
        </h2>
        {links ? (
          <>
            <p>
              Your personal calendar feed (keep it to yourself): it shows your sessions in {done.timezone.replace(/_/g, " ")}{" "}
              time and follows every change to the plan.
            </p>
            <p class="feed-links">
              <label for="reg-feed">Feed link</label>{" "}
              <input id="reg-feed" readOnly value={links.https} size={60} onFocus={(e) => e.currentTarget.select()} />{" "}
              <a href={links.https}>Personal feed (https)</a> ·{" "}
              <a href={links.webcal}>Subscribe with webcal://</a>
            </p>
            <ul class="feed-howto">
              <li>
                <strong>Google Calendar</strong>: on calendar.google.com, beside “Other calendars” choose “+” → “From
                URL”, paste the feed link, then “Add calendar”.
              </li>
              <li>
                <strong>Apple Calendar</strong>: File → New Calendar Subscription…, paste the feed link, then
                Subscribe — or just open the webcal:// link on a Mac, iPhone or iPad.
              </li>
              <li>
                <strong>Outlook</strong>: Calendar → Add calendar → Subscribe from web, paste the feed link, name it,
                then Import.
              </li>
            </ul>
          </>
        ) : (
          <p>Your registration is saved; its calendar feed is turned off.</p>
        )}
        {manage && (
          <p>
            Change your track, zone or sessions, or leave, with your manage link (keep it too):{" "}
            <a href={manage}>Manage your registration</a>
          </p>
        )}
      </section>
    );
  }

  return (
    <section class="register" aria-labelledby="reg-title">
      <h2 id="reg-title" class="visually-hidden">
        Register
      </h2>
      <button type="button" class="secondary" aria-expanded={open} aria-controls="reg-form" onClick={() => setOpen(!open)}>
        Register for {event.title}: get your personal calendar feed
      </button>
      {open && (
        <form id="reg-form" class="card grid-form" onSubmit={submit} noValidate aria-label="Registration">
          <div class="field">
            <label for="reg-name">Your name</label>
            <input id="reg-name" autoComplete="name" required value={name} onInput={(e) => setName(e.currentTarget.value)} {...invalid("name")} />
            {fieldError("name")}
          </div>
          <div class="field">
            <label for="reg-email">Email</label>
            <input
              id="reg-email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
              {...invalid("email")}
            />
            {fieldError("email")}
          </div>
          <div class="field">
            <label for="reg-track">Taking part</label>
            <select id="reg-track" value={chosenTrack} onChange={(e) => setTrack(e.currentTarget.value)} {...invalid("track")}>
              {event.tracks.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
            {fieldError("track")}
          </div>
          <div class="field">
            <ZonePicker id="reg-tz" label="Your time zone" value={timezone} onChange={setZone} />
            {fieldError("timezone")}
          </div>
          <div class="wide">
            <button type="submit" disabled={busy}>
              {busy ? "Registering…" : "Register"}
            </button>
          </div>
          {error && (
            <p class="error wide" role="alert">
              Could not register: {error.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
