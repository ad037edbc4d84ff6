// The session page's hybrid details: the languages it is given in (the session's, and any
// segment's own), and its materials.
import { hasLanguageFacts, type LanguageFacts } from "../lib/languages";
import type { Material } from "../lib/materials";
import { LanguageBadges } from "./LanguageBadges";
import { MaterialsList } from "./Materials";
import { TimeRange } from "./Plan";

type Segment = LanguageFacts & { title: string; start: string; end: string; tracks: readonly string[] };

interface LanguagesProps {
  session: LanguageFacts;
  segments: readonly Segment[];
  /** Only the segments for this track (null: every track). */
  track: string | null;
  zone: string;
}

export function SessionLanguages({ session, segments, track, zone }: LanguagesProps) {
  const own = segments.filter((g) => hasLanguageFacts(g) && (!track || g.tracks.length === 0 || g.tracks.includes(track)));
  if (!hasLanguageFacts(session) && own.length === 0) return null;
  return (
    <section class="session-languages" aria-labelledby="languages-title">
      <h2 id="languages-title">Languages</h2>
      <LanguageBadges {...session} label="Languages of the session" />
      {own.length > 0 && (
        <ul class="segment-langs">
          {own.map((g) => (
            <li key={g.start + g.title}>
              During “<span dir="auto">{g.title}</span>” (<TimeRange start={g.start} end={g.end} zone={zone} />
              ):
              <LanguageBadges {...g} label={`Languages of ${g.title}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SessionMaterials({ materials }: { materials: readonly Material[] }) {
  if (materials.length === 0) return null;
  return (
    <section class="session-materials" aria-labelledby="materials-title">
      <h2 id="materials-title">Materials</h2>
      <MaterialsList items={materials} />
    </section>
  );
}
