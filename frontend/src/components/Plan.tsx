// A session's segment plan as a small timeline, with in-person/online lanes where they split.
import { laneLayout, type PlanSegment } from "../lib/lanes";
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

interface Props {
  start: string;
  end: string;
  tracks: string[];
  segments: PlanSegment[];
  onlyTrack?: string | null;
  zone: string;
  trackNames: Record<string, string>;
}

export function PlanTimeline({ start, end, tracks, segments, onlyTrack, zone, trackNames }: Props) {
  if (segments.length === 0) return null;
  const layout = laneLayout(start, end, tracks, segments, onlyTrack);
  const laneCount = layout.lanes.length;
  return (
    <figure class="plan" aria-label="Segment plan">
      <div class="plan-lanes" style={{ "--lanes": laneCount }}>
        <div class="plan-lane-names" aria-hidden="true">
          {layout.lanes.map((l) => (
            <span key={l}>{trackLabel(l, trackNames)}</span>
          ))}
        </div>
        <ol class="plan-track">
          {layout.pieces.map((p, i) => {
            const row = p.lane === "all" ? `1 / span ${laneCount}` : `${p.lane + 1}`;
            const who =
              p.lane === "all" || !layout.split
                ? "everyone"
                : trackLabel(layout.lanes[p.lane as number]!, trackNames);
            return (
              <li
                key={i}
                class={`seg kind-${p.segment.kind ?? "other"}`}
                style={{
                  insetInlineStart: `${(p.left * 100).toFixed(3)}%`,
                  width: `${(p.width * 100).toFixed(3)}%`,
                  gridRow: row,
                }}
                title={`${formatTime(p.segment.start, zone)}–${formatTime(p.segment.end, zone)} ${p.segment.title}`}
              >
                <span class="seg-time">
                  {formatTime(p.segment.start, zone)}–{formatTime(p.segment.end, zone)}
                </span>{" "}
                <span class="seg-title" dir="auto">
                  {p.segment.title}
                </span>
                <span class="visually-hidden">
                  {" "}
                  ({KIND_LABEL[p.segment.kind ?? "other"] ?? p.segment.kind}, for {who})
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </figure>
  );
}
