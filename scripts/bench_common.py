"""Shared parts of scripts/bench-startup and scripts/bench-panic: finding the
release build, generating the data folders once, a private Xvfb server, and
starting a program that reports its first paint (HOLDFAST_REPORT_FIRST_PAINT,
see ui/PaintProbe.h) on CLOCK_MONOTONIC, the clock time.monotonic_ns() reads."""

import datetime
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def die(message):
    print(f"{os.path.basename(sys.argv[0])}: {message}", file=sys.stderr)
    sys.exit(1)


def build_dir(path):
    """The release build with benchmarks (cmake --preset bench), built here if needed."""
    if path:
        return os.path.abspath(path)
    build = os.path.join(ROOT, "build", "bench")
    if not os.path.exists(os.path.join(build, "build.ninja")):
        subprocess.run(["cmake", "--preset", "bench"], cwd=ROOT, check=True)
    subprocess.run(["cmake", "--build", build, "--target", "holdfast", "holdfast-floor", "holdfast-datagen"],
                   cwd=ROOT, check=True)
    return build


def program(build, name):
    for candidate in (os.path.join(build, "app", name), os.path.join(build, "benchmarks", "floor", name),
                      os.path.join(build, "tools", "datagen", name)):
        if os.access(candidate, os.X_OK):
            return candidate
    die(f"{name} not found in {build}")


PROFILES = {"tiny": ["--years", "1", "--urges", "3000", "--journal", "300", "--unsent", "30"],
            "1y": ["--years", "1"], "3y": ["--years", "3"], "10y": ["--years", "10"]}


def data_folder(build, profile):
    """build/bench-data/<profile>-<today>, the cache the benchmarks share; generated when missing."""
    if profile not in PROFILES:
        die(f"unknown profile {profile} (one of {', '.join(PROFILES)})")
    root = os.environ.get("HOLDFAST_BENCH_DATA") or os.path.join(build, "bench-data")
    folder = os.path.join(root, f"{profile}-{datetime.date.today().isoformat()}")
    if not os.path.exists(os.path.join(folder, "holdfast.sqlite")):
        partial = folder + ".partial"
        shutil.rmtree(partial, ignore_errors=True)
        os.makedirs(root, exist_ok=True)
        print(f"generating the {profile} folder (once a day): {folder}", file=sys.stderr)
        subprocess.run([program(build, "holdfast-datagen"), "--quiet", "--out", partial] + PROFILES[profile],
                       check=True)
        os.rename(partial, folder)
    return folder


def fresh_copy(folder, into):
    """The database files only (no backups): a user's folder before today's backup."""
    os.makedirs(into, mode=0o700, exist_ok=True)
    for name in os.listdir(folder):
        if name.startswith("holdfast.sqlite"):
            shutil.copy2(os.path.join(folder, name), os.path.join(into, name))
    # Written out before the program starts, so the copy's write-back does not
    # compete with the start being measured.
    os.sync()
    return into


class Xvfb:
    """A private X server for the runs; no window manager, like xvfb-run."""

    def __enter__(self):
        if not shutil.which("Xvfb"):
            die("Xvfb is missing (scripts/setup installs it)")
        read, write = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                                         "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()


def environment(display, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "WAYLAND"))}
    env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOLDFAST_REPORT_FIRST_PAINT": "1",
                "HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_RUNTIME_DIR": os.path.join(home, "run"),
                "LC_ALL": "C.UTF-8", "LANGUAGE": "en"})
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    return env


class Running:
    """A started program whose stderr is read for holdfast-paint lines."""

    def __init__(self, argv, env):
        self.started_ns = time.monotonic_ns()
        self.process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.marks = {}

    def wait_for(self, label, timeout=120):
        deadline = time.monotonic() + timeout
        while label not in self.marks:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no '{label}' from {self.process.args[0]}")
            line = self.process.stderr.readline()
            if not line:
                raise RuntimeError(f"{self.process.args[0]} ended before '{label}'")
            parts = line.split()
            if len(parts) == 3 and parts[0] == "holdfast-paint":
                self.marks[parts[1]] = int(parts[2])
        return self.marks[label]

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        return 0.0

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stderr.close()


def spread(values):
    """min / median / max."""
    return min(values), statistics.median(values), max(values)


def temp_root():
    return tempfile.mkdtemp(prefix="holdfast-bench-")
