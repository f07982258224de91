"""Fixed reference data: the benchmarks Insula has, Singularity's published
figures, and the issue's targets. Nothing here is a measurement of ours."""

# (benchmark, payload) in table order; sip_pingpong has one row per payload.
PAYLOADS = (1, 4, 64, 1024, 4096, 65536)
BENCHMARKS = (
    [("cycle_counter", None), ("abi_call", None), ("thread_yield", None),
     ("thread_pingpong_wait", None)]
    + [("sip_pingpong", p) for p in PAYLOADS]
    + [("sip_create_exit", None), ("page_alloc", None), ("channel_create", None)])

# Benchmarks whose name starts with this are the safe-code tax (tax.py):
# reported in their own table, not beside Linux.
TAX_PREFIX = "compute_"

DESCRIPTIONS = {
    "cycle_counter": "read the cycle counter",
    "abi_call": "ABI call (kernel entry)",
    "thread_yield": "thread yield",
    "thread_pingpong_wait": "2-thread wait ping-pong (round trip)",
    "sip_pingpong": "2-process message round trip",
    "sip_create_exit": "create + start + exit a process",
    "page_alloc": "allocate and free a page",
    "channel_create": "create and close a channel",
}

# Singularity technical report MSR-TR-2005-135, Table 1, in cycles:
# (Singularity, Linux on the same machine).
SINGULARITY_LABEL = "Singularity TR, Athlon 64 3000+"
SINGULARITY = {
    ("abi_call", None): (87, 437),
    ("thread_yield", None): (394, 906),
    ("thread_pingpong_wait", None): (1207, 4041),
    ("sip_pingpong", 1): (1452, 5797),
    ("sip_create_exit", None): (300000, 719000),
}

# The targets, all on `hosted`, in cycles. kind:
#   "max"        hosted figure <= limit
#   "speedup"    Linux figure / hosted figure >= limit
#   "within"     hosted figure / hosted reference figure <= 1 + limit
TARGETS = [
    {"what": "ABI call", "kind": "max", "limit": 15, "key": ("abi_call", None)},
    {"what": "thread yield", "kind": "max", "limit": 120, "key": ("thread_yield", None)},
    {"what": "1-byte SIP round trip", "kind": "max", "limit": 250,
     "key": ("sip_pingpong", 1)},
    {"what": "1-byte SIP round trip vs Linux pipe round trip (same CPU)",
     "kind": "speedup", "limit": 50, "key": ("sip_pingpong", 1),
     "linux": "sip_pingpong/pipe"},
    {"what": "64 KiB SIP round trip vs 1-byte one", "kind": "within", "limit": 0.10,
     "key": ("sip_pingpong", 65536), "reference": ("sip_pingpong", 1)},
    {"what": "create + start + exit SIP", "kind": "max", "limit": 50000,
     "key": ("sip_create_exit", None)},
]
