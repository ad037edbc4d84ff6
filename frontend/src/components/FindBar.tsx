// The agenda's search and filters (lib/find): a search box and filters by room, segment kind,
// person and language (only when sessions carry languages). The page keeps them in the URL.
import { type Facets, type Filters, NO_FILTERS, isFiltering } from "../lib/find";
import { languageName } from "../lib/languages";
import { KIND_LABEL } from "./Plan";

interface Props {
  filters: Filters;
  facets: Facets;
  onChange: (f: Filters) => void;
}

export function FindBar({ filters, facets, onChange }: Props) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...filters, [k]: v });
  const kinds = Object.keys(KIND_LABEL).filter((k) => facets.kinds.includes(k));
  for (const k of facets.kinds) if (!kinds.includes(k)) kinds.push(k);
  const select = (id: string, label: string, key: "room" | "kind" | "person" | "lang", values: string[], name: (v: string) => string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={filters[key] ?? ""} onChange={(e) => set(key, e.currentTarget.value || null)}>
        <option value="">Any</option>
        {/* A shared link may name a value this agenda no longer has: keep it visible. */}
        {filters[key] && !values.includes(filters[key]!) && <option value={filters[key]!}>{name(filters[key]!)}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="find" role="search" aria-label="Find sessions" onSubmit={(e) => e.preventDefault()}>
      <div class="field find-q">
        <label for="find-q">Search sessions</label>
        <input
          id="find-q"
          type="search"
          value={filters.q}
          placeholder="Title, person or topic"
          autoComplete="off"
          aria-describedby="find-status"
          onInput={(e) => set("q", e.currentTarget.value)}
        />
      </div>
      {facets.rooms.length > 0 && select("find-room", "Room", "room", facets.rooms, (v) => v)}
      {kinds.length > 0 && select("find-kind", "Segment kind", "kind", kinds, (v) => KIND_LABEL[v] ?? v)}
      {facets.people.length > 0 && select("find-person", "Person", "person", facets.people, (v) => v)}
      {(facets.languages.length > 0 || filters.lang) && select("find-lang", "Language", "lang", facets.languages, languageName)}
      {isFiltering({ ...filters, starred: false }) && (
        <button type="button" class="quiet" onClick={() => onChange({ ...NO_FILTERS, starred: filters.starred })}>
          Clear search and filters
        </button>
      )}
    </form>
  );
}
