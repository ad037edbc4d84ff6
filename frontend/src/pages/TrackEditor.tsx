// The event's tracks: the list (each can be edited or removed) and the form that adds one.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, type EventOut, type TrackCreate, type TrackOut, enc, request } from "../api/client";
import { FieldError, focusFirstInvalid, invalidProps } from "../components/FieldError";

type Errors = Record<string, string>;
const trackEtag = (t: TrackOut) => `"t${t.version}"`;

/** A refusal as messages by API field; the rest as one message. */
function refusal(err: unknown): { fields: Errors; message: string | null } {
  if (err instanceof ApiError) {
    const fields = err.fieldErrors();
    return { fields, message: Object.keys(fields).length > 0 ? null : err.message };
  }
  return { fields: {}, message: (err as Error).message };
}

export function TrackEditor({ event, onChange }: { event: EventOut; onChange: () => void }) {
  const [form, setForm] = useState<TrackCreate>({ slug: "", name: "", mode: "online", join_private: false });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const addForm = useRef<HTMLFormElement>(null);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused > 0) focusFirstInvalid(addForm.current);
  }, [refused]);

  const add = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setErrors({});
    try {
      await request<TrackOut>(`events/${enc(event.slug)}/tracks`, {
        method: "POST",
        body: { ...form, location: form.location || null, join_url: form.join_url || null },
      });
      setStatus(`Track “${form.name}” added.`);
      setForm({ slug: "", name: "", mode: "online", join_private: false });
      onChange();
    } catch (err) {
      const r = refusal(err);
      setErrors(r.fields);
      setError(r.message);
      setRefused((n) => n + 1);
    }
  };
  const remove = async (t: TrackOut) => {
    setError(null);
    try {
      await request(`events/${enc(event.slug)}/tracks/${enc(t.slug)}`, { method: "DELETE", ifMatch: trackEtag(t) });
      setStatus(`Track “${t.name}” removed.`);
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const set = (k: keyof TrackCreate) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const err = (k: string) => errors[k];
  return (
    <details class="tracks card">
      <summary>
        <h2>Tracks ({event.tracks.map((t) => t.name).join(", ")})</h2>
      </summary>
      {error && <p class="error" role="alert">{error}</p>}
      <p role="status" class="status">
        {status}
      </p>
      <ul class="track-list">
        {event.tracks.map((t) =>
          editing === t.slug ? (
            <li key={t.slug}>
              <EditTrack
                event={event}
                track={t}
                onStale={onChange}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) {
                    setStatus(`Track “${saved.name}” saved.`);
                    onChange();
                  }
                }}
              />
            </li>
          ) : (
            <li key={t.slug}>
              <strong dir="auto">{t.name}</strong> ({t.mode === "online" ? "online" : "in person"}
              {t.location ? `, ${t.location}` : ""}
              {t.join_url ? `, ${t.join_url}` : ""}
              {t.join_private ? `, private${t.join_private_hours != null ? ` from ${t.join_private_hours} h before` : ""}` : ""}){" "}
              <button type="button" class="quiet" onClick={() => setEditing(t.slug)}>
                Edit<span class="visually-hidden"> track {t.name}</span>
              </button>{" "}
              <button type="button" class="quiet" onClick={() => remove(t)}>
                Remove<span class="visually-hidden"> track {t.name}</span>
              </button>
            </li>
          ),
        )}
      </ul>
      <form class="grid-form" onSubmit={add} ref={addForm} aria-label="Add a track">
        <div class="field">
          <label for="tr-name">Name</label>
          <input id="tr-name" required value={form.name} onInput={set("name")} dir="auto" {...invalidProps("tr-name", err("name"))} />
          <FieldError for="tr-name" message={err("name")} />
        </div>
        <div class="field">
          <label for="tr-slug">Slug</label>
          <input
            id="tr-slug"
            required
            value={form.slug}
            onInput={set("slug")}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            {...invalidProps("tr-slug", err("slug"))}
          />
          <FieldError for="tr-slug" message={err("slug")} />
        </div>
        <div class="field">
          <label for="tr-mode">Mode</label>
          <select id="tr-mode" value={form.mode} onChange={set("mode")}>
            <option value="in_person">In person</option>
            <option value="online">Online</option>
          </select>
        </div>
        <div class="field">
          <label for="tr-where">{form.mode === "online" ? "Join link" : "Location"}</label>
          {form.mode === "online" ? (
            <input id="tr-where" type="url" value={form.join_url ?? ""} onInput={set("join_url")} {...invalidProps("tr-where", err("join_url"))} />
          ) : (
            <input id="tr-where" type="text" value={form.location ?? ""} onInput={set("location")} {...invalidProps("tr-where", err("location"))} />
          )}
          <FieldError for="tr-where" message={err(form.mode === "online" ? "join_url" : "location")} />
        </div>
        <button type="submit" class="secondary">
          Add track
        </button>
      </form>
    </details>
  );
}

