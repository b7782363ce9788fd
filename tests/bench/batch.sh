#!/usr/bin/env bash
# Times a mail-merge batch of N personalised A4 handouts as a whole `materialsgen build` process.
#
# usage: tests/bench/batch.sh N [RUNS]
#   N     number of branch records to generate (ids cb-0001 …), one PDF handout each
#   RUNS  runs per case, medians reported (default 3)
#
# It publishes the CLI in Release as Native AOT, or ReadyToRun with PUBLISH=r2r, or with PUBLISH=tool packs
# the dotnet tool (tests/tool/pack.sh) and installs it with `dotnet tool install --tool-path` as a user would
# (skip with SKIP_BUILD=1; PUBLISH_DIR to choose where), copies data/, templates/ and fonts/ into a
# temporary project, writes data/branches-N.csv and a materials.yaml with one mail-merge entry, then
# times with GNU /usr/bin/time -v (Debian package `time`, installed if missing):
#   cold  output/ emptied first (the OS file cache is warm: only the process starts cold)
#   again a second build right after a cold one, outputs present: a no-op incremental build
#   one   one record's secretary edited, then a build (rebuilds that record's handout only)
# Extra arguments for the build go in BUILD_ARGS, e.g. BUILD_ARGS="--jobs 1".
# Prints a table: wall time and max RSS medians, ms per handout, KB per handout.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ || $1 -lt 1 ]]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
n=$1
runs=${2:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The built binary is a Native AOT publish (PUBLISH=aot, the default): machine code from the start,
# no runtime to load and no JIT. PUBLISH=r2r measures a ReadyToRun publish run by `dotnet` instead;
# PUBLISH=tool the installed dotnet tool (on linux-x64 its RID-specific Native AOT package).
mode=${PUBLISH:-aot}
publish=${PUBLISH_DIR:-${TMPDIR:-/tmp}/materialsgen-$mode}
install() {
  apt-get install -y -qq "$@" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}

if [[ ! -x /usr/bin/time ]]; then
  install time
fi
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  if [[ $mode == aot ]]; then
    # Native AOT links with clang.
    command -v clang >/dev/null || install clang lld
    dotnet publish "$repo/src/MaterialsGen.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$publish" -v q -nologo >/dev/null
  elif [[ $mode == tool ]]; then
    rm -rf "$publish" && mkdir -p "$publish"
    "$repo/tests/tool/pack.sh" "$publish/nupkg" >/dev/null
    printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$publish/nupkg" >"$publish/nuget.config"
    # Its own package folder: every pack has the same version, and the global one may hold an older build.
    NUGET_PACKAGES="$publish/packages" dotnet tool install MaterialsGen --tool-path "$publish/tools" --configfile "$publish/nuget.config" >/dev/null
  else
    dotnet publish "$repo/src/MaterialsGen.Cli" -c Release -r linux-x64 --self-contained false -p:PublishAot=false \
      -p:PublishReadyToRun=true -o "$publish" -v q -nologo >/dev/null
  fi
fi
if [[ $mode == aot ]]; then
  materialsgen=("$publish/materialsgen")
elif [[ $mode == tool ]]; then
  materialsgen=("$publish/tools/materialsgen")
else
  materialsgen=(dotnet "$publish/materialsgen.dll")
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/materialsgen-batch.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp -r "$repo/data" "$repo/templates" "$repo/fonts" "$tmp/"

# Vietnamese branch names with every kind of mark, spread over a few wards and towns.
csv=data/branches-$n.csv
awk -v n="$n" 'BEGIN {
  split("Tiến Thành|Tân Thành|Long Phước|Minh Hưng|An Lộc|Phú Đức|Hưng Long|Đồng Tâm|Thuận Lợi|Lộc Ninh", ward, "|")
  split("Đồng Xoài|Phước Long|Chơn Thành|Bình Long|Bù Đăng|Hớn Quản", town, "|")
  split("Nguyễn Văn An|Trần Thị Bích|Lê Văn Cường|Phạm Thị Dung|Hoàng Văn Đức|Vũ Thị Hằng", person, "|")
  print "id,branch,parent,place,meeting_date,secretary"
  for (i = 1; i <= n; i++) {
    kind = (i % 2) ? "khu phố" : "ấp"
    unit = (i % 2) ? "phường" : "xã"
    printf "cb-%04d,Chi bộ %s %d,Đảng bộ %s %s,%s,2024-01-%02d,%s\n", i, kind, (i % 12) + 1, unit, ward[(i % 10) + 1], town[(i % 6) + 1], (i % 28) + 1, person[(i % 6) + 1]
  }
}' > "$tmp/$csv"

cat > "$tmp/materials.yaml" <<YAML
date: 2023-12-14
outputs:
  - name: "handout-{{ record.id }}"
    template: handout-chi-bo
    data: [data/bai-viet.yaml, data/giai-phap.yaml, data/4-tich-cuc.yaml, data/9-khong.yaml]
    records: $csv
    formats: [pdf]
YAML

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One timed build; appends "wall_seconds max_rss_kib" to the file named by $1.
timed_build() {
  local out=$tmp/time.txt
  # shellcheck disable=SC2086 # BUILD_ARGS is split on purpose
  if ! /usr/bin/time -v -o "$out" "${materialsgen[@]}" build --project "$tmp" ${BUILD_ARGS:-} >"$tmp/build.log" 2>&1; then
    tail -n 20 "$tmp/build.log" >&2
    echo "batch.sh: the build failed" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { k = split($2, p, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    END { print wall, rss }' "$out" >>"$1"
}

: >"$tmp/cold" && : >"$tmp/again" && : >"$tmp/one"
for ((r = 1; r <= runs; r++)); do
  rm -rf "$tmp/output"
  timed_build "$tmp/cold"
  cp "$tmp/build.log" "$tmp/cold.log"
  timed_build "$tmp/again"
  sed -i "2s/,[^,]*\$/,Người Sửa $r/" "$tmp/$csv"
  timed_build "$tmp/one"
done

built=$(find "$tmp/output" -name 'handout-cb-*.pdf' | wc -l)
if [[ $built -ne $n ]]; then
  echo "batch.sh: expected $n handouts, found $built" >&2
  exit 1
fi
kb=$(find "$tmp/output" -name 'handout-cb-*.pdf' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / NR / 1024 }')
pages=$(grep -m1 -o '([0-9]* pages\?' "$tmp/cold.log" | tr -dc 0-9)

printf '%-7s %6s %5s %10s %12s %13s %12s %6s\n' case N runs "wall (s)" "max RSS MiB" "ms/handout" "KB/handout" pages
for c in cold again one; do
  wall=$(awk '{ print $1 }' "$tmp/$c" | median)
  rss=$(awk '{ print $2 }' "$tmp/$c" | median)
  printf '%-7s %6d %5d %10.2f %12.1f %13.2f %12s %6s\n' "$c" "$n" "$runs" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" \
    "$(awk -v w="$wall" -v n="$n" 'BEGIN { print w * 1000 / n }')" "$kb" "$pages"
done
echo "all runs (wall s, max RSS KiB): cold: $(tr '\n' ';' <"$tmp/cold") again: $(tr '\n' ';' <"$tmp/again") one: $(tr '\n' ';' <"$tmp/one")"
