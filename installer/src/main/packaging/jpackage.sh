#!/bin/sh
# Builds the self-contained app image (its own trimmed Java runtime, a native launcher) with
# jpackage, then the .deb from it with dpkg-deb. Called by `./mvnw -Pnative package`
# (installer/pom.xml); runnable by hand too:
#   installer/src/main/packaging/jpackage.sh installer/target/workbench installer/target/native 0.1.0
set -eu
dist=$1      # the distribution folder (lib/ holds every jar)
out=$2       # where the app image and the .deb go
version=$3   # numeric, e.g. 0.1.0 (jpackage refuses -SNAPSHOT)
here=$(cd "$(dirname "$0")" && pwd -P)
jpackage=${JPACKAGE:-${JAVA_HOME:+$JAVA_HOME/bin/}jpackage}

main_jar=$(cd "$dist/lib" && ls workbench-cli-*.jar | head -n 1)
rm -rf "$out" && mkdir -p "$out"

# The JDK modules the jars use (jdeps over lib/), plus those needed only at run time: extra
# charsets for Tika's detection, UK locale data for dates, EC crypto for signatures, zip file
# systems, the management beans that report memory, and what JavaFX's web/swing parts touch.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming
modules=$modules,java.net.http,java.scripting,java.sql,java.xml,jdk.net,jdk.unsupported,jdk.charsets
modules=$modules,jdk.localedata,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.xml.dom,jdk.jsobject

# The runtime keeps bin/java: documents are parsed in child Java processes (parser isolation,
# docs/robustness.md). The launcher is the command line; with no arguments it opens the window.
# $APPDIR is jpackage's lib/app folder, so workbench.home is lib/ (its plugins/ folder).
"$jpackage" --type app-image --dest "$out" --name evidence-workbench \
  --app-version "$version" --vendor "Evidence Workbench project" \
  --description "Offline triage of digital evidence" \
  --icon "$here/workbench.png" \
  --input "$dist/lib" --main-jar "$main_jar" \
  --main-class org.evidenceworkbench.cli.WorkbenchCli \
  --arguments window \
  --java-options '-Xmx512m -XX:+UseG1GC -Dfile.encoding=UTF-8 -Dworkbench.home=$APPDIR/..' \
  --add-modules "$modules" \
  --jlink-options '--strip-debug --no-man-pages --no-header-files --include-locales=en,en-GB,en-US'
app="$out/evidence-workbench"
mkdir -p "$app/lib/plugins"   # third-party detector jars, found with ServiceLoader at start

# The .deb, built directly so that every file it installs is its own (dpkg -S knows them):
# the app under /opt, `workbench` on the PATH, the desktop entry and the icon.
root="$out/deb-root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/evidence-workbench"
cp -a "$app" "$root/opt/evidence-workbench"
install -m 755 "$here/workbench-on-path.sh" "$root/usr/bin/workbench"
install -m 644 "$here/evidence-workbench.desktop" "$root/usr/share/applications/"
install -m 644 "$here/workbench.png" "$root/usr/share/icons/hicolor/256x256/apps/evidence-workbench.png"
install -m 644 "$here/../../../../LICENSE" "$root/usr/share/doc/evidence-workbench/copyright"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/VERSION/$version/" -e "s/INSTALLED_SIZE/$size/" "$here/control" > "$root/DEBIAN/control"
# The jars are compressed already: a light gzip is as small as xz and many times faster.
deb="$out/evidence-workbench_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zgzip -z3 -b "$root" "$deb" >/dev/null
rm -rf "$root"
ls -l "$deb"
