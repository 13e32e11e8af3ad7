#!/bin/sh
# The installer's end-to-end check, run by `./mvnw -Pnative verify`: unpack the .deb as dpkg
# would install it, run the packaged `workbench --version`, generate a small training case,
# ingest and search it with the packaged launcher, then open the packaged window under Xvfb and
# check it opened the case and a screenshot of it is not blank. Needs dpkg-deb, xvfb-run, xwininfo
# (x11-utils) and imagemagick (see .ci/run).
set -eu
deb=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd -P)

fail() { echo "native smoke test FAILED: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/evidence-workbench/bin/evidence-workbench"
[ -x "$launcher" ] || fail "no launcher at /opt/evidence-workbench/bin/evidence-workbench"
[ -x "$work/root/usr/bin/workbench" ] || fail "no workbench command in /usr/bin"
[ -f "$work/root/usr/share/applications/evidence-workbench.desktop" ] || fail "no desktop entry"

# The packaged program only: its own runtime, the user's folders inside the work folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_CACHE_HOME="$work/home/cache"
export XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state"
unset JAVA_HOME
mkdir -p "$HOME" && cd "$work"

"$launcher" --version > version.txt
grep -q '^Evidence Workbench ' version.txt || fail "--version does not name the workbench"
grep -q 'Apache Tika' version.txt && grep -q 'Apache Lucene' version.txt || fail "--version lacks Tika or Lucene"
grep -q 'detector media.pdq' version.txt || fail "--version lacks the detectors"
grep -q "Java .*$(cat "$work/root/opt/evidence-workbench/lib/runtime/release" | sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p')" version.txt \
  || fail "--version does not report the bundled Java runtime"

# WORKBENCH_OPTS reaches the JVM through /usr/bin/workbench (here pointed at the unpacked /opt)
sed "s|/opt/evidence-workbench|$work/root/opt/evidence-workbench|" "$work/root/usr/bin/workbench" > on-path.sh
WORKBENCH_OPTS="-Xmx1g -XX:+PrintFlagsFinal" sh on-path.sh --version 2>/dev/null > flags.txt
grep -q ' MaxHeapSize *= *1073741824 ' flags.txt || fail "WORKBENCH_OPTS=-Xmx1g did not reach the packaged JVM"

"$launcher" sample-case generate seized-phone "$work/training" --size small > /dev/null
"$launcher" case create "$work/case" --name "Packaged smoke test" --examiner "Installer test" > /dev/null
"$launcher" ingest "$work/case" "$work/training/evidence" > ingest.txt
# Documents are parsed in child Java processes started from the packaged runtime's bin/java.
grep -q ' 0 with problems' ingest.txt || fail "the packaged ingest had problems: $(tail -n 3 ingest.txt)"
"$launcher" search "$work/case" 'type:picture' --json > search.json
grep -q '"total" *: *[1-9]' search.json || fail "the search over the ingested case found nothing: $(head -c 400 search.json)"
# Pictures went through OpenCV: its natives were unpacked into the user's cache, not here.
[ -n "$(find "$XDG_CACHE_HOME/evidence-workbench/javacpp" -name '*.so*' 2>/dev/null | head -n 1)" ] \
  || fail "JavaCV's natives are not in the user's cache folder"
[ -z "$(ls -A "$work" | grep -i -e javacpp -e openjfx)" ] || fail "native libraries were unpacked into the working folder"

# The window: the desktop entry's command, given the case, under a virtual screen. Wait until a
# window titled with the case's name exists (the case is open, not just the start screen), then
# until the screen has many colours (a blank or half-drawn screen has a handful), within two
# minutes.
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
  "$1" window "$2" > window.log 2>&1 &
  app=$!
  colours=0; tries=0; seen=0
  while [ "$tries" -lt 120 ] && kill -0 "$app" 2>/dev/null; do
    # the title changes in the same step as the window content, a frame before it is drawn:
    # look from the second poll after the title appeared
    if xwininfo -root -tree 2>/dev/null | grep -q "Packaged smoke test"; then seen=$((seen + 1)); fi
    if [ "$seen" -ge 2 ]; then
      if /usr/bin/import -window root screen.png 2>/dev/null; then
        colours=$(/usr/bin/convert screen.png -format %k info: 2>/dev/null || echo 0)
        [ "$colours" -gt 50 ] && break
      fi
    fi
    tries=$((tries + 1)); sleep 1
  done
  kill "$app" 2>/dev/null || true
  echo "$colours" > colours.txt
' sh "$launcher" "$work/case"
colours=$(cat colours.txt)
[ "$colours" -gt 50 ] || fail "the packaged window did not open the case and draw it (screen has $colours colours; see $work/window.log)"
echo "native smoke test passed: packaged --version, ingest, search and window ($colours colours on screen)"
