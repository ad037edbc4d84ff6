// The event's tracks: the list (with Remove) and the form that adds one.
import { useState } from "preact/hooks";
import { type EventOut, type TrackCreate, type TrackOut, enc, request } from "../api/client";

export function TrackEditor({ event, onChange }: { event: EventOut; onChange: () => void }) {
  const [form, setForm] = useState<TrackCreate>({ slug: "", name: "", mode: "online" });
  const [error, setError] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await request<TrackOut>(`events/${enc(event.slug)}/tracks`, {
        method: "POST",
        body: { ...form, location: form.location || null, join_url: form.join_url || null },
      });
      setForm({ slug: "", name: "", mode: "online" });
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const remove = async (t: TrackOut) => {
    setError(null);
    try {
      await request(`events/${enc(event.slug)}/tracks/${enc(t.slug)}`, { method: "DELETE", ifMatch: `"t${t.version}"` });
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const set = (k: keyof TrackCreate) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <details class="tracks card">
      <summary>
        <h2>Tracks ({event.tracks.map((t) => t.name).join(", ")})</h2>
      </summary>
      {error && <p class="error" role="alert">{error}</p>}
      <ul>
        {event.tracks.map((t) => (
          <li key={t.slug}>
            <strong dir="auto">{t.name}</strong> ({t.mode === "online" ? "online" : "in person"}
            {t.location ? `, ${t.location}` : ""}
            {t.join_url ? `, ${t.join_url}` : ""}){" "}
            <button type="button" class="quiet" onClick={() => remove(t)}>
              Remove<span class="visually-hidden"> track {t.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="grid-form" onSubmit={add}>
        <div class="field">
          <label for="tr-name">Name</label>
          <input id="tr-name" required value={form.name} onInput={set("name")} dir="auto" />
        </div>
        <div class="field">
          <label for="tr-slug">Slug</label>
          <input id="tr-slug" required value={form.slug} onInput={set("slug")} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
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
            <input id="tr-where" type="url" value={form.join_url ?? ""} onInput={set("join_url")} />
          ) : (
            <input id="tr-where" type="text" value={form.location ?? ""} onInput={set("location")} />
          )}
        </div>
        <button type="submit" class="secondary">
          Add track
        </button>
      </form>
    </details>
  );
}
