// The organiser workspace: /organise (events) and /organise/{event} (the event's workspace).
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, type EventCreate, type EventOut, type Page, logout, request, whoAmI } from "../api/client";
import { FieldError, focusFirstInvalid, invalidProps } from "../components/FieldError";
import { Login } from "../components/Login";
import { ZonePicker } from "../components/ZonePicker";
import { navigate, onLinkClick } from "../lib/router";
import { browserZone, formatDate } from "../lib/time";
import { Workspace } from "./Workspace";

type Who = Awaited<ReturnType<typeof whoAmI>>;

export function Organise({ slug, url }: { slug?: string; url: URL }) {
  const [who, setWho] = useState<Who | undefined>(undefined);
  const refresh = () => whoAmI().then(setWho);
  useEffect(() => {
    refresh();
  }, []);
  useEffect(() => {
    document.title = "Organise · sessions";
  }, [slug]);

  if (who === undefined) return <main id="main" class="page"><p aria-busy="true">Checking your login…</p></main>;
  if (who === null) return <Login onDone={refresh} />;

  const signOut = async () => {
    await logout();
    setWho(null);
  };
  return (
    <>
      <section class="userbar" aria-label="Your account">
        <span>{who.email ? `Logged in as ${who.email}` : "Using an API token"}</span>
        <button type="button" class="quiet" onClick={signOut}>
          Log out
        </button>
      </section>
      {slug ? <Workspace slug={slug} url={url} /> : <EventList />}
    </>
  );
}

function EventList() {
  const [events, setEvents] = useState<EventOut[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request<Page<EventOut>>("events", { query: { limit: "500" } })
      .then((r) => setEvents(r.data.items))
      .catch((e) => setError((e as Error).message));
  }, []);
  return (
    <main id="main" class="page">
      <h1>Your events</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {events && (
        <ul class="event-list">
          {events.map((e) => (
            <li key={e.slug}>
              <a href={`/organise/${encodeURIComponent(e.slug)}`} onClick={onLinkClick} dir="auto">
                {e.title}
              </a>{" "}
              <span class={`badge status-${e.status}`}>{e.status}</span>{" "}
              <span class="meta">
                {formatDate(e.start_date, "short")} – {formatDate(e.end_date, "short")} · {e.timezone}
              </span>
            </li>
          ))}
          {events.length === 0 && <li>No events yet.</li>}
        </ul>
      )}
      <CreateEvent />
    </main>
  );
}

/** A slug from a title: "IGF 2024 (Riyadh)" -> "igf-2024-riyadh" (the API's slug rule, at most 64). */
export function slugFrom(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 64)
    .replace(/^-+|-+$/g, "");
}

function CreateEvent() {
  const [form, setForm] = useState<EventCreate>({
    slug: "",
    title: "",
    timezone: browserZone(),
    start_date: "",
    end_date: "",
    venue: "",
    kind: "meeting",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  // The slug follows the title until the organiser types one of their own.
  const [slugTyped, setSlugTyped] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused > 0 && !focusFirstInvalid(formRef.current)) alertRef.current?.focus();
  }, [refused]);
  const set = (k: keyof EventCreate) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    if (k === "slug") setSlugTyped(value !== "");
    const next = { ...form, [k]: value };
    if (k === "title" && !slugTyped) next.slug = slugFrom(value);
    setForm(next);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    setError(null);
    try {
      const body: EventCreate = { ...form, end_date: form.end_date || form.start_date, venue: form.venue || null };
      const r = await request<EventOut>("events", { method: "POST", body });
      navigate(`/organise/${encodeURIComponent(r.data.slug)}`);
    } catch (err) {
      if (err instanceof ApiError) {
        const fields = err.fieldErrors();
        const n = Object.keys(fields).length;
        setErrors(fields);
        setError(n > 0 ? `Not created: ${n === 1 ? "one field needs" : `${n} fields need`} a change (marked below).` : err.message);
      } else setError((err as Error).message);
      setRefused((r) => r + 1);
    }
  };
  const field = (k: keyof EventCreate, label: string, type = "text", extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`ev-${k}`}>{label}</label>
      <input
        id={`ev-${k}`}
        type={type as "text"}
        value={(form[k] as string) ?? ""}
        onInput={set(k)}
        {...invalidProps(`ev-${k}`, errors[k])}
        {...extra}
      />
      <FieldError for={`ev-${k}`} message={errors[k]} />
    </div>
  );
  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-event" ref={formRef}>
      <h2 id="new-event">New event</h2>
      {error && (
        <p class="error" role="alert" ref={alertRef} tabIndex={-1}>
          {error}
        </p>
      )}
      <div class="grid-form">
        {field("title", "Title", "text", { required: true, dir: "auto" })}
        {field("slug", "Short name for links (slug)", "text", {
          required: true,
          pattern: "[a-z0-9]+(-[a-z0-9]+)*",
          title: "lower-case letters, digits and single hyphens",
        })}
        <ZonePicker
          id="ev-timezone"
          label="Time zone of the venue"
          value={form.timezone}
          onChange={(z) => setForm({ ...form, timezone: z })}
        />
        <FieldError for="ev-timezone" message={errors.timezone} />
        {field("start_date", "First day", "date", { required: true })}
        {field("end_date", "Last day", "date")}
        {field("venue", "Venue", "text", { dir: "auto" })}
        <div class="field">
          <label for="ev-kind">Kind</label>
          <select id="ev-kind" value={form.kind} onChange={set("kind")} {...invalidProps("ev-kind", errors.kind)}>
            <option value="meeting">Meeting</option>
            <option value="deadline">Deadline</option>
          </select>
          <FieldError for="ev-kind" message={errors.kind} />
        </div>
      </div>
      <button type="submit">Create event</button>
    </form>
  );
}
