#!/bin/bash
# first_service_test.sh SOURCE-ROOT
# docs/hacking.md holds: in a scratch copy of the sources (no build
# directory), a new contract, a server SIP folder, a client SIP folder and a
# boot configuration run with `./insula run --hosted --config FILE`, with no
# other file edited. Steps:
#   1. configure and boot the copy as it is (./insula run --hosted with the
#      default configuration and a --disk image the hosted binary accepts;
#      a missing one is refused);
#   2. add contracts/tally.contract, sip/tally-server/, sip/tally-client/
#      and tally.conf (tools/tests/first-service/); run the configuration:
#      ./insula must notice the new folders, reconfigure, build and boot
#      them, and the client must get the right totals from the server; the
#      contract goldens still pass (the new contract is not a shipped one);
#   3. ./insula check-config accepts tally.conf and names a missing image;
#   4. with the kernel broken, ./insula verify still checks a SIP; with the
#      new contract broken, it shows contractc's error.
set -u
root=$(realpath "$1")
fixture=$root/tools/tests/first-service
work=$(mktemp -d /tmp/insula-first-service.XXXXXX)
tree=$work/tree
pid=
cleanup() {
    [ -z "$pid" ] || kill -- -"$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail=0
problem() { echo "FAIL: $*"; fail=1; }

mkdir "$tree"
tar -C "$root" --exclude=./build --exclude=./.git --exclude=__pycache__ -cf - . |
    tar -C "$tree" -xf -
unset INSULA_BUILD

# run_until LOG PATTERN SECONDS ARGS...: ./insula ARGS in the copy, in its
# own process group, until LOG matches PATTERN, it ends, or time is up.
run_until() {
    local log=$1 pattern=$2 limit=$3 waited=0
    shift 3
    (cd "$tree" && exec setsid ./insula "$@") >"$log" 2>&1 &
    pid=$!
    while ! grep -q -- "$pattern" "$log"; do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
        waited=$((waited + 1))
        [ "$waited" -lt "$limit" ] || { echo "(timed out after $limit s)" >>"$log"; break; }
    done
    kill -- -"$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    pid=
}

# expect_line LOG REGEX: LOG has a line matching REGEX.
expect_line() {
    grep -Eq -- "$2" "$1" || problem "$(basename "$1") lacks /$2/"
}

echo "== 1. the copy as it is"
truncate -s 1M "$work/disk.img"
# (--disk without --config boots the storage stack, sip/fs/storage.conf;
# with the default configuration named, the image only rides along)
run_until "$work/run1.log" "^init: every SIP has ended" 900 run --hosted \
    --config sip/init/boot.conf --disk "$work/disk.img"
expect_line "$work/run1.log" "^hello: Hello from a sealed SIP: started by init"
(cd "$tree" && ./insula run --hosted --disk "$work/no-such.img") >"$work/disk.log" 2>&1 &&
    problem "run accepted a missing disk image"
expect_line "$work/disk.log" "^insula: --disk $work/no-such.img: no such file$"

echo "== 2. a new contract, server, client and configuration"
cp "$fixture/tally.contract" "$tree/contracts/"
cp -r "$fixture/tally-server" "$fixture/tally-client" "$tree/sip/"
cp "$fixture/tally.conf" "$tree/"
run_until "$work/run2.log" "^init: every SIP has ended" 900 run --hosted --config tally.conf
expect_line "$work/run2.log" "^insula: contracts or SIP folders changed since the last configure: reconfiguring"
expect_line "$work/run2.log" "^tally-client: 1\+2\+\.\.\.\+10 = 55, as the server says$"
expect_line "$work/run2.log" "^tally-server: served one client, total 55$"
expect_line "$work/run2.log" "^init: tally-client exited with code 0$"
expect_line "$work/run2.log" "^init: tally-server exited with code 0$"
! grep -q "killed" "$work/run2.log" || problem "run2.log: $(grep killed "$work/run2.log")"
grep -q "contract_table_Tally" "$tree/build/contracts/contracts_registry.c" ||
    problem "the generated registry lacks the new contract"
bash "$tree/contracts/tests/goldens.sh" "$tree/build/contracts/contractc" "$tree/contracts" check \
    >"$work/goldens.log" 2>&1 || problem "contract goldens fail after adding a contract"

echo "== 3. check-config"
(cd "$tree" && ./insula check-config tally.conf) >"$work/check1.log" 2>&1 ||
    problem "check-config tally.conf: $(cat "$work/check1.log")"
sed 's/tally-client.sip/tally-clients.sip/' "$tree/tally.conf" >"$tree/typo.conf"
(cd "$tree" && ./insula check-config typo.conf) >"$work/check2.log" 2>&1 &&
    problem "check-config accepted an image that does not exist"
expect_line "$work/check2.log" "^typo.conf:12:13: error: \[CONFIG-IMAGE\] sip 'tally-client': image \"tally-clients.sip\" is no SIP of this tree"

echo "== 4. verify without the rest of the tree"
echo "this is not C" >>"$tree/kernel/timer.c"
(cd "$tree" && ./insula verify sip/tally-client/main.c) >"$work/verify1.log" 2>&1 ||
    problem "verify failed while only the kernel was broken: $(tail -5 "$work/verify1.log")"
echo "contract Broken {" >>"$tree/contracts/tally.contract"
(cd "$tree" && ./insula verify sip/tally-client/main.c) >"$work/verify2.log" 2>&1 &&
    problem "verify passed although the contract headers it needs cannot be generated"
expect_line "$work/verify2.log" "tally.contract:[0-9]+:[0-9]+: error: "
expect_line "$work/verify2.log" "^insula: building .* failed \(the errors are above\)"

for log in "$work"/*.log; do
    [ $fail -eq 0 ] || { echo "---- $(basename "$log")"; tail -40 "$log"; }
done
[ $fail -eq 0 ] && echo "first-service: a new contract, server, client and configuration ran with no other edit"
exit $fail
