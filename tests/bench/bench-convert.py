#!/usr/bin/env python3
"""bench-convert.py -- time `citekit convert -f bibtex -t ris` next to
bibutils (`bib2xml | xml2ris`) and pandoc (`pandoc -f bibtex -t csljson`)
on 5k, 20k and 50k real BibTeX entries, in one run, and print a table of
seconds, ratios and peak RSS.

The inputs come from the shared corpus's make-big script and are written to
--outdir (the build directory), never to the source tree.  Without the
corpus (CK_SHARED_DIR unset or missing) the benchmark is skipped (exit 77,
meson's skip code).  A tool that is not installed is skipped; the others
still run.

    python3 tests/bench/bench-convert.py --citekit build/src/cli/citekit --outdir build/bench
    ninja -C build bench            # the same, as a run target
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

SKIP = 77
SIZES = ["5k", "20k", "50k"]


def log(msg):
    print(msg, flush=True)


def measure(cmd, stdout_path):
    """Run @cmd (a shell string) with stdout to @stdout_path.  Returns
    (wall seconds, user CPU seconds, peak RSS in MiB, exit status).  User
    time is summed over every process of a pipeline and peak RSS is the
    largest resident set of any of them (GNU time's %U and %M, which come
    from wait4 and so cover the shell's children).  On a shared machine
    user time is the figure to compare: wall time includes waiting for the
    CPU."""
    gnu_time = shutil.which("time", path="/usr/bin")
    with open(stdout_path, "wb") as out:
        if gnu_time:
            tf = stdout_path + ".time"
            start = time.monotonic()
            rc = subprocess.call([gnu_time, "-f", "%e %U %M", "-o", tf, "sh", "-c", cmd],
                                 stdout=out, stderr=subprocess.DEVNULL)
            wall = time.monotonic() - start
            with open(tf) as fh:
                fields = fh.read().split()
            os.unlink(tf)
            # GNU time prints "Command exited with non-zero status N" first
            secs, user, kib = float(fields[-3]), float(fields[-2]), int(fields[-1])
            return (secs if secs > 0 else wall), user, kib / 1024.0, rc
        start = time.monotonic()
        proc = subprocess.Popen(["sh", "-c", cmd], stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        return wall, usage.ru_utime, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def count_lines(path, pattern):
    rx = re.compile(pattern)
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            if rx.match(line):
                n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--citekit", required=True, help="path of the built citekit binary")
    ap.add_argument("--outdir", required=True, help="where inputs and outputs go (build dir)")
    ap.add_argument("--sizes", default=",".join(SIZES), help="comma list out of 5k,20k,50k")
    ap.add_argument("--no-pandoc", action="store_true", help="leave pandoc out (it needs ~4 GB at 50k)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of citekit per size; the one with the least user time counts (default 3)")
    args = ap.parse_args()

    shared = os.environ.get("CK_SHARED_DIR", "")
    make_big = os.path.join(shared, "corpus", "make-big")
    if not shared or not os.path.exists(make_big):
        log("SKIP: the shared corpus is not available (CK_SHARED_DIR=%r)" % shared)
        return SKIP
    sizes = [s for s in args.sizes.split(",") if s]
    os.makedirs(args.outdir, exist_ok=True)
    inputs = {s: os.path.join(args.outdir, "big%s.bib" % s) for s in sizes}
    if not all(os.path.exists(p) for p in inputs.values()):
        log("building inputs with %s ..." % make_big)
        subprocess.check_call(["bash", make_big, args.outdir], stdout=subprocess.DEVNULL)

    citekit = os.path.abspath(args.citekit)
    tools = [("citekit", "citekit convert -f bibtex -t ris",
              lambda i: "'%s' convert -f bibtex -t ris '%s'" % (citekit, i), rb"^TY  - ")]
    if shutil.which("bib2xml") and shutil.which("xml2ris"):
        tools.append(("bibutils", "bib2xml | xml2ris",
                      lambda i: "bib2xml '%s' | xml2ris" % i, rb"^TY  - "))
    else:
        log("note: bibutils (bib2xml, xml2ris) not installed; skipped")
    if shutil.which("pandoc") and not args.no_pandoc:
        tools.append(("pandoc", "pandoc -f bibtex -t csljson",
                      lambda i: "pandoc -f bibtex -t csljson '%s'" % i, rb'^\s*"id": '))
    elif not args.no_pandoc:
        log("note: pandoc not installed; skipped")

    rows = []
    for s in sizes:
        inp = inputs[s]
        mb = os.path.getsize(inp) / 1e6
        with open(inp.replace(".bib", ".keys")) as fh:
            entries = sum(1 for _ in fh)
        for name, label, mk, rx in tools:
            out = os.path.join(args.outdir, "out-%s-%s" % (name, s))
            # citekit is cheap to repeat: its best of --repeat runs (by
            # user time) counts, which takes out most of a shared machine's
            # noise; the others run once.
            runs = [measure(mk(inp), out) for _ in range(max(1, args.repeat) if name == "citekit" else 1)]
            secs, user, rss, rc = min(runs, key=lambda r: r[1])
            rc = max(r[3] for r in runs)
            records = count_lines(out, rx)
            rows.append(dict(size=s, entries=entries, mb=mb, tool=name, label=label,
                             secs=secs, user=user, rss=rss, rc=rc, records=records))
            log("  %-4s %-9s %8.2f s user %8.2f s wall %8.1f MiB  exit %d  %d records out" %
                (s, name, user, secs, rss, rc, records))

    # the table
    log("")
    log("Conversion of real BibTeX (make-big) on %d CPU(s)" % os.cpu_count())
    log("| entries | MB | tool | command | user s | wall s | x citekit (user) | peak RSS (MiB) | records out | exit |")
    log("|---:|---:|---|---|---:|---:|---:|---:|---:|---:|")
    base = {r["size"]: r["user"] for r in rows if r["tool"] == "citekit"}
    for r in rows:
        ratio = r["user"] / base[r["size"]] if base.get(r["size"]) else float("nan")
        log("| %d | %.1f | %s | `%s` | %.2f | %.2f | %.1f | %.1f | %d | %d |" %
            (r["entries"], r["mb"], r["tool"], r["label"].replace("|", "\\|"), r["user"], r["secs"], ratio, r["rss"],
             r["records"], r["rc"]))

    # linearity: citekit's time per 1,000 entries at each size
    ck = [r for r in rows if r["tool"] == "citekit"]
    if len(ck) >= 2:
        log("")
        log("citekit user seconds per 1,000 entries: " +
            ", ".join("%s: %.3f" % (r["size"], 1000.0 * r["user"] / r["entries"]) for r in ck))
        first, last = ck[0], ck[-1]
        if first["user"] > 0 and last["entries"] != first["entries"]:
            import math
            k = math.log(last["user"] / first["user"]) / math.log(last["entries"] / first["entries"])
            log("citekit growth exponent (time ~ n^k) from %s to %s: k = %.2f" %
                (first["size"], last["size"], k))
    # targets
    for r in ck:
        if r["size"] == "50k":
            bu = [x for x in rows if x["tool"] == "bibutils" and x["size"] == "50k"]
            if bu:
                log("50k: citekit is %.0fx faster than bib2xml | xml2ris in user CPU time, %.0fx in wall time"
                    " (target >= 100x)" % (bu[0]["user"] / r["user"], bu[0]["secs"] / r["secs"]))
            log("50k: citekit peak RSS %.1f MiB (target < 64 MiB)" % r["rss"])
    failed = [r for r in ck if r["rc"] != 0]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
