"""Shared fixtures. Slow tests (real spaCy models, real server, real browser) are marked ``slow``."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def nlp_en():
    from kg import nlp
    return nlp.load("en")


@pytest.fixture(scope="session")
def nlp_fr():
    from kg import nlp
    return nlp.load("fr")


# ----------------------------------------------------------------------------------------------------
# The real server: `kg build seeds` into a tmp folder once, then `kg serve` (uvicorn) as a subprocess.

KG = ROOT / ".venv" / "bin" / "kg"
#: the write token the live servers are started with (tests send it as `Authorization: Bearer ...`)
LIVE_WRITE_TOKEN = "test-write-token"


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class KgServer:
    """`kg serve --data DIR` in a subprocess on a free loopback port; ``url`` once /health answers.

    ``env`` adds settings (``KG_QUERY_TIMEOUT``, ``KG_ROW_CAP``...). The server's stderr (one line per
    request) goes to ``log_path``; it is shown when the server fails to start.
    """

    def __init__(self, data_dir: Path, env: dict[str, str] | None = None, startup_timeout: float = 120.0):
        self.data_dir = Path(data_dir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}-serve-{self.port}.log"
        self.env = {"KG_WRITE_TOKEN": LIVE_WRITE_TOKEN, **(env or {})}
        self.startup_timeout = startup_timeout
        self.proc = None

    def start(self) -> "KgServer":
        import os
        import subprocess
        import time
        import urllib.request

        env = {**os.environ, **self.env}
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([str(KG), "serve", "--data", str(self.data_dir), "--port", str(self.port)],
                                     stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kg serve exited with {self.proc.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"kg serve did not answer /health within {self.startup_timeout} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        import subprocess

        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> "KgServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@pytest.fixture(scope="session")
def seed_data_dir(tmp_path_factory) -> Path:
    """A data folder built by `kg build seeds` (graph files and store). Copy it before serving it:
    an on-disk store is opened by one process at a time."""
    import subprocess

    out = tmp_path_factory.mktemp("seed-build") / "data"
    done = subprocess.run([str(KG), "build", str(SEEDS), "--out", str(out)], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"kg build seeds failed ({done.returncode}):\n{done.stderr}")
    return out


def copy_data_dir(src: Path, tmp_path_factory, name: str) -> Path:
    import shutil

    dst = tmp_path_factory.mktemp(name) / "data"
    shutil.copytree(src, dst)
    return dst


@pytest.fixture(scope="session")
def live_server_process(seed_data_dir, tmp_path_factory):
    """The running `KgServer` over a copy of the seed graph (write token `LIVE_WRITE_TOKEN`)."""
    with KgServer(copy_data_dir(seed_data_dir, tmp_path_factory, "live")) as server:
        yield server


@pytest.fixture(scope="session")
def live_server(live_server_process) -> str:
    """Base URL (``http://127.0.0.1:PORT``) of the real `kg serve` over the seed graph."""
    return live_server_process.url
