// People per segment in the organiser's plan editor. The plan model (plan.ts) knows times,
// lanes and notes; this adds each segment's people (name, role, optional email) so that a
// saved plan carries them instead of clearing them.
import type { SegmentIn, SessionOut } from "../api/client";
import type { Schemas } from "../api/client";
import { type DraftSegment, draftsFrom, toSegmentsIn } from "./plan";

export type PersonRole = Schemas["PersonRole"];
export const ROLES: PersonRole[] = ["facilitator", "moderator", "speaker", "panellist"];
export const ROLE_LABEL: Record<PersonRole, string> = {
  facilitator: "Facilitator",
  moderator: "Moderator",
  speaker: "Speaker",
  panellist: "Panellist",
};

export interface DraftPerson {
  name: string;
  role: PersonRole;
  email: string;
}

/** A segment's hybrid details: its own join link (a breakout), edited in the row, and its
 * languages, kept as they are so that saving the plan does not clear them. */
export interface SegmentHybrid {
  /** As typed; blank: the session's or the track's link applies. */
  join_url?: string;
  join_private?: boolean;
  join_private_hours?: number | null;
  languages?: string[];
  interpretation?: string[];
  sign_language?: string[];
  captions?: boolean;
}

/** A plan row with its people (split copies them to each lane; merge keeps the target's). */
export type PlanRow = DraftSegment & { people?: DraftPerson[] } & SegmentHybrid;

type SegmentWithHybrid = SessionOut["segments"][number] & {
  join_url?: string | null;
  join_private?: boolean;
  join_private_hours?: number | null;
  languages?: string[];
  interpretation?: string[];
  sign_language?: string[];
  captions?: boolean;
};

export function rowsFrom(session: SessionOut): PlanRow[] {
  return draftsFrom(session).map((d, i) => {
    const g = session.segments[i] as SegmentWithHybrid | undefined;
    const row: PlanRow = { ...d, people: (g?.people ?? []).map((p) => ({ name: p.name, role: p.role, email: p.email ?? "" })) };
    // Only an API that has hybrid details says whether a segment's link is private.
    if (g && "join_private" in g)
      Object.assign(row, {
        join_url: g.join_url ?? "",
        join_private: g.join_private ?? false,
        join_private_hours: g.join_private_hours ?? null,
        languages: [...(g.languages ?? [])],
        interpretation: [...(g.interpretation ?? [])],
        sign_language: [...(g.sign_language ?? [])],
        captions: g.captions ?? false,
      });
    return row;
  });
}

const HYBRID_KEYS = ["join_url", "join_private", "join_private_hours", "languages", "interpretation", "sign_language", "captions"] as const;

/** The PUT body: plan.ts's segments, each with its people (blank names left out) and, when
 * the row has them, its hybrid details (a blank join link is none; a link that is not
 * private has no hours). A row without them (a new one) leaves them to the API's defaults. */
export function toSegmentsWithPeople(sessionStartWall: string, rows: PlanRow[]): SegmentIn[] {
  return toSegmentsIn(sessionStartWall, rows).map((s, i) => {
    const row = rows[i];
    const people = (row?.people ?? [])
      .filter((p) => p.name.trim() !== "")
      .map((p) => (p.email.trim() ? { name: p.name.trim(), role: p.role, email: p.email.trim() } : { name: p.name.trim(), role: p.role }));
    const given = !!row && HYBRID_KEYS.some((k) => row[k] !== undefined);
    if (!row || !given) return { ...s, people };
    const joinUrl = row.join_url?.trim() || null;
    const isPrivate = !!joinUrl && (row.join_private ?? false);
    return {
      ...s,
      people,
      join_url: joinUrl,
      join_private: isPrivate,
      join_private_hours: isPrivate ? (row.join_private_hours ?? null) : null,
      languages: row.languages ?? [],
      interpretation: row.interpretation ?? [],
      sign_language: row.sign_language ?? [],
      captions: row.captions ?? false,
    };
  });
}

/** The input a refusal about a segment's person names: "segments[1].people[0].name" ->
 * { segment: 1, person: 0, part: "name" }. */
export function personField(field: string): { segment: number; person: number; part: string } | null {
  const m = /^segments\[(\d+)\]\.people\[(\d+)\](?:\.(\w+))?/.exec(field);
  return m ? { segment: Number(m[1]), person: Number(m[2]), part: m[3] ?? "name" } : null;
}
