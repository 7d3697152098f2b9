/**
 * Adds to package-lock.json the platform-specific optional packages (other OSes and CPUs) that
 * npm left out because the registry mirror it used does not serve them. npm 11's `npm ci` refuses
 * a lockfile without them ("Missing: …@ from lock file", npm/cli#9342), on any machine. The entries
 * carry name, version, os, cpu and libc (no integrity: npm fetches and records it where they apply).
 * Run after `npm install` changes the lockfile: `node scripts/completeLockfile.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
const OSES = ["aix", "android", "darwin", "freebsd", "linux", "netbsd", "openbsd", "openharmony", "sunos", "win32"];
const CPUS = ["arm64", "arm", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

/** os, cpu and libc read from a platform package name such as `@rollup/rollup-linux-arm64-musl`. */
function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.find((t) => OSES.includes(t));
  const cpu = tokens.find((t) => CPUS.includes(t));
  if (os === undefined || cpu === undefined) return undefined;
  const rest = tokens.join("-");
  const libc = os !== "linux" ? undefined : /musl/.test(rest) ? "musl" : "glibc";
  return { os, cpu, libc };
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies;
  if (optional === undefined) continue;
  const dir = key === "" ? "" : `${key}/`;
  for (const [name, spec] of Object.entries(optional)) {
    if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(spec)) continue; // only exact platform pins
    const nested = `${dir}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] !== undefined || packages[hoisted] !== undefined) continue;
    const platform = platformOf(name);
    if (platform === undefined) continue;
    // Put it where its present siblings live (hoisted unless the parent is nested).
    const siblingKey = Object.keys(optional)
      .flatMap((n) => [`${dir}node_modules/${n}`, `node_modules/${n}`])
      .find((k) => packages[k] !== undefined);
    const target =
      siblingKey?.startsWith(dir) && dir !== "" && !siblingKey.startsWith("node_modules/@") ? nested : hoisted;
    packages[target] = {
      version: spec,
      cpu: [platform.cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      ...(entry.license ? { license: entry.license } : {}),
      optional: true,
      os: [platform.os],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`added ${added} platform entries\n`);
