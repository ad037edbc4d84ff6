// Registration on the attendee agenda: name, email, track, zone → a personal calendar feed.
// The answer is kept in this browser (lib/myRegistration), so a reload keeps the feed link.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, type EventOut, type Schemas, enc, request } from "../api/client";
import { type SavedRegistration, forgetRegistration, saveRegistration, savedRegistration } from "../lib/myRegistration";
import { ZonePicker } from "./ZonePicker";

export type RegistrationOut = Schemas["RegistrationOut"];
type RegistrationIn = Schemas["RegistrationIn"];

/** The feed as an absolute https (or http on a local server) URL and as webcal://. */
export function feedLinks(reg: { feed_url?: string | null; webcal_url?: string | null }, origin: string) {
  if (!reg.feed_url) return null;
  const https = new URL(reg.feed_url, origin).toString();
  const webcal = reg.webcal_url ?? https.replace(/^https?:/, "webcal:");
  return { https, webcal };
}

/** The manage page as a path on this site (`/r/{token}`), whatever origin the API wrote. */
export function managePath(manageUrl: string, origin: string): string {
  const u = new URL(manageUrl, origin);
  return u.origin === origin ? `${u.pathname}${u.search}` : u.toString();
}

type Field = "name" | "email" | "track" | "timezone";
const FIELDS: Field[] = ["name", "email", "track", "timezone"];
const FIELD_IDS: Record<Field, string> = { name: "reg-name", email: "reg-email", track: "reg-track", timezone: "reg-tz" };
type FieldErrors = Partial<Record<Field | "sessions", string>>;

// A plain shape check; the server has the last word (and says so per field).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the form, in words a person reads; empty when it may be sent. */
export function validateRegistration(v: { name: string; email: string; track: string; timezone: string }): FieldErrors {
  const out: FieldErrors = {};
  const name = v.name.trim();
  if (!name) out.name = "Enter your name.";
  else if (name.length > 120) out.name = "Your name is too long: at most 120 characters.";
  const email = v.email.trim();
  if (!email) out.email = "Enter your email address.";
  else if (!EMAIL_SHAPE.test(email) || email.length > 254) out.email = "Enter an email address like ana@example.org.";
  if (!v.track) out.track = "Choose how you take part.";
  if (!v.timezone) out.timezone = "Choose your time zone.";
  return out;
}

// The server's validator speaks msgspec ("Expected 'str' of length >= 1"); such messages
// become the plain one for their field, any other message is shown as the server wrote it.
const PLAIN: Record<string, string> = {
  name: "Enter your name.",
  email: "Enter an email address like ana@example.org.",
  track: "Choose how you take part.",
  timezone: "Choose your time zone from the list.",
  sessions: "Some of the chosen sessions are not in this event.",
};
export function plainServerErrors(fields: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    const key = field.split(/[.[]/)[0] as Field | "sessions";
    if (!(key in PLAIN)) continue;
    out[key] = /^(Expected|Object missing|Invalid)/.test(message) ? PLAIN[key] : message;
  }
  return out;
}

interface Props {
  event: EventOut;
  track: string | null;
  tz: string;
  /** The sessions to register with (e.g. the agenda's starred ones) and the tracks offering
   * each: those the chosen track offers are sent; none = all of the track. */
  sessions?: { id: string; tracks: string[] }[];
  /** Called with the answer once registered (also kept in this browser). */
  onRegistered?: (r: RegistrationOut) => void;
}

