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
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
