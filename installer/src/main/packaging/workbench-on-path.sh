#!/bin/sh
# /usr/bin/workbench from the evidence-workbench package: the command line (and, with no
# arguments, the window). File names in evidence are decoded with the locale's charset, so
# make sure it is UTF-8 even under a C/POSIX locale.
case "${LC_ALL:-${LC_CTYPE:-$LANG}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
# WORKBENCH_OPTS adds JVM options for one run, as the distribution's own launcher does (e.g.
# WORKBENCH_OPTS=-Xmx2g). The packaged launcher takes none from its command line and its own
# options come after JAVA_TOOL_OPTIONS, so _JAVA_OPTIONS, read after them, is the one way in; the
# document parser processes are not given it.
if [ -n "${WORKBENCH_OPTS:-}" ]; then
  _JAVA_OPTIONS="${_JAVA_OPTIONS:+$_JAVA_OPTIONS }$WORKBENCH_OPTS"
  export _JAVA_OPTIONS
fi
exec /opt/evidence-workbench/bin/evidence-workbench "$@"
