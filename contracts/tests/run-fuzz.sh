#!/bin/bash
# run-fuzz.sh FUZZER WORKDIR SEED... -- FUZZER_ARGS...
# A bounded fuzz campaign for the test suite: copies the seed files into a
# fresh corpus directory under WORKDIR (libFuzzer writes new inputs to it,
# never to the source tree) and runs FUZZER on it.
set -eu
fuzzer=$1
work=$2
shift 2
rm -rf "$work"
mkdir -p "$work/corpus"
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    cp "$1" "$work/corpus/"
    shift
done
[ $# -gt 0 ] && shift
exec "$fuzzer" "$@" "$work/corpus"