/** One track's name, room/location and join link, saved with PATCH and If-Match. */
function EditTrack({
  event,
  track,
  onDone,
  onStale,
}: {
  event: EventOut;
  track: TrackOut;
  onDone: (saved: TrackOut | null) => void;
  onStale: () => void;
}) {
  const [name, setName] = useState(track.name);
  const [location, setLocation] = useState(track.location ?? "");
  const [joinUrl, setJoinUrl] = useState(track.join_url ?? "");
  const [joinPrivate, setJoinPrivate] = useState(track.join_private ?? false);
  const [hours, setHours] = useState(track.join_private_hours == null ? "" : String(track.join_private_hours));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused === 0) first.current?.focus();
    else focusFirstInvalid(root.current);
  }, [refused]);
  const id = `tr-${track.slug}`;
  const save = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    setError(null);
    const body: Record<string, string | number | boolean | null> = {};
    if (name !== track.name) body.name = name;
    if (location !== (track.location ?? "")) body.location = location || null;
    if (joinUrl !== (track.join_url ?? "")) body.join_url = joinUrl || null;
    if (joinPrivate !== (track.join_private ?? false)) body.join_private = joinPrivate;
    const h = joinPrivate && hours.trim() !== "" ? Number(hours) : null;
    if (h !== (track.join_private_hours ?? null)) body.join_private_hours = h;
    if (Object.keys(body).length === 0) return onDone(null);
    try {
      const r = await request<TrackOut>(`events/${enc(event.slug)}/tracks/${enc(track.slug)}`, {
        method: "PATCH",
        body,
        ifMatch: trackEtag(track),
      });
      onDone(r.data);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        // The event reloads with their version (and its ETag); what was typed stays.
        onStale();
        setError("Someone else changed this track meanwhile. Your edits are kept: save again to replace their version.");
      } else {
        const r = refusal(err);
        setErrors(r.fields);
        setError(r.message);
      }
      setRefused((n) => n + 1);
    }
  };
  return (
    <form class="grid-form track-edit" onSubmit={save} ref={root} aria-label={`Edit track ${track.name}`}>
      {error && (
        <p class="error wide" role="alert">
          {error}
        </p>
      )}
      <div class="field">
        <label for={`${id}-name`}>Name</label>
        <input id={`${id}-name`} ref={first} required dir="auto" value={name} onInput={(e) => setName(e.currentTarget.value)} {...invalidProps(`${id}-name`, errors.name)} />
        <FieldError for={`${id}-name`} message={errors.name} />
      </div>
      <div class="field">
        <label for={`${id}-location`}>{track.mode === "online" ? "Location (if any)" : "Room or location"}</label>
        <input id={`${id}-location`} dir="auto" value={location} onInput={(e) => setLocation(e.currentTarget.value)} {...invalidProps(`${id}-location`, errors.location)} />
        <FieldError for={`${id}-location`} message={errors.location} />
      </div>
      <div class="field">
        <label for={`${id}-join`}>Join link</label>
        <input id={`${id}-join`} type="url" value={joinUrl} onInput={(e) => setJoinUrl(e.currentTarget.value)} {...invalidProps(`${id}-join`, errors.join_url)} />
        <FieldError for={`${id}-join`} message={errors.join_url} />
      </div>
      <div class="field">
        <label class="check">
          <input
            id={`${id}-private`}
            type="checkbox"
            checked={joinPrivate}
            onChange={(e) => setJoinPrivate(e.currentTarget.checked)}
            {...invalidProps(`${id}-private`, errors.join_private)}
          />{" "}
          Private link: only registrants, organisers and facilitators get it
        </label>
        <FieldError for={`${id}-private`} message={errors.join_private} />
      </div>
      <div class="field">
        <label for={`${id}-hours`}>Only from (hours before each session; blank: any time)</label>
        <input
          id={`${id}-hours`}
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          disabled={!joinPrivate}
          value={hours}
          onInput={(e) => setHours(e.currentTarget.value)}
          {...invalidProps(`${id}-hours`, errors.join_private_hours)}
        />
        <FieldError for={`${id}-hours`} message={errors.join_private_hours} />
      </div>
      <div>
        <button type="submit">Save track</button>{" "}
        <button type="button" class="quiet" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
