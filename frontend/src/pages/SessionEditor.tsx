// The session editor: fields, and the segment plan on in-person/online lanes.
// On 412 the user's form stays as typed; their choice: save over the new version or take it.
import { useEffect, useRef, useState } from "preact/hooks";
import { HeatStrip } from "../components/HeatStrip";
import {
  ApiError,
  type EventOut,
  type SegmentKind,
  type SessionCreate,
  type SessionOut,
  type SessionPatch,
  enc,
  request,
} from "../api/client";
import { FieldError, focusFirstInvalid, invalidProps } from "../components/FieldError";
import { RunLink } from "../components/RunLink";
import { KIND_LABEL, trackLabel } from "../components/Plan";
import "../components/runAndPlan.css";
import { orderTracks } from "../lib/lanes";
import { appendSegment, merge, split, wallFor } from "../lib/plan";
import { type DraftPerson, type PlanRow, ROLES, ROLE_LABEL, personField, rowsFrom, toSegmentsWithPeople } from "../lib/segmentPeople";
import { formatWallClock as wallClock, wallDiff, wallOf } from "../lib/time";

export interface NewSession {
  title: string;
  start: string;
  end: string;
  room: string;
}

interface Fields {
  title: string;
  description: string;
  room: string;
  start: string;
  end: string;
  tracks: string[];
  status: SessionOut["status"];
}

// The API's field names -> the inputs of this form (segments by their row's key).
const SESSION_INPUTS: Record<string, string> = {
  title: "se-title",
  start: "se-start",
  end: "se-end",
  room: "se-room",
  status: "se-status",
  description: "se-desc",
  tracks: "se-tracks",
};
const SEGMENT_INPUTS: Record<string, string> = { kind: "kind", title: "title", start: "start", end: "end", tracks: "lane", notes: "notes" };

/** Which input a refusal names: "end" -> "se-end", "segments[2].start" -> "sg-<key>-start". */
function inputFor(field: string, plan: PlanRow[]): string | null {
  const who = personField(field);
  if (who) {
    const row = plan[who.segment];
    return row ? `sg-${row.key}-p${who.person}-${who.part === "email" ? "email" : who.part === "role" ? "role" : "name"}` : null;
  }
  const seg = /^segments\[(\d+)\]\.(\w+)/.exec(field);
  if (seg) {
    const row = plan[Number(seg[1])];
    const part = SEGMENT_INPUTS[seg[2]!];
    return row && part ? `sg-${row.key}-${part}` : null;
  }
  return SESSION_INPUTS[field.replace(/\[\d+\]$/, "")] ?? null;
}

interface Refusal {
  message: string;
  /** Messages by input id, shown beside their inputs. */
  byInput: Record<string, string>;
  /** Messages the form has no input for, shown at the top. */
  other: string[];
}

const KINDS: SegmentKind[] = ["presentation", "qa", "networking", "discussion", "break", "panel", "keynote", "other"];

function fieldsOf(s: SessionOut): Fields {
  return {
    title: s.title,
    description: s.description ?? "",
    room: s.room ?? "",
    start: wallOf(s.start),
    end: wallOf(s.end),
    tracks: [...s.tracks],
    status: s.status,
  };
}

interface Props {
  slug: string;
  event: EventOut;
  session: SessionOut | null;
  draft: NewSession | null;
  conflicts: string[];
  onSaved: (s: SessionOut) => void;
  onDeleted: (id: string) => void;
  onClose: () => void;
}

