#!/usr/bin/python3
"""scripts/claimcheck-dask against the real engine, on a Dask scheduler and two workers this test
starts on loopback (and stops, whatever happens). Each case compares the driver's standard output
and exit code with one `claimcheck check --format json` run over the same inputs, byte for byte.

usage: dask_test.py CLAIMCHECK-BINARY CASE   (run from the source root)
cases:
  cluster  generated stories, the conflict fixtures and a story that is not UTF-8, over a scheduler
           and two workers: identical findings; the bad story's error is reported, the rest checked
  kill     the same while one worker is killed (SIGKILL) in the middle of a map task: the run
           completes with identical findings, nothing lost and nothing duplicated
  local    --local 2 (the driver starts and stops its own cluster) over the fixtures
"""
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.getcwd()
DRIVER = os.path.join(ROOT, "scripts", "claimcheck-dask")
PYTHON = "/usr/bin/python3"
failures = []


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    failures.append(message)


def corpus(tmp, stories):
    """Inputs: generated stories, the fixtures' conflict stories and the seed, and a story that is
    not UTF-8."""
    gen = os.path.join(tmp, "corpus")
    subprocess.run([PYTHON, "tests/support/gen_stories.py", gen, str(stories), "--paragraphs", "6"], check=True)
    with open(os.path.join(gen, "story-broken.txt"), "wb") as f:
        f.write(b"DUSHANBE, May 1, 2015 - Officials said Karim Rahimov was arrested \xff\xfe on May 1.\n")
    conflicts = typed_conflict_fixtures()
    return [gen, "fixtures/stories", "fixtures/eurasianet-tajikistan-general.txt", *conflicts]


def single(binary, inputs, extra=()):
    p = subprocess.run([binary, "check", "--format", "json", "--fail-on", "info", *extra, *inputs], capture_output=True)
    return p


class Driver:
    """The driver running in the background, its output in files (a pipe would fill and stall it)."""

    def __init__(self, binary, tmp, mode, inputs, extra=(), check_options=()):
        cmd = [DRIVER, *mode, "--binary", binary, *extra, "check", "--format", "json", "--fail-on", "info",
               *check_options, *inputs]
        self.out_path, self.err_path = os.path.join(tmp, "driver.out"), os.path.join(tmp, "driver.err")
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)

    def wait(self, timeout=200):  # below the CTest timeout, so the test kills its driver itself
        try:
            rc = self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        with open(self.out_path, "rb") as out, open(self.err_path, "rb") as err:
            return out.read(), err.read(), rc


def compare(expected, out, err, rc, what):
    if rc != expected.returncode:
        fail(f"{what}: exit {rc}, one run exits {expected.returncode}; stderr: {err.decode()[-2000:]}")
    if out != expected.stdout:
        fail(f"{what}: output differs from one run ({len(out)} bytes against {len(expected.stdout)})")
        a, b = expected.stdout.decode().splitlines(), out.decode().splitlines()
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print(f"  first difference at line {i + 1}:\n  one run: {x}\n  driver:  {y}", file=sys.stderr)
                break


