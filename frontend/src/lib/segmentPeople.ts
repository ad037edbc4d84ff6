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

/** A plan row with its people (split copies them to each lane; merge keeps the target's). */
export type PlanRow = DraftSegment & { people?: DraftPerson[] };

export function rowsFrom(session: SessionOut): PlanRow[] {
  return draftsFrom(session).map((d, i) => ({
    ...d,
    people: (session.segments[i]?.people ?? []).map((p) => ({ name: p.name, role: p.role, email: p.email ?? "" })),
  }));
}

/** The PUT body: plan.ts's segments, each with its people (blank names left out). */
export function toSegmentsWithPeople(sessionStartWall: string, rows: PlanRow[]): SegmentIn[] {
  return toSegmentsIn(sessionStartWall, rows).map((s, i) => ({
    ...s,
    people: (rows[i]?.people ?? [])
      .filter((p) => p.name.trim() !== "")
      .map((p) => (p.email.trim() ? { name: p.name.trim(), role: p.role, email: p.email.trim() } : { name: p.name.trim(), role: p.role })),
  }));
}

/** The input a refusal about a segment's person names: "segments[1].people[0].name" ->
 * { segment: 1, person: 0, part: "name" }. */
export function personField(field: string): { segment: number; person: number; part: string } | null {
  const m = /^segments\[(\d+)\]\.people\[(\d+)\](?:\.(\w+))?/.exec(field);
  return m ? { segment: Number(m[1]), person: Number(m[2]), part: m[3] ?? "name" } : null;
}
