#!/usr/bin/env bash
# Save → updated image in the browser for `materialsgen preview`: the issue's targets are ≤ 300 ms
# median for an infographic and ≤ 500 ms for the 3-page Party handout.
#
# usage: tests/bench/preview.sh [RUNS]     (default 20 measured saves per output, after 3 warm-up saves)
#
# Builds the CLI and the benchmarks in Release, copies the sample project to a temporary folder, starts
# `materialsgen preview --port 0` on it, and runs the benchmarks' preview-latency driver: Debian's
# Chromium (/usr/bin/chromium, installed if missing) shows the output through Playwright, each save edits
# a content file the output reads, and the time runs from just before the write to the moment every page
# image of the new version has loaded in the page. Prints median, p90, min and max per output.
set -euo pipefail
runs=${1:-20}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/materialsgen-preview-bench.XXXXXX")
server=
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -x /usr/bin/chromium ]]; then
  apt-get install -y -qq chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
fi

dotnet build "$repo/src/MaterialsGen.Cli" -c Release -o "$work/cli" -v q -nologo >/dev/null
dotnet build "$repo/tests/MaterialsGen.Benchmarks" -c Release -o "$work/bench" -v q -nologo >/dev/null
mkdir -p "$work/project"
cp -r "$repo/data" "$repo/templates" "$repo/fonts" "$repo/materials.yaml" "$work/project/"

dotnet "$work/cli/materialsgen.dll" preview --project "$work/project" --port 0 >"$work/server.log" 2>&1 &
server=$!
url=
for _ in $(seq 1 600); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/server.log" || true)
  [[ -n $url ]] && break
  sleep 0.1
done
if [[ -z $url ]]; then
  echo "preview.sh: the preview did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi

echo "preview at $url; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
dotnet "$work/bench/MaterialsGen.Benchmarks.dll" preview-latency "$url" "$work/project" "$runs"
