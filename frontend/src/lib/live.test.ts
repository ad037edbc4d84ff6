import { h, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveBadge, liveRange } from "../components/LiveBadge";
import { type EventLive, sessionLive, useEventLive } from "./live";
import { formatTime } from "./time";

// TCCM: 15:45–16:45 in Riyadh on 18 December 2024, in person and online.
const TCCM = {
  start: "2024-12-18T15:45:00+03:00",
  end: "2024-12-18T16:45:00+03:00",
  tracks: ["in-person", "online"],
};
const at = (iso: string) => new Date(iso).getTime();

describe("sessionLive", () => {
  it("runs late with its expected times until its expected end", () => {
    const s = sessionLive(TCCM, { online: 10 }, at("2024-12-18T15:50:00+03:00"), "online");
    expect(s).toEqual({
      kind: "late",
      minutes: 10,
      start: at("2024-12-18T15:55:00+03:00"),
      end: at("2024-12-18T16:55:00+03:00"),
      on: false,
      track: null,
    });
    const on = sessionLive(TCCM, { online: 10 }, at("2024-12-18T16:50:00+03:00"), "online");
    expect(on).toMatchObject({ kind: "late", on: true });
    expect(sessionLive(TCCM, { online: 10 }, at("2024-12-18T16:56:00+03:00"), "online")).toEqual({
      kind: "ended",
    });
  });

  it("counts only the viewer's track; without one, names the late track", () => {
    const now = at("2024-12-18T15:40:00+03:00");
    expect(sessionLive(TCCM, { online: 10 }, now, "in-person")).toBeNull();
    expect(sessionLive(TCCM, { online: 10 }, now, null)).toMatchObject({ kind: "late", track: "online" });
    expect(sessionLive(TCCM, { online: 10, "in-person": 10 }, now, null)).toMatchObject({ track: null });
  });

  it("is on now, ended recently, or nothing far from now; a cancelled session has none", () => {
    expect(sessionLive(TCCM, {}, at("2024-12-18T16:00:00+03:00"))).toEqual({
      kind: "on",
      end: at("2024-12-18T16:45:00+03:00"),
    });
    expect(sessionLive(TCCM, {}, at("2024-12-18T16:45:00+03:00"))).toEqual({ kind: "ended" });
    expect(sessionLive(TCCM, {}, at("2024-12-20T16:45:00+03:00"))).toBeNull();
    // Late today says nothing about a session next week.
    expect(sessionLive(TCCM, { online: 10 }, at("2024-12-11T16:00:00+03:00"), "online")).toBeNull();
    expect(sessionLive({ ...TCCM, status: "cancelled" }, {}, at("2024-12-18T16:00:00+03:00"))).toBeNull();
  });
});

describe("LiveBadge", () => {
  it("says how late, with the times and offsets of the viewer's zone at those instants", () => {
    const state = sessionLive(TCCM, { online: 10 }, at("2024-12-18T15:50:00+03:00"), "online");
    const el = document.createElement("div");
    render(h(LiveBadge, { state, tz: "Asia/Riyadh" }), el);
    const region = el.querySelector("[role=status]")!;
    expect(region.getAttribute("aria-live")).toBe("polite");
    const t = (iso: string, tz: string) => formatTime(iso, tz); // the browser's locale: 15:55 or 03:55 PM
    const [a, b] = ["2024-12-18T15:55:00+03:00", "2024-12-18T16:55:00+03:00"];
    expect(region.textContent).toBe(
      `Running 10 min late — now ${t(a, "Asia/Riyadh")}–${t(b, "Asia/Riyadh")} (UTC+03:00)`,
    );
    expect(t(a, "Asia/Riyadh")).toMatch(/^0?3:55 PM$|^15:55$/);
    render(h(LiveBadge, { state, tz: "America/New_York" }), el);
    expect(el.textContent).toContain(`${t(a, "America/New_York")}–${t(b, "America/New_York")} (UTC−05:00)`);
  });

  it("gives each end its own offset across a clock change", () => {
    // New York, 9 March 2025: 01:30 EST to 03:30 EDT.
    const [a, b] = ["2025-03-09T01:30:00-05:00", "2025-03-09T03:30:00-04:00"];
    const ny = "America/New_York";
    expect(liveRange(at(a), at(b), ny)).toBe(`${formatTime(a, ny)} (UTC−05:00)–${formatTime(b, ny)} (UTC−04:00)`);
  });

  it("offers a reload when the plan changed", () => {
    const el = document.createElement("div");
    const reload = vi.fn();
    render(h(LiveBadge, { state: { kind: "ended" }, tz: "UTC", planChanged: true, onReload: reload }), el);
    expect(el.textContent).toBe("EndedPlan changed — reload");
    (el.querySelector("button") as HTMLButtonElement).click();
    expect(reload).toHaveBeenCalled();
  });
});

