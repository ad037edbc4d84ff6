/// <reference types="vitest/config" />
import { resolve } from "node:path";
import { defineConfig } from "vite";

// Built assets are served by the Python app on the same origin (src/sessions/http/controllers/web.py).
const backend = process.env.SESSIONS_DEV_BACKEND ?? "http://127.0.0.1:8000";

export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: resolve(import.meta.dirname, "../src/sessions/http/static"),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: true,
  },
  server: {
    proxy: Object.fromEntries(
      ["/api", "/events", "/feeds", "/calendar.ics", "/schema"].map((p) => [p, backend]),
    ),
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
