// The attendee's own registration per event, kept in this browser (localStorage), so a
// reload keeps the feed link and the agenda can show what they chose. No account needed:
// the manage token in manage_url is the attendee's key; it never leaves this browser except
// to our own API.

export interface SavedRegistration {
  /** The registration's id: a mailed manage link (another token) still finds its feed link. */
  id?: string;
  /** The manage page, /r/{manage token} (absolute or path). */
  manage_url: string;
  /** The manage token itself (the last path segment of manage_url). */
  token: string;
  feed_url: string | null;
  webcal_url: string | null;
  track: string;
  timezone: string;
  /** Chosen session ids; empty = every session of their track. */
  sessions: string[];
  name?: string;
  language?: string | null;
}

/** What a registration answer (RegistrationOut) gives us; only these fields are kept. */
export interface RegistrationLike {
  id?: string;
  manage_url?: string | null;
  feed_url?: string | null;
  webcal_url?: string | null;
  track: string;
  timezone: string;
  sessions: string[];
  name?: string;
  language?: string | null;
}

const PREFIX = "sessions.registration.";

/** The manage token from a manage URL (`…/r/{token}`), or null. */
export function manageToken(manageUrl: string | null | undefined): string | null {
  if (!manageUrl) return null;
  const m = manageUrl.match(/\/r\/([^/?#]+)/);
  return m ? decodeURIComponent(m[1] ?? "") || null : null;
}

export function savedRegistration(slug: string): SavedRegistration | null {
  try {
    const raw = localStorage.getItem(PREFIX + slug);
    if (!raw) return null;
    const r = JSON.parse(raw) as Partial<SavedRegistration>;
    if (!r || typeof r.manage_url !== "string" || typeof r.track !== "string" || typeof r.timezone !== "string") {
      return null;
    }
    return {
      id: typeof r.id === "string" ? r.id : undefined,
      manage_url: r.manage_url,
      token: r.token ?? manageToken(r.manage_url) ?? "",
      feed_url: r.feed_url ?? null,
      webcal_url: r.webcal_url ?? null,
      track: r.track,
      timezone: r.timezone,
      sessions: Array.isArray(r.sessions) ? r.sessions.filter((s) => typeof s === "string") : [],
      name: r.name,
      language: r.language ?? null,
    };
  } catch {
    return null; // storage disabled or a damaged entry: as if not registered here
  }
}

/** Keep (or update) this browser's registration for an event. Without a manage URL there
 * is nothing to come back to, so nothing is kept. */
export function saveRegistration(slug: string, r: RegistrationLike): SavedRegistration | null {
  const kept = savedRegistration(slug);
  // Another registration (someone else registered from this browser): keep nothing of the old.
  const previous = kept && r.id && kept.id && kept.id !== r.id ? null : kept;
  const manage_url = r.manage_url ?? previous?.manage_url;
  if (!manage_url) return null;
  const saved: SavedRegistration = {
    id: r.id ?? previous?.id,
    manage_url,
    token: manageToken(manage_url) ?? previous?.token ?? "",
    // A revoked feed answers feed_url null: keep that null, it is the truth.
    feed_url: r.feed_url === undefined ? (previous?.feed_url ?? null) : r.feed_url,
    webcal_url: r.webcal_url === undefined ? (previous?.webcal_url ?? null) : r.webcal_url,
    track: r.track,
    timezone: r.timezone,
    sessions: [...r.sessions],
    name: r.name ?? previous?.name,
    language: r.language === undefined ? (previous?.language ?? null) : r.language,
  };
  try {
    localStorage.setItem(PREFIX + slug, JSON.stringify(saved));
  } catch {
    /* storage disabled: the registration lives for this page only */
  }
  return saved;
}

export function forgetRegistration(slug: string): void {
  try {
    localStorage.removeItem(PREFIX + slug);
  } catch {
    /* nothing kept */
  }
}
