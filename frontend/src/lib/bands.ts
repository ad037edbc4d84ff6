// Local hours as PRODUCT.md bands them, in each zone's own wall time at each instant (DST
// included): night 22:00–07:00, early 07:00–09:00, work 09:00–18:00, evening 18:00–22:00.
// The server computes fairness and slots; the page uses these to draw and to mark nights.
import { offsetMinutes } from "./time";

export type Band = "night" | "early" | "work" | "evening";

export const BANDS: readonly Band[] = ["night", "early", "work", "evening"];

/** Minutes since local midnight of `at` in `zone`. */
export function localMinutes(zone: string, at: Date): number {
  const local = at.getTime() + offsetMinutes(zone, at) * 60_000;
  const day = 86_400_000;
  return Math.floor((((local % day) + day) % day) / 60_000);
}

export function bandOfMinutes(minutes: number): Band {
  if (minutes < 7 * 60 || minutes >= 22 * 60) return "night";
  if (minutes < 9 * 60) return "early";
  if (minutes < 18 * 60) return "work";
  return "evening";
}

/** The band the instant `at` falls in, in `zone`'s wall time. */
export function bandAt(zone: string, at: Date): Band {
  return bandOfMinutes(localMinutes(zone, at));
}

/** The instant a wall time (date + minutes after its midnight) shows in `zone`. In a gap or
 * an overlap it settles on one of the candidate offsets, which is all a picture needs. */
export function instantOfWall(date: string, minutes: number, zone: string): Date {
  const face = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = face - offsetMinutes(zone, new Date(face)) * 60_000;
  guess = face - offsetMinutes(zone, new Date(guess)) * 60_000;
  return new Date(guess);
}

/** The event day in `zone` as cells of `step` minutes: [start, end) instants. A day with a
 * clock change has 92 or 100 quarter hours, not 96. */
export function dayCells(date: string, zone: string, step = 15): { start: Date; end: Date }[] {
  const first = instantOfWall(date, 0, zone).getTime();
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const last = instantOfWall(next, 0, zone).getTime();
  const cells: { start: Date; end: Date }[] = [];
  for (let t = first; t < last && cells.length < 200; t += step * 60_000)
    cells.push({ start: new Date(t), end: new Date(Math.min(t + step * 60_000, last)) });
  return cells;
}

/** Minutes of [start, end) that fall in `zone`'s night, counted minute by minute's band. */
export function nightMinutes(zone: string, start: Date, end: Date): number {
  let n = 0;
  // Bands change only on whole quarter hours of local time (and offsets on whole minutes), so
  // stepping minute by minute is exact; sessions are hours long at most, so it is cheap.
  for (let t = start.getTime(); t < end.getTime(); t += 60_000) if (bandAt(zone, new Date(t)) === "night") n++;
  return n;
}

/** A session falls in the viewer's night when it starts there or most of it is there. */
export function fallsInNight(zone: string, start: Date, end: Date): boolean {
  if (bandAt(zone, start) === "night") return true;
  const total = Math.max(1, Math.round((end.getTime() - start.getTime()) / 60_000));
  return nightMinutes(zone, start, end) * 2 > total;
}
