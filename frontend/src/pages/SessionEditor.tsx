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
import { FieldError, errorId, focusFirstInvalid, invalidProps } from "../components/FieldError";
import { RunLink } from "../components/RunLink";
import { KIND_LABEL, trackLabel } from "../components/Plan";
import "../components/runAndPlan.css";
import "../components/hybrid.css";
import { orderTracks } from "../lib/lanes";
import { languageList, malformedTags, parseTags, tagsText } from "../lib/languages";
import {
  MATERIAL_KINDS,
  MATERIAL_LABEL,
  type MaterialKind,
  type MaterialRow,
  emptyMaterialRow,
  materialRows,
  sameMaterials,
  toMaterials,
} from "../lib/materials";
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
  /** Hybrid details: the session's own join link, and its languages as typed ("ar, fr"). */
  join_url: string;
  join_private: boolean;
  /** Hours as typed; blank: at any time. */
  join_private_hours: string;
  languages: string;
  interpretation: string;
  sign_language: string;
  captions: boolean;
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
  join_url: "se-join",
  join_private: "se-join-private",
  join_private_hours: "se-join-hours",
  languages: "se-langs",
  interpretation: "se-interp",
  sign_language: "se-sign",
  captions: "se-captions",
  materials: "se-mat-add",
};
const SEGMENT_INPUTS: Record<string, string> = {
  kind: "kind",
  title: "title",
  start: "start",
  end: "end",
  tracks: "lane",
  notes: "notes",
  join_url: "join",
  join_private: "join-private",
  join_private_hours: "join-private",
  languages: "langs",
  interpretation: "interp",
  sign_language: "sign",
  captions: "captions",
};
const SEGMENT_LANGUAGES = [
  ["langs", "languages", "Spoken languages"],
  ["interp", "interpretation", "Interpretation into"],
  ["sign", "sign_language", "Sign language"],
] as const;
const MATERIAL_INPUTS: Record<string, string> = { kind: "kind", title: "title", url: "url" };

/** Which input a refusal names: "end" -> "se-end", "segments[2].start" -> "sg-<key>-start",
 * "materials[1].url" -> the url of the row sent second. */
function inputFor(field: string, plan: PlanRow[], materialKeys: string[] = []): string | null {
  const mat = /^materials\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (mat) {
    const key = materialKeys[Number(mat[1])];
    return key ? `se-${key}-${MATERIAL_INPUTS[mat[2] ?? "url"] ?? "url"}` : "se-mat-add";
  }
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
    join_url: s.join_url ?? "",
    join_private: s.join_private,
    join_private_hours: s.join_private_hours == null ? "" : String(s.join_private_hours),
    languages: tagsText(s.languages),
    interpretation: tagsText(s.interpretation),
    sign_language: tagsText(s.sign_language),
    captions: s.captions,
  };
}

/** The hybrid fields of a form as the API takes them. */
function hybridOf(f: Fields) {
  const join_url = f.join_url.trim() || null;
  const hours = f.join_private_hours.trim();
  const join_private = !!join_url && f.join_private;
  return {
    join_url,
    join_private,
    join_private_hours: join_private && hours !== "" ? Number(hours) : null,
    languages: parseTags(f.languages),
    interpretation: parseTags(f.interpretation),
    sign_language: parseTags(f.sign_language),
    captions: f.captions,
  };
}

