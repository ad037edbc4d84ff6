// Who a session's time is hard for: the audience's zones as rows, the event day as columns,
// each quarter hour coloured by its band in that zone's own wall time, the session across it,
// its fairness score, and the slot finder's five best starts as one-click moves (with undo).
import { useEffect, useState } from "preact/hooks";
import { ApiError, enc, request, type Schemas, type SessionOut } from "../api/client";
import { BANDS, bandAt, dayCells, type Band } from "../lib/bands";
import { formatTime, offsetMinutes, wallDate, wallOf, zoneOffset } from "../lib/time";
import { AUDIENCE_CHANGED } from "./AudiencePanel";
import { zoneCity } from "./SessionClocks";
import "./heatStrip.css";

type AudienceOut = Schemas["AudienceOut"];
type FairnessOut = Schemas["FairnessOut"];
type SlotsOut = Schemas["SlotsOut"];
type SlotOut = Schemas["SlotOut"];

const BAND_NAMES: Record<Band, string> = { night: "Night", early: "Early", work: "Working hours", evening: "Evening" };

interface Props {
  slug: string;
  eventZone: string;
  session: SessionOut;
  etag: string | null;
  /** After a suggestion (or its undo) moved the session: the saved session and its ETag. */
  onMoved: (s: SessionOut, etag: string | null) => void;
}

interface Moved {
  title: string;
  from: { start: string; end: string };
}