class Cluster:
    """A scheduler and workers on loopback; stop() kills them all. They stay in the test's process
    group, so a CTest timeout that kills the group kills them too, and they give up by themselves
    when idle (the scheduler after 60 s without work, a worker 30 s after losing the scheduler)."""

    def __init__(self, tmp, workers, env=None):
        self.tmp = tmp
        self.procs = []
        self.scheduler_file = os.path.join(tmp, "scheduler.json")
        log = open(os.path.join(tmp, "scheduler.log"), "wb")
        self.procs.append(subprocess.Popen(
            ["dask-scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--idle-timeout", "60",
             "--scheduler-file", self.scheduler_file], stdout=log, stderr=log))
        self.address = self._address()
        self.workers = []
        for i in range(workers):
            wlog = open(os.path.join(tmp, f"worker-{i}.log"), "wb")
            p = subprocess.Popen(
                ["dask-worker", self.address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
                 "--no-dashboard", "--death-timeout", "30", "--local-directory", os.path.join(tmp, f"worker-{i}")],
                stdout=wlog, stderr=wlog, cwd=ROOT, env=env)
            self.procs.append(p)
            self.workers.append(p)
        self._wait_for_workers(workers)

    def _address(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with open(self.scheduler_file) as f:
                    return json.load(f)["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)
        raise RuntimeError("the scheduler did not start: " + open(os.path.join(self.tmp, "scheduler.log")).read())

    def _wait_for_workers(self, n):
        from distributed import Client
        with Client(self.address, timeout=60) as c:
            c.wait_for_workers(n, timeout=60)

    def stop(self):
        for p in self.procs:
            if p.poll() is None:
                p.kill()
            p.wait()


def case_cluster(binary, tmp):
    inputs = corpus(tmp, 240)
    expected = single(binary, inputs)
    if expected.returncode != 2:
        fail(f"one run over a corpus with a broken story exits {expected.returncode}, not 2")
    if b"story-broken.txt" not in expected.stderr:
        fail("one run does not report the broken story")
    report = json.loads(expected.stdout)
    conflicts = sum(1 for f in report["findings"] if f["check"].startswith("conflict."))
    across = sum(1 for f in report["findings"] if f["check"].startswith("conflict.")
                 and any(r["path"] != f["path"] for r in f["related"]))
    if report["summary"]["files"] < 240 or conflicts < 20 or across < 10:
        fail(f"the corpus is too tame: {report['summary']['files']} files, {conflicts} conflicts, {across} across")
    cluster = Cluster(tmp, 2)
    try:
        d = Driver(binary, tmp, ["--scheduler", cluster.address], inputs, extra=["--shard-size", "25"])
        out, err, rc = d.wait()
        compare(expected, out, err, rc, "scheduler + 2 workers")
        if b"story-broken.txt" not in err or b"error" not in err:
            fail("the driver does not report the broken story's error: " + err.decode()[-1000:])
    finally:
        cluster.stop()


def case_kill(binary, tmp):
    inputs = corpus(tmp, 120)
    expected = single(binary, inputs)
    marks = os.path.join(tmp, "marks")
    os.makedirs(marks)
    # The workers mark each task they start (with their pid) and take 1.5 s before a map task's work.
    env = dict(os.environ, CLAIMCHECK_DASK_TEST_MARKS=marks, CLAIMCHECK_DASK_TEST_DELAY="1.5")
    cluster = Cluster(tmp, 2, env=env)
    victim = None
    try:
        d = Driver(binary, tmp, ["--scheduler", cluster.address], inputs, extra=["--shard-size", "25"])
        p = d.proc
        worker_pids = {w.pid for w in cluster.workers}
        deadline = time.time() + 120
        while victim is None and time.time() < deadline and p.poll() is None:
            for name in os.listdir(marks):
                kind, _, pid = name.split("-")
                if kind == "map" and int(pid) in worker_pids:
                    victim = int(pid)
                    break
            time.sleep(0.05)
        if victim is None:
            fail("no map task started on a worker")
        else:
            os.kill(victim, signal.SIGKILL)  # mid-task: the task sleeps 1.5 s before its work
        out, err, rc = d.wait()
        compare(expected, out, err, rc, "a worker killed mid-run")
        dead = [w for w in cluster.workers if w.pid == victim]
        if victim is not None and (not dead or dead[0].wait(timeout=10) != -signal.SIGKILL):
            fail("the killed worker did not die of SIGKILL")
        # The killed worker's task ran again elsewhere: more map marks than shards.
        maps = [m for m in os.listdir(marks) if m.startswith("map-")]
        shards = {m.split("-")[1] for m in maps}
        if len(maps) <= len(shards):
            fail(f"no map task was run again after the kill ({len(maps)} runs, {len(shards)} shards)")
    finally:
        cluster.stop()


# The open-layer conflict checks (conflict.denial, conflict.polarity, conflict.number): their
# fixtures are checked with the checks turned on (case_local), each story's open claims shipped and
# reduced like typed ones.
OPEN_LAYER = ("conflict.denial", "conflict.polarity", "conflict.number")


def typed_conflict_fixtures():
    return [p for p in sorted(glob.glob("fixtures/checks/conflict.*/bad.txt")) if p.split("/")[2] not in OPEN_LAYER]


def open_conflict_fixtures():
    """Every story of the open checks' fixtures, the cross-story pairs included."""
    found = []
    for check in OPEN_LAYER:
        found += glob.glob(f"fixtures/checks/{check}/**/*.txt", recursive=True)
    return sorted(p for p in found if not os.path.basename(p).startswith("expected"))


def case_local(binary, tmp):
    inputs = ["fixtures/stories", "fixtures/eurasianet-tajikistan-general.txt",
              *typed_conflict_fixtures()]
    expected = single(binary, inputs)
    d = Driver(binary, tmp, ["--local", "2"], inputs, extra=["--shard-size", "2"])
    out, err, rc = d.wait()
    compare(expected, out, err, rc, "--local 2")
    # The open layer, turned on: its fixtures, with the stories above between them.
    config = os.path.join(tmp, "open.yaml")
    with open(config, "w", encoding="utf-8") as f:
        f.write("checks:\n  enable: [conflict.denial, conflict.polarity, conflict.number]\n")
    inputs = [*open_conflict_fixtures(), "fixtures/stories"]
    expected = single(binary, inputs, ["--config", config])
    found = sum(expected.stdout.decode("utf-8").count(f'"{c}"') for c in OPEN_LAYER)
    if found < 4:
        fail(f"the open-layer fixtures give only {found} open conflicts in one run")
    # One story a shard: every conflict between stories goes through the shuffle and the reducers.
    d = Driver(binary, tmp, ["--local", "2"], inputs, extra=["--shard-size", "1"], check_options=["--config", config])
    out, err, rc = d.wait()
    compare(expected, out, err, rc, "--local 2, open layer on")


def main():
    binary, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="claimcheck-dask-test-")
    try:
        {"cluster": case_cluster, "kill": case_kill, "local": case_local}[case](binary, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
