#!/bin/sh
# /usr/bin/workbench from the evidence-workbench package: the command line (and, with no
# arguments, the window). File names in evidence are decoded with the locale's charset, so
# make sure it is UTF-8 even under a C/POSIX locale.
case "${LC_ALL:-${LC_CTYPE:-$LANG}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
exec /opt/evidence-workbench/bin/evidence-workbench "$@"