export function SessionEditor({ slug, event, session, draft, conflicts, onSaved, onDeleted, onClose }: Props) {
  const allTracks = orderTracks(event.tracks.map((t) => t.slug));
  const names = Object.fromEntries(event.tracks.map((t) => [t.slug, t.name]));
  const [fields, setFields] = useState<Fields>(() =>
    session
      ? fieldsOf(session)
      : { title: draft?.title ?? "", description: "", room: draft?.room ?? "", start: draft!.start, end: draft!.end, tracks: allTracks, status: "confirmed" },
  );
  const [plan, setPlan] = useState<PlanRow[]>(() => (session ? rowsFrom(session) : []));
  const [etag, setEtag] = useState<string | null>(session ? `"s${session.version}"` : null);
  const [base, setBase] = useState<SessionOut | null>(session);
  const [theirs, setTheirs] = useState<SessionOut | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const [status, setStatus] = useState("");
  const title = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  // After a refusal: focus the first field it names, else the message itself.
  useEffect(() => {
    if (error && !focusFirstInvalid(root.current)) alert.current?.focus();
  }, [error]);

  useEffect(() => {
    title.current?.focus();
  }, []);
  // When the grid moves this session (keyboard, drag), follow it unless the form has edits.
  useEffect(() => {
    if (!session || !base || session.version === base.version) return;
    const untouched = JSON.stringify(fieldsOf(base)) === JSON.stringify(fields);
    if (untouched) {
      setFields(fieldsOf(session));
      setPlan(rowsFrom(session));
      setBase(session);
      setEtag(`"s${session.version}"`);
    }
  }, [session?.version]);

  const set = (k: keyof Fields) => (e: Event) => setFields({ ...fields, [k]: (e.currentTarget as HTMLInputElement).value });
  const fail = (e: unknown) => {
    const refusal: Refusal = { message: (e as Error).message, byInput: {}, other: [] };
    if (e instanceof ApiError)
      for (const [field, message] of Object.entries(e.fieldErrors())) {
        const input = inputFor(field, plan);
        if (input && !refusal.byInput[input]) refusal.byInput[input] = message;
        else refusal.other.push(message);
      }
    setError(refusal);
  };
  const err = (input: string) => error?.byInput[input];
  const marked = error ? Object.keys(error.byInput).length : 0;
  const onStale = async () => {
    const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${base!.id}`);
    setTheirs(r.data);
    setEtag(r.etag);
    setError(null);
  };

  const saveSession = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setStatus("");
    try {
      if (!base) {
        const body: SessionCreate = {
          title: fields.title,
          start: fields.start,
          end: fields.end,
          room: fields.room || null,
          description: fields.description || null,
          tracks: fields.tracks,
          status: fields.status,
        };
        const r = await request<SessionOut>(`events/${enc(slug)}/sessions`, { method: "POST", body });
        setBase(r.data);
        setEtag(r.etag);
        onSaved(r.data);
        return;
      }
      const was = fieldsOf(base);
      const body: SessionPatch = {};
      if (fields.title !== was.title) body.title = fields.title;
      if (fields.description !== was.description) body.description = fields.description || null;
      if (fields.room !== was.room) body.room = fields.room || null;
      if (fields.start !== was.start) body.start = fields.start;
      if (fields.end !== was.end || (fields.start !== was.start && wallDiff(fields.start, fields.end) !== wallDiff(was.start, was.end)))
        body.end = fields.end;
      if (fields.tracks.join() !== was.tracks.join()) body.tracks = fields.tracks;
      if (fields.status !== was.status) body.status = fields.status;
      const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${base.id}`, { method: "PATCH", body, ifMatch: etag });
      setBase(r.data);
      setEtag(r.etag);
      setFields(fieldsOf(r.data));
      setTheirs(null);
      setPlan(rowsFrom(r.data));
      setStatus("Session saved.");
      onSaved(r.data);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) await onStale();
      else fail(err);
    }
  };

  const savePlan = async () => {
    if (!base) return;
    setError(null);
    setStatus("");
    try {
      const body = toSegmentsWithPeople(wallOf(base.start), plan);
      const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${base.id}/segments`, { method: "PUT", body, ifMatch: etag });
      setBase(r.data);
      setEtag(r.etag);
      setPlan(rowsFrom(r.data));
      setTheirs(null);
      setStatus("Segment plan saved.");
      onSaved(r.data);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) await onStale();
      else fail(err);
    }
  };

  const remove = async () => {
    if (!base || !confirm(`Delete “${base.title}”?`)) return;
    try {
      await request(`events/${enc(slug)}/sessions/${base.id}`, { method: "DELETE", ifMatch: etag });
      onDeleted(base.id);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) await onStale();
      else fail(err);
    }
  };

  const takeTheirs = () => {
    if (!theirs) return;
    setFields(fieldsOf(theirs));
    setPlan(rowsFrom(theirs));
    setBase(theirs);
    setTheirs(null);
    onSaved(theirs);
  };
  const keepMine = () => {
    // The new ETag is already in place: the next save goes over their version.
    if (theirs) setBase(theirs);
    setTheirs(null);
    setStatus("Your edits are kept. Save again to replace the other version.");
  };

  const updateSeg = (key: string, patch: Partial<PlanRow>) =>
    setPlan(plan.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const updatePerson = (key: string, j: number, patch: Partial<DraftPerson>) =>
    setPlan(plan.map((d) => (d.key === key ? { ...d, people: (d.people ?? []).map((p, k) => (k === j ? { ...p, ...patch } : p)) } : d)));
  const sessionTracks = orderTracks(fields.tracks);
  const startWall = fields.start;
  const total = Math.max(5, wallDiff(fields.start, fields.end));
  const splitLanes = sessionTracks.length > 1 && plan.some((d) => d.tracks.length > 0);
  const lanes = splitLanes ? sessionTracks : ["everyone"];

  return (
    <section class="editor card" aria-labelledby="editor-title" ref={root}>
      <div class="editor-head">
        <h2 id="editor-title">{base ? "Edit session" : "New session"}</h2>
        <button type="button" class="quiet" onClick={onClose}>
          Close<span class="visually-hidden"> the editor</span>
        </button>
      </div>
      {theirs && (
        <div class="conflict-notice" role="alert">
          <p>
            <strong>Someone else changed this session</strong> while you were editing (it is now version{" "}
            {theirs.version}). Nothing you typed is lost.
          </p>
          <p>
            Their version: <span dir="auto">“{theirs.title}”</span>, {wallClock(wallOf(theirs.start))}–
            {wallClock(wallOf(theirs.end))}
            {theirs.room ? `, ${theirs.room}` : ""}, {theirs.segments.length} segments.
          </p>
          <button type="button" onClick={keepMine}>
            Keep my edits
          </button>{" "}
          <button type="button" class="secondary" onClick={takeTheirs}>
            Use their version
          </button>
        </div>
      )}
      {error && (
        <div class="error" role="alert" ref={alert} tabIndex={-1}>
          <p>
            {marked > 0
              ? `Not saved: ${marked === 1 ? "one field needs" : `${marked} fields need`} a change (marked below).`
              : error.other.length > 0
                ? "Not saved:"
                : error.message}
          </p>
          {error.other.length > 0 && (
            <ul>
              {error.other.map((m, i) => (
                <li key={i} dir="auto">
                  {m}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {conflicts.length > 0 && (
        <ul class="conflict-list" aria-label="Conflicts for this session">
          {conflicts.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      <p role="status" class="status">
        {status}
      </p>

      <form onSubmit={saveSession} class="grid-form">
        <div class="field wide">
          <label for="se-title">Title</label>
          <input id="se-title" ref={title} required dir="auto" value={fields.title} onInput={set("title")} {...invalidProps("se-title", err("se-title"))} />
          <FieldError for="se-title" message={err("se-title")} />
        </div>
        <div class="field">
          <label for="se-start">Starts ({event.timezone})</label>
          <input id="se-start" type="datetime-local" step={300} required value={fields.start} onInput={set("start")} {...invalidProps("se-start", err("se-start"))} />
          <FieldError for="se-start" message={err("se-start")} />
        </div>
        <div class="field">
          <label for="se-end">Ends</label>
          <input id="se-end" type="datetime-local" step={300} required value={fields.end} onInput={set("end")} {...invalidProps("se-end", err("se-end"))} />
          <FieldError for="se-end" message={err("se-end")} />
        </div>
        <div class="field">
          <label for="se-room">Room</label>
          <input id="se-room" dir="auto" value={fields.room} onInput={set("room")} {...invalidProps("se-room", err("se-room"))} />
          <FieldError for="se-room" message={err("se-room")} />
        </div>
        <div class="field">
          <label for="se-status">Status</label>
          <select id="se-status" value={fields.status} onChange={set("status")} {...invalidProps("se-status", err("se-status"))}>
            <option value="confirmed">Confirmed</option>
            <option value="tentative">Tentative</option>
            <option value="cancelled">Cancelled</option>
          </select>
          <FieldError for="se-status" message={err("se-status")} />
        </div>
        <fieldset class="field">
          <legend>Offered in</legend>
          {allTracks.map((t) => (
            <label key={t} class="check">
              <input
                type="checkbox"
                {...invalidProps("se-tracks", err("se-tracks"))}
                checked={fields.tracks.includes(t)}
                onChange={(e) =>
                  setFields({
                    ...fields,
                    tracks: (e.currentTarget as HTMLInputElement).checked
                      ? orderTracks([...fields.tracks, t])
                      : fields.tracks.filter((x) => x !== t),
                  })
                }
              />{" "}
              {names[t] ?? t}
            </label>
          ))}
          <FieldError for="se-tracks" message={err("se-tracks")} />
        </fieldset>
        <div class="field wide">
          <label for="se-desc">Description</label>
          <textarea id="se-desc" dir="auto" rows={2} value={fields.description} onInput={set("description")} {...invalidProps("se-desc", err("se-desc"))} />
          <FieldError for="se-desc" message={err("se-desc")} />
        </div>
        <div class="wide">
          <button type="submit">{base ? "Save session" : "Create session"}</button>{" "}
          {base && (
            <button type="button" class="danger" onClick={remove}>
              Delete session
            </button>
          )}
        </div>
        {base && (
          <div class="wide">
            <RunLink event={event} session={base} />
          </div>
        )}
      </form>

      {base && (
        <HeatStrip
          slug={slug}
          eventZone={event.timezone}
          session={base}
          etag={etag}
          onMoved={(s, tag) => {
            setBase(s);
            setEtag(tag);
            setFields(fieldsOf(s));
            setPlan(rowsFrom(s));
            onSaved(s);
          }}
        />
      )}

      {base && (
        <section class="plan-editor" aria-labelledby="plan-title">
          <h3 id="plan-title">Segment plan</h3>
          <div class="lanes-preview" aria-hidden="true" style={{ "--lanes": lanes.length }}>
            {lanes.map((l, i) => (
              <span key={l} class="lane-name" style={{ gridRow: i + 1 }}>
                {trackLabel(l, names)}
              </span>
            ))}
            <div class="lane-area" style={{ gridRow: `1 / span ${lanes.length}` }}>
              {plan.map((d) => {
                const from = wallDiff(startWall, wallFor(startWall, d.start));
                const len = wallDiff(wallFor(startWall, d.start), wallFor(startWall, d.end));
                const row = d.tracks.length === 0 || !splitLanes ? `1 / span ${lanes.length}` : `${lanes.indexOf(d.tracks[0]!) + 1}`;
                return (
                  <span
                    key={d.key}
                    class={`seg kind-${d.kind}`}
                    style={{ insetInlineStart: `${(from / total) * 100}%`, width: `${(len / total) * 100}%`, gridRow: row }}
                  >
                    {d.start}–{d.end} {d.title || KIND_LABEL[d.kind]}
                  </span>
                );
              })}
            </div>
          </div>
          <ol class="segments">
            {plan.map((d, i) => (
              <li key={d.key} class="segment-row" aria-label={`Segment ${i + 1}`}>
                <div class="field">
                  <label for={`sg-${d.key}-kind`}>Kind</label>
                  <select id={`sg-${d.key}-kind`} {...invalidProps(`sg-${d.key}-kind`, err(`sg-${d.key}-kind`))} value={d.kind} onChange={(e) => updateSeg(d.key, { kind: (e.currentTarget as HTMLSelectElement).value as SegmentKind })}>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {KIND_LABEL[k]}
                      </option>
                    ))}
                  </select>
                  <FieldError for={`sg-${d.key}-kind`} message={err(`sg-${d.key}-kind`)} />
                </div>
                <div class="field grow">
                  <label for={`sg-${d.key}-title`}>Title</label>
                  <input id={`sg-${d.key}-title`} {...invalidProps(`sg-${d.key}-title`, err(`sg-${d.key}-title`))} dir="auto" value={d.title} onInput={(e) => updateSeg(d.key, { title: (e.currentTarget as HTMLInputElement).value })} />
                  <FieldError for={`sg-${d.key}-title`} message={err(`sg-${d.key}-title`)} />
                </div>
                <div class="field">
                  <label for={`sg-${d.key}-start`}>From</label>
                  <input id={`sg-${d.key}-start`} {...invalidProps(`sg-${d.key}-start`, err(`sg-${d.key}-start`))} type="time" step={300} value={d.start} onInput={(e) => updateSeg(d.key, { start: (e.currentTarget as HTMLInputElement).value })} />
                  <FieldError for={`sg-${d.key}-start`} message={err(`sg-${d.key}-start`)} />
                </div>
                <div class="field">
                  <label for={`sg-${d.key}-end`}>To</label>
                  <input id={`sg-${d.key}-end`} {...invalidProps(`sg-${d.key}-end`, err(`sg-${d.key}-end`))} type="time" step={300} value={d.end} onInput={(e) => updateSeg(d.key, { end: (e.currentTarget as HTMLInputElement).value })} />
                  <FieldError for={`sg-${d.key}-end`} message={err(`sg-${d.key}-end`)} />
                </div>
                <div class="field">
                  <label for={`sg-${d.key}-lane`}>For</label>
                  <select
                    id={`sg-${d.key}-lane`}
                    {...invalidProps(`sg-${d.key}-lane`, err(`sg-${d.key}-lane`))}
                    value={d.tracks.length === 0 ? "" : d.tracks[0]}
                    onChange={(e) => {
                      const v = (e.currentTarget as HTMLSelectElement).value;
                      updateSeg(d.key, { tracks: v ? [v] : [] });
                    }}
                  >
                    <option value="">Everyone</option>
                    {sessionTracks.map((t) => (
                      <option key={t} value={t}>
                        {names[t] ?? t} only
                      </option>
                    ))}
                  </select>
                  <FieldError for={`sg-${d.key}-lane`} message={err(`sg-${d.key}-lane`)} />
                </div>
                <div class="field wide">
                  <label for={`sg-${d.key}-notes`}>Facilitator notes (never public)</label>
                  <input id={`sg-${d.key}-notes`} {...invalidProps(`sg-${d.key}-notes`, err(`sg-${d.key}-notes`))} dir="auto" value={d.notes} onInput={(e) => updateSeg(d.key, { notes: (e.currentTarget as HTMLInputElement).value })} />
                  <FieldError for={`sg-${d.key}-notes`} message={err(`sg-${d.key}-notes`)} />
                </div>
                <fieldset class="field wide segment-people">
                  <legend>People in segment {i + 1}</legend>
                  {(d.people ?? []).length === 0 && <p class="hint">Nobody named for this segment.</p>}
                  {(d.people ?? []).map((p, j) => {
                    const id = `sg-${d.key}-p${j}`;
                    return (
                      <div key={j} class="person-row" role="group" aria-label={`Person ${j + 1} of segment ${i + 1}`}>
                        <div class="field grow">
                          <label for={`${id}-name`}>Name</label>
                          <input id={`${id}-name`} dir="auto" value={p.name} {...invalidProps(`${id}-name`, err(`${id}-name`))} onInput={(e) => updatePerson(d.key, j, { name: (e.currentTarget as HTMLInputElement).value })} />
                          <FieldError for={`${id}-name`} message={err(`${id}-name`)} />
                        </div>
                        <div class="field">
                          <label for={`${id}-role`}>Role</label>
                          <select id={`${id}-role`} value={p.role} {...invalidProps(`${id}-role`, err(`${id}-role`))} onChange={(e) => updatePerson(d.key, j, { role: (e.currentTarget as HTMLSelectElement).value as DraftPerson["role"] })}>
                            {ROLES.map((r) => (
                              <option key={r} value={r}>
                                {ROLE_LABEL[r]}
                              </option>
                            ))}
                          </select>
                          <FieldError for={`${id}-role`} message={err(`${id}-role`)} />
                        </div>
                        <div class="field">
                          <label for={`${id}-email`}>Email (optional, never public)</label>
                          <input id={`${id}-email`} type="email" value={p.email} {...invalidProps(`${id}-email`, err(`${id}-email`))} onInput={(e) => updatePerson(d.key, j, { email: (e.currentTarget as HTMLInputElement).value })} />
                          <FieldError for={`${id}-email`} message={err(`${id}-email`)} />
                        </div>
                        <button type="button" class="quiet" onClick={() => updateSeg(d.key, { people: (d.people ?? []).filter((_, k) => k !== j) })}>
                          Remove<span class="visually-hidden"> {p.name || `person ${j + 1}`} from segment {i + 1}</span>
                        </button>
                      </div>
                    );
                  })}
                  <button type="button" class="secondary" onClick={() => updateSeg(d.key, { people: [...(d.people ?? []), { name: "", role: "facilitator", email: "" }] })}>
                    Add person<span class="visually-hidden"> to segment {i + 1}</span>
                  </button>
                </fieldset>
                <div class="row-actions">
                  {d.tracks.length === 0 && sessionTracks.length > 1 && (
                    <button type="button" class="secondary" onClick={() => setPlan(split(plan, d.key, sessionTracks))}>
                      Split into lanes<span class="visually-hidden"> (segment {i + 1})</span>
                    </button>
                  )}
                  {d.tracks.length > 0 && (
                    <button type="button" class="secondary" onClick={() => setPlan(merge(plan, d.key))}>
                      For everyone<span class="visually-hidden"> (segment {i + 1})</span>
                    </button>
                  )}{" "}
                  <button type="button" class="quiet" onClick={() => setPlan(plan.filter((x) => x.key !== d.key))}>
                    Remove<span class="visually-hidden"> segment {i + 1}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <p>
            <button type="button" class="secondary" onClick={() => setPlan(appendSegment(plan, wallOf(base.start), wallOf(base.end)))}>
              Add segment
            </button>{" "}
            <button type="button" onClick={savePlan}>
              Save segment plan
            </button>
          </p>
        </section>
      )}
    </section>
  );
}
