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
dotnet pack "$project" -c Release -o "$out" -v q -nologo >/dev/null
dotnet pack "$project" -c Release -r linux-x64 -o "$out" -v q -nologo >/dev/null
dotnet pack "$project" -c Release -r any -p:PublishAot=false -o "$out" -v q -nologo >/dev/null
ls -1 "$out"/MaterialsGen*.nupkg
