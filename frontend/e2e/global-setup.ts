// Starts the real app on SQLite, on a free port, with the demo loaded; tears it down after.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

function sessionsBin(): string {
  if (process.env.SESSIONS_BIN) return process.env.SESSIONS_BIN;
  const venv = join(root, ".venv/bin/sessions");
  return existsSync(venv) ? venv : "sessions";
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? ok(addr.port) : fail(new Error("no port"))));
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.E2E_BASE_URL && process.env.E2E_TOKEN_DEMO) return async () => {};
  const bin = sessionsBin();
  const data = mkdtempSync(join(tmpdir(), "sessions-e2e-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    SESSIONS_DATA_DIR: data,
    SESSIONS_READ_CACHE_TTL: "0",
    // Every browser of the suite registers from 127.0.0.1, which the limit of 20 an hour per
    // address would soon refuse; the limit itself is tested in tests/people/test_rate_limits.py.
    SESSIONS_REGISTER_RATE: "1000/3600",
  };
  // No SESSIONS_PUBLIC_URL: on a free port, every link must follow the origin the browser used.
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  delete (env as Record<string, string | undefined>).SESSIONS_PUBLIC_URL;
  execFileSync(bin, ["demo"], { env, stdio: "ignore" });
  const token = (email: string) =>
    execFileSync(bin, ["create-organiser", email], { env, encoding: "utf8" }).trim().split("\n").pop()!;
  process.env.E2E_TOKEN_DEMO = token("organiser@demo.sessions.invalid");
  process.env.E2E_TOKEN_NEW = token("e2e-organiser@example.org");
  const server: ChildProcess = spawn(bin, ["serve", "--host", "127.0.0.1", "--port", String(port)], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  server.stderr?.on("data", (b) => (log = (log + b).slice(-4000)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/health`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline || server.exitCode != null) throw new Error(`the app did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  process.env.E2E_BASE_URL = base;
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    rmSync(data, { recursive: true, force: true });
  };
}
