#!/usr/bin/env bash
# Fuzzes one reader of untrusted input with afl-fuzz through SharpFuzz, for as long as asked.
#
# usage: tests/fuzz/afl.sh TARGET [MINUTES]
#   TARGET   yaml (content, records, manifest), csv (records), markup (parse, bind, layout), svg (policy,
#            Svg.Skia, PDF vector form): the targets of tests/MaterialsGen.Fuzz/FuzzTargets.cs
#   MINUTES  how long afl-fuzz runs (default 10)
#
# It installs afl++ (Debian package `afl++`) and the SharpFuzz instrumenter (dotnet tool
# SharpFuzz.CommandLine) when missing, publishes tests/MaterialsGen.Fuzz in Release, instruments
# MaterialsGen.Core and the parsers it uses (YamlDotNet, Svg.*, ExCSS), then runs afl-fuzz seeded with
# tests/MaterialsGen.Fuzz/corpus/TARGET. Findings go to $FUZZ_WORK/findings/TARGET (default
# /tmp/materialsgen-fuzz); each crash and hang is replayed at the end with its diagnostics or stack.
# Keep every crash: copy it to the corpus as crash-WHAT.EXT, fix the bug, and write the diagnostics it
# now gives to crash-WHAT.expected.txt (the test suite's FuzzCorpusTests then checks it on every run).
# SKIP_BUILD=1 reuses the instrumented build of an earlier run.
set -euo pipefail

targets="yaml csv markup svg"
if [[ $# -lt 1 || " $targets " != *" $1 "* ]]; then
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
target=$1
minutes=${2:-10}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${FUZZ_WORK:-${TMPDIR:-/tmp}/materialsgen-fuzz}
bin="$work/bin"
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null; then
  apt-get install -y -qq afl++ >/dev/null || { apt-get update -qq && apt-get install -y -qq afl++ >/dev/null; }
fi
sharpfuzz="$work/tools/sharpfuzz"
if [[ ! -x $sharpfuzz ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

if [[ ${SKIP_BUILD:-0} != 1 || ! -f $bin/.instrumented ]]; then
  rm -rf "$bin"
  dotnet publish "$repo/tests/MaterialsGen.Fuzz" -c Release -o "$bin" -v q -nologo >/dev/null
  for dll in MaterialsGen.Core.dll YamlDotNet.dll Svg.Custom.dll Svg.Model.dll Svg.Skia.dll ExCSS.dll ShimSkiaSharp.dll; do
    "$sharpfuzz" "$bin/$dll" >/dev/null
  done
  touch "$bin/.instrumented"
fi

# The corpus without the expected diagnostics kept beside crashes.
seeds="$work/seeds/$target"
rm -rf "$seeds" && mkdir -p "$seeds"
find "$repo/tests/MaterialsGen.Fuzz/corpus/$target" -type f ! -name '*.expected.txt' -exec cp {} "$seeds/" \;

findings="$work/findings/$target"
rm -rf "$findings" && mkdir -p "$work/findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export MATERIALSGEN_PROJECT="$repo"
# 10 s per input before afl-fuzz calls it a hang; no memory limit (the runtime reserves far more than it uses).
afl-fuzz -i "$seeds" -o "$findings" -t 10000 -m none -V $((minutes * 60)) -- "$(command -v dotnet)" "$bin/MaterialsGen.Fuzz.dll" "$target" > "$work/afl-$target.log" 2>&1 || true

stats="$findings/default/fuzzer_stats"
if [[ -f $stats ]]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"
else
  echo "afl-fuzz did not start; see $work/afl-$target.log" >&2
  tail -n 20 "$work/afl-$target.log" >&2
  exit 1
fi
status=0
for kind in crashes hangs; do
  for file in "$findings"/default/$kind/id:*; do
    [[ -e $file ]] || continue
    status=1
    echo "== $kind: $file"
    replayed=0
    timeout 60 dotnet "$bin/MaterialsGen.Fuzz.dll" "$target" "$file" >"$work/replay.txt" 2>&1 || replayed=$?
    head -n 20 "$work/replay.txt"
    [[ $replayed -eq 124 ]] && echo "(still running after 60 s: a hang)"
    [[ $replayed -ne 0 && $replayed -ne 124 ]] && echo "(exit $replayed)"
  done
done
exit $status
