#!/bin/bash
# run-bad.sh CONTRACTC FILE
# FILE is a contract that must be rejected. Its `// expect: LINE:COL RULE`
# comments list exactly the errors contractc must report (in any order). The
# test also checks that contractc exits with status 1, generates nothing,
# and prints each error's source line followed by a caret line.
set -u
contractc=$1
file=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"

expected=$(sed -n 's|^.*// expect: \([0-9]*:[0-9]*\) \(CONTRACT-[A-Z-]*\).*$|\1 \2|p' "$file" | sort -V)
if [ -z "$expected" ]; then
    echo "$file: has no '// expect: LINE:COL RULE' comment"
    exit 1
fi

"$contractc" "$file" -o "$work/out" 2>"$work/stderr"
rc=$?
cat "$work/stderr"
fail=0
if [ "$rc" -ne 1 ]; then
    echo "FAIL: exit status $rc, expected 1"
    fail=1
fi
actual=$(sed -n 's|^.*\.contract:\([0-9]*:[0-9]*\): error: \[\(CONTRACT-[A-Z-]*\)\].*$|\1 \2|p' "$work/stderr" | sort -V)
if [ "$actual" != "$expected" ]; then
    printf 'FAIL: errors differ\n--- expected\n%s\n--- reported\n%s\n' "$expected" "$actual"
    fail=1
fi
if [ -n "$(ls -A "$work/out")" ]; then
    echo "FAIL: files were generated despite errors"
    fail=1
fi
# Each "error:" or "note:" line is followed by the source line and a caret.
if ! awk '/: (error|note): / { want = NR + 2; next }
          NR == want && !/^[ \t]*\^~*$/ { bad = 1 }
          END { exit bad }' "$work/stderr"; then
    echo "FAIL: a diagnostic lacks its caret line"
    fail=1
fi
exit $fail
