// The line that names the zone a printed page is in: shown at the top of the first printed
// page (print.css), and repeated in the top margin of every later page as a running header
// (the @page margin box in print.css reads it from --print-zone, set here through the CSSOM,
// which the Content Security Policy allows where an inline style would not be).
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/** A CSS string literal for any text. */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, " ").trim().replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export function PrintZone({ children, class: className }: { children: ComponentChildren; class?: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const text = line.current?.textContent ?? "";
    const root = document.documentElement.style;
    if (text.trim()) root.setProperty("--print-zone", cssString(text));
    return () => root.removeProperty("--print-zone");
  });
  return (
    <p class={`print-zone${className ? ` ${className}` : ""}`} ref={line}>
      {children}
    </p>
  );
}
