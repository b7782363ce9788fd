#!/usr/bin/env bash
# Makes sure the readers the tests compare our files with are installed. `dotnet test` runs this before
# the tests (tests/MaterialsGen.Tests/MaterialsGen.Tests.csproj, target InstallTestReaders), and so does
# .ci/run; it is quick and quiet when everything is there.
#
# The PDF tests read our files back with poppler (pdfinfo -struct-text, pdftoppm, pdftotext), qpdf and
# Apache PDFBox Preflight, which runs on Java; the Word-file tests convert our .docx files with LibreOffice,
# headless; the preview's end-to-end tests drive Debian's Chromium (/usr/bin/chromium) through Playwright
# (no browser is downloaded). A reader that was never run proves nothing, so a missing one is an error,
# never a skipped test.
set -euo pipefail
commands="pdfinfo pdftotext pdftoppm qpdf java soffice chromium"
jars="preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api"
packages="poppler-utils qpdf default-jre-headless libpdfbox2-java libfontbox2-java libactivation-java libjaxb-api-java libcommons-logging-java libreoffice-writer-nogui chromium"

missing=""
for c in $commands; do command -v "$c" >/dev/null 2>&1 || missing="$missing $c"; done
for j in $jars; do [[ -f /usr/share/java/$j.jar ]] || missing="$missing $j.jar"; done
[[ -z $missing ]] && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "tests/readers.sh: installing what the tests read our files with (missing:$missing)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  apt-get install -y -qq $packages >/dev/null || { apt-get update -qq && apt-get install -y -qq $packages >/dev/null; }
  exit 0
fi
echo "tests/readers.sh: the tests need:$missing. Install them with:" >&2
echo "  sudo apt-get install $packages" >&2
echo "(Các bài kiểm thử cần:$missing. Hãy cài bằng lệnh trên.)" >&2
exit 1
