// "My agenda" on /e/{event}: star buttons on the session cards, and a panel that turns the
// stars into the attendee's calendar — registering with exactly those sessions, or, when this
// browser holds a registration for the event, updating it through its manage token's API.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, type EventOut, type Schemas, enc, request } from "../api/client";
import { forgetRegistration, saveRegistration, savedRegistration } from "../lib/myRegistration";
import { type Stars, loadStars, reconcile, sameChoice, saveStars, toggle } from "../lib/stars";

type RegistrationOut = Schemas["RegistrationOut"];

export interface StarSession {
  id: string;
  title: string;
  tracks: readonly string[];
}

export interface MyRegistration {
  token: string;
  reg: RegistrationOut;
  etag: string | null;
}

/** This browser's registration for the event, read fresh from its manage API (a change made
 * on the /r page or another device shows here); null when there is none (or it is gone). */
export function useMyRegistration(slug: string): [MyRegistration | null | undefined, (r: MyRegistration | null) => void, () => void] {
  const [mine, setMine] = useState<MyRegistration | null | undefined>(undefined);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const saved = savedRegistration(slug);
    if (!saved?.token) {
      setMine(null);
      return;
    }
    let live = true;
    request<RegistrationOut>(`registrations/${enc(saved.token)}`)
      .then((r) => live && setMine({ token: saved.token, reg: r.data, etag: r.etag }))
      .catch((e) => {
        if (!live) return;
        if (e instanceof ApiError && (e.status === 404 || e.status === 400 || e.status === 422)) {
          forgetRegistration(slug); // left, or replaced: nothing to update any more
          setMine(null);
        } else setMine(null);
      });
    return () => {
      live = false;
    };
  }, [slug, tick]);
  return [mine, setMine, () => setTick((t) => t + 1)];
}

/** The starred sessions of an event, kept in this browser and in step with its registration. */
export function useStars(slug: string, mine: MyRegistration | null | undefined) {
  const [stars, setStars] = useState<Stars>(() => loadStars(slug) ?? { ids: [] });
  useEffect(() => {
    if (mine === undefined) return; // not known yet: keep what is kept
    const next = reconcile(loadStars(slug), mine ? mine.reg : null);
    setStars(next);
    saveStars(slug, next);
  }, [slug, mine?.reg.id, mine?.reg.sessions.join()]);
  const flip = (id: string) =>
    setStars((s) => {
      const next = { ...s, ids: toggle(s.ids, id) };
      saveStars(slug, next);
      return next;
    });
  const synced = (reg: RegistrationOut) => {
    const next: Stars = { ids: [...reg.sessions], registration: { id: reg.id, sessions: [...reg.sessions] } };
    saveStars(slug, next);
    setStars(next);
  };
  return { ids: stars.ids, set: new Set(stars.ids), flip, synced };
}

export function StarButton({ on, title, onToggle }: { on: boolean; title: string; onToggle: () => void }) {
  return (
    <button type="button" class={`star${on ? " on" : ""}`} aria-pressed={on} onClick={onToggle}>
      <span aria-hidden="true">{on ? "★" : "☆"}</span> Star<span class="visually-hidden"> {title}</span>
    </button>
  );
}

/** The first track (in the event's order) that offers every one of the sessions. */
export function trackForAll(event: EventOut, sessions: readonly StarSession[]): string | null {
  return event.tracks.find((t) => sessions.every((s) => s.tracks.includes(t.slug)))?.slug ?? null;
}

interface PanelProps {
  event: EventOut;
  /** Every session of the event (all tracks), to name the starred ones and know their tracks. */
  sessions: readonly StarSession[];
  starred: readonly string[];
  starredOnly: boolean;
  onStarredOnly: (on: boolean) => void;
  mine: MyRegistration | null | undefined;
  /** The track a new registration is for (the Register form's default). */
  registerTrack: string | null;
  onUpdated: (r: MyRegistration) => void;
}

