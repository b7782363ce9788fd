#!/usr/bin/env bash
# The dotnet tool as a user gets it: packs it (tests/tool/pack.sh), installs it from that local folder
# with `dotnet tool install --tool-path` (the RID-specific Native AOT package on linux-x64), starts a
# project with `materialsgen init` in an empty folder, builds it with the installed tool, and checks the
# outputs, the Vietnamese interface of the installed binary, and the project's editor schemas with
# yaml-language-server (tests/editor/check-schemas.mjs; npm installs it into a temporary folder).
#
# usage: tests/tool/install-check.sh        (CI runs it from .ci/run)
set -euo pipefail
trap 'echo "install-check: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/materialsgen-tool.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$repo/tests/tool/pack.sh" "$work/nupkg" >/dev/null
# Only the local folder: the packages just made, whatever a public feed may hold under the same name.
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/nupkg" />
  </packageSources>
</configuration>
XML
# Every pack has the same version, so NuGet's global package folder would hand back an earlier run's
# package: install through a folder of its own.
NUGET_PACKAGES="$work/packages" dotnet tool install MaterialsGen --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null
materialsgen="$work/tools/materialsgen"
version=$("$materialsgen" --version)

# The linux-x64 package is the native binary, not a framework-dependent dll run by dotnet.
native=$(find "$work/tools/.store" -type f -name materialsgen -perm -u+x | head -n 1)
if [[ -z $native ]] || ! head -c 4 "$native" | grep -q $'\x7fELF' || find "$work/tools/.store" -name 'materialsgen.dll' | grep -q .; then
  echo "install-check: the installed tool is not the Native AOT linux-x64 package" >&2
  exit 1
fi

cd "$work"
"$materialsgen" init chi-bo >/dev/null
(cd chi-bo && "$materialsgen" build --quiet)
for file in infographic-4-tich-cuc-portrait.png infographic-4-tich-cuc-square.png trinh-chieu-4-tich-cuc.jpg; do
  if [[ ! -s chi-bo/output/$file ]]; then
    echo "install-check: the installed tool did not build output/$file" >&2
    exit 1
  fi
done
if ! LANG=vi_VN.UTF-8 "$materialsgen" build --help | grep -q '^Cách dùng: materialsgen build'; then
  echo "install-check: the installed tool does not speak Vietnamese with LANG=vi_VN.UTF-8" >&2
  exit 1
fi

# The editor schemas of the new project, checked with yaml-language-server as a client.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get install -y -qq nodejs npm >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
fi
if command -v node >/dev/null && command -v npm >/dev/null; then
  npm install --silent --no-audit --no-fund --prefix "$work/yls" yaml-language-server@2.0.0 >/dev/null
  node "$repo/tests/editor/check-schemas.mjs" "$work/yls/node_modules/yaml-language-server/bin/yaml-language-server" "$work/chi-bo"
else
  echo "install-check: node and npm are needed for the editor check" >&2
  exit 1
fi
echo "install-check: materialsgen $version installed from a local folder (Native AOT), built a new init project"
