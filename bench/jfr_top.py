#!/usr/bin/python3
"""Aggregates a JFR recording by site-gen stage: where execution samples and sampled
allocations go. A sample belongs to the outermost site-gen stage class on its stack below
SiteBuilder (e.g. dedup.Deduplicator), or to "maven/jvm" when none is on it.

usage: jfr_top.py RECORDING.jfr [TOP_FRAMES]
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")
WEIGHT = re.compile(r"^\s+weight = ([\d.,]+) (bytes|kB|MB|GB)")
UNITS = {"bytes": 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def events(recording, name):
    out = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", name, recording],
                         check=True, capture_output=True, text=True).stdout
    for block in out.split(name + " {")[1:]:
        frames, weight = [], 1
        for line in block.split("\n"):
            m = FRAME.match(line)
            if m:
                frames.append(m.group(1))
            w = WEIGHT.match(line)
            if w:
                weight = float(w.group(1).replace(",", "")) * UNITS[w.group(2)]
        yield frames, weight


def stage(frames):
    """The outermost io.github.sitegen class below SiteBuilder/the Mojo, by package.Class."""
    found = None
    for frame in frames:  # innermost first
        if frame.startswith("io.github.sitegen.") and ".maven." not in frame and "SiteBuilder" not in frame:
            parts = frame.split(".")
            found = ".".join(parts[3:5]).split("$")[0]
    return found or "maven/jvm"


def report(recording, name, top, unit):
    by_stage, by_frame, total = collections.Counter(), collections.Counter(), 0
    for frames, weight in events(recording, name):
        if not frames:
            continue
        total += weight
        by_stage[stage(frames)] += weight
        by_frame[frames[0]] += weight
    print("## %s: %s %s" % (name, fmt(total, unit), unit))
    for key, value in by_stage.most_common(15):
        print("  %5.1f%%  %s" % (100.0 * value / total, key))
    print("  top frames:")
    for key, value in by_frame.most_common(top):
        print("  %5.1f%%  %s" % (100.0 * value / total, key))


def fmt(value, unit):
    return "%.0f" % (value / 2 ** 20) if unit == "MiB" else "%d" % value


if __name__ == "__main__":
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    report(recording, "jdk.ExecutionSample", top, "samples")
    report(recording, "jdk.ObjectAllocationSample", top, "MiB")
