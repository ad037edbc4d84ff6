// A session's time on two clocks: the viewer's zone and the event's, each with the UTC offset
// in force at the session's own instants (never today's), and a midnight badge where it applies.
import { NightNote } from "./NightNote";
import { TimeRange } from "./Plan";
import { formatDate, formatShortDate, localDate, zoneOffset } from "../lib/time";

/** "New York" from "America/New_York". */
export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}

/** Ends after the next local midnight (ending exactly at 00:00 does not cross). */
export function crossesMidnight(start: string, end: string, zone: string): boolean {
  const lastMoment = new Date(new Date(end).getTime() - 1);
  return localDate(lastMoment, zone) !== localDate(start, zone);
}

/** "UTC+03:00", or "UTC+01:00 → UTC+02:00" when the clocks change during the session. */
export function offsetsAt(start: string, end: string, zone: string): string {
  const a = zoneOffset(zone, new Date(start));
  const b = zoneOffset(zone, new Date(end));
  return a === b ? a : `${a} → ${b}`;
}

function Clock(props: { label: string; start: string; end: string; zone: string; cls: string; night?: boolean }) {
  const { label, start, end, zone, cls, night } = props;
  const crosses = crossesMidnight(start, end, zone);
  return (
    <div class={`clock-row ${cls}`}>
      <dt>{label}</dt>
      <dd>
        <span class="clock-range">
          <TimeRange start={start} end={end} zone={zone} />
        </span>{" "}
        <span class="clock-date">{formatDate(localDate(start, zone))}</span>{" "}
        <span class="clock-offset">
          <bdi>{offsetsAt(start, end, zone)}</bdi>
        </span>
        {crosses && (
          <>
            {" "}
            <span class="badge midnight">crosses midnight: ends {formatShortDate(end, zone)}</span>
          </>
        )}
        {night && (
          <>
            {" "}
            <NightNote start={start} end={end} zone={zone} />
          </>
        )}
      </dd>
    </div>
  );
}

interface Props {
  start: string;
  end: string;
  viewerZone: string;
  eventZone: string;
  /** Where the zones came from, for the label ("Your time" only when it is the viewer's). */
  viewerZoneChosen: boolean;
  /** Say so on the viewer's clock when the session falls in their night. */
  markNight?: boolean;
}

export function SessionClocks({ start, end, viewerZone, eventZone, viewerZoneChosen, markNight = false }: Props) {
  const same = viewerZone === eventZone;
  const mine = viewerZoneChosen ? "Times in" : "Your time";
  return (
    <dl class="clocks">
      {!same && (
        <Clock label={`${mine} · ${zoneCity(viewerZone)}`} start={start} end={end} zone={viewerZone} cls="viewer" night={markNight} />
      )}
      <Clock
        label={`Event time · ${zoneCity(eventZone)}${same && !viewerZoneChosen ? " (your time too)" : ""}`}
        start={start}
        end={end}
        zone={eventZone}
        cls="event"
        night={markNight && same}
      />
    </dl>
  );
}
