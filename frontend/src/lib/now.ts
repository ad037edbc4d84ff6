// The agenda's "now" line: whether the event runs at an instant, which of its days the line
// belongs on, and where among a day's time slots it falls. Instants are ms since the epoch;
// days are the viewer's local dates ("2024-12-18"), as the agenda groups them.

export interface Timed {
  start: string;
  end: string;
}

/** The event runs from its first session's start until its last session's end. */
export function eventRunning(sessions: readonly Timed[], now: number): boolean {
  if (sessions.length === 0) return false;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of sessions) {
    first = Math.min(first, new Date(s.start).getTime());
    last = Math.max(last, new Date(s.end).getTime());
  }
  return first <= now && now < last;
}

/** The day the line is drawn on: today (the viewer's local date at `now`) when the agenda has
 * it, else the next day it has (a day with no sessions reads as "now is before that one"). */
export function nowDay(dates: readonly string[], today: string): string | null {
  return [...dates].sort().find((d) => d >= today) ?? null;
}

/** How many of a day's slots (sorted by start) have started at `now`: the line goes after them. */
export function startedSlots(slotStarts: readonly string[], now: number): number {
  let n = 0;
  for (const s of slotStarts) if (new Date(s).getTime() <= now) n++;
  return n;
}
