#!/bin/bash
# cli-test.sh CONTRACTC CONTRACTS_DIR
# The command line: exit statuses (0 ok, 1 errors, 2 usage), --help,
# --table-only, --check, --json, and resolution across files (contracts
# and shared types).
set -u
contractc=$(realpath "$1")
cd "$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# expect STATUS DESCRIPTION -- ARGS...
expect() {
    local want=$1 what=$2
    shift 3
    "$contractc" "$@" >"$work/stdout" 2>"$work/stderr"
    local rc=$?
    if [ "$rc" -ne "$want" ]; then
        echo "FAIL: $what: exit $rc, expected $want"
        cat "$work/stderr"
        fail=1
    fi
}

fresh() { rm -rf "$work/o"; mkdir "$work/o"; }

expect 2 "no arguments" --
expect 2 "unknown option" -- --frobnicate pingpong.contract -o "$work"
expect 2 "missing -o" -- pingpong.contract
expect 2 "-o without a directory" -- pingpong.contract -o
expect 0 "--help" -- --help
grep -q '^usage: contractc' "$work/stdout" || { echo "FAIL: --help text"; fail=1; }
expect 1 "missing file" -- no-such-file.contract -o "$work"
grep -q "cannot open 'no-such-file.contract'" "$work/stderr" ||
    { echo "FAIL: missing file message"; fail=1; }
cp pingpong.contract "$work/pingpong.txt"
expect 1 "not a .contract file" -- "$work/pingpong.txt" -o "$work"
mkdir "$work/dup" && cp pingpong.contract "$work/dup/"
expect 1 "two files with one stem" -- pingpong.contract "$work/dup/pingpong.contract" -o "$work"

fresh
expect 1 "extends a contract in a file not given" -- fs.contract -o "$work/o"
grep -q '^fs.contract:[0-9]*:[0-9]*: error: \[CONTRACT-UNKNOWN-CONTRACT\] unknown contract .Service.' \
    "$work/stderr" || { echo "FAIL: cross-file error"; cat "$work/stderr"; fail=1; }
[ -z "$(ls -A "$work/o")" ] || { echo "FAIL: output despite errors"; fail=1; }

fresh
expect 0 "resolution across files" -- fs.contract service.contract -o "$work/o"
[ "$(ls "$work/o" | tr '\n' ' ')" = "fs.c fs.h fs_acsl.h fs_table.c fs_table.h service.c service.h service_acsl.h service_table.c service_table.h " ] ||
    { echo "FAIL: outputs: $(ls "$work/o")"; fail=1; }

fresh
expect 2 "--registry without a file" -- fs.contract service.contract -o "$work/o" --registry
expect 0 "--registry" -- fs.contract service.contract -o "$work/o" --registry "$work/o/reg.c"
[ "$(grep -o '&contract_table_[A-Za-z]*' "$work/o/reg.c" | tr '\n' ' ')" = \
  "&contract_table_File &contract_table_Fs &contract_table_Service " ] ||
    { echo "FAIL: registry entries: $(cat "$work/o/reg.c")"; fail=1; }
grep -q '^#include "service_table.h"$' "$work/o/reg.c" ||
    { echo "FAIL: registry includes"; fail=1; }
fresh
expect 1 "--registry with errors" -- fs.contract -o "$work/o" --registry "$work/o/reg.c"
[ ! -e "$work/o/reg.c" ] || { echo "FAIL: registry written despite errors"; fail=1; }

fresh
expect 0 "--table-only" -- pingpong.contract --table-only -o "$work/o"
[ "$(ls "$work/o" | tr '\n' ' ')" = "pingpong_table.c pingpong_table.h " ] ||
    { echo "FAIL: --table-only outputs: $(ls "$work/o")"; fail=1; }

fresh
expect 0 "--check" -- pingpong.contract --check
expect 1 "--check with errors" -- tests/bad/unknown_type.contract --check

# --json: the errors as one JSON array on stdout, nothing on stderr.
expect 1 "--json with errors" -- tests/bad/shared_duplicate.contract --check --json
python3 - "$work/stdout" <<'PY' || { echo "FAIL: --json output"; cat "$work/stdout"; fail=1; }
import json, sys
errors = json.load(open(sys.argv[1]))
assert [(e["line"], e["column"], e["rule"]) for e in errors] == [
    (6, 6, "CONTRACT-DUPLICATE"), (7, 10, "CONTRACT-DUPLICATE"),
    (9, 10, "CONTRACT-DUPLICATE"), (14, 21, "CONTRACT-UNKNOWN-TYPE")], errors
assert errors[0]["file"] == "tests/bad/shared_duplicate.contract"
assert "did you mean 'Page'?" in errors[3]["message"]
PY
[ -s "$work/stderr" ] && { echo "FAIL: --json wrote to stderr"; fail=1; }
expect 0 "--json without errors" -- pingpong.contract --check --json
[ "$(cat "$work/stdout")" = "[]" ] || { echo "FAIL: --json clean: $(cat "$work/stdout")"; fail=1; }

# Shared types: a contract uses the types of another file given with it.
fresh
expect 0 "shared types across files" -- examples/types.contract examples/directory.contract -o "$work/o"
grep -q '^typedef struct FileAttributes {' "$work/o/directory.h" ||
    { echo "FAIL: shared record not in the user's header"; fail=1; }
expect 1 "shared types missing" -- examples/block_device.contract --check
grep -q "unknown type .ErrorCode." "$work/stderr" ||
    { echo "FAIL: missing shared type"; cat "$work/stderr"; fail=1; }

[ $fail -eq 0 ] && echo "cli: all checks passed"
exit $fail
