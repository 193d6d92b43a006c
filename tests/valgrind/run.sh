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

# Tools that are not ours run natively (the shell is traced: citekit runs
# under it).  --vgdb=no: no /tmp file for the gdb server, which a test that
# lowers RLIMIT_FSIZE would make fail; in that one process even the log is
# cut short, but an error or leak there still sets the exit status 99.
valgrind --vgdb=no \
  --leak-check=full --show-leak-kinds=definite,indirect,possible \
  --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
  --num-callers=30 --trace-children=yes \
  --trace-children-skip='*/bibtex,*/biber,*/perl,*/kpsewhich,*/xmllint,*/rm,*/grep,*/sed,*/cat,*/cmp,*/diff,*/head,*/tail,*/wc,*/sort,*/tr,*/cp,*/mv,*/mkdir,*/python3*' \
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
  elif grep -q 'possibly lost: [1-9]' "$log" && ! grep -q 'Command: /\(usr\|bin\)/' "$log"; then
    # Not an error (a pointer into the block's middle still exists), but
    # shown for our programs.
    grep -A25 'are possibly lost' "$log" >&2
  fi
done
[ "$keep" -eq 1 ] || rm -rf "$logs"
exit "$status"
