// Languages of a session or segment (BCP 47 tags): spoken, interpretation, sign language, and
// captions. Names come from the platform (Intl.DisplayNames, CLDR) in the viewer's locale,
// never from our own tables; a tag the platform cannot name is shown as the tag itself.

export interface LanguageFacts {
  languages?: readonly string[] | null;
  interpretation?: readonly string[] | null;
  sign_language?: readonly string[] | null;
  captions?: boolean | null;
}

const namers = new Map<string, Intl.DisplayNames | null>();

/** "French" (or "français", "法语": in the reader's locale) for "fr"; the tag when unknown. */
export function languageName(tag: string, locale?: string): string {
  const key = locale ?? "";
  let namer = namers.get(key);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames(locale ? [locale] : undefined, { type: "language", fallback: "code" });
    } catch {
      namer = null;
    }
    namers.set(key, namer);
  }
  try {
    return namer?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Names joined as the locale lists them: "Arabic and French". */
export function languageList(tags: readonly string[], locale?: string): string {
  const names = tags.map((t) => languageName(t, locale));
  try {
    return new Intl.ListFormat(locale ? [locale] : undefined, { type: "conjunction" }).format(names);
  } catch {
    return names.join(", ");
  }
}

/** Tags as typed in a field ("ar, fr-ca  es"): each trimmed and, when the platform knows the
 * form, written canonically ("fr-CA"); what it does not know is kept for the API to judge. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    if (!raw) continue;
    let tag = raw;
    try {
      tag = Intl.getCanonicalLocales(raw)[0] ?? raw;
    } catch {
      /* not a tag the platform reads: the API says why */
    }
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The tags that are not well-formed BCP 47 (letters and digits, 1-8 per subtag, hyphens
 * between): what the API refuses by pattern. */
export function malformedTags(tags: readonly string[]): string[] {
  return tags.filter((t) => !/^[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(t));
}

export const tagsText = (tags: readonly string[] | null | undefined): string => (tags ?? []).join(", ");

export type LanguageBadgeKind = "spoken" | "interpretation" | "captions" | "sign";

export interface LanguageBadge {
  kind: LanguageBadgeKind;
  tags: string[];
  /** What it says, in words (the icon beside it is decoration). */
  text: string;
}

/** The badges a session or segment shows, in reading order; none when it says nothing. */
export function languageBadges(f: LanguageFacts, locale?: string): LanguageBadge[] {
  const out: LanguageBadge[] = [];
  const spoken = [...(f.languages ?? [])];
  const interp = [...(f.interpretation ?? [])];
  const sign = [...(f.sign_language ?? [])];
  if (spoken.length > 0) out.push({ kind: "spoken", tags: spoken, text: `In ${languageList(spoken, locale)}` });
  if (interp.length > 0)
    out.push({ kind: "interpretation", tags: interp, text: `Interpretation: ${languageList(interp, locale)}` });
  if (f.captions) out.push({ kind: "captions", tags: [], text: "Captions" });
  if (sign.length > 0) out.push({ kind: "sign", tags: sign, text: `Sign language: ${languageList(sign, locale)}` });
  return out;
}

export function hasLanguageFacts(f: LanguageFacts): boolean {
  return languageBadges(f).length > 0;
}