export function Register({ event, track, tz, sessions, onRegistered }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [chosenTrack, setTrack] = useState<string>(track ?? event.tracks[0]?.slug ?? "");
  // Only what the chosen track offers: switching track in the form must not send a session
  // that track does not have (the API would refuse the whole registration).
  const offered = (sessions ?? []).filter((s) => s.tracks.includes(chosenTrack)).map((s) => s.id);
  const [zone, setZone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<SavedRegistration | null>(() => savedRegistration(event.slug));
  const [justRegistered, setJustRegistered] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);
  const timezone = zone ?? tz;

  useEffect(() => setDone(savedRegistration(event.slug)), [event.slug]);

  // ZonePicker takes no aria props; its input carries the field's state all the same.
  useEffect(() => {
    const input = document.getElementById(FIELD_IDS.timezone);
    if (!input) return;
    if (errors.timezone) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }, [errors.timezone, open]);

  const focusFirstInvalid = (errs: FieldErrors) => {
    const first = FIELDS.find((f) => errs[f]);
    if (first) requestAnimationFrame(() => document.getElementById(FIELD_IDS[first])?.focus());
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    const local = validateRegistration({ name, email, track: chosenTrack, timezone });
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setFailure("Please correct the fields marked above.");
      focusFirstInvalid(local);
      return;
    }
    setBusy(true);
    try {
      const body: RegistrationIn = { name: name.trim(), email: email.trim(), track: chosenTrack, timezone };
      if (offered.length > 0) body.sessions = offered;
      const r = await request<RegistrationOut>(`events/${enc(event.slug)}/registrations`, {
        method: "POST",
        body,
      });
      const saved = saveRegistration(event.slug, r.data);
      setDone(
        saved ?? {
          manage_url: "",
          token: "",
          feed_url: r.data.feed_url ?? null,
          webcal_url: r.data.webcal_url ?? null,
          track: r.data.track,
          timezone: r.data.timezone,
          sessions: r.data.sessions,
          name: r.data.name,
        },
      );
      setJustRegistered(true);
      onRegistered?.(r.data);
      requestAnimationFrame(() => result.current?.focus());
    } catch (err) {
      if (err instanceof ApiError) {
        const fields = plainServerErrors(err.fieldErrors());
        setErrors(fields);
        if (Object.keys(fields).length > 0) {
          setFailure(fields.sessions ?? "Please correct the fields marked above.");
          focusFirstInvalid(fields);
        } else setFailure(err.status === 429 ? "Too many registrations from here just now; try again in a minute." : err.message);
      } else setFailure("The server could not be reached; check your connection and try again.");
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: Field) => {
    const m = errors[field];
    return m ? (
      <span class="field-error" id={`reg-${field}-error`}>
        {m}
      </span>
    ) : null;
  };
  const invalid = (field: Field) =>
    errors[field] ? { "aria-invalid": true, "aria-describedby": `reg-${field}-error` } : {};

  if (done) {
    const links = feedLinks(done, location.origin);
    const manage = done.manage_url ? managePath(done.manage_url, location.origin) : null;
    return (
      <section class="card register" aria-labelledby="reg-done">
        <h2 id="reg-done" tabIndex={-1} ref={result}>
          {justRegistered ? `You are registered${done.name ? `, ${done.name}` : ""}` : "You are registered for this event"}
        </h2>
        {justRegistered && (
          <p class="hint">
            Registered with this email before? Then that registration stays as it was and, when this site sends
            mail, a link to it goes to that address.
          </p>
        )}
        {links ? (
          <>
            <p>
              Your personal calendar feed (keep it to yourself): it shows{" "}
              {done.sessions.length > 0 ? `your ${done.sessions.length} chosen sessions` : "your sessions"} in{" "}
              {done.timezone.replace(/_/g, " ")} time and follows every change to the plan.
            </p>
            <p class="feed-links">
              <label for="reg-feed">Feed link</label>{" "}
              <input id="reg-feed" readOnly value={links.https} size={60} onFocus={(e) => e.currentTarget.select()} />{" "}
              <a href={links.https}>Personal feed (https)</a> · <a href={links.webcal}>Subscribe with webcal://</a>
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
            Change your track, zone or sessions, subscribe in Google, Apple or Outlook, or leave:{" "}
            <a href={manage}>Manage your registration</a> (keep this link to yourself).
          </p>
        )}
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              // Only this browser forgets: the registration itself stays (leave it on its page).
              forgetRegistration(event.slug);
              setDone(null);
              setJustRegistered(false);
              setOpen(true);
            }}
          >
            Register someone else from this browser
          </button>
        </p>
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
          {offered.length > 0 && (
            <p class="wide" aria-live="polite">
              Your feed will carry the {offered.length} session{offered.length === 1 ? "" : "s"} you chose
              {offered.length < (sessions?.length ?? 0) && ` that ${event.tracks.find((t) => t.slug === chosenTrack)?.name ?? chosenTrack} offers`}.
            </p>
          )}
          <div class="field">
            <label for="reg-name">Your name</label>
            <input
              id="reg-name"
              autoComplete="name"
              required
              maxLength={120}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              {...invalid("name")}
            />
            {fieldError("name")}
          </div>
          <div class="field">
            <label for="reg-email">Email</label>
            <input
              id="reg-email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
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
            <ZonePicker
              id={FIELD_IDS.timezone}
              label="Your time zone"
              value={timezone}
              onChange={setZone}
              hint={errors.timezone}
            />
          </div>
          <div class="wide">
            <button type="submit" disabled={busy}>
              {busy ? "Registering…" : "Register"}
            </button>
          </div>
          {failure && (
            <p class="error wide" role="alert">
              Could not register: {failure}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
