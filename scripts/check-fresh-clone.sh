#!/usr/bin/env bash
# Runs the README's test command the way a newcomer does: in a fresh clone, with an empty npm
# cache and an empty pnpm store, while a background load keeps every CPU busy. Prints the wall
# time of each stage (install, system packages, lint/generate/build, each package's tests, total).
#
#   scripts/check-fresh-clone.sh [ref]     ref: a branch, tag or commit (default: main)
#
# The clone gets a link to ../shared beside it, as CI has. KEEP=1 keeps the temporary folder
# after a passing run (a failing run always keeps it, for a look at what went wrong).
set -euo pipefail

ref=${1:-main}
src=$(cd "$(dirname "$0")/.." && pwd)
sha=$(git -C "$src" rev-parse --verify "${ref}^{commit}")
work=$(mktemp -d "${TMPDIR:-/tmp}/litmos-kit-fresh-XXXXXX")
clone="$work/litmos-kit"
log="$work/run.log"
load_pids=()

stop_load() {
  if ((${#load_pids[@]})); then
    kill "${load_pids[@]}" 2>/dev/null || true
    wait "${load_pids[@]}" 2>/dev/null || true
    load_pids=()
  fi
}
on_exit() {
  local status=$?
  stop_load
  if ((status == 0)) && [[ ${KEEP:-0} != 1 ]]; then
    rm -rf "$work"
  else
    echo "kept $work (clone, caches and run.log); remove it with: rm -rf $work"
  fi
  exit "$status"
}
trap on_exit EXIT
trap 'echo "interrupted"; exit 130' INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# The README's test command: the second shell block, as .ci/run and a newcomer run it.
readme_command=$(awk '/^```/{f=!f; next} f && NF {print; n++} n>=2{exit}' "$src/README.md" | sed -n 2p)
[[ -n $readme_command ]] || { echo "no test command found in $src/README.md (its second code block)"; exit 1; }

started=$(now)
echo "source:  $src @ $ref ($sha)"
echo "work:    $work"
echo "machine: $(nproc) CPUs; load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "busiest other processes:"
ps -eo pcpu,etime,args --sort=-pcpu | sed -n '2,6p' | cut -c1-150 | sed 's/^/  /'

git clone -q --no-checkout "$src" "$clone"
git -C "$clone" checkout -q --detach "$sha"
# shared/ beside the clone, as in CI: the source's ../shared, or its main worktree's.
common=$(cd "$src" && cd "$(git rev-parse --git-common-dir)" && pwd)
for candidate in "$src/../shared" "$(dirname "$common")/../shared"; do
  if [[ -d $candidate ]]; then
    ln -s "$(cd "$candidate" && pwd)" "$work/shared"
    echo "shared:  $work/shared -> $(cd "$candidate" && pwd)"
    break
  fi
done
[[ -e $work/shared ]] || echo "shared:  none found beside $src (tests that need ../shared will say so)"

# Cold caches: npm's (which also holds npx's copy of pnpm), and pnpm's store and metadata cache,
# which live under the XDG data and cache folders (npm would warn about npm_config_store_dir).
mkdir -p "$work/npm-cache" "$work/xdg-data" "$work/xdg-cache"
unset PNPM_HOME
export npm_config_cache="$work/npm-cache" XDG_DATA_HOME="$work/xdg-data" XDG_CACHE_HOME="$work/xdg-cache"

# A busy loop per CPU for the whole run, like other work on a newcomer's machine.
for _ in $(seq "$(nproc)"); do
  (while :; do :; done) &
  load_pids+=("$!")
done
echo "load:    ${#load_pids[@]} busy loops (pids ${load_pids[*]})"
echo "command: $readme_command"

# Each part of the README command, timed on its own; together they are the command exactly.
IFS='|' read -r -a parts <<<"${readme_command// && /|}"
stage_lines=()
status=0
cd "$clone"
for part in "${parts[@]}"; do
  echo
  echo "▶ $part"
  part_started=$(now)
  set +e
  bash -c "$part" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  set -e
  if ((status == 0)); then
    stage_lines+=("$(printf '  %-60s %9s' "$part" "$(elapsed "$part_started")")")
  else
    stage_lines+=("$(printf '  %-60s %9s  (failed, exit %s)' "$part" "$(elapsed "$part_started")" "$status")")
    break
  fi
done
stop_load

echo
echo "== fresh clone of $ref ($sha) under load: $( ((status == 0)) && echo PASSED || echo FAILED) =="
printf '%s\n' "${stage_lines[@]}"
timings="$clone/test-results/test-all-timings.json"
if [[ -f $timings ]]; then
  echo "inside test:all:"
  node -e '
    const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(9);
    for (const stage of t.stages) {
      console.log(`  ${stage.title.padEnd(60)} ${s(stage.ms)}${stage.ok ? "" : "  (failed)"}`);
      if (stage.title === "tests") for (const [task, { ms, cached }] of Object.entries(t.tasks[stage.title] ?? {})) console.log(`    ${task.padEnd(58)} ${s(ms)}${cached ? "  (cached)" : ""}`);
    }' "$timings"
fi
printf '  %-60s %9s\n' "total (clone to end)" "$(elapsed "$started")"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
