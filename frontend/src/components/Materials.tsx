// A session's materials: one line per item, an icon and the kind in words, the title as the
// link that opens it, and the site it is on (so a reader knows where it leads).
import { type Material, MATERIAL_LABEL, type MaterialKind, materialText, sortedMaterials } from "../lib/materials";
import { Icon } from "./LanguageBadges";

const ICON: Record<MaterialKind, string> = {
  // Simple line pictures, 16×16; decoration only (the kind is written beside each).
  slides: "M2 3h12v8H2z M8 11v3 M5 14h6",
  recording: "M2 4h9v8H2z M11 7l3-2v6l-3-2",
  notes: "M4 2h6l3 3v9H4z M6 7h5 M6 10h5",
  livestream: "M8 8m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0 M4.5 4.5a5 5 0 0 0 0 7 M11.5 4.5a5 5 0 0 1 0 7",
  other: "M6.5 9.5l3-3 M7 4.5l1-1a2.5 2.5 0 0 1 3.5 3.5l-1 1 M9 11.5l-1 1a2.5 2.5 0 0 1-3.5-3.5l1-1",
};

function host(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

export function MaterialsList({ items, id }: { items: readonly Material[]; id?: string }) {
  if (items.length === 0) return null;
  return (
    <ul class="materials" id={id}>
      {sortedMaterials(items).map((m, i) => {
        const kind = (MATERIAL_LABEL as Record<string, string>)[m.kind] ?? m.kind;
        const site = host(m.url);
        return (
          <li key={i} class={`material kind-${m.kind}`}>
            <Icon path={ICON[m.kind as MaterialKind] ?? ICON.other} />
            <span class="material-kind">{kind}:</span>{" "}
            <a href={m.url} rel="noopener" dir="auto">
              {materialText(m)}
            </a>
            {site && (
              <span class="material-site">
                {" "}
                (<bdi>{site}</bdi>)
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
