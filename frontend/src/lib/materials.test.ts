import { describe, expect, it } from "vitest";
import { emptyMaterialRow, materialRows, materialText, sameMaterials, sortedMaterials, toMaterials } from "./materials";

const slides = { kind: "slides" as const, title: "TCCM deck", url: "https://example.org/tccm.pdf" };
const recording = { kind: "recording" as const, title: "", url: "https://video.example.org/tccm" };

describe("materials", () => {
  it("a blank title reads as the kind", () => {
    expect(materialText(slides)).toBe("TCCM deck");
    expect(materialText(recording)).toBe("Recording");
    expect(materialText({ kind: "other", title: "  ", url: "https://x.example" })).toBe("Link");
  });
  it("sorts by kind, slides first, keeping the given order within a kind", () => {
    const notes = { kind: "notes" as const, title: "Notes", url: "https://n.example" };
    const slides2 = { ...slides, title: "Annex" };
    expect(sortedMaterials([notes, recording, slides, slides2]).map(materialText)).toEqual(["TCCM deck", "Annex", "Recording", "Notes"]);
  });
  it("rows round-trip, wholly blank rows are dropped, and keys follow the items sent", () => {
    const rows = [...materialRows([slides, recording]), emptyMaterialRow()];
    rows.splice(1, 0, { ...emptyMaterialRow(), title: "half typed" });
    const { items, keys } = toMaterials(rows);
    expect(items).toEqual([slides, { kind: "slides", title: "half typed", url: "" }, recording]);
    expect(keys).toEqual([rows[0]!.key, rows[1]!.key, rows[2]!.key]);
    expect(sameMaterials(toMaterials(materialRows([slides])).items, [slides])).toBe(true);
    expect(sameMaterials([slides], [recording])).toBe(false);
  });
});
