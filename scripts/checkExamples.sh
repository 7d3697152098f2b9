#!/usr/bin/env bash
# Checks every example in examples/ against the packed package, as a user would install it:
# `npm pack` into a temp dir, then for each example a fresh copy, `npm install` of the tarball plus
# the example's own dependencies (zod, luxon, typescript, vitest, esbuild…) from the registry, and
# the example's one command, whose output is checked. Run after `npm run build` (.ci/run does).
#
#   bash scripts/checkExamples.sh               pack the repository
#   TTHC_PACK_DIR=dir bash scripts/checkExamples.sh   pack another checkout (e.g. a release candidate)
#   KEEP=1 bash scripts/checkExamples.sh        keep the temp dir for inspection
set -euo pipefail
shopt -s inherit_errexit # a failure inside $(…) stops the script too
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PACK_DIR="${TTHC_PACK_DIR:-$ROOT}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tthc-examples.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

if [ ! -f "$PACK_DIR/dist/index.js" ]; then
  echo "checkExamples: $PACK_DIR/dist is missing; run 'npm run build' first" >&2
  exit 1
fi

echo "== npm pack ($PACK_DIR)"
TARBALL="$WORK/$(cd "$PACK_DIR" && npm pack --silent --pack-destination "$WORK" | tail -n 1)"
echo "   $TARBALL"

# A fresh copy of examples/$1 in the temp dir (without node_modules or dist), with the tarball and
# the example's dependencies installed. --no-package-lock: the examples keep no lockfile, so npm
# resolves for this platform only; a lockfile would also list every other platform's optional
# packages (esbuild, rollup…), some of which the registry mirror used in CI lacks. The tarball
# replaces the example's "tthc": "file:../.." dependency.
prepare() {
  local name="$1"
  echo "== examples/$name"
  mkdir -p "$WORK/$name"
  (cd "$ROOT/examples/$name" && tar cf - --exclude=./node_modules --exclude=./dist .) | (cd "$WORK/$name" && tar xf -)
  (cd "$WORK/$name" && npm install --no-audit --no-fund --no-package-lock --loglevel=error "$TARBALL" > "$WORK/$name.install.log" 2>&1) || {
    cat "$WORK/$name.install.log" >&2
    exit 1
  }
}

# Fails unless the file holds the text.
expect() {
  if ! grep -F -- "$2" "$1" > /dev/null; then
    echo "checkExamples: expected '$2' in $1:" >&2
    cat "$1" >&2
    exit 1
  fi
}

# Runs `npm <args>` in an example under a time zone, output to $WORK/<name>.<tz>.out.
run() {
  local name="$1" tz="$2"
  shift 2
  local out="$WORK/$name.${tz//\//_}.out"
  (cd "$WORK/$name" && TZ="$tz" npm "$@" --silent > "$out" 2>&1) || {
    cat "$out" >&2
    echo "checkExamples: 'npm $*' failed in examples/$name (TZ=$tz)" >&2
    exit 1
  }
  echo "$out"
}

# The same output whatever the host's time zone.
same_in_every_zone() {
  local name="$1"
  shift
  local first other
  first="$(run "$name" UTC "$@")"
  for tz in Asia/Ho_Chi_Minh America/Los_Angeles; do
    other="$(run "$name" "$tz" "$@")"
    if ! cmp -s "$first" "$other"; then
      echo "checkExamples: examples/$name prints something else under TZ=$tz" >&2
      exit 1
    fi
  done
  echo "$first"
}

prepare node-esm
out="$(same_in_every_zone node-esm start)"
expect "$out" "Hẹn trả / due: 2026-02-25 17:00"
expect "$out" "2026-02-17  Tết Nguyên đán Bính Ngọ"

prepare node-cjs
out="$(same_in_every_zone node-cjs start)"
expect "$out" "Hẹn trả / due: 2026-02-25 17:00"
expect "$out" "addWorkingDays(13/2, 1) = Mon Feb 23 2026"
expect "$out" "isWorkingDay(17/2/2026) = false"
expect "$out" "INVALID_PROCEDURE_CODE"

prepare typescript
out="$(same_in_every_zone typescript start)"
expect "$out" '"dueAt":"2026-02-25T17:00:00+07:00"'
expect "$out" '"nextDateTime":"2026-02-23T00:00:00.000+07:00"'
expect "$out" '"cjsDueAt":"2026-02-25T17:00:00+07:00","tet":false'
expect "$out" '"nextDate":"Mon Feb 23 2026"'

# The supported TypeScript versions: the oldest (5.4, the first with the NoInfer type zod's
# declarations use; 5.0-5.3 fail inside zod with skipLibCheck off) and the current one (above)
# type-check the same strict consumer under node16 and bundler resolution.
for version in 5.4.5; do
  echo "== examples/typescript with TypeScript $version"
  npm install --prefix "$WORK/typescript-$version" --no-audit --no-fund --no-package-lock --loglevel=error \
    "typescript@$version" > "$WORK/typescript-$version.install.log" 2>&1 || {
    cat "$WORK/typescript-$version.install.log" >&2
    exit 1
  }
  for config in tsconfig.node16.json tsconfig.bundler.json; do
    (cd "$WORK/typescript" && node "$WORK/typescript-$version/node_modules/typescript/bin/tsc" -p "$config" --noEmit) || {
      echo "checkExamples: examples/typescript does not type-check with TypeScript $version ($config)" >&2
      exit 1
    }
  done
done

# A strict TypeScript vitest suite on tthc/testing: tsc type-checks the matcher augmentation, then
# 8 rule tests and the 32 rows of scenarios.csv run.
prepare business-rules-test
for tz in UTC Asia/Ho_Chi_Minh America/Los_Angeles; do
  out="$(run business-rules-test "$tz" test)"
  expect "$out" "40 passed"
done

prepare browser
run browser UTC run typecheck > /dev/null
run browser UTC run build > /dev/null
for file in index.html app.js style.css; do
  [ -s "$WORK/browser/dist/$file" ] || { echo "checkExamples: examples/browser/dist/$file was not built" >&2; exit 1; }
done
expect "$WORK/browser/dist/app.js" "Tết Nguyên đán"
if grep -E '"node:|require\("' "$WORK/browser/dist/app.js" > /dev/null; then
  echo "checkExamples: the browser bundle pulls in Node modules" >&2
  exit 1
fi
echo "   app.js $(wc -c < "$WORK/browser/dist/app.js") bytes"

echo "checkExamples: all examples pass against $(basename "$TARBALL")"
