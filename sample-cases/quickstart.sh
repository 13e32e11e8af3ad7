#!/bin/sh
# Quick start: make a case from the small bundled example evidence and show what it holds.
# Needs the distribution built first: ./mvnw -q install -DskipTests
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
workbench="$root/installer/target/workbench/bin/workbench"
case_dir=${1:-"$root/target/quickstart-case"}

if [ ! -x "$workbench" ]; then
  echo "Build the workbench first: ./mvnw -q install -DskipTests" >&2
  exit 1
fi
rm -rf "$case_dir"
"$workbench" case create "$case_dir" --name "Quick start" --examiner "${USER:-examiner}" \
  --reference "QS/001" --marking "OFFICIAL"
"$workbench" ingest "$case_dir" "$here/quickstart/evidence"
"$workbench" status "$case_dir"
echo
echo "Try next:"
echo "  $workbench items $case_dir"
echo "  $workbench show $case_dir 'holiday.zip!/IMG_0042.jpg'"
echo "  $workbench search $case_dir 'type:picture near:51.5081,-0.128,500m' --facets"
echo "  $workbench audit $case_dir --verify"
echo "  $workbench window $case_dir        # the same case in the window"
