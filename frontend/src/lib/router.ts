// A tiny router over the History API: the page state lives in the URL.
import { useEffect, useState } from "preact/hooks";

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

if (typeof window !== "undefined") window.addEventListener("popstate", notify);

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  notify();
  if (!replace) window.scrollTo(0, 0);
}

export function useLocation(): URL {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((t) => t + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return new URL(window.location.href);
}

/** Replace some query parameters (null removes), keeping the rest; no new history entry. */
export function setQuery(changes: Record<string, string | null>, push = false): void {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v == null || v === "") url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  navigate(url.pathname + url.search + url.hash, !push);
}

/** Internal links: client-side navigation, still real <a href> for new tabs and keyboards. */
export function onLinkClick(e: MouseEvent): void {
  const a = (e.currentTarget as HTMLAnchorElement) ?? null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return;
  e.preventDefault();
  navigate(a.getAttribute("href") ?? "/");
}

export type Route =
  | { name: "home" }
  | { name: "agenda"; event: string }
  | { name: "session"; event: string; session: string }
  | { name: "registration"; token: string }
  | { name: "run"; event: string; track: string }
  | { name: "organise"; event?: string }
  | { name: "missing" };

export function match(pathname: string): Route {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: "home" };
  if (parts[0] === "e" && parts.length === 2) return { name: "agenda", event: parts[1]! };
  if (parts[0] === "e" && parts.length === 4 && parts[2] === "s")
    return { name: "session", event: parts[1]!, session: parts[3]! };
  if (parts[0] === "r" && parts.length === 2) return { name: "registration", token: parts[1]! };
  if (parts[0] === "e" && parts.length === 5 && parts[2] === "tracks" && parts[4] === "run")
    return { name: "run", event: parts[1]!, track: parts[3]! };
  if (parts[0] === "organise") return parts[1] ? { name: "organise", event: parts[1] } : { name: "organise" };
  return { name: "missing" };
}
