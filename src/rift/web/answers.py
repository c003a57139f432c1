"""Answers that take the library a while (`rift overview`, a dyad's series, a chart), computed
once however many requests ask at the same time, on threads of their own.

A request for an answer being computed waits for that computation rather than
starting another, so fifty visitors opening the overview at once cost one
`rift overview`, not fifty. The work runs on a small pool of its own threads, so
the in-memory pages never queue behind it, and it is never cancelled with the
request that started it: the next visitor gets the result. Failures are not
kept (the next request tries again); the most recent `keep` answers are.

>>> answers = Answers(threads=1)
>>> answers.get(("two",), lambda: 1 + 1)
2
>>> answers.close()
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

#: Threads for slow answers: DuckDB runs each query on one thread, and the machine may have two.
THREADS = 2


class Answers:
    """Values computed once per key, the last `keep` of them kept."""

    def __init__(self, threads: int = THREADS, keep: int = 512) -> None:
        self.keep = keep
        self._threads = threads
        self._pool: ThreadPoolExecutor | None = None  # started on first use, again after close
        self._lock = threading.Lock()
        self._kept: OrderedDict[Hashable, Future[Any]] = OrderedDict()

    def _claim(self, key: Hashable) -> tuple[Future[Any], bool]:
        """The future of `key`, and whether the caller is the one to compute it."""
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
                return found, False
            future: Future[Any] = Future()
            self._kept[key] = future
            # an answer dropped while computing still reaches whoever waits for it
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)
            return future, True

    def _settle(
        self, key: Hashable, future: Future[Any], compute: Callable[[], Any], keep: bool
    ) -> None:
        try:
            future.set_result(compute())
            if keep:
                return
        except BaseException as exc:
            future.set_exception(exc)
        with self._lock:
            if self._kept.get(key) is future:
                del self._kept[key]

    def get(self, key: Hashable, compute: Callable[[], Any], keep: bool = True) -> Any:
        """The answer for `key`, computed in this thread if nobody has (for warming up).

        With `keep=False` the answer is shared only with those who ask while it
        is computed (for values kept elsewhere).
        """
        future, mine = self._claim(key)
        if mine:
            self._settle(key, future, compute, keep)
        return future.result()

    async def wait(self, key: Hashable, compute: Callable[[], Any], keep: bool = True) -> Any:
        """The answer for `key`, computed on the answers' own threads if nobody has."""
        future, mine = self._claim(key)
        if mine:
            with self._lock:
                if self._pool is None:  # an app's lifespan may end and start again (tests)
                    self._pool = ThreadPoolExecutor(
                        max_workers=self._threads, thread_name_prefix="rift-answer"
                    )
                pool = self._pool
            pool.submit(self._settle, key, future, compute, keep)
        # shielded: a waiter cancelled must not cancel the answer the others wait for
        return await asyncio.shield(asyncio.wrap_future(future))

    def close(self) -> None:
        """Stop the threads once the answers being computed are done."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
