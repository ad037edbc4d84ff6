// "02:15 for you — night": said on the agenda and the session page when a session falls in
// the viewer's night (it starts there, or most of it is there), in the viewer's zone.
import { fallsInNight } from "../lib/bands";
import { formatTime } from "../lib/time";

interface Props {
  start: string;
  end: string;
  /** The zone the page shows times in (the viewer's). */
  zone: string;
}

export function NightNote({ start, end, zone }: Props) {
  if (!fallsInNight(zone, new Date(start), new Date(end))) return null;
  return (
    <span class="night-note">
      <span aria-hidden="true">☾ </span>
      <bdi>{formatTime(start, zone)}</bdi> for you — night
    </span>
  );
}
