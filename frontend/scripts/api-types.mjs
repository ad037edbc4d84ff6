// Regenerates src/api/schema.d.ts from the app's own OpenAPI document (no server needed).
// With --check, fails when the committed file is stale (CI runs this).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const target = resolve(here, "../src/api/schema.d.ts");
const venvPython = resolve(root, ".venv/bin/python");
const python = process.env.SESSIONS_PYTHON ?? (existsSync(venvPython) ? venvPython : "python3");

const exportSchema =
  "import json, sys; from sessions.http.app import create_app; " +
  "json.dump(create_app().openapi_schema.to_schema(), sys.stdout, sort_keys=True)";
const schema = JSON.parse(execFileSync(python, ["-c", exportSchema], { cwd: root, encoding: "utf8" }));
const banner =
  "// Generated from /schema/openapi.json by `npm run api-types`. Do not edit by hand.\n";
const generated = banner + astToString(await openapiTS(schema, { alphabetize: true }));

if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== generated) {
    console.error(
      "src/api/schema.d.ts is stale: the API changed. Run `npm run api-types` in frontend/ and commit it.",
    );
    process.exit(1);
  }
  console.log("API types are up to date.");
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
