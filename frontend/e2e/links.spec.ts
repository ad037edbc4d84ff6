// Every link a page, a calendar or an export hands out opens something on the port the app
// really runs on (the global setup starts it on a free port with SESSIONS_PUBLIC_URL unset).
import { expect, test } from "@playwright/test";
import { base } from "./helpers";

// Hosts the demo points at on purpose, outside the app: the meeting service of its join links
// and the publisher of the TCCM session's slides (materials, issue 15). Every other link must
// open one of our own pages.
const EXTERNAL = new Set(["meet.example.org", "tccm.example.org"]);
const SCHEMAS = new Set(["c3voc.de", "www.w3.org", "frab.github.io"]);

function linksIn(text: string): string[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, "").replace(/\\n/g, "\n").replace(/\\([,;])/g, "$1");
  return [...new Set([...unfolded.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((m) => m[0].replace(/[.,;)]+$/, "")))];
}

test("the agenda's calendar links and what they hold open on this port", async ({ page, request }) => {
  const origin = new URL(base()).origin;
  expect(new URL(origin).port).not.toBe("8000");
  await page.goto(`${base()}/e/igf-2024?track=online`);
  await expect(page.getByRole("link", { name: /Subscribe to online/ })).toBeVisible();
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const ours = hrefs
    .map((h) => h.replace(/^webcal:/, "http:"))
    .filter((h) => /^https?:/.test(h) && !EXTERNAL.has(new URL(h).hostname));
  expect(ours.length).toBeGreaterThan(3);
  const seen = new Set<string>();
  for (const href of ours) {
    expect(href.startsWith(`${origin}/`), href).toBe(true);
    seen.add(href);
  }
  // What the calendars and exports carry: the session's page, the event's page, never :8000.
  for (const path of ["/events/igf-2024.ics", "/calendar.ics", "/events/igf-2024/schedule.json", "/events/igf-2024/schedule.xml"]) {
    const body = await (await request.get(`${origin}${path}`)).text();
    for (const link of linksIn(body)) {
      const host = new URL(link).hostname;
      if (EXTERNAL.has(host) || SCHEMAS.has(host)) continue;
      expect(link.startsWith(`${origin}/`), `${path}: ${link}`).toBe(true);
      seen.add(link);
    }
  }
  const pages = [...seen].filter((l) => /^\/(e|r)\//.test(new URL(l).pathname));
  expect(pages.some((l) => /\/e\/igf-2024\/s\/[0-9a-f-]{36}$/.test(l))).toBe(true);
  for (const link of seen) {
    const response = await request.get(link);
    expect(response.status(), link).toBe(200);
  }
  // A session's page from a calendar entry opens as a page made for people.
  const sessionPage = pages.find((l) => /\/s\//.test(l))!;
  const id = sessionPage.split("/").pop()!;
  const session = await (await request.get(`${origin}/api/v1/events/igf-2024/sessions/${id}`)).json();
  await page.goto(sessionPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(session.title);
});
