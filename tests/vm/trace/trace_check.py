#!/usr/bin/env python3
"""Checks a --trace file: Chrome trace-event JSON as docs/SCHEDULING.md describes it.

    trace_check.py FILE [--count PH:NAME=N]... [--at-least PH:NAME=N]...
                        [--slice-name NAME]... [--truncated yes|no]

Every event must be well formed (fields, types, one track); the events
counted in "otherData" must be those in the file; then each --count must
match exactly and each --at-least must be reached.  PH:NAME is an event's
phase and name ("i:spawn", "X:gc"); "X:*" counts every complete event.
"""
import argparse
import collections
import json
import sys


def fail(msg):
    print("trace_check: " + msg)
    sys.exit(1)


def check_event(e, i):
    for key, kind in (("name", str), ("ph", str), ("pid", int), ("tid", int), ("args", dict)):
        if not isinstance(e.get(key), kind):
            fail("event %d lacks %s (%s): %r" % (i, key, kind.__name__, e))
    ph = e["ph"]
    if ph == "M":
        return
    if ph not in ("X", "i"):
        fail("event %d has phase %r" % (i, ph))
    if not isinstance(e.get("ts"), (int, float)) or e["ts"] < 0:
        fail("event %d has no timestamp: %r" % (i, e))
    if ph == "X" and (not isinstance(e.get("dur"), (int, float)) or e["dur"] < 0):
        fail("event %d has no duration: %r" % (i, e))
    if ph == "i" and e.get("s") not in ("t", "g"):
        fail("event %d has no scope: %r" % (i, e))
    if e["pid"] != 1 or e["tid"] != 1:
        fail("event %d is not on scheduler 1's track: %r" % (i, e))
    args, name = e["args"], e["name"]
    want = {"spawn": ("pid", "parent", "initial_call"), "exit": ("pid", "reason"), "send": ("from", "to"),
            "gc": ("pid", "words_before", "words_after")}
    if e.get("cat") == "process" and ph == "X":
        want[name] = ("pid", "reductions")
    for key in want.get(name, ()):
        if key not in args:
            fail("event %d (%s) lacks args.%s: %r" % (i, name, key, e))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--count", action="append", default=[])
    ap.add_argument("--at-least", action="append", default=[])
    ap.add_argument("--slice-name", action="append", default=[])
    ap.add_argument("--truncated", choices=("yes", "no"))
    opts = ap.parse_args()
    try:
        with open(opts.file, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as err:
        fail("%s is not valid JSON: %s" % (opts.file, err))
    events = doc.get("traceEvents")
    other = doc.get("otherData")
    if not isinstance(events, list) or not isinstance(other, dict):
        fail("no traceEvents list or otherData object")
    counts = collections.Counter()
    names = set()
    for i, e in enumerate(events):
        if not isinstance(e, dict):
            fail("event %d is not an object" % i)
        check_event(e, i)
        counts[e["ph"] + ":" + e["name"]] += 1
        if e["ph"] == "X":
            counts["X:*"] += 1
            if e.get("cat") == "process":
                names.add(e["name"])
    if counts["M:thread_name"] != 1 or counts["M:process_name"] != 1:
        fail("metadata naming the process and its thread is missing")
    recorded = len(events) - counts["M:thread_name"] - counts["M:process_name"] - counts["i:trace truncated"]
    if other.get("events") != recorded:
        fail("otherData says %r events, the file holds %d" % (other.get("events"), recorded))
    if opts.truncated:
        want = opts.truncated == "yes"
        if other.get("truncated") is not want or counts["i:trace truncated"] != int(want):
            fail("truncated should be %s: otherData %r, %d notes" % (want, other, counts["i:trace truncated"]))
    for spec, exact in [(s, True) for s in opts.count] + [(s, False) for s in opts.at_least]:
        key, n = spec.rsplit("=", 1)
        got = counts[key]
        if (exact and got != int(n)) or (not exact and got < int(n)):
            fail("%s: %d events, expected %s%s" % (key, got, "" if exact else "at least ", n))
    for name in opts.slice_name:
        if name not in names:
            fail("no slice named %r among %r" % (name, sorted(names)))


if __name__ == "__main__":
    main()
