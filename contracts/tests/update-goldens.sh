#!/bin/bash
# update-goldens.sh [CONTRACTC]
# Rewrites contracts/tests/golden/ from the current compiler. CONTRACTC
# defaults to build/contracts/contractc under the repository root (build it
# first: ninja -C build contracts/contractc).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
contractc=${1:-$root/build/contracts/contractc}
if [ ! -x "$contractc" ]; then
    echo "update-goldens.sh: no compiler at $contractc; pass its path" >&2
    exit 2
fi
exec "$here/goldens.sh" "$contractc" "$root/contracts" update
