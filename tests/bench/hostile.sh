#!/usr/bin/env bash
# Checks the time and memory bounds of every hostile case of issue 17 on the real command, as a whole
# process: each must end with its located error (or survive) within its bound, and the other outputs
# must still be built. The golden tests check the messages; this checks that they come quickly.
#
# usage: tests/bench/hostile.sh [CASE...]     (default: every case; `tests/bench/hostile.sh list` names them)
#
# It builds the CLI in Release (SKIP_BUILD=1 reuses it; CLI_DIR to choose where), copies the sample
# project for each case, and measures with GNU /usr/bin/time (Debian package `time`, installed if
# missing). Prints one line per case: wall seconds, max RSS MiB, the bound, and pass or FAIL; exits 1
# when a case fails. The bounds are an order of magnitude under what the defects took (over 60 s,
# 600 MB–1.1 GB, a crash) and several times over what a loaded 2-core machine needs.
# The disk-full case needs a small tmpfs (root and mount); the read-only case root's chattr or a non-root user.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${CLI_DIR:-${TMPDIR:-/tmp}/materialsgen-hostile-cli}
golden="$repo/tests/MaterialsGen.Tests/Content/Golden"
install() {
  apt-get install -y -qq "$@" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}
[[ -x /usr/bin/time ]] || install time
if [[ ${SKIP_BUILD:-0} != 1 || ! -f $cli/materialsgen.dll ]]; then
  dotnet build "$repo/src/MaterialsGen.Cli" -c Release -o "$cli" -v q -nologo >/dev/null
