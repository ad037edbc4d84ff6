import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { root, shot, useToken } from "./helpers";

// Its own app, with mail on: an SMTP server that is down when the invite is due shows in the
// organiser's outbox panel with its error; once the server is up, "Retry failed" sends it.
const bin = process.env.SESSIONS_BIN ?? join(root, ".venv/bin/sessions");
const venvPython = join(root, ".venv/bin/python");
const python = process.env.SESSIONS_PYTHON ?? (existsSync(venvPython) ? venvPython : "python3");

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? ok(addr.port) : fail(new Error("no port"))));
    });
  });
}

async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 250));
  }
}

let app: ChildProcess | undefined;
let smtp: ChildProcess | undefined;
let data = "";
let base = "";
let token = "";
let smtpPort = 0;

test.beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), "sessions-outbox-e2e-"));
  smtpPort = await freePort();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, SESSIONS_DATA_DIR: data, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  execFileSync(bin, ["demo"], { env, stdio: "ignore" });
  token = execFileSync(bin, ["create-organiser", "organiser@demo.sessions.invalid"], { env, encoding: "utf8" })
    .trim()
    .split("\n")
    .pop()!;
  app = spawn(bin, ["serve", "--port", String(port)], { env, stdio: "ignore" });
  await until(async () => (await fetch(`${base}/health`).catch(() => null))?.ok ?? false);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  smtp?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  rmSync(data, { recursive: true, force: true });
});

test("a failed invite shows in the outbox with its error; Retry sends it once SMTP is back", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const outbox = async () => {
    const r = await fetch(`${base}/api/v1/events/igf-2024/outbox`, { headers: { authorization: `Bearer ${token}` } });
    return (await r.json()).channels[0];
  };
  const registered = await fetch(`${base}/api/v1/events/igf-2024/registrations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Ana Example", email: "ana@example.org", track: "online", timezone: "Australia/Sydney" }),
  });
  expect(registered.status).toBe(201);
  // The app's sender sweeps every 5 s; with nothing listening, the attempt fails.
  await until(async () => !!(await outbox()).last_error);
  const waiting = (await outbox()).pending; // the demo's attendees have invites too
  expect(waiting).toBeGreaterThan(0);

  await useToken(page, token);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${base}/organise/igf-2024`);
  const panel = page.getByRole("region", { name: "Outbox" });
  await expect(panel).toBeVisible();
  const count = (name: string) => panel.getByText(name, { exact: true }).locator("..").getByRole("definition");
  await expect(count("Pending")).toHaveText(String(waiting));
  await expect(count("Sent")).toHaveText("0");
  await expect(panel).toContainText("Connection refused");
  await panel.scrollIntoViewIfNeeded();
  await shot(page, "outbox-failed-1366");
  // The panel itself (the timeline's own findings belong to its spec).
  const axe = await new AxeBuilder({ page }).include(".outbox").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help}`)).toEqual([]);

  // The times it shows are the reader's, with the offset at that instant.
  for (const [timezoneId, locale, width, height] of [
    ["America/New_York", "en-US", 1366, 900],
    ["Australia/Sydney", "en-AU", 390, 844],
    ["Asia/Riyadh", "ar-SA", 390, 844],
  ] as const) {
    const context = await browser.newContext({ timezoneId, locale, viewport: { width, height } });
    const other = await context.newPage();
    await useToken(other, token);
    await other.goto(`${base}/organise/igf-2024`);
    const shown = other.getByRole("region", { name: "Outbox" });
    await expect(shown).toContainText("Connection refused");
    if (timezoneId === "America/New_York") await expect(shown).toContainText(/EST/);
    await shown.scrollIntoViewIfNeeded();
    await shot(other, `outbox-failed-${timezoneId.replace("/", "-")}-${width}`);
    await context.close();
  }

  smtp = spawn(python, ["-m", "aiosmtpd", "-n", "-l", `127.0.0.1:${smtpPort}`], { stdio: "ignore" });
  await until(
    () =>
      new Promise((ok) => {
        const s = connect(smtpPort, "127.0.0.1", () => (s.end(), ok(true)));
        s.on("error", () => ok(false));
      }),
  );
  await panel.getByRole("button", { name: "Retry failed" }).click();
  await expect(panel.getByRole("status")).toHaveText(`${waiting} messages will be sent again now.`);
  await until(async () => (await outbox()).sent === waiting);
  await panel.getByRole("button", { name: "Refresh" }).click();
  await expect(count("Sent")).toHaveText(String(waiting));
  await expect(count("Pending")).toHaveText("0");
  await expect(panel).not.toContainText("Connection refused");
  await expect(panel.getByRole("button", { name: "Retry failed" })).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  await shot(page, "outbox-sent-390");
});
