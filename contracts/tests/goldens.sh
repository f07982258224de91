#!/bin/bash
# goldens.sh CONTRACTC CONTRACTS_DIR check|update
# Generates, into a scratch directory:
#   shipped/      contractc over the shipped contracts together, with the
#                 kernel's registry (contracts_registry.c); the shipped
#                 contracts are those with goldens (a contract you add is
#                 not one until you update the goldens, so adding one never
#                 breaks this test; update mode takes every contracts/*.contract)
#   good/         contractc over every tests/good/*.contract together
#   diagnostics/  the full stderr of contractc for each tests/bad/*.contract
# then compares it with tests/golden/ (check) or replaces tests/golden/
# with it (update; review the diff before committing).
set -eu
contractc=$(realpath "$1")
cd "$2"
mode=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/shipped" "$work/good" "$work/diagnostics"
if [ "$mode" = update ]; then
    shipped=(./*.contract)
else
    shipped=()
    for t in tests/golden/shipped/*_table.h; do
        shipped+=("./$(basename "$t" _table.h).contract")
    done
fi
"$contractc" "${shipped[@]}" -o "$work/shipped" \
    --registry "$work/shipped/contracts_registry.c"
"$contractc" tests/good/*.contract -o "$work/good"
for f in tests/bad/*.contract; do
    name=$(basename "$f" .contract)
    "$contractc" "$f" --check 2>"$work/diagnostics/$name.stderr" && {
        echo "FAIL: $f was accepted"
        exit 1
    }
done

case "$mode" in
check)
    if diff -ru tests/golden "$work"; then
        echo "goldens: generated output matches tests/golden"
    else
        echo "FAIL: generated output differs from tests/golden;" \
             "if the change is intended, run contracts/tests/update-goldens.sh"
        exit 1
    fi
    ;;
update)
    rm -rf tests/golden
    cp -r "$work" tests/golden
    echo "goldens: tests/golden rewritten; review it with your diff tool"
    ;;
*)
    echo "usage: goldens.sh CONTRACTC CONTRACTS_DIR check|update" >&2
    exit 2
    ;;
esac
