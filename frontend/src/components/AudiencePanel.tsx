// The audience across zones, for organisers: the zones the event serves and their weights
// (registrations add their own zones, counted, never named), and who bears the event's nights,
// zone by zone, so the burden can be rotated rather than always falling on the same region.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, enc, request, type Schemas } from "../api/client";
import { zoneOffset } from "../lib/time";
import { FieldError, focusFirstInvalid, invalidProps } from "./FieldError";
import { ZonePicker } from "./ZonePicker";
import { zoneCity } from "./SessionClocks";
import "./heatStrip.css";

type AudienceOut = Schemas["AudienceOut"];
type Row = { timezone: string; weight: number };

/** Told to every heat strip on the page, so an open session editor redraws with the new audience. */
export const AUDIENCE_CHANGED = "sessions:audience-changed";

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function AudiencePanel({ slug, at }: { slug: string; at: Date }) {
  const [audience, setAudience] = useState<AudienceOut | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [adding, setAdding] = useState("UTC");
  const [refused, setRefused] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  const load = async () => {
    const r = await request<AudienceOut>(`events/${enc(slug)}/audience`);
    setAudience(r.data);
    setRows(r.data.declared.map((z) => ({ timezone: z.timezone, weight: z.weight })));
  };
  useEffect(() => {
    load().catch((e: unknown) => setMessage((e as Error).message));
  }, [slug]);
  useEffect(() => {
    if (refused > 0 && !focusFirstInvalid(form.current)) form.current?.querySelector<HTMLElement>(".error")?.focus();
  }, [refused]);

  const save = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    setMessage(null);
    setStatus("");
    try {
      const r = await request<AudienceOut>(`events/${enc(slug)}/audience`, { method: "PUT", body: { zones: rows } });
      setAudience(r.data);
      setRows(r.data.declared.map((z) => ({ timezone: z.timezone, weight: z.weight })));
      setStatus(`Audience saved: ${r.data.declared.length} zone${r.data.declared.length === 1 ? "" : "s"}.`);
      window.dispatchEvent(new CustomEvent(AUDIENCE_CHANGED));
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length > 0) setErrors(err.fieldErrors());
      else setMessage((err as Error).message);
      setRefused((n) => n + 1);
    }
  };
  const add = () => {
    if (rows.some((r) => r.timezone === adding)) {
      setStatus(`${adding} is already in the audience.`);
      return;
    }
    setRows([...rows, { timezone: adding, weight: 1 }]);
    setStatus(`${adding} added; save to keep it.`);
  };

  const nights = [...(audience?.nights ?? [])].sort((a, b) => b.minutes - a.minutes || (a.timezone < b.timezone ? -1 : 1));
  const worst = Math.max(1, ...nights.map((n) => n.minutes));
  const declaredCount = audience?.declared.length ?? 0;
  return (
    <details class="audience card">
      <summary>
        <h2>
          Audience across zones ({declaredCount === 0 ? "none declared" : `${declaredCount} zone${declaredCount === 1 ? "" : "s"}`})
        </h2>
      </summary>
      <p class="hint">
        The zones this event serves, weighted (people, or how much each matters). Registrations add
        their own zones, counted and never named. Fairness scores, the heat strip and the slot
        finder use them.
      </p>
      <form ref={form} onSubmit={save} aria-label="Audience zones" noValidate>
        {message && (
          <p class="error" role="alert" tabIndex={-1}>
            {message}
          </p>
        )}
        {errors.zones && <FieldError for="aud-add" message={errors.zones} />}
        {rows.length > 0 && (
          <table class="audience-zones">
            <caption class="visually-hidden">Declared zones and weights</caption>
            <thead>
              <tr>
                <th scope="col">Zone</th>
                <th scope="col">Weight</th>
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const id = `aud-w-${i}`;
                const err = errors[`zones[${i}].weight`] ?? errors[`zones[${i}].timezone`];
                return (
                  <tr key={r.timezone}>
                    <th scope="row">
                      <span dir="ltr">{r.timezone}</span> <span class="hint">{zoneOffset(r.timezone, at)}</span>
                    </th>
                    <td>
                      <label class="visually-hidden" for={id}>
                        Weight of {r.timezone}
                      </label>
                      <input
                        id={id}
                        type="number"
                        min="0.01"
                        step="any"
                        inputMode="decimal"
                        value={r.weight}
                        onInput={(e) => {
                          const weight = Number((e.currentTarget as HTMLInputElement).value);
                          setRows(rows.map((x, j) => (j === i ? { ...x, weight } : x)));
                        }}
                        {...invalidProps(id, err)}
                      />
                      <FieldError for={id} message={err} />
                    </td>
                    <td>
                      <button type="button" class="quiet" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                        Remove<span class="visually-hidden"> {r.timezone}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div class="audience-add">
          <ZonePicker id="aud-add" label="Zone to add" value={adding} onChange={setAdding} at={at} hint="A city, country, abbreviation or offset." />
          <button type="button" class="secondary" onClick={add}>
            Add <span dir="ltr">{adding}</span>
          </button>
        </div>
        <p>
          <button type="submit">Save audience</button>
        </p>
        <p role="status" class="status">
          {status}
        </p>
      </form>
      {audience && audience.registered.length > 0 && (
        <p>
          Registrations add:{" "}
          {audience.registered.map((z, i) => (
            <span key={z.timezone}>
              {i > 0 && ", "}
              <span dir="ltr">{zoneCity(z.timezone)}</span> {z.count}
            </span>
          ))}
          .
        </p>
      )}
      {nights.length > 0 && (
        <>
          <h3>Who bears the nights</h3>
          <p class="hint">
            Sessions of the whole event that touch each zone's night (22:00–07:00 there), and their
            minutes in it.
          </p>
          <table class="night-load">
            <thead>
              <tr>
                <th scope="col">Zone</th>
                <th scope="col">Sessions</th>
                <th scope="col">Night time</th>
                <th scope="col">
                  <span class="visually-hidden">Share of the worst</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {nights.map((n) => (
                <tr key={n.timezone}>
                  <th scope="row" dir="ltr">
                    {n.timezone}
                  </th>
                  <td>{n.sessions}</td>
                  <td>{hours(n.minutes)}</td>
                  <td aria-hidden="true">
                    <span class="night-bar" style={{ inlineSize: `${(n.minutes / worst) * 8}rem` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}
