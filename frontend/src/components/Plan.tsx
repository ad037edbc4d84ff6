// A session's segment plan as a small timeline, with in-person/online lanes where they split.
// Segments sit on a grid whose columns follow the plan's own times: text wraps inside a
// segment (never cut to "07:45–08:0…"), and a column grows to fit its words when it must.
// In a narrow box (a phone, an agenda card) the same grid turns: time runs down, lanes side
// by side (styles.css, a container query on .plan).
import { type Audience, laneLayout, type PlanSegment } from "../lib/lanes";
import { formatTime } from "../lib/time";

export const KIND_LABEL: Record<string, string> = {
  presentation: "Presentation",
  qa: "Q&A",
  networking: "Networking",
  discussion: "Discussion",
  break: "Break",
  panel: "Panel",
  keynote: "Keynote",
  other: "Other",
};

export function trackLabel(slug: string, names: Record<string, string>): string {
  if (slug === "everyone") return "Everyone";
  return names[slug] ?? slug;
}

/** "Everyone" or "Online only": the same words whatever track filter is on. */
export function audienceLabel(audience: Audience, names: Record<string, string>): string {
  if (audience === "everyone") return "Everyone";
  return `${audience.map((t) => trackLabel(t, names)).join(" and ")} only`;
}

/** A time range kept whole in right-to-left text, with a break allowed after the dash. */
export function TimeRange({ start, end, zone }: { start: string; end: string; zone: string }) {
  return (
    <bdi class="range">
      <time dateTime={start}>{formatTime(start, zone)}</time>–<wbr />
      <time dateTime={end}>{formatTime(end, zone)}</time>
    </bdi>
  );
}

interface Props {
  start: string;
  end: string;
  tracks: string[];
  segments: PlanSegment[];
  onlyTrack?: string | null;
  zone: string;
  trackNames: Record<string, string>;
  /** "full" (the session page) also shows each segment's kind; "compact" (cards) keeps it short. */
  variant?: "compact" | "full";
}

export function PlanTimeline({ start, end, tracks, segments, onlyTrack, zone, trackNames, variant = "compact" }: Props) {
  if (segments.length === 0) return null;
  const layout = laneLayout(start, end, tracks, segments, onlyTrack);
  if (layout.pieces.length === 0) return null;
  const laneCount = layout.lanes.length;
  // Proportional columns that may still grow to fit a word: readable beats exact.
  const columns = layout.columns.map((m) => `minmax(min-content, ${Math.max(m, 0.001)}fr)`).join(" ");
  return (
    <figure class={`plan plan-${variant}`}>
      <figcaption class="visually-hidden">
        Segment plan{onlyTrack ? ` for ${trackLabel(onlyTrack, trackNames)}` : ""}
      </figcaption>
      <ol
        class="plan-grid"
        style={{ "--cols": columns, "--lanes": String(laneCount) }}
      >
        {layout.lanes.map((l, i) => (
          <li key={`lane-${l}`} class="plan-lane-name" aria-hidden="true" style={{ "--lane": String(i + 1) }}>
            {trackLabel(l, trackNames)}
          </li>
        ))}
        {layout.pieces.map((p, i) => {
          const [first, last] = p.lane === "all" ? [1, laneCount + 1] : [p.lane + 1, p.lane + 2];
          const kind = KIND_LABEL[p.segment.kind ?? "other"] ?? p.segment.kind ?? "";
          const who = audienceLabel(p.audience, trackNames);
          return (
            <li
              key={i}
              class={`plan-seg kind-${p.segment.kind ?? "other"}`}
              style={{
                // Grid lines: the first line is for the lane names, time starts at line 2.
                "--from": String(p.from + 2),
                "--to": String(p.to + 2),
                "--lane-first": String(first),
                "--lane-last": String(last),
              }}
            >
              <span class="seg-time">
                <TimeRange start={p.segment.start} end={p.segment.end} zone={zone} />
              </span>{" "}
              <span class="seg-title" dir="auto">
                {p.segment.title}
              </span>
              {variant === "full" ? (
                <span class="seg-kind">
                  {" "}
                  {kind} · {who}
                </span>
              ) : p.audience !== "everyone" ? (
                <span class="seg-kind">
                  {" "}
                  <span class="visually-hidden">{kind}, </span>
                  {who}
                </span>
              ) : (
                <span class="visually-hidden">
                  {" "}
                  ({kind}, {who.toLowerCase()})
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
