#!/usr/bin/env python3
"""Import benchmark: builds two corpora from the seeds and times `metricsdashboard import` on each,
as a whole process, by CPU seconds (user+sys of the child) and wall seconds.

  scripts/import-bench.py corpus <folder>                 write both corpora under <folder>
  scripts/import-bench.py time <cli> <corpus> [runs]      import <corpus> into a fresh database per run

Corpora (2,500 files each, ~50 MB, every file with its seed's .meta.json sidecar):
  perturbed/  each seed 500 times, every number that is no date (not followed by 年/月/日/号) scaled by
              1 + copy/100, so figures differ between copies: the ordinary case.
  copies/     125 perturbed variants, each written 20 times with only trailing blank lines different
              (the content hash differs, the text does not): every figure repeated in 20 documents, the
              worst case for cross-article matching.
Each run prints files/s, MB/s and figures/s (wall), CPU seconds (user+sys), peak RSS and the load.
CPU time is the judge: the machine is shared, so wall time counts other processes too."""
import os, re, resource, shutil, subprocess, sys, tempfile, time

SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
NUMBER = re.compile(r"(\d+)(\.\d+)?(?![\d年月日号])")

def perturb(text, copy):
    factor = 1 + copy / 100
    def scale(m):
        whole, frac = m.group(1), m.group(2)
        if frac:
            places = len(frac) - 1
            return f"{float(whole + frac) * factor:.{places}f}"
        return str(round(int(whole) * factor))
    return NUMBER.sub(scale, text)

def seeds():
    names = sorted(n for n in os.listdir(SEEDS) if n.endswith(".txt"))
    return [(n, open(os.path.join(SEEDS, n), encoding="utf-8").read(), open(os.path.join(SEEDS, n + ".meta.json"), encoding="utf-8").read()) for n in names]

def write(folder, name, text, meta):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(folder, name + ".meta.json"), "w", encoding="utf-8") as f:
        f.write(meta)

def corpus(root):
    perturbed, copies = os.path.join(root, "perturbed"), os.path.join(root, "copies")
    os.makedirs(perturbed, exist_ok=True)
    os.makedirs(copies, exist_ok=True)
    s = seeds()
    for i in range(2500):
        name, text, meta = s[i % len(s)]
        write(perturbed, f"{i:04d}_{name}", perturb(text, i // len(s) + 1), meta)
    for i in range(2500):
        variant, repeat = i // 20, i % 20
        name, text, meta = s[variant % len(s)]
        write(copies, f"{i:04d}_{name}", perturb(text, variant // len(s) + 1) + "\n" * (repeat + 1), meta)
    print(f"wrote {perturbed} and {copies}")

def corpus_size(folder):
    files = [os.path.join(folder, n) for n in os.listdir(folder) if not n.endswith(".meta.json")]
    return len(files), sum(os.path.getsize(f) for f in files)

def timed(cli, corpus_folder, runs):
    files, size = corpus_size(corpus_folder)
    for run in range(1, runs + 1):
        folder = tempfile.mkdtemp(prefix="import-bench-")
        db = os.path.join(folder, "x.db")
        out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        start = time.monotonic()
        child = subprocess.Popen([cli, "import", corpus_folder, "--db", db], stdout=out, stderr=err)
        # wait4: this child's own CPU time and peak resident memory.
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        out, err = out.read(), err.read()
        cpu = usage.ru_utime + usage.ru_stime
        if child.returncode > 1:
            sys.exit(f"{cli} exited {child.returncode}: {err.decode()[-2000:]}")
        load = open("/proc/loadavg").read().split()[0]
        first = (out.decode().strip().splitlines() or [""])[0]
        figures = int(m.group(1)) if (m := re.search(r"(\d+) indicators added", first)) else 0
        print(f"run {run}: {files} files, {size / 1e6:.1f} MB, {figures} figures | wall {wall:.2f} s: {files / wall:.0f} files/s, "
              f"{size / 1e6 / wall:.2f} MB/s, {figures / wall:.0f} figures/s | cpu {cpu:.2f} s | peak RSS {usage.ru_maxrss / 1024:.0f} MB | "
              f"load {load} | db {os.path.getsize(db) / 1e6:.0f} MB", flush=True)
        # Each run's database (~250 MB) is removed: left behind, they filled the disk and the page cache.
        shutil.rmtree(folder, ignore_errors=True)

if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "corpus":
        corpus(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "time":
        timed(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 3)
    else:
        sys.exit(__doc__)
