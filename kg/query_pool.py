"""User SPARQL queries in worker processes that are killed at the time limit, over store snapshots.

pyoxigraph cannot interrupt a query: one that computes everything before its first row (ORDER BY,
GROUP BY, COUNT over a huge join) keeps a CPU busy until it ends, whatever thread waits for it. A
process can be stopped, so the queries users write (``/sparql``, ``kg sparql``) run in worker
processes, and a query over the time limit is stopped by killing its worker (SIGKILL), which a fresh
one replaces.

Snapshots. Opening a database read-only while another process writes it is undefined behaviour
(pyoxigraph's ``Store.read_only``), so workers never open the live database. The writer (the process
holding the store for writing) checkpoints it after every committed change, and when it opens the
store, with ``Store.backup`` (RocksDB checkpoint: hard links on the same filesystem, ~15 ms for a
million triples here) into ``<store>/snapshots/<n>``, which no process writes to again. Workers and
read-only stores open the newest one. A reader holds a shared ``flock`` on the snapshot folder while
it has it open; `prune_snapshots` removes an older snapshot only when it can take the lock
exclusively, i.e. when no query, in any process, uses it.

    make_snapshot(db, store_dir) -> Path          # the writer, after each change
    prune_snapshots(store_dir)                    # the writer: drop snapshots nobody reads
    open_newest(store_dir) -> OpenSnapshot        # readers: newest snapshot, locked, opened read-only
    pool = QueryPool(store_dir, size=4, on_release=...)
    pool.run(QueryRequest(...), timeout=10.0)     # -> QueryResult | SerializedResult
    pool.close()

This module imports only the standard library and pyoxigraph, so a worker starts in ~50 ms.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

SNAPSHOTS_DIR = "snapshots"
DB_DIR = "oxigraph"
#: times a reader looks again for the newest snapshot when the one it chose was removed meanwhile
OPEN_ATTEMPTS = 20
#: how long `QueryPool.refresh` waits for an idle worker to reopen the newest snapshot
REFRESH_TIMEOUT = 30.0

#: SPARQL results formats for SELECT and ASK
RESULTS_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
#: RDF formats for CONSTRUCT and DESCRIBE
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


# ----------------------------------------------------------------------------------------------------
# results


@dataclass(frozen=True)
class QueryResult:
    """A finished query. ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE).

    ``rows`` are tuples of pyoxigraph terms (None when unbound) in ``variables`` order; ``triples``
    are pyoxigraph Triples; ``truncated`` is True when the row cap cut the result.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    boolean: bool | None = None
    triples: tuple = ()
    truncated: bool = False
    row_cap: int = 0
    elapsed: float = 0.0

    def bindings(self) -> list[dict[str, object]]:
        """SELECT rows as dicts of plain values (str for IRIs and literals; None when unbound)."""
        return [{v: (None if t is None else t.value) for v, t in zip(self.variables, row)} for row in self.rows]

    def to_json(self) -> dict:
        """SPARQL 1.1 JSON results (SELECT/ASK), plus ``"truncated"`` and ``"row_cap"`` members."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        if self.kind != "select":
            raise ValueError("a CONSTRUCT/DESCRIBE result is a graph: use serialize('turtle'|'ntriples'|'jsonld')")
        return {"head": {"vars": list(self.variables)},
                "results": {"bindings": [{v: term_json(t) for v, t in zip(self.variables, row) if t is not None}
                                         for row in self.rows]},
                "truncated": self.truncated, "row_cap": self.row_cap}

    def serialize(self, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
        """SELECT/ASK as "json", "xml", "csv" or "tsv"; CONSTRUCT/DESCRIBE as "turtle", "ntriples",
        "jsonld" or "rdfxml" (``prefixes``, default kg's, abbreviate IRIs). JSON carries
        ``truncated``; other formats cannot: send a header."""
        if self.kind in ("select", "ask"):
            if fmt not in RESULTS_FORMATS:
                raise ValueError(f"SELECT and ASK results come as {', '.join(RESULTS_FORMATS)}, not {fmt!r}")
            doc = self.to_json()
            if fmt == "json":
                return json.dumps(doc, ensure_ascii=False).encode("utf-8")
            # pyoxigraph's parser takes the standard members only
            standard = {k: v for k, v in doc.items() if k in ("head", "results", "boolean")}
            parsed = ox.parse_query_results(json.dumps(standard).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
            return parsed.serialize(format=RESULTS_FORMATS[fmt])
        if fmt not in GRAPH_FORMATS:
            raise ValueError(f"CONSTRUCT and DESCRIBE results come as {', '.join(GRAPH_FORMATS)}, not {fmt!r}")
        if prefixes is None:
            from kg.graph.vocab import PREFIXES  # rdflib: not imported by workers, which pass theirs

            prefixes = PREFIXES
        return ox.serialize(list(self.triples), format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b""


@dataclass(frozen=True)
class SerializedResult:
    """A finished query already written in ``format`` (what crosses back from a worker for /sparql)."""

    kind: str  # "select", "ask" or "graph"
    format: str
    body: bytes
    truncated: bool = False
    row_cap: int = 0
    elapsed: float = 0.0


def term_json(term) -> dict:
    """One RDF term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


# ----------------------------------------------------------------------------------------------------
# evaluating one query (in a worker, or in the store's own process for the named queries)


class Cancelled(Exception):
    """An in-process query was told to stop (`evaluate`'s ``cancel`` was set) between two rows."""


@dataclass(frozen=True)
class QueryRequest:
    """What a worker needs to run a query: the text, how to run it, and the answer's format
    (``fmt`` None: a `QueryResult` with the rows; else a `SerializedResult` in that format)."""

    query: str
    prefixes: dict[str, str]
    union_default_graph: bool
    row_cap: int
    substitutions: dict | None = None
    fmt: str | None = None


def evaluate(db: ox.Store, request: QueryRequest, cancel: threading.Event | None = None) -> QueryResult:
    """Run ``request`` on ``db``, keeping at most ``row_cap`` rows (or triples). Raises SyntaxError
    (pyoxigraph's) for a malformed query and `Cancelled` once ``cancel`` is set."""
    kwargs: dict = {"prefixes": request.prefixes}
    if request.union_default_graph:
        kwargs["use_default_graph_as_union"] = True
    if request.substitutions:
        kwargs["substitutions"] = {ox.Variable(k) if isinstance(k, str) else k: v
                                   for k, v in request.substitutions.items()}
    results = db.query(request.query, **kwargs)
    try:
        return _collect(results, request.row_cap, cancel)
    finally:
        del results  # dropped on the thread that made it (pyoxigraph's iterators are "unsendable")


def _collect(results, row_cap: int, cancel: threading.Event | None) -> QueryResult:
    if isinstance(results, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(results), row_cap=row_cap)
    if isinstance(results, ox.QuerySolutions):
        variables = tuple(v.value for v in results.variables)
        rows, truncated = _take((tuple(solution[v] for v in variables) for solution in results), row_cap, cancel)
        return QueryResult(kind="select", variables=variables, rows=rows, truncated=truncated, row_cap=row_cap)
    triples, truncated = _take(results, row_cap, cancel)
    return QueryResult(kind="graph", triples=triples, truncated=truncated, row_cap=row_cap)


def _take(items, row_cap: int, cancel: threading.Event | None) -> tuple[tuple, bool]:
    """At most ``row_cap`` items, and whether more were left; raises `Cancelled` once ``cancel`` is set."""
    taken = []
    for item in items:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if len(taken) >= row_cap:
            return tuple(taken), True
        taken.append(item)
    return tuple(taken), False


# ----------------------------------------------------------------------------------------------------
# snapshots


def snapshot_numbers(store_dir: Path) -> list[int]:
    """The snapshots of a store, oldest first (folders named by a number; ``.tmp-``/``.trash-`` ones are not)."""
    try:
        names = os.listdir(Path(store_dir) / SNAPSHOTS_DIR)
    except FileNotFoundError:
        return []
    return sorted(int(n) for n in names if n.isdigit())


def newest_snapshot(store_dir: Path) -> Path | None:
    numbers = snapshot_numbers(store_dir)
    return Path(store_dir) / SNAPSHOTS_DIR / str(numbers[-1]) if numbers else None


def make_snapshot(db: ox.Store, store_dir: Path) -> Path:
    """Checkpoint ``db`` (the store's live database, opened for writing) as the next snapshot. Only
    the writer calls this (the database's lock makes it one process); it is written under a
    temporary name and renamed, so readers see a whole snapshot or none."""
    folder = Path(store_dir) / SNAPSHOTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    numbers = snapshot_numbers(store_dir)
    target = folder / str((numbers[-1] + 1) if numbers else 1)
    tmp = folder / f".tmp-{target.name}-{uuid.uuid4().hex[:8]}"
    try:
        db.backup(str(tmp))
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def prune_snapshots(store_dir: Path, *, leftovers: bool = False) -> list[str]:
    """Remove every snapshot but the newest that no reader holds (a non-blocking exclusive lock on
    its folder succeeds). ``leftovers``: also temporary folders of a snapshot being written or
    removed when a process died (only when opening the store for writing: nothing writes them then).
    Returns the names removed."""
    folder = Path(store_dir) / SNAPSHOTS_DIR
    numbers = snapshot_numbers(store_dir)
    removed = []
    for n in numbers[:-1]:
        path = folder / str(n)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            continue  # removed meanwhile by another prune
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a query reads it
            trash = folder / f".trash-{n}-{uuid.uuid4().hex[:8]}"
            try:
                os.rename(path, trash)  # readers that find it locked-free look again for the newest
            except FileNotFoundError:
                continue
        finally:
            os.close(fd)
        shutil.rmtree(trash, ignore_errors=True)
        removed.append(str(n))
    if leftovers and folder.is_dir():
        for name in os.listdir(folder):
            if name.startswith((".tmp-", ".trash-")):
                shutil.rmtree(folder / name, ignore_errors=True)
    return removed


@dataclass
class OpenSnapshot:
    """A database opened read-only: a locked snapshot, or (a store without snapshots) the live one."""

    path: Path
    db: ox.Store
    lock_fd: int | None = None

    def close(self) -> None:
        self.db = None
        if self.lock_fd is not None:
            os.close(self.lock_fd)  # releases the shared lock
            self.lock_fd = None


def open_newest(store_dir: Path) -> OpenSnapshot:
    """The newest snapshot of the store, locked (shared) and opened read-only. A store without
    snapshots (written by a kg before them, never opened for writing since) is opened live, read-only,
    as before. Raises OSError when nothing can be opened."""
    store_dir = Path(store_dir)
    for _ in range(OPEN_ATTEMPTS):
        path = newest_snapshot(store_dir)
        if path is None:
            live = store_dir / DB_DIR
            if not live.is_dir():
                raise FileNotFoundError(f"no store at {store_dir} (no {DB_DIR}/ folder)")
            return OpenSnapshot(live, ox.Store.read_only(str(live)))
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            continue  # pruned between listing and opening: look again
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            if not _same_folder(fd, path):  # pruned before we held the lock
                os.close(fd)
                continue
            return OpenSnapshot(path, ox.Store.read_only(str(path)), fd)
        except BaseException:
            if _fd_open(fd):
                os.close(fd)
            raise
    raise OSError(f"no snapshot of {store_dir} stayed in place long enough to be opened")


def _same_folder(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def _fd_open(fd: int) -> bool:
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


# ----------------------------------------------------------------------------------------------------
# the worker process: `python -m kg.query_pool --store DIR --fd N --parent PID`


def worker_main(store_dir: Path, conn: Connection) -> None:
    """Answer requests on ``conn`` until it closes: a `QueryRequest` (answered ("ok", result,
    released) or ("refused"|"error", message, released)) or "refresh" (reopen the newest snapshot;
    answered ("ok", None, released)). ``released``: an older snapshot was let go."""
    current: OpenSnapshot | None = None

    def newest() -> bool:
        """Switch to the newest snapshot if it is not the one open; True if one was let go."""
        nonlocal current
        path = newest_snapshot(store_dir)
        if current is not None and (path is None or path == current.path) and current.db is not None:
            return False
        fresh = open_newest(store_dir)
        released = current is not None
        if current is not None:
            current.close()
        current = fresh
        return released

    try:
        newest()  # opened before the first request comes, so it is answered fast
    except OSError:
        pass  # reported with the first request
    while True:
        try:
            message = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return  # the parent closed the connection or died
        released = False
        try:
            released = newest()
            if message == "refresh":
                reply = ("ok", None, released)
            else:
                started = time.monotonic()
                result = evaluate(current.db, message)
                if message.fmt is not None:
                    result = SerializedResult(result.kind, message.fmt,
                                              result.serialize(message.fmt, message.prefixes),
                                              result.truncated, result.row_cap, time.monotonic() - started)
                reply = ("ok", result, released)
        except SyntaxError as e:
            reply = ("refused", f"SPARQL syntax error: {e}", released)
        except Exception as e:  # reported to the parent, which raises it as a store error
            reply = ("error", f"{type(e).__name__}: {e}", released)
        conn.send_bytes(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))


def _die_with_parent(parent_pid: int) -> None:
    """Linux: SIGKILL this worker when its parent dies, even in the middle of a query."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # it died before prctl took effect
        os._exit(1)


def _main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="kg's SPARQL query worker (started by kg.query_pool.QueryPool)")
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--fd", required=True, type=int)
    parser.add_argument("--parent", required=True, type=int)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for `kg serve`, which stops its workers
    _die_with_parent(args.parent)
    worker_main(args.store, Connection(args.fd))


# ----------------------------------------------------------------------------------------------------
# the pool, in the parent


class PoolTimeout(Exception):
    """The query ran over its time limit; its worker was killed."""


class PoolBusy(Exception):
    """Every worker was busy until the time limit."""


class WorkerFailed(Exception):
    """The worker could not run the query (``refused``: a syntax error) or died."""

    def __init__(self, message: str, refused: bool = False):
        super().__init__(message)
        self.refused = refused


@dataclass(eq=False)
class _Worker:
    proc: subprocess.Popen
    conn: Connection

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        try:
            self.proc.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.conn.close()


def start_worker(store_dir: Path) -> _Worker:
    """A worker process on ``store_dir``, talking over a socket pair (it opens the newest snapshot
    while it starts)."""
    ours, theirs = socket.socketpair()
    kg_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (kg_root, os.environ.get("PYTHONPATH")) if p)}
    try:
        proc = subprocess.Popen([sys.executable, "-m", "kg.query_pool", "--store", str(store_dir),
                                 "--fd", str(theirs.fileno()), "--parent", str(os.getpid())],
                                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env,
                                close_fds=True)
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    return _Worker(proc, Connection(ours.detach()))


@dataclass
class QueryPool:
    """At most ``size`` worker processes over ``store_dir``'s newest snapshot, started when needed and
    kept while idle. ``on_release`` is called when a worker let go of an older snapshot (the store's
    writer prunes then)."""

    store_dir: Path
    size: int = 4
    on_release: object = None  # Callable[[], None] | None
    _idle: list = field(default_factory=list)
    _live: int = 0  # workers idle, busy or starting
    _closed: bool = False
    _cond: threading.Condition = field(default_factory=threading.Condition)

    def run(self, request: QueryRequest, timeout: float) -> QueryResult | SerializedResult:
        """``request`` on a worker, answered within ``timeout`` seconds (waiting for a free worker
        included): raises `PoolBusy` (no worker freed in time), `PoolTimeout` (the query ran past
        the limit: its worker is killed and replaced) or `WorkerFailed`. A worker found dead (killed
        from outside while idle, out of memory) is replaced and the query, read-only, tried once more."""
        deadline = time.monotonic() + timeout
        message = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        for attempt in (1, 2):
            worker = self._acquire(deadline)
            try:
                if worker.proc.poll() is not None:
                    raise EOFError("it had exited")
                worker.conn.send_bytes(message)
                if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    self._discard(worker, replace=True)
                    raise PoolTimeout()
                status, payload, released = pickle.loads(worker.conn.recv_bytes())
            except (EOFError, OSError) as e:
                code = worker.proc.poll()
                self._discard(worker, replace=True)
                if attempt == 1 and time.monotonic() < deadline:
                    continue
                raise WorkerFailed(f"the query process {worker.pid} died ({_exit_text(code) or e})") from None
            except PoolTimeout:
                raise
            except BaseException:  # interrupted mid-exchange: the worker's state is unknown
                self._discard(worker, replace=True)
                raise
            break
        self._release(worker)
        if released and self.on_release is not None:
            self.on_release()
        if status == "ok":
            return payload
        raise WorkerFailed(payload, refused=(status == "refused"))

    def pids(self) -> list[int]:
        """The idle workers' process ids (tests, diagnostics)."""
        with self._cond:
            return [w.pid for w in self._idle]

    def refresh(self) -> None:
        """Idle workers reopen the newest snapshot (after a commit), so the ones they held can go."""
        with self._cond:
            workers, self._idle = self._idle, []  # lent out (still counted live) until released
        released = False
        for w in workers:
            try:
                w.conn.send_bytes(pickle.dumps("refresh"))
            except OSError:
                pass
        for w in workers:
            try:
                if not w.conn.poll(REFRESH_TIMEOUT):
                    raise OSError("no answer")
                _, _, was_released = pickle.loads(w.conn.recv_bytes())
                released = released or was_released
                self._release(w)
            except (EOFError, OSError):
                self._discard(w, replace=False)
        if released and self.on_release is not None:
            self.on_release()

    def close(self) -> None:
        """Stop every worker (a running query's too)."""
        with self._cond:
            self._closed = True
            workers, self._idle = self._idle, []
            self._cond.notify_all()
        for w in workers:
            w.kill()

    # --------------------------------------------------------------------------------------------

    def _acquire(self, deadline: float) -> _Worker:
        with self._cond:
            while True:
                if self._closed:
                    raise WorkerFailed("the query pool is closed")
                if self._idle:
                    return self._idle.pop()
                if self._live < self.size:
                    self._live += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise PoolBusy()
                self._cond.wait(remaining)
        try:
            return start_worker(self.store_dir)
        except BaseException:
            with self._cond:
                self._live -= 1
                self._cond.notify()
            raise

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            if not self._closed:
                self._idle.append(worker)
                self._cond.notify()
                return
            self._live -= 1
        worker.kill()

    def _discard(self, worker: _Worker, *, replace: bool) -> None:
        """Kill ``worker``; with ``replace``, start a fresh one right away (it boots while idle)."""
        worker.kill()
        with self._cond:
            self._live -= 1
            self._cond.notify()
            if not replace or self._closed:
                return
            self._live += 1
        try:
            fresh = start_worker(self.store_dir)
        except OSError:
            with self._cond:
                self._live -= 1
                self._cond.notify()
            return
        self._release(fresh)


def _exit_text(code: int | None) -> str:
    if code is None:
        return ""
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


if __name__ == "__main__":
    # run as the module kg.query_pool, not __main__, so what the worker pickles names kg.query_pool's classes
    from kg.query_pool import _main as main

    main(sys.argv[1:])
