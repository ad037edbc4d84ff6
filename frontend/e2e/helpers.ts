import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
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
