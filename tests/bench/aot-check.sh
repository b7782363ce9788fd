#!/usr/bin/env bash
# Checks that the Native AOT build (what tests/bench/batch.sh measures and the README recommends for
# batches) still works: it publishes the CLI ahead of time, builds the sample project with it and with
# the ordinary JIT build, and requires every output to be byte-identical. Reflection that trimming
# removed would show up here as a failed build or a different file.
#
# usage: tests/bench/aot-check.sh        (installs clang with apt-get when it is missing)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/materialsgen-aot.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! command -v clang >/dev/null; then
  apt-get install -y -qq clang lld >/dev/null || { apt-get update -qq && apt-get install -y -qq clang lld >/dev/null; }
fi

dotnet publish "$repo/src/MaterialsGen.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v q -nologo >/dev/null
dotnet build "$repo/src/MaterialsGen.Cli" -c Release -o "$work/jit" -v q -nologo >/dev/null

for kind in aot jit; do
  mkdir -p "$work/$kind-project"
  cp -r "$repo/data" "$repo/templates" "$repo/fonts" "$repo/materials.yaml" "$work/$kind-project/"
done
"$work/aot/materialsgen" build --project "$work/aot-project" --quiet
dotnet "$work/jit/materialsgen.dll" build --project "$work/jit-project" --quiet

status=0
count=0
for file in "$work/jit-project/output/"*.*; do
  name=$(basename "$file")
  count=$((count + 1))
  if ! cmp -s "$file" "$work/aot-project/output/$name"; then
    echo "aot-check: output/$name differs between the AOT and the JIT build" >&2
    status=1
  fi
done
if [[ $count -eq 0 ]]; then
  echo "aot-check: the JIT build wrote no outputs" >&2
  exit 1
fi
[[ $status -eq 0 ]] && echo "aot-check: $count outputs byte-identical between the AOT and the JIT build"
exit $status
