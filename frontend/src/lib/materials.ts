// A session's materials (slides, recordings, notes, livestreams, other links), and the rows
// the organiser's editor keeps them in.

export type MaterialKind = "slides" | "recording" | "notes" | "livestream" | "other";

export interface Material {
  kind: MaterialKind;
  title: string;
  url: string;
}

export const MATERIAL_KINDS: MaterialKind[] = ["slides", "recording", "notes", "livestream", "other"];

export const MATERIAL_LABEL: Record<MaterialKind, string> = {
  slides: "Slides",
  recording: "Recording",
  notes: "Notes",
  livestream: "Livestream",
  other: "Link",
};

/** What a material is called when its title is blank: its kind. */
export function materialText(m: Material): string {
  return m.title.trim() || MATERIAL_LABEL[m.kind] || m.kind;
}

/** The materials in the order people look for them: by kind (slides first), then as given. */
export function sortedMaterials<T extends Material>(items: readonly T[]): T[] {
  const rank = (k: string) => {
    const i = MATERIAL_KINDS.indexOf(k as MaterialKind);
    return i < 0 ? MATERIAL_KINDS.length : i;
  };
  return items.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m.kind) - rank(b.m.kind) || a.i - b.i).map((x) => x.m);
}

export interface MaterialRow extends Material {
  key: string;
}

let counter = 0;
export const materialKey = (): string => `mat-${++counter}`;

export function materialRows(items: readonly Material[] | null | undefined): MaterialRow[] {
  return (items ?? []).map((m) => ({ key: materialKey(), kind: m.kind, title: m.title, url: m.url }));
}

export const emptyMaterialRow = (): MaterialRow => ({ key: materialKey(), kind: "slides", title: "", url: "" });

/** The body's materials (a row left wholly blank is dropped), and each one's row key, so a
 * refusal of "materials[1].url" lands beside the row it is about. */
export function toMaterials(rows: readonly MaterialRow[]): { items: Material[]; keys: string[] } {
  const kept = rows.filter((r) => r.title.trim() !== "" || r.url.trim() !== "");
  return {
    items: kept.map((r) => ({ kind: r.kind, title: r.title.trim(), url: r.url.trim() })),
    keys: kept.map((r) => r.key),
  };
}

/** Whether two lists say the same (the editor sends materials only when they changed). */
export function sameMaterials(a: readonly Material[], b: readonly Material[]): boolean {
  return (
    a.length === b.length && a.every((m, i) => m.kind === b[i]!.kind && m.title === b[i]!.title && m.url === b[i]!.url)
  );
}
