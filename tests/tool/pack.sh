#!/usr/bin/env bash
# Makes the dotnet tool packages into nupkg/ (or $1): the top-level package MaterialsGen, which points at
# the platform packages; MaterialsGen.linux-x64, Native AOT (links with clang, installed when missing);
# and MaterialsGen.any, framework-dependent, for every other platform with the .NET 10 runtime.
#
# usage: tests/tool/pack.sh [OUT]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$(realpath -m "${1:-$repo/nupkg}")
if ! command -v clang >/dev/null; then
  apt-get install -y -qq clang lld >/dev/null || { apt-get update -qq && apt-get install -y -qq clang lld >/dev/null; }
fi
project="$repo/src/MaterialsGen.Cli"
# dotnet prints build errors on stdout: keep it, and show its end when a pack fails.
pack() {
  local log
  log=$(mktemp)
  if ! dotnet pack "$project" -c Release -o "$out" -v q -nologo "$@" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -f "$log"
    echo "pack.sh: dotnet pack $* failed" >&2
    exit 1
  fi
  rm -f "$log"
}
pack
pack -r linux-x64
pack -r any -p:PublishAot=false
ls -1 "$out"/MaterialsGen*.nupkg
