// Bundles the page into dist/ with esbuild: dist/index.html, dist/app.js, dist/style.css.
// `node build.mjs` (npm run build); scripts/browserTest.mjs calls buildPage() with its own resolver.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Builds the page.
 * @param {{ outdir?: string, plugins?: import("esbuild").Plugin[] }} [options]
 * @returns {Promise<string>} the output directory
 */
export async function buildPage({ outdir = join(here, "dist"), plugins = [] } = {}) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(here, "src", "main.ts")],
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    minify: true,
    sourcemap: true,
    charset: "utf8",
    outfile: join(outdir, "app.js"),
    plugins,
    logLevel: "warning",
    // tsup's shared chunks are bare imports in a `"sideEffects": false` package: dropping them is right.
    logOverride: { "ignored-bare-import": "silent" },
  });
  for (const file of ["index.html", "style.css"]) copyFileSync(join(here, file), join(outdir, file));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = await buildPage();
  console.log(`built ${outdir}`);
}