export function HeatStrip({ slug, eventZone, session, etag, onMoved }: Props) {
  const [audience, setAudience] = useState<AudienceOut | null>(null);
  const [fairness, setFairness] = useState<FairnessOut | null>(null);
  const [slots, setSlots] = useState<SlotOut[]>([]);
  const [failed, setFailed] = useState<string | null>(null);
  const [moved, setMoved] = useState<Moved | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  // Redrawn when the audience panel saves new zones or weights.
  const [audienceVersion, setAudienceVersion] = useState(0);
  useEffect(() => {
    const bump = () => setAudienceVersion((n) => n + 1);
    window.addEventListener(AUDIENCE_CHANGED, bump);
    return () => window.removeEventListener(AUDIENCE_CHANGED, bump);
  }, []);
  const date = wallDate(wallOf(session.start));
  const minutes = Math.round((Date.parse(session.end) - Date.parse(session.start)) / 60_000);

  useEffect(() => {
    let live = true;
    const base = `events/${enc(slug)}`;
    Promise.all([
      request<AudienceOut>(`${base}/audience`),
      request<FairnessOut>(`${base}/sessions/${session.id}/fairness`),
      request<SlotsOut>(`${base}/slots`, {
        query: { date, duration: String(minutes), step: "15", session: session.id, limit: "5" },
      }),
    ])
      .then(([a, f, s]) => {
        if (!live) return;
        setAudience(a.data);
        setFairness(f.data);
        // Only times that are better than this one: a tie is no reason to move a session.
        setSlots(s.data.items.filter((x) => x.score > f.data.score).slice(0, 5));
        setFailed(null);
      })
      .catch((e: unknown) => live && setFailed((e as Error).message));
    return () => {
      live = false;
    };
  }, [slug, session.id, session.start, session.end, session.version, audienceVersion]);

  const move = async (start: string, end: string, undoing: boolean) => {
    setBusy(true);
    setStatus("");
    try {
      const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${session.id}`, {
        method: "PATCH",
        body: { start: wallOf(start), end: wallOf(end) },
        ifMatch: etag,
      });
      const range = `${formatTime(r.data.start, eventZone)}–${formatTime(r.data.end, eventZone)}`;
      setMoved(undoing ? null : { title: session.title, from: { start: session.start, end: session.end } });
      setStatus(undoing ? `Moved back to ${range}.` : `Moved to ${range}.`);
      onMoved(r.data, r.etag);
    } catch (e) {
      setStatus(
        e instanceof ApiError && e.status === 412
          ? "Not moved: someone changed this session meanwhile. Reload it and try again."
          : `Not moved: ${(e as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  };

  if (failed) return <p class="heat-note">The audience picture is not available: {failed}</p>;
  if (!audience || !fairness) return <p class="heat-note">Loading the audience picture…</p>;
  if (audience.zones.length === 0)
    return (
      <p class="heat-note">
        Declare the zones this event serves (its audience) to see who this time is hard for.
      </p>
    );

  const cells = dayCells(date, eventZone);
  const first = cells[0]!.start.getTime();
  const span = cells[cells.length - 1]!.end.getTime() - first;
  const at = (iso: string) => Math.min(100, Math.max(0, ((Date.parse(iso) - first) / span) * 100));
  const left = at(session.start);
  const width = Math.max(0.5, at(session.end) - left);
  const startAt = new Date(session.start);
  // West to east, as a map reads: the bands then slide across the rows in order.
  const zones = [...fairness.zones].sort(
    (a, b) => offsetMinutes(a.timezone, startAt) - offsetMinutes(b.timezone, startAt) || (a.timezone < b.timezone ? -1 : 1),
  );
  // Every six hours: room for the labels on a phone and in locales with long time formats.
  const hours = cells.filter((_, i) => i % 24 === 0);
  const summary = zones
    .map((z) => `${zoneCity(z.timezone)} ${formatTime(z.start, z.timezone)}–${formatTime(z.end, z.timezone)} (${z.bands.join(", ")})`)
    .join("; ");

  return (
    <section class="heat" aria-labelledby="heat-title">
      <h3 id="heat-title">
        Who this time is hard for <span class="heat-score">score {fairness.score.toFixed(2)}</span>
      </h3>
      <p class="hint">
        1.00 = everyone awake (07:00–22:00 in their own time) throughout; weighted by the audience.
      </p>
      <div class="heat-figure" role="img" aria-label={`Audience bands across ${date} (${eventZone}); this session: ${summary}`}>
        <div class="heat-axis" aria-hidden="true">
          {hours.map((c) => (
            <span key={c.start.getTime()} style={{ insetInlineStart: `${((c.start.getTime() - first) / span) * 100}%` }}>
              <bdi>{formatTime(c.start, eventZone)}</bdi>
            </span>
          ))}
        </div>
        {zones.map((z) => (
          <div class="heat-row" key={z.timezone}>
            <span class="heat-zone" dir="ltr">
              {zoneCity(z.timezone)} <span class="heat-local">{formatTime(startAt, z.timezone)}</span>
            </span>
            <span class="heat-cells">
              {cells.map((c) => (
                <i key={c.start.getTime()} class={`band-${bandAt(z.timezone, c.start)}`} />
              ))}
              <b class="heat-session" style={{ insetInlineStart: `${left}%`, inlineSize: `${width}%` }} />
            </span>
          </div>
        ))}
      </div>
      <p class="heat-legend" aria-hidden="true">
        {BANDS.map((b) => (
          <span key={b}>
            <i class={`band-${b}`} /> {BAND_NAMES[b]}
          </span>
        ))}
        <span>
          <i class="heat-session-key" /> This session
        </span>
      </p>
      <details class="heat-table">
        <summary>As a table</summary>
        <table>
          <caption>This session in each audience zone</caption>
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Weight</th>
              <th scope="col">Local time</th>
              <th scope="col">Bands</th>
              <th scope="col">Awake</th>
            </tr>
          </thead>
          <tbody>
            {zones.map((z) => (
              <tr key={z.timezone}>
                <th scope="row" dir="ltr">{z.timezone}</th>
                <td>{z.weight}</td>
                <td>
                  <bdi>
                    {formatTime(z.start, z.timezone)}–{formatTime(z.end, z.timezone)} ({zoneOffset(z.timezone, new Date(z.start))})
                  </bdi>
                </td>
                <td>{z.bands.map((b) => BAND_NAMES[b as Band] ?? b).join(", ")}</td>
                <td>{Math.round(z.awake_share * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {slots.length === 0 && <p class="hint">No start this day scores better than this one.</p>}
      {slots.length > 0 && (
        <div class="heat-suggestions">
          <h4>Better times this day</h4>
          <ul>
            {slots.map((s) => {
              const clashes = s.conflicts?.length ?? 0;
              return (
                <li key={s.start}>
                  <button type="button" class="secondary" disabled={busy} onClick={() => move(s.start, s.end, false)}>
                    Move to <bdi>{formatTime(s.start, eventZone)}–{formatTime(s.end, eventZone)}</bdi> · score{" "}
                    {s.score.toFixed(2)}
                  </button>{" "}
                  <span class="hint">
                    {s.asleep.length ? `asleep: ${s.asleep.map(zoneCity).join(", ")}` : "no one asleep"}
                    {clashes > 0 && ` · would cause ${clashes === 1 ? "a conflict" : `${clashes} conflicts`}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <p class="heat-status" role="status">
        {status}
        {moved && (
          <>
            {" "}
            <button type="button" class="secondary" disabled={busy} onClick={() => move(moved.from.start, moved.from.end, true)}>
              Undo
            </button>
          </>
        )}
      </p>
    </section>
  );
}
