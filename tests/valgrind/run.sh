#!/bin/sh
# run.sh — the exe_wrapper of `meson test --setup valgrind` (see meson.build).
#
# Runs one test program under memcheck, following every process it starts
# (the hostile table's per-row children, the CLI tests' citekit runs), and
# fails the test when any of them has a memory error or a definite or
# indirect leak.  Each process logs to its own file, not to stderr, because
# the CLI tests compare citekit's stderr; the logs with something to say
# are printed here afterwards (meson puts them in the test log), the rest
# are deleted.
#   CK_VALGRIND_LOGS=DIR   keep every log in DIR
set -u
here=$(cd "$(dirname "$0")" && pwd)
logs=${CK_VALGRIND_LOGS:-}
if [ -n "$logs" ]; then
  mkdir -p "$logs" || exit 99
  keep=1
else
  logs=$(mktemp -d "${TMPDIR:-/tmp}/ck-valgrind.XXXXXX") || exit 99
  keep=0
fi

# bibtex, biber and the shell's rm are not ours: they run natively.
valgrind \
  --leak-check=full --show-leak-kinds=definite,indirect,possible \
  --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
  --num-callers=30 --trace-children=yes \
  --trace-children-skip='*/bibtex,*/biber,*/perl,*/kpsewhich,*/rm,*/xmllint' \
  --suppressions="${CK_GLIB_SUPP:-/usr/share/glib-2.0/valgrind/glib.supp}" \
  --suppressions="$here/../fuzz/valgrind.supp" \
  --log-file="$logs/vg.%p.log" \
  "$@"
status=$?

for log in "$logs"/vg.*.log; do
  [ -f "$log" ] || continue
  if grep -q 'ERROR SUMMARY: [1-9]' "$log"; then
    cat "$log" >&2
    [ "$status" -eq 0 ] && status=99
  elif grep -q 'possibly lost: [1-9]' "$log"; then
    # Not an error (GLib keeps interior pointers to some blocks), but shown.
    grep -A25 'are possibly lost' "$log" >&2
  fi
done
[ "$keep" -eq 1 ] || rm -rf "$logs"
exit "$status"