export function MyAgendaPanel(props: PanelProps) {
  const { event, sessions, starred, starredOnly, onStarredOnly, mine, registerTrack, onUpdated } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const known = starred.map((id) => byId.get(id)).filter((s): s is StarSession => !!s);
  const names = Object.fromEntries(event.tracks.map((t) => [t.slug, t.name]));
  const track = mine ? mine.reg.track : (registerTrack ?? event.tracks[0]?.slug ?? null);
  const leftOut = track ? known.filter((s) => !s.tracks.includes(track)) : [];
  const chosen = sessions.length > 0 ? known.filter((s) => !track || s.tracks.includes(track)).map((s) => s.id) : [...starred];
  const inStep = mine ? sameChoice(mine.reg.sessions, chosen) : false;

  useEffect(() => setMessage(null), [starred.length]);

  const update = async () => {
    if (!mine) return;
    setBusy(true);
    setMessage(null);
    const api = `registrations/${enc(mine.token)}`;
    try {
      let r;
      try {
        r = await request<RegistrationOut>(api, { method: "PATCH", body: { sessions: chosen }, ifMatch: mine.etag });
      } catch (err) {
        // Changed elsewhere since this page read it: only the sessions are sent, and they are
        // what the attendee has just asked for, so read it again and send them once more.
        if (!(err instanceof ApiError && err.status === 412)) throw err;
        const fresh = await request<RegistrationOut>(api);
        r = await request<RegistrationOut>(api, { method: "PATCH", body: { sessions: chosen }, ifMatch: fresh.etag });
      }
      saveRegistration(event.slug, { ...r.data, manage_url: `/r/${mine.token}` });
      onUpdated({ token: mine.token, reg: r.data, etag: r.etag });
      const n = r.data.sessions.length;
      setMessage({
        ok: true,
        text:
          n === 0
            ? "Updated: your calendar feed now carries every session of your track."
            : `Updated: your calendar feed now carries your ${n} starred session${n === 1 ? "" : "s"}; subscribed calendars follow at their next refresh.`,
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        forgetRegistration(event.slug);
        setMessage({ ok: false, text: "Your registration is gone (you left, or it was replaced). Register again to get these in your calendar." });
      } else if (err instanceof ApiError) {
        setMessage({ ok: false, text: `Not updated: ${Object.values(err.fieldErrors())[0] ?? err.message}` });
      } else setMessage({ ok: false, text: "Not updated: the server could not be reached. Try again." });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => status.current?.focus());
    }
  };

  const register = () => {
    // The registration form (components/Register) carries the starred sessions: open it and
    // start at its first field.
    const toggleButton = document.querySelector<HTMLButtonElement>('button[aria-controls="reg-form"]');
    if (toggleButton && toggleButton.getAttribute("aria-expanded") !== "true") toggleButton.click();
    requestAnimationFrame(() => {
      const name = document.getElementById("reg-name");
      name?.scrollIntoView({ block: "center" });
      name?.focus();
    });
  };

  const n = starred.length;
  return (
    <section class="card my-agenda" aria-labelledby="my-agenda-title">
      <h2 id="my-agenda-title">My agenda</h2>
      <p>
        {n === 0
          ? "Star the sessions you want to attend: they are kept in this browser, no account needed."
          : `${n} session${n === 1 ? "" : "s"} starred.`}{" "}
        {mine &&
          (mine.reg.sessions.length === 0
            ? "Your calendar feed carries every session of your track."
            : `Your calendar feed carries ${mine.reg.sessions.length} chosen session${mine.reg.sessions.length === 1 ? "" : "s"}.`)}
      </p>
      <div class="my-agenda-actions">
        <button type="button" class="secondary" aria-pressed={starredOnly} onClick={() => onStarredOnly(!starredOnly)}>
          Starred only
        </button>
        {mine ? (
          !(inStep && n === 0) && <button type="button" onClick={update} disabled={busy || inStep}>
            {busy ? "Updating…" : inStep ? "Your calendar has these" : "Get these in my calendar"}
          </button>
        ) : (
          n > 0 && (
            <button type="button" onClick={register}>
              Get these in my calendar
            </button>
          )
        )}
      </div>
      {mine && n === 0 && mine.reg.sessions.length > 0 && (
        <p class="hint">With no stars, your calendar feed carries every session of your track.</p>
      )}
      {leftOut.length > 0 && track && (
        <p class="hint">
          Not offered to {names[track] ?? track} attendees, so left out of {mine ? "your" : "a"} {names[track] ?? track}{" "}
          registration: {leftOut.map((s) => `“${s.title}”`).join(", ")}.
        </p>
      )}
      <p ref={status} tabIndex={-1} class={message ? (message.ok ? "status ok" : "error") : "status"} role="status" aria-live="polite">
        {message?.text ?? ""}
      </p>
    </section>
  );
}
