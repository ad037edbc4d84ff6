// A session's live state as attendees read it: "Running 10 min late — now 15:55–16:55",
// "On now", "Ended", or "Plan changed — reload". Polite live region: screen readers hear
// the change without losing their place. Times in the viewer's zone, each with the offset
// at its own instant.
import type { SessionLive } from "../lib/live";
import { formatTime, zoneOffset } from "../lib/time";

/** "15:55–16:55 (UTC+03:00)"; each end its own offset when a clock change falls between
 * (the text of LiveRange below). */
export function liveRange(start: number, end: number, tz: string): string {
  const [a, b] = [new Date(start), new Date(end)];
  const [oa, ob] = [zoneOffset(tz, a), zoneOffset(tz, b)];
  return oa === ob
    ? `${formatTime(a, tz)}–${formatTime(b, tz)} (${oa})`
    : `${formatTime(a, tz)} (${oa})–${formatTime(b, tz)} (${ob})`;
}

/** The same range for the page: each time isolated, so that in a right-to-left locale its
 * digits and day period stay together and the offsets stay beside the times they label. */
function LiveRange({ start, end, tz }: { start: number; end: number; tz: string }) {
  const [a, b] = [new Date(start), new Date(end)];
  const [oa, ob] = [zoneOffset(tz, a), zoneOffset(tz, b)];
  return oa === ob ? (
    <span class="live-range">
      <bdi>{formatTime(a, tz)}</bdi>–<bdi>{formatTime(b, tz)}</bdi> ({oa})
    </span>
  ) : (
    <span class="live-range">
      <bdi>{formatTime(a, tz)}</bdi> ({oa})–<bdi>{formatTime(b, tz)}</bdi> ({ob})
    </span>
  );
}

export function LiveBadge(props: {
  state: SessionLive;
  tz: string;
  planChanged?: boolean;
  /** Track slug -> name, to say which track runs late when the others do not. */
  trackNames?: Record<string, string>;
  onReload?: () => void;
}) {
  const { state, tz, planChanged = false, trackNames = {}, onReload } = props;
  const reload = onReload ?? (() => window.location.reload());
  // The region is always there (empty when nothing is live), so a change is announced.
  return (
    <div class="live-badges" role="status" aria-live="polite" aria-atomic="true">
      {state?.kind === "late" && (
        <span class="badge live late" data-live="late">
          {state.track && `${trackNames[state.track] ?? state.track}: `}
          {state.on ? "On now, running" : "Running"} {state.minutes} min late — now{" "}
          <LiveRange start={state.start} end={state.end} tz={tz} />
        </span>
      )}
      {state?.kind === "on" && (
        <span class="badge live on" data-live="on">
          On now
        </span>
      )}
      {state?.kind === "ended" && (
        <span class="badge live ended" data-live="ended">
          Ended
        </span>
      )}
      {planChanged && (
        <span class="badge live changed" data-live="changed">
          Plan changed —{" "}
          <button type="button" class="link" onClick={reload}>
            reload
          </button>
        </span>
      )}
    </div>
  );
}