// ---- the hook, against a fake EventSource and fetch ----

class FakeSource {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static all: FakeSource[] = [];
  readyState = 0;
  onerror: (() => void) | null = null;
  listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  emit(type: string, data: object) {
    this.readyState = 1;
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  fail(closed: boolean) {
    this.readyState = closed ? 2 : 0;
    this.onerror?.();
  }
  close() {
    this.readyState = 2;
  }
}

function json(body: object, etag = '"x"') {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json", etag } });
}

describe("useEventLive", () => {
  let state: EventLive | null = null;
  let el: HTMLElement;
  let late: Record<string, number>;
  let days: object[];
  let fetches: string[];

  function Probe() {
    state = useEventLive("igf-2024", { pollMs: 1000 });
    return null;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSource.all = [];
    late = {};
    days = [{ date: "2024-12-18", sessions: [] }];
    fetches = [];
    vi.stubGlobal("EventSource", FakeSource);
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        fetches.push(url);
        if (url.includes("/live/state")) return json({ event: "igf-2024", late });
        return json({ days }, `"${JSON.stringify(days).length}"`);
      }),
    );
    el = document.createElement("div");
  });
  afterEach(() => {
    render(null, el);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const flush = () => act(async () => void (await vi.advanceTimersByTimeAsync(0)));

  it("follows the event's stream: hello, running late, plan changed", async () => {
    await act(() => render(h(Probe, {}), el));
    const source = FakeSource.all[0]!;
    expect(source.url).toBe("/api/v1/events/igf-2024/live");
    expect(state!.connection).toBe("connecting");
    late = { "in-person": 5 };
    await act(() => source.emit("hello", { version: 3 }));
    await flush();
    expect(state!.connection).toBe("live");
    expect(state!.late).toEqual({ "in-person": 5 });
    await act(() => source.emit("running.late", { track: "online", minutes: 10 }));
    expect(state!.late).toEqual({ "in-person": 5, online: 10 });
    await act(() => source.emit("running.late", { track: "online", minutes: 0 }));
    expect(state!.late).toEqual({ "in-person": 5 });
    expect(state!.planChanged).toBe(false);
    await act(() => source.emit("plan.changed", { version: 9, what: "session.updated" }));
    expect(state!.planChanged).toBe(true);
  });

  it("polls live state and the agenda when the stream fails, and reconnects", async () => {
    await act(() => render(h(Probe, {}), el));
    const first = FakeSource.all[0]!;
    await act(() => first.fail(true));
    await flush();
    expect(state!.connection).toBe("polling");
    late = { online: 10 };
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(state!.late).toEqual({ online: 10 });
    expect(state!.planChanged).toBe(false);
    days = [{ date: "2024-12-18", sessions: [{ id: "moved" }] }];
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(state!.planChanged).toBe(true);
    // The stream is tried again; once it says hello, polling stops.
    await act(async () => void (await vi.advanceTimersByTimeAsync(2000)));
    const second = FakeSource.all[1]!;
    expect(second).toBeDefined();
    await act(() => second.emit("hello", { version: 4 }));
    await flush();
    expect(state!.connection).toBe("live");
    const before = fetches.length;
    await act(async () => void (await vi.advanceTimersByTimeAsync(5000)));
    expect(fetches.length).toBe(before);
  });
});