fi
mg=(dotnet "$cli/materialsgen.dll")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/materialsgen-hostile.XXXXXX")
cleanup() {
  chattr -i "$tmp"/*/output 2>/dev/null || true
  chmod -R u+w "$tmp" 2>/dev/null || true
  mountpoint -q "$tmp/full/output" 2>/dev/null && umount "$tmp/full/output"
  rm -rf "$tmp"
}
trap cleanup EXIT
failures=0

# A fresh copy of the sample project in $tmp/NAME.
project() {
  mkdir -p "$tmp/$1"
  cp -r "$repo/data" "$repo/templates" "$repo/fonts" "$repo/materials.yaml" "$tmp/$1/"
  echo "$tmp/$1"
}

# measure NAME MAX_SECONDS MAX_MIB EXPECTED_EXIT PATTERN -- COMMAND...: runs it under /usr/bin/time and
# checks the exit code, that PATTERN (an extended regex) is in what it printed, and the bounds.
measure() {
  local name=$1 max_s=$2 max_mib=$3 want_exit=$4 pattern=$5
  shift 6
  local out="$tmp/$name.log" status=0
  /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@" >"$out" 2>&1 || status=$?
  # GNU time puts "Command exited with non-zero status N" first when the command fails.
  read -r wall rss < <(tail -n 1 "$tmp/$name.time")
  local mib=$((rss / 1024)) verdict=pass why=""
  if [[ $status -ne $want_exit ]]; then verdict=FAIL why="exit $status, expected $want_exit"; fi
  if ! grep -Eq -- "$pattern" "$out"; then verdict=FAIL why="$why; no /$pattern/ in the output"; fi
  if awk -v w="$wall" -v m="$max_s" 'BEGIN { exit !(w > m) }'; then verdict=FAIL why="$why; over $max_s s"; fi
  if [[ $mib -gt $max_mib ]]; then verdict=FAIL why="$why; over $max_mib MiB"; fi
  printf '%-26s %8.2f s %7d MiB   bound %4s s %5s MiB   %s%s\n' "$name" "$wall" "$mib" "$max_s" "$max_mib" "$verdict" "${why:+ ($why)}"
  if [[ $verdict == FAIL ]]; then
    failures=$((failures + 1))
    tail -n 5 "$out" | sed 's/^/    /'
  fi
}

# The list infographics with data/9-khong.yaml replaced by a hostile file: it fails, 4-tich-cuc's is built.
content_case() {
  local name=$1 file=$2 pattern=$3 max_s=${4:-15} max_mib=${5:-300}
  local p
  p=$(project "$name")
  cp "$file" "$p/data/9-khong.yaml"
  measure "$name" "$max_s" "$max_mib" 1 "$pattern" -- "${mg[@]}" build --project "$p" --only 'infographic-4-tich-cuc,infographic-9-khong'
  grep -q '1 built, 0 up to date, 1 failed' "$tmp/$name.log" || { echo "    $name: the other output was not built"; failures=$((failures + 1)); }
}

case_alias_bomb() { content_case alias-bomb "$golden/alias-bomb.yaml" 'data/9-khong.yaml:10:10: error MG0108'; }
case_deep_map() { content_case deep-map "$golden/deep-map.yaml" 'data/9-khong.yaml:3:404: error MG0107'; }
case_deep_list() { content_case deep-list "$golden/deep-list.yaml" 'data/9-khong.yaml:3:107: error MG0107'; }

case_content_73mb() {
  local big="$tmp/big.yaml"
  cp "$repo/data/9-khong.yaml" "$big"
  head -c $((73 * 1024 * 1024)) /dev/zero | tr '\0' '#' | fold -w 99 >>"$big"
  content_case content-73mb "$big" "error MG0605: file 'data/9-khong.yaml' is larger than the limit of 50 MB" 15 200
}

title_case() {
  local name=$1 chars=$2 pattern=$3 max_s=$4
  local p
  p=$(project "$name")
  head -c "$chars" /dev/zero | tr '\0' 'x' | sed 's/xxxxxx/Không /g' >"$tmp/$name.title"
  awk 'NR == FNR { t = t $0; next } /^title: / { print "title: " t; next } { print }' "$tmp/$name.title" "$repo/data/9-khong.yaml" >"$p/data/9-khong.yaml"
  measure "$name" "$max_s" 400 "$([[ $pattern == built* ]] && echo 0 || echo 1)" "$pattern" -- "${mg[@]}" build --project "$p" --only 'infographic-9-khong'
}
case_title_600k() { title_case title-600k 600000 'data/9-khong.yaml:4:8: error MG0126' 15; }
case_title_300k() { title_case title-300k 300000 'data/9-khong.yaml:4:8: error MG0126' 15; }
# Just under the text limit: laid out and shrunk to fit (or refused as too big for the canvas), within seconds.
case_title_49k() { title_case title-49k 49000 'error MG0402|built output/infographic-9-khong.png' 30; }

case_template_string() {
  local p
  p=$(project template-string)
  sed -i 's|{{ doc.title }}</p>|{{ t = doc.title; for i in 1..40; t = t + t; end; t }}</p>|' "$p/templates/infographic.sbn"
  measure template-string 15 400 1 'templates/infographic.sbn:[0-9]+:[0-9]+: error MG0504: a text value is longer than the limit' -- "${mg[@]}" build --project "$p" --only 'infographic-9-khong'
}

case_svg_fan_out() {
  local p
  p=$(project svg-fan-out)
  {
    printf '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs><rect id="l0" width="1" height="1"/>'
    for level in 1 2 3 4 5 6 7 8 9; do
      printf '<g id="l%d">' "$level"
      for _ in 1 2 3 4 5 6 7 8 9 10; do printf '<use href="#l%d"/>' $((level - 1)); done
      printf '</g>'
    done
    printf '</defs><use href="#l9"/></svg>'
  } >"$p/templates/images/logo.svg"
  measure svg-fan-out 15 300 1 "error MG0703: image 'templates/images/logo.svg' draws more than 50,000 elements" -- "${mg[@]}" build --project "$p" --only 'infographic-9-khong'
}

case_long_record_id() {
  local p
  p=$(project long-record-id)
  printf '%s,Chi bộ ấp 9,Đảng bộ xã Tân Thành,Đồng Xoài,2024-01-12,Lê Văn C\n' "$(head -c 235 /dev/zero | tr '\0' a)" >>"$p/data/branches.csv"
  measure long-record-id 15 300 1 'data/branches.csv:7:1: error MG0114: id of 235 characters' -- "${mg[@]}" build --project "$p"
  ! grep -q 'internal error' "$tmp/long-record-id.log" || { echo "    long-record-id: internal error"; failures=$((failures + 1)); }
}

case_clock_and_random() {
  local p
  p=$(project clock-and-random)
  sed -i 's|{{ doc.title }}</p>|{{ doc.title }} {{ date.now }} {{ math.random 1 1000000 }} {{ math.uuid }}</p>|' "$p/templates/infographic.sbn"
  "${mg[@]}" build --project "$p" --only infographic-9-khong >/dev/null
  cp "$p/output/infographic-9-khong.png" "$tmp/first.png"
  measure clock-and-random 15 300 0 'built output/infographic-9-khong.png' -- "${mg[@]}" build --project "$p" --only infographic-9-khong --force
  cmp -s "$tmp/first.png" "$p/output/infographic-9-khong.png" || { echo "    clock-and-random: two builds differ"; failures=$((failures + 1)); }
}

case_read_only_output() {
  local p
  p=$(project read-only)
  "${mg[@]}" build --project "$p" --only 'infographic-4-tich-cuc,infographic-9-khong' >/dev/null
  sha256sum "$p"/output/*.png >"$tmp/read-only.sums"
  chmod 555 "$p/output"
  if touch "$p/output/.probe" 2>/dev/null; then
    rm -f "$p/output/.probe"
    chattr +i "$p/output" 2>/dev/null || { echo "read-only: cannot make the folder read-only here; skipped"; return; }
  fi
  measure read-only-output 15 300 1 'output/infographic-9-khong.png: error MG0900: cannot write the output' -- "${mg[@]}" build --project "$p" --only 'infographic-4-tich-cuc,infographic-9-khong' --force
  grep -q '0 built, 0 up to date, 2 failed' "$tmp/read-only-output.log" || { echo "    read-only: no summary"; failures=$((failures + 1)); }
  chattr -i "$p/output" 2>/dev/null || true
  chmod 755 "$p/output"
  sha256sum -c --quiet "$tmp/read-only.sums" || { echo "    read-only: earlier outputs changed"; failures=$((failures + 1)); }
}

case_disk_full() {
  local p
  p=$(project full)
  mkdir -p "$p/output"
  if ! mount -t tmpfs -o size=600k tmpfs "$p/output" 2>/dev/null; then
    echo "disk-full: cannot mount a small tmpfs here; skipped (the suite injects the failure instead)"
    return
  fi
  "${mg[@]}" build --project "$p" --only 'infographic-4-tich-cuc' >/dev/null
  sha256sum "$p"/output/*.png >"$tmp/full.sums"
  measure disk-full 30 300 1 'error MG0900: cannot write the output, the previous file is left as it was: No space left on device' -- "${mg[@]}" build --project "$p" --only 'infographic-4-tich-cuc,infographic-9-khong,chia-se-*' --force
  grep -Eq '[0-9]+ built, 0 up to date, [1-9][0-9]* failed' "$tmp/disk-full.log" || { echo "    disk-full: no summary"; failures=$((failures + 1)); }
  # Built again or left alone, the earlier output holds the same bytes (builds are deterministic).
  sha256sum -c --quiet "$tmp/full.sums" || { echo "    disk-full: an earlier output changed"; failures=$((failures + 1)); }
  umount "$p/output"
}

case_watch_and_build() {
  local p
  p=$(project watch)
  "${mg[@]}" watch --project "$p" --jobs 1 >"$tmp/watch.out" 2>"$tmp/watch.err" &
  local watch=$!
  for _ in $(seq 1 120); do grep -q watching "$tmp/watch.out" && break; sleep 0.5; done
  local started
  started=$(date +%s.%N)
  for i in 1 2 3 4 5; do
    echo "# sửa lần $i" >>"$p/data/9-khong.yaml"
    sleep 0.4
    for _ in 1 2 3; do "${mg[@]}" build --project "$p" --only 'tai-lieu-sinh-hoat,nen-va-khong-nen' --force >/dev/null 2>&1 || true; done
  done
  echo "# sửa lần cuối" >>"$p/data/9-khong.yaml"
  for _ in $(seq 1 120); do [[ $(grep -c 'build took' "$tmp/watch.out") -ge 7 ]] && break; sleep 0.5; done
  local wall alive=yes
  wall=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  kill -0 "$watch" 2>/dev/null || alive=no
  kill "$watch" 2>/dev/null || true
  wait "$watch" 2>/dev/null || true
  local verdict=pass
  if [[ $alive != yes ]] || grep -q 'internal error' "$tmp/watch.err"; then verdict=FAIL; failures=$((failures + 1)); fi
  printf '%-26s %8.2f s %11s   %-26s %s (watch alive: %s, %s rebuilds, %s errors)\n' watch-and-build "$wall" - "15 concurrent builds" "$verdict" "$alive" \
    "$(grep -c 'build took' "$tmp/watch.out")" "$(grep -c 'error' "$tmp/watch.err" || true)"
}

case_check_100k() {
  local p
  p=$(project check-100k)
  awk 'NR == 1 { print; next } NR <= 6 { row[NR - 1] = $0 } END { for (i = 0; i < 100000; i++) { r = row[(i % 5) + 1]; sub(/^[^,]*/, sprintf("cb-%06d", i), r); print r } }' \
    "$repo/data/branches.csv" >"$p/data/branches.tmp" && mv "$p/data/branches.tmp" "$p/data/branches.csv"
  measure check-100k "${CHECK_BOUND:-600}" 1500 0 'checked [0-9]+ content files and [0-9]+ outputs: 0 errors' -- "${mg[@]}" check --project "$p"
  echo "    progress lines: $(grep -c '^checking:' "$tmp/check-100k.log"), first: $(grep -m1 '^checking:' "$tmp/check-100k.log" || echo none)"
}

all=(alias_bomb deep_map deep_list content_73mb title_600k title_300k title_49k template_string svg_fan_out long_record_id clock_and_random read_only_output disk_full watch_and_build check_100k)
if [[ ${1:-} == list ]]; then
  printf '%s\n' "${all[@]//_/-}"
  exit 0
fi
cases=("$@")
[[ ${#cases[@]} -gt 0 ]] || cases=("${all[@]}")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for c in "${cases[@]}"; do
  "case_${c//-/_}"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $failures -eq 0 ]] && echo "hostile.sh: every case within its bounds" || echo "hostile.sh: $failures failed"
[[ $failures -eq 0 ]]
