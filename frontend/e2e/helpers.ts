import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Page, expect } from "@playwright/test";

export const root = resolve(import.meta.dirname, "../..");
export const base = (): string => process.env.E2E_BASE_URL!;
export const demoToken = (): string => process.env.E2E_TOKEN_DEMO!;
export const newToken = (): string => process.env.E2E_TOKEN_NEW!;

const shots = join(root, "test-results/screenshots");

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

/** Signs the page in with a bearer token (the login form's fallback path). */
export async function useToken(page: Page, token: string): Promise<void> {
  await page.addInitScript((t) => sessionStorage.setItem("sessions.token", t), token);
}

/** axe-core: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
  ).toEqual([]);
}

/** Runs ../shared/tools/icscheck on a calendar when the kit is there. */
export function icscheck(file: string): string | null {
  const tool = resolve(root, "../shared/tools/icscheck");
  if (!existsSync(tool)) return null;
  const venvPython = join(root, ".venv/bin/python");
  const python = process.env.SESSIONS_PYTHON ?? (existsSync(venvPython) ? venvPython : "python3");
  return execFileSync(python, [tool, file], { encoding: "utf8" });
}

/** The events of an iCalendar text (lines unfolded): each VEVENT's UID and SUMMARY. */
export function calendarEvents(ics: string): { uid: string; summary: string }[] {
  const lines = ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const out: { uid: string; summary: string }[] = [];
  let cur: { uid: string; summary: string } | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") cur = { uid: "", summary: "" };
    else if (line === "END:VEVENT" && cur) {
      out.push(cur);
      cur = null;
    } else if (cur && /^UID[:;]/.test(line)) cur.uid = line.slice(line.indexOf(":") + 1);
    else if (cur && /^SUMMARY[:;]/.test(line))
      cur.summary = line.slice(line.indexOf(":") + 1).replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, "\n");
  }
  return out;
}

/**
 * The text of each page of a PDF as Chromium prints it (Skia: uncompressed object table,
 * Flate streams, Type0 fonts with Identity-H and a ToUnicode map), enough to check what a
 * printed page says. Text runs are joined without spaces; compare with `squeeze`.
 */
export function pdfPages(pdf: Buffer): string[] {
  const src = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = m.index + m[0].indexOf(body) + at + body.slice(at).match(/stream\r?\n/)![0].length;
    const length = Number(dict.match(/\/Length (\d+)/)?.[1] ?? 0);
    let raw = pdf.subarray(start, start + length);
    if (/\/FlateDecode/.test(dict)) {
      try {
        raw = inflateSync(raw);
      } catch {
        /* not ours to read */
      }
    }
    objects.set(Number(m[1]), { dict, stream: raw });
  }
  const ref = (text: string, key: string) => Number(text.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1] ?? Number.NaN);
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (fontObj: number): Map<string, string> => {
    const cached = cmaps.get(fontObj);
    if (cached) return cached;
    const map = new Map<string, string>();
    const cmap = objects.get(ref(objects.get(fontObj)?.dict ?? "", "ToUnicode"))?.stream?.toString("latin1") ?? "";
    const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => Number.parseInt(x, 16)));
    for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? [])
      for (const [, a, b] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(a!.toUpperCase(), hex(b!));
    for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? [])
      for (const [, a, b, c] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const lo = Number.parseInt(a!, 16);
        const base = Number.parseInt(c!, 16);
        for (let i = lo; i <= Number.parseInt(b!, 16); i++)
          map.set(i.toString(16).toUpperCase().padStart(a!.length, "0"), String.fromCodePoint(base + i - lo));
      }
    cmaps.set(fontObj, map);
    return map;
  };
  const fontsOf = (resources: string): Map<string, number> => {
    const out = new Map<string, number>();
    const block = resources.match(/\/Font\s*<<([\s\S]*?)>>/)?.[1] ?? "";
    for (const [, name, num] of block.matchAll(/\/(\S+?) (\d+) 0 R/g)) out.set(name!, Number(num));
    return out;
  };
  const xobjectsOf = (resources: string): Map<string, number> => {
    const out = new Map<string, number>();
    const block = resources.match(/\/XObject\s*<<([\s\S]*?)>>/)?.[1] ?? "";
    for (const [, name, num] of block.matchAll(/\/(\S+?) (\d+) 0 R/g)) out.set(name!, Number(num));
    return out;
  };
  const textOf = (content: string, resources: string, fallbackFonts: Map<string, number>, depth = 0): string => {
    const fonts = new Map([...fallbackFonts, ...fontsOf(resources)]);
    const xobjects = xobjectsOf(resources);
    let font: Map<string, string> = new Map();
    let out = "";
    const ops = /\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\(((?:\\.|[^\\)])*)\)|\/(\S+)\s+Do|\b(ET)\b/g;
    for (const m of content.matchAll(ops)) {
      if (m[1]) font = cmapOf(fonts.get(m[1]) ?? Number.NaN);
      else if (m[2] !== undefined) out += (m[2].match(/.{4}/g) ?? []).map((h) => font.get(h.toUpperCase()) ?? "").join("");
      else if (m[3] !== undefined) out += m[3];
      else if (m[4] && depth < 8) {
        const x = objects.get(xobjects.get(m[4]) ?? Number.NaN);
        if (x?.stream) out += textOf(x.stream.toString("latin1"), x.dict, fonts, depth + 1);
      } else if (m[5]) out += "\n";
    }
    return out;
  };
  const pages: string[] = [];
  const walk = (num: number) => {
    const o = objects.get(num);
    if (!o) return;
    if (/\/Type \/Pages/.test(o.dict)) {
      for (const [, kid] of (o.dict.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? "").matchAll(/(\d+) 0 R/g)) walk(Number(kid));
    } else if (/\/Type \/Page\b/.test(o.dict)) {
      const contents = (o.dict.match(/\/Contents (?:\[([^\]]*)\]|(\d+ 0 R))/)?.slice(1).join(" ") ?? "").matchAll(/(\d+) 0 R/g);
      let text = "";
      for (const [, c] of contents) text += textOf(objects.get(Number(c))?.stream?.toString("latin1") ?? "", o.dict, new Map());
      pages.push(text);
    }
  };
  const catalog = [...objects.entries()].find(([, o]) => /\/Type \/Catalog/.test(o.dict));
  if (catalog) walk(ref(catalog[1].dict, "Pages"));
  return pages;
}

/** Text without any white space, for comparing what a PDF says. */
export const squeeze = (text: string): string => text.replace(/\s+/g, "");
