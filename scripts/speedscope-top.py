#!/usr/bin/env python3
"""Top frames of a CPU profile taken with dotnet-trace (speedscope format).

Usage:
  dotnet-trace collect -p PID --duration 00:00:00:08 --format speedscope   # writes *.speedscope.json
  scripts/speedscope-top.py FILE [--top N]              # frames by CPU share: inclusive and exclusive
  scripts/speedscope-top.py FILE --callers SUBSTRING    # who calls the frames whose name contains SUBSTRING

Only samples whose leaf is the CPU_TIME pseudo-frame count (a thread blocked in native code is
UNMANAGED_CODE_TIME and is left out), so the shares are of the process's busy samples.
"""
import argparse
import collections
import json


def samples(profile_file):
    data = json.load(open(profile_file))
    names = [frame["name"] for frame in data["shared"]["frames"]]
    cpu = names.index("CPU_TIME") if "CPU_TIME" in names else -1
    for profile in data["profiles"]:
        if profile["type"] == "evented":
            stack, last = [], None
            for event in profile["events"]:
                if last is not None and stack and stack[-1] == cpu:
                    yield names, list(stack), event["at"] - last
                last = event["at"]
                if event["type"] == "O":
                    stack.append(event["frame"])
                elif stack:
                    stack.pop()
        else:
            for stack, weight in zip(profile["samples"], profile["weights"]):
                if stack and stack[-1] == cpu:
                    yield names, stack, weight


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--callers")
    args = parser.parse_args()
    inclusive, exclusive, callers = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0.0
    names = []
    for names, stack, weight in samples(args.file):
        total += weight
        if args.callers:
            for i in range(len(stack) - 1, -1, -1):
                if args.callers in names[stack[i]]:
                    path = " <- ".join(names[f].split("!")[-1][:80] for f in stack[max(0, i - 4):i][::-1])
                    callers[path] += weight
                    break
            continue
        for frame in set(stack[:-1]):
            inclusive[frame] += weight
        if len(stack) > 1:
            exclusive[stack[-2]] += weight
    if total == 0:
        print("no CPU samples")
        return
    if args.callers:
        matched = sum(callers.values())
        print(f"{100 * matched / total:.1f} % of the busy samples are under '{args.callers}'; its callers:")
        for path, weight in callers.most_common(args.top):
            print(f"{100 * weight / matched:6.1f} %  {path}")
        return
    print("exclusive (the frame running):")
    for frame, weight in exclusive.most_common(args.top):
        print(f"{100 * weight / total:6.2f} %  {names[frame][:170]}")
    print("inclusive:")
    for frame, weight in inclusive.most_common(args.top):
        print(f"{100 * weight / total:6.2f} %  {names[frame][:170]}")


if __name__ == "__main__":
    main()
