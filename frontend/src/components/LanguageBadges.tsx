// The languages of a session or segment as badges: spoken languages, interpretation, captions,
// sign language. Each badge says what it is in words (the icon is decoration), with names in
// the reader's locale from the platform (lib/languages).
import { type LanguageBadgeKind, type LanguageFacts, languageBadges } from "../lib/languages";

/** A 16×16 line icon, hidden from assistive technology: the text beside it says it all. */
export function Icon({ path }: { path: string }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

const ICON: Record<LanguageBadgeKind, string> = {
  // A speech bubble; two bubbles; a caption box; a hand.
  spoken: "M2 3h12v7H7l-3 3v-3H2z",
  interpretation: "M1.5 2.5h8v5h-4l-2 2v-2h-2z M11.5 6.5h3v5h-1.5v2l-2-2h-3.5v-2",
  captions: "M1.5 3.5h13v9h-13z M4 8.5h3 M9 8.5h3 M4 10.5h8",
  sign: "M5 14V6.5a1 1 0 0 1 2 0V9V3.5a1 1 0 0 1 2 0V9V4.5a1 1 0 0 1 2 0V10a4 4 0 0 1-4 4z M5 9.5L3.5 8a1 1 0 0 0-1.5 1.3L5 13",
};

interface Props extends LanguageFacts {
  /** "full" (the session page) or "compact" (agenda cards). */
  variant?: "full" | "compact";
  label?: string;
}

export function LanguageBadges({ variant = "full", label = "Languages", ...facts }: Props) {
  const badges = languageBadges(facts);
  if (badges.length === 0) return null;
  return (
    <ul class={`lang-badges ${variant}`} aria-label={label}>
      {badges.map((b) => (
        <li key={b.kind} class={`badge lang lang-${b.kind}`}>
          <Icon path={ICON[b.kind]} />
          <span>{b.text}</span>
        </li>
      ))}
    </ul>
  );
}
