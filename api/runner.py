"""Where the service runs blocking work, off the event loop.

* reads (SPARQL, named queries, choosing what an export covers) go to a pool of query threads, so the
  event loop stays free for other requests all along. A ``/sparql`` query runs in a worker process
  that the store kills at ``settings.query_timeout`` (`kg.store.ClaimStore.sparql_serialized`); a
  named query runs in-process (`kg.store.ClaimStore.sparql` says what happens to an abandoned one).
  The request itself waits at most the time limit plus ``TIMEOUT_GRACE``, then answers 503;
* writes (extracting and ingesting a posted article, removing one) go to a single writer thread, so
  two writes never interleave their corpus updates.
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

from kg.settings import Settings
from kg.store import QueryTimeout

T = TypeVar("T")

#: extra seconds the request waits beyond the query time limit, for the store to report its own timeout
TIMEOUT_GRACE = 1.0


class Runner:
    def __init__(self, settings: Settings):
        self.timeout = settings.query_timeout
        # the store bounds running SPARQL queries itself (setting max_running_queries: worker processes
        # for /sparql, threads for named queries); these threads only wait for it, one per query that
        # may be running or waiting
        self._reads = ThreadPoolExecutor(max_workers=2 * max(1, settings.max_running_queries),
                                         thread_name_prefix="kg-query")
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-write")

    async def read(self, fn: Callable[..., T], *args, timeout: float | None = None, **kwargs) -> T:
        """``fn(*args, **kwargs)`` on a query thread; raises `QueryTimeout` past the time limit."""
        limit = self.timeout if timeout is None else timeout
        future = self._reads.submit(fn, *args, **kwargs)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=limit + TIMEOUT_GRACE)
        except asyncio.TimeoutError:
            future.cancel()  # drops it if it has not started yet
            raise QueryTimeout(f"the query ran over the time limit of {limit:g} s (setting query_timeout) "
                               f"and was abandoned") from None

    async def write(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """``fn(*args, **kwargs)`` on the writer thread (writes run one at a time, never abandoned)."""
        return await asyncio.wrap_future(self._writes.submit(fn, *args, **kwargs))

    def shutdown(self) -> None:
        self._reads.shutdown(wait=False, cancel_futures=True)
        self._writes.shutdown(wait=True)
