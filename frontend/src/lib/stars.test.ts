import { beforeEach, describe, expect, it } from "vitest";
import { loadStars, reconcile, sameChoice, saveStars, toggle } from "./stars";

const REG = { id: "r1", sessions: ["a", "b"] };

describe("stars", () => {
  beforeEach(() => localStorage.clear());

  it("are kept per event and survive damaged entries", () => {
    saveStars("igf-2024", { ids: ["a", "b"] });
    expect(loadStars("igf-2024")).toEqual({ ids: ["a", "b"] });
    expect(loadStars("other")).toBeNull();
    localStorage.setItem("sessions.starred.bad", "{not json");
    expect(loadStars("bad")).toBeNull();
    localStorage.setItem("sessions.starred.odd", JSON.stringify({ ids: ["a", 3, "a"] }));
    expect(loadStars("odd")).toEqual({ ids: ["a"] });
  });

  it("toggle adds and removes one id", () => {
    expect(toggle(["a"], "b")).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a")).toEqual(["b"]);
  });

  it("sameChoice ignores order", () => {
    expect(sameChoice(["a", "b"], ["b", "a"])).toBe(true);
    expect(sameChoice(["a"], ["a", "b"])).toBe(false);
  });

  describe("reconcile with a registration", () => {
    it("without one, keeps the stars", () => {
      expect(reconcile({ ids: ["x"] }, null)).toEqual({ ids: ["x"] });
      expect(reconcile(null, null)).toEqual({ ids: [] });
    });
    it("a first look takes the registration's choice", () => {
      expect(reconcile(null, REG)).toEqual({ ids: ["a", "b"], registration: REG });
      expect(reconcile({ ids: ["x"] }, REG).ids).toEqual(["a", "b"]);
    });
    it("unsent stars survive while the registration is as they last saw it", () => {
      const kept = { ids: ["a", "b", "c"], registration: { id: "r1", sessions: ["b", "a"] } };
      expect(reconcile(kept, REG)).toBe(kept);
    });
    it("a change made elsewhere replaces them", () => {
      const kept = { ids: ["a", "b", "c"], registration: { id: "r1", sessions: ["a"] } };
      expect(reconcile(kept, REG).ids).toEqual(["a", "b"]);
      const other = { ids: ["c"], registration: { id: "r0", sessions: ["a", "b"] } };
      expect(reconcile(other, REG).ids).toEqual(["a", "b"]);
    });
    it("a registration with nothing chosen keeps the stars not yet sent", () => {
      const kept = { ids: ["c"] };
      expect(reconcile(kept, { id: "r1", sessions: [] })).toBe(kept);
    });
  });
});
