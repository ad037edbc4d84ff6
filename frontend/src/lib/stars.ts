// "My agenda": the sessions an attendee starred on an event's agenda, kept in this browser
// (localStorage, per event), no account needed. When this browser holds a registration for
// the event, the stars start from the registration's chosen sessions and remember which
// choice of it they were taken from: a change made elsewhere (the /r page, another tab)
// replaces them, an unsent change here survives a reload. The choice itself is compared, not
// the registration's version: a version is a poorer witness (see sameChoice).

export interface Stars {
  ids: string[];
  /** The registration (its id and chosen sessions) these stars were last in step with. */
  registration?: { id: string; sessions: string[] };
}

const PREFIX = "sessions.starred.";

export function loadStars(slug: string): Stars | null {
  try {
    const raw = localStorage.getItem(PREFIX + slug);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Stars>;
    if (!v || !Array.isArray(v.ids)) return null;
    const ids = [...new Set(v.ids.filter((x): x is string => typeof x === "string"))];
    const r = v.registration;
    return r && typeof r.id === "string" && Array.isArray(r.sessions)
      ? { ids, registration: { id: r.id, sessions: r.sessions.filter((x): x is string => typeof x === "string") } }
      : { ids };
  } catch {
    return null;
  }
}

export function saveStars(slug: string, stars: Stars): void {
  try {
    localStorage.setItem(PREFIX + slug, JSON.stringify(stars));
  } catch {
    /* storage disabled: the stars live for this page only */
  }
}

/** The stars a page shows, given what is kept and the registration (when there is one). */
export function reconcile(kept: Stars | null, registration: { id: string; sessions: readonly string[] } | null): Stars {
  if (!registration) return kept ?? { ids: [] };
  const inStep =
    kept?.registration?.id === registration.id && sameChoice(kept.registration.sessions, registration.sessions);
  if (kept && inStep) return kept;
  // Registered with nothing chosen (= every session of the track) and stars of its own not yet
  // sent: keep the stars, they are the attendee's next choice.
  if (kept && !kept.registration && registration.sessions.length === 0) return kept;
  return { ids: [...registration.sessions], registration: { id: registration.id, sessions: [...registration.sessions] } };
}

/** Whether two sets of session ids are the same choice (order does not matter). */
export function sameChoice(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

export function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