/** A field's hint and (when refused) its message, both describing the input. */
function described(inputId: string, hintId: string | null, message: string | undefined): Record<string, unknown> {
  const ids = [hintId, message ? errorId(inputId) : null].filter(Boolean).join(" ");
  return { ...(message ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
}

/** "Arabic and French" under a languages field, as the reader's platform names the tags. */
function TagNames({ id, text }: { id: string; text: string }) {
  const tags = parseTags(text);
  return (
    <span id={id} class="hint">
      {tags.length > 0 ? languageList(tags) : "BCP 47 tags, separated by commas: en, fr, ar"}
    </span>
  );
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
      : {
          title: draft?.title ?? "",
          description: "",
          room: draft?.room ?? "",
          start: draft!.start,
          end: draft!.end,
          tracks: allTracks,
          status: "confirmed",
          join_url: "",
          join_private: false,
          join_private_hours: "",
          languages: "",
          interpretation: "",
          sign_language: "",
          captions: false,
        },
  );
  const [materials, setMaterials] = useState<MaterialRow[]>(() => materialRows(session?.materials));
  // The row keys of the materials last sent, so that "materials[1].url" finds its row.
  const sentMaterials = useRef<string[]>([]);
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
    if (untouched && sameMaterials(toMaterials(materials).items, base.materials ?? [])) {
      setFields(fieldsOf(session));
      setMaterials(materialRows(session.materials));
      setPlan(rowsFrom(session));
      setBase(session);
      setEtag(`"s${session.version}"`);
    }
  }, [session?.version]);

  const set = (k: keyof Fields) => (e: Event) => setFields({ ...fields, [k]: (e.currentTarget as HTMLInputElement).value });
  const check = (k: "join_private" | "captions") => (e: Event) =>
    setFields({ ...fields, [k]: (e.currentTarget as HTMLInputElement).checked });
  const updateMaterial = (key: string, patch: Partial<MaterialRow>) =>
    setMaterials(materials.map((m) => (m.key === key ? { ...m, ...patch } : m)));
  const fail = (e: unknown) => {
    const refusal: Refusal = { message: (e as Error).message, byInput: {}, other: [] };
    if (e instanceof ApiError)
      for (const [field, message] of Object.entries(e.fieldErrors())) {
        const input = inputFor(field, plan, sentMaterials.current);
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
    // A language tag that is not even well-formed is refused here, in words (the API refuses
    // it too, by pattern).
    const badTags: Record<string, string> = {};
    for (const [id, key] of [["se-langs", "languages"], ["se-interp", "interpretation"], ["se-sign", "sign_language"]] as const) {
      const bad = malformedTags(parseTags(fields[key]));
      if (bad.length > 0)
        badTags[id] = `“${bad[0]}” is not a language tag: write BCP 47 tags such as en, fr or zh-Hant, separated by commas.`;
    }
    if (Object.keys(badTags).length > 0) {
      setError({ message: "Not saved.", byInput: badTags, other: [] });
      return;
    }
    try {
      const mats = toMaterials(materials);
      if (!base) {
        sentMaterials.current = mats.keys;
        const body: SessionCreate = {
          title: fields.title,
          start: fields.start,
          end: fields.end,
          room: fields.room || null,
          description: fields.description || null,
          tracks: fields.tracks,
          status: fields.status,
          ...hybridOf(fields),
          materials: mats.items,
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
      const now = hybridOf(fields);
      const before = hybridOf(was);
      if (now.join_url !== before.join_url) body.join_url = now.join_url;
      if (now.join_private !== before.join_private) body.join_private = now.join_private;
      if (now.join_private_hours !== before.join_private_hours) body.join_private_hours = now.join_private_hours;
      for (const k of ["languages", "interpretation", "sign_language"] as const)
        if (now[k].join() !== before[k].join()) body[k] = now[k];
      if (now.captions !== before.captions) body.captions = now.captions;
      if (!sameMaterials(mats.items, base.materials ?? [])) body.materials = mats.items;
      sentMaterials.current = mats.keys;
      const r = await request<SessionOut>(`events/${enc(slug)}/sessions/${base.id}`, { method: "PATCH", body, ifMatch: etag });
      setBase(r.data);
      setEtag(r.etag);
      setFields(fieldsOf(r.data));
      setMaterials(materialRows(r.data.materials));
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
    const badTags: Record<string, string> = {};
    for (const row of plan)
      for (const [part, key] of SEGMENT_LANGUAGES) {
        const bad = malformedTags(row[key] ?? []);
        if (bad.length > 0)
          badTags[`sg-${row.key}-${part}`] = `“${bad[0]}” is not a language tag: write BCP 47 tags such as en, fr or zh-Hant.`;
      }
    if (Object.keys(badTags).length > 0) {
      setError({ message: "Not saved.", byInput: badTags, other: [] });
      return;
    }
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
    setMaterials(materialRows(theirs.materials));
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
        <fieldset class="field wide hybrid-fields">
          <legend>Joining online</legend>
          <div class="join-fields">
            <div class="field grow">
              <label for="se-join">This session's own join link</label>
              <input
                id="se-join"
                type="url"
                inputMode="url"
                dir="ltr"
                value={fields.join_url}
                onInput={set("join_url")}
                {...described("se-join", "se-join-hint", err("se-join"))}
              />
              <span id="se-join-hint" class="hint">
                Blank: the online track's link applies. A segment can have its own (a breakout), in the segment plan.
              </span>
              <FieldError for="se-join" message={err("se-join")} />
            </div>
            <label class="check">
              <input
                id="se-join-private"
                type="checkbox"
                checked={fields.join_private}
                onChange={check("join_private")}
                {...invalidProps("se-join-private", err("se-join-private"))}
              />{" "}
              Private: only registrants, organisers and facilitators get it
            </label>
            <FieldError for="se-join-private" message={err("se-join-private")} />
            <div class="field">
              <label for="se-join-hours">Only from (hours before the start)</label>
              <input
                id="se-join-hours"
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                disabled={!fields.join_private}
                value={fields.join_private_hours}
                onInput={set("join_private_hours")}
                {...described("se-join-hours", "se-join-hours-hint", err("se-join-hours"))}
              />
              <span id="se-join-hours-hint" class="hint">
                Blank: at any time.
              </span>
              <FieldError for="se-join-hours" message={err("se-join-hours")} />
            </div>
          </div>
        </fieldset>
        <fieldset class="field wide hybrid-fields">
          <legend>Languages</legend>
          <div class="join-fields">
            {(
              [
                ["se-langs", "languages", "Spoken languages"],
                ["se-interp", "interpretation", "Interpretation into"],
                ["se-sign", "sign_language", "Sign language"],
              ] as const
            ).map(([id, key, label]) => (
              <div class="field grow" key={id}>
                <label for={id}>{label}</label>
                <input
                  id={id}
                  dir="ltr"
                  autoComplete="off"
                  spellcheck={false}
                  value={fields[key]}
                  onInput={set(key)}
                  {...described(id, `${id}-names`, err(id))}
                />
                <TagNames id={`${id}-names`} text={fields[key]} />
                <FieldError for={id} message={err(id)} />
              </div>
            ))}
            <label class="check">
              <input
                id="se-captions"
                type="checkbox"
                checked={fields.captions}
                onChange={check("captions")}
                {...invalidProps("se-captions", err("se-captions"))}
              />{" "}
              Captions
            </label>
            <FieldError for="se-captions" message={err("se-captions")} />
          </div>
        </fieldset>
        <fieldset class="field wide hybrid-fields">
          <legend>Materials</legend>
          {materials.length === 0 && <p class="hint">No materials yet: slides, a recording, notes, a livestream, any link.</p>}
          {materials.map((m, i) => {
            const id = `se-${m.key}`;
            return (
              <div key={m.key} class="material-row" role="group" aria-label={`Material ${i + 1}`}>
                <div class="field">
                  <label for={`${id}-kind`}>Kind</label>
                  <select
                    id={`${id}-kind`}
                    value={m.kind}
                    onChange={(e) => updateMaterial(m.key, { kind: (e.currentTarget as HTMLSelectElement).value as MaterialKind })}
                    {...invalidProps(`${id}-kind`, err(`${id}-kind`))}
                  >
                    {MATERIAL_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {MATERIAL_LABEL[k]}
                      </option>
                    ))}
                  </select>
                  <FieldError for={`${id}-kind`} message={err(`${id}-kind`)} />
                </div>
                <div class="field grow">
                  <label for={`${id}-title`}>Title</label>
                  <input
                    id={`${id}-title`}
                    dir="auto"
                    value={m.title}
                    onInput={(e) => updateMaterial(m.key, { title: (e.currentTarget as HTMLInputElement).value })}
                    {...invalidProps(`${id}-title`, err(`${id}-title`))}
                  />
                  <FieldError for={`${id}-title`} message={err(`${id}-title`)} />
                </div>
                <div class="field grow">
                  <label for={`${id}-url`}>Link</label>
                  <input
                    id={`${id}-url`}
                    type="url"
                    inputMode="url"
                    dir="ltr"
                    value={m.url}
                    onInput={(e) => updateMaterial(m.key, { url: (e.currentTarget as HTMLInputElement).value })}
                    {...invalidProps(`${id}-url`, err(`${id}-url`))}
                  />
                  <FieldError for={`${id}-url`} message={err(`${id}-url`)} />
                </div>
                <button type="button" class="quiet" onClick={() => setMaterials(materials.filter((x) => x.key !== m.key))}>
                  Remove<span class="visually-hidden"> material {i + 1}{m.title ? ` (${m.title})` : ""}</span>
                </button>
              </div>
            );
          })}
          <button
            type="button"
            id="se-mat-add"
            class="secondary"
            onClick={() => setMaterials([...materials, emptyMaterialRow()])}
            {...invalidProps("se-mat-add", err("se-mat-add"))}
          >
            Add material
          </button>
          <FieldError for="se-mat-add" message={err("se-mat-add")} />
        </fieldset>
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
            setMaterials(materialRows(s.materials));
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
                <div class="segment-join">
                <div class="field grow">
                  <label for={`sg-${d.key}-join`}>Own join link (a breakout)</label>
                  <input
                    id={`sg-${d.key}-join`}
                    type="url"
                    inputMode="url"
                    dir="ltr"
                    value={d.join_url ?? ""}
                    onInput={(e) => updateSeg(d.key, { join_url: (e.currentTarget as HTMLInputElement).value })}
                    {...described(`sg-${d.key}-join`, `sg-${d.key}-join-hint`, err(`sg-${d.key}-join`))}
                  />
                  <span id={`sg-${d.key}-join-hint`} class="hint">
                    Applies during this segment; blank: the session's link.
                  </span>
                  <FieldError for={`sg-${d.key}-join`} message={err(`sg-${d.key}-join`)} />
                </div>
                <label class="check">
                  <input
                    id={`sg-${d.key}-join-private`}
                    type="checkbox"
                    checked={d.join_private ?? false}
                    onChange={(e) => updateSeg(d.key, { join_private: (e.currentTarget as HTMLInputElement).checked })}
                    {...invalidProps(`sg-${d.key}-join-private`, err(`sg-${d.key}-join-private`))}
                  />{" "}
                  Private link<span class="visually-hidden"> (segment {i + 1})</span>
                </label>
                <FieldError for={`sg-${d.key}-join-private`} message={err(`sg-${d.key}-join-private`)} />
                </div>
                <details
                  class="segment-langs-edit wide"
                  open={SEGMENT_LANGUAGES.some(([part]) => !!err(`sg-${d.key}-${part}`)) || undefined}
                >
                  <summary>
                    Languages of segment {i + 1}
                    {!!(d.languages?.length || d.interpretation?.length || d.sign_language?.length || d.captions) && (
                      <span class="hint">
                        {" "}
                        ({[...(d.languages ?? []), ...(d.interpretation ?? []), ...(d.sign_language ?? [])].join(", ")}
                        {d.captions ? `${d.languages?.length || d.interpretation?.length || d.sign_language?.length ? ", " : ""}captions` : ""})
                      </span>
                    )}
                  </summary>
                  <p class="hint">Blank: the session's. Tags separated by commas: en, fr, ar.</p>
                  <div class="join-fields">
                    {SEGMENT_LANGUAGES.map(([part, key, label]) => {
                      const id = `sg-${d.key}-${part}`;
                      return (
                        <div class="field grow" key={part}>
                          <label for={id}>{label}</label>
                          <input
                            id={id}
                            dir="ltr"
                            autoComplete="off"
                            spellcheck={false}
                            value={tagsText(d[key])}
                            onChange={(e) => updateSeg(d.key, { [key]: parseTags((e.currentTarget as HTMLInputElement).value) })}
                            {...invalidProps(id, err(id))}
                          />
                          <FieldError for={id} message={err(id)} />
                        </div>
                      );
                    })}
                    <label class="check">
                      <input
                        id={`sg-${d.key}-captions`}
                        type="checkbox"
                        checked={d.captions ?? false}
                        onChange={(e) => updateSeg(d.key, { captions: (e.currentTarget as HTMLInputElement).checked })}
                        {...invalidProps(`sg-${d.key}-captions`, err(`sg-${d.key}-captions`))}
                      />{" "}
                      Captions<span class="visually-hidden"> (segment {i + 1})</span>
                    </label>
                    <FieldError for={`sg-${d.key}-captions`} message={err(`sg-${d.key}-captions`)} />
                  </div>
                </details>
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
