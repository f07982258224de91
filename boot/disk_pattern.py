"""disk_pattern.py — the deterministic content of a boot test's disk image.

Word k (little-endian 64-bit, k = 0..63) of sector s under seed `seed` is
mix(seed * 0x9E3779B97F4A7C15 + s * 64 + k + 1), the splitmix64 finalizer;
sip/tests/disk-check computes the same words inside the guest. A disk test
fills the image with one seed, the guest checks it and writes another, and
the host checks every byte (and the SHA-256) of the image after the run.
"""
import hashlib
import struct

SECTOR = 512
MASK = (1 << 64) - 1


def mix(x):
    x &= MASK
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & MASK
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & MASK
    x ^= x >> 31
    return x


def sector_bytes(seed, s):
    base = seed * 0x9E3779B97F4A7C15 + s * 64 + 1
    return struct.pack("<64Q", *(mix(base + k) for k in range(64)))


def image_bytes(seed, sectors):
    return b"".join(sector_bytes(seed, s) for s in range(sectors))


def write_image(path, seed, sectors):
    with open(path, "wb") as f:
        f.write(image_bytes(seed, sectors))


def check_image(path, seed, sectors):
    """Returns a list of problems (empty when the image is exactly the pattern)."""
    with open(path, "rb") as f:
        data = f.read()
    want = image_bytes(seed, sectors)
    if data == want:
        return []
    if len(data) != len(want):
        return [f"disk image has {len(data)} bytes, expected {len(want)}"]
    bad = [s for s in range(sectors) if data[s * SECTOR:(s + 1) * SECTOR] != want[s * SECTOR:(s + 1) * SECTOR]]
    return [f"disk image: {len(bad)} sector(s) differ from seed {seed} (first {bad[0]}); "
            f"sha256 {hashlib.sha256(data).hexdigest()} != {hashlib.sha256(want).hexdigest()}"]
