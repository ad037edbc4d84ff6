// A searchable IANA zone picker (ARIA combobox + listbox) showing each zone's offset at `at`:
// the instant the page is about (an event's first day, a session's start), else now.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { allZones, zoneOffset } from "../lib/time";
import "./zonePicker.css";
import { loadZoneIndex, searchZones as searchIndexed, type ZoneIndex } from "../lib/zoneSearch";

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (zone: string) => void;
  hint?: string;
  /** The instant the offsets shown are for; without it, now. */
  at?: Date;
}

const MAX_SHOWN = 60;

/** Zone search with names and offsets only (no directory); see lib/zoneSearch for the rest. */
export function searchZones(query: string, zones: string[] = allZones(), now = new Date()): string[] {
  return searchIndexed(query, zones, now);
}

export function ZonePicker({ id, label, value, onChange, hint, at }: Props) {
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // The list closes a moment after the input loses focus (so a click on an option lands first);
  // coming back before then must not have the fresh list closed under the typing.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keepOpen = () => {
    if (closing.current) clearTimeout(closing.current);
    closing.current = null;
  };
  const atTime = at?.getTime();
  const when = useMemo(() => (atTime === undefined ? new Date() : new Date(atTime)), [atTime]);
  // Countries and abbreviations arrive once the picker is first used; names and offsets work before.
  const [index, setIndex] = useState<ZoneIndex | undefined>(undefined);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted || index) return;
    let live = true;
    void loadZoneIndex().then((i) => live && setIndex(i));
    return () => {
      live = false;
    };
  }, [wanted, index]);
  const matches = useMemo(
    () => (query == null ? allZones() : searchIndexed(query, allZones(), when, index)).slice(0, MAX_SHOWN),
    [query, when, index],
  );
  const listId = `${id}-list`;
  const choose = (zone: string) => {
    onChange(zone);
    setQuery(null);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      if (open && matches[active]) {
        e.preventDefault();
        choose(matches[active]!);
      }
    } else if (e.key === "Escape") {
      setOpen(false);
      setQuery(null);
    }
  };
  return (
    <div class="zone-picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        dir="ltr"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-activedescendant={open && matches[active] ? `${id}-opt-${active}` : undefined}
        value={query ?? value}
        placeholder="City, country, EST or +03"
        onFocus={(e) => {
          keepOpen();
          setWanted(true);
          (e.currentTarget as HTMLInputElement).select();
        }}
        onInput={(e) => {
          keepOpen();
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          keepOpen();
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
      />
      <span class="zone-offset" aria-hidden="true">
        {zoneOffset(value, when)}
      </span>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {open && (
        <ul id={listId} role="listbox" class="zone-list" aria-label={label}>
          {matches.length === 0 && <li class="empty">No zone matches “{query}”</li>}
          {matches.map((z, i) => (
            <li
              id={`${id}-opt-${i}`}
              key={z}
              role="option"
              aria-selected={i === active}
              class={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(z);
              }}
            >
              <span class="zone-name">
                <span dir="ltr">{z.replace(/_/g, " ")}</span>
                {index?.get(z)?.countryLabel && (
                  <span class="zone-country" dir="auto">
                    {" "}
                    {index.get(z)!.countryLabel}
                  </span>
                )}
              </span>
              <span class="offset">{zoneOffset(z, when)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
