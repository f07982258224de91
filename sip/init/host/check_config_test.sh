#!/bin/bash
# check_config_test.sh CHECK-CONFIG IMAGE-LIST SOURCE-ROOT
# ./insula check-config's tool: diagnostics name the file as it was given,
# in init's format; an image that is no SIP of the tree is an error at the
# image's place; --list-images gives each image once, in order; the ISO
# recipe refuses a bad configuration.
set -u
tool=$(realpath "$1") listing=$2
cd "$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() {  # check WANT-STATUS WANT-STDERR ARGS...
    local want=$1 text=$2
    shift 2
    "$tool" "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    if [ $rc -ne "$want" ] || [ "$(cat "$work/err")" != "$text" ]; then
        echo "FAIL: check-config $*: status $rc (want $want), stderr:"
        cat "$work/err"
        echo "wanted:"
        echo "$text"
        fail=1
    fi
}

check 0 "" --images "$listing" sip/init/boot.conf
# The storage configurations `./insula run --disk` boots (sip/fs/README.md).
check 0 "" --images "$listing" sip/fs/storage.conf
check 0 "" --images "$listing" sip/fs/storage-ramdisk.conf
check 1 "boot/test-bad.conf:5:16: error: [CONFIG-RANGE] priority '12' is out of range (0..7)
boot/test-bad.conf:11:5: error: [CONFIG-NO-IMAGE] SIP 'no-image' has no 'image'" \
    --images "$listing" boot/test-bad.conf
check 1 "./boot/test-bad.conf:5:16: error: [CONFIG-RANGE] priority '12' is out of range (0..7)
./boot/test-bad.conf:11:5: error: [CONFIG-NO-IMAGE] SIP 'no-image' has no 'image'" \
    ./boot/test-bad.conf

printf 'sip hello { image = "hello.sip" }\nsip kv {\n    args  = "x"\n    image =  "kv.sip"\n}\n' \
    >"$work/kv.conf"
check 1 "$work/kv.conf:4:14: error: [CONFIG-IMAGE] sip 'kv': image \"kv.sip\" is no SIP of this tree (a SIP NAME is built as NAME.sip from a folder sip/NAME/, sip/tests/NAME/ or drivers/NAME/; docs/hacking.md)" \
    --images "$listing" "$work/kv.conf"
# Without the listing only init's rules apply.
check 0 "" "$work/kv.conf"

check 0 "" --images "$listing" --list-images sip/init/boot.conf
[ "$(cat "$work/out" | tr '\n' ' ')" = "nameservice.sip hello.sip shell.sip " ] ||
    { echo "FAIL: --list-images: $(cat "$work/out")"; fail=1; }
check 2 "shown.conf: error: cannot read this boot configuration (missing, unreadable or over 1 MiB)" \
    --name shown.conf "$work/missing.conf"
check 2 "usage: check-config [--name SHOWN] [--images LIST] [--list-images] FILE" --bogus x

# The build packs no configuration with errors: boot/mkiso.py (the ISO
# recipe) refuses, naming the file from the source root.
build=$(dirname "$(dirname "$(realpath "$listing")")")
python3 boot/mkiso.py --grub-mkrescue /bin/false --kernel /dev/null --output "$work/x.iso" \
    --build "$build" --source . --config "$PWD/boot/test-bad.conf" >"$work/out" 2>"$work/err" &&
    { echo "FAIL: mkiso.py packed boot/test-bad.conf"; fail=1; }
grep -q "^boot/test-bad.conf:5:16: error: \[CONFIG-RANGE\]" "$work/err" &&
    grep -q "^mkiso.py: no ISO made$" "$work/err" ||
    { echo "FAIL: mkiso.py on a bad configuration said:"; cat "$work/err"; fail=1; }

[ $fail -eq 0 ] && echo "check-config: all cases as expected"
exit $fail
