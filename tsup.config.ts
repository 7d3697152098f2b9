import { defineConfig } from "tsup";
import { ENTRY_POINTS } from "./scripts/entryPoints.js";

export default defineConfig([
  {
    entry: Object.fromEntries(ENTRY_POINTS.map((e) => [e.build, e.source])),
    format: ["esm", "cjs"],
    target: "es2022",
    splitting: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    // Vietnamese text as UTF-8, not \uXXXX escapes (about a third smaller once gzipped).
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  },
  {
    // The report's worker thread is a file of its own, loaded by URL beside the CLI's chunks.
    entry: { cli: "src/cli/bin.ts", "report-worker": "src/cli/_reportWorker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
