"""Slow answers are computed once however many ask at the same time; failures are not kept."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from rift.web.answers import Answers


def test_many_asking_at_once_cost_one_computation() -> None:
    calls = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.05)
        return 42

    async def ask_many() -> list[int]:
        return await asyncio.gather(*(answers.wait("k", slow) for _ in range(20)))

    answers = Answers(threads=2)
    assert asyncio.run(ask_many()) == [42] * 20
    assert answers.get("k", slow) == 42
    assert len(calls) == 1
    answers.close()


def test_a_waiter_that_gives_up_does_not_cancel_the_answer() -> None:
    answers = Answers(threads=1)
    started = threading.Event()

    def slow() -> int:
        started.set()
        time.sleep(0.2)
        return 42

    async def give_up_then_ask() -> int:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(answers.wait("k", slow), 0.01)
        assert started.wait(5)
        return await answers.wait("k", slow)

    assert asyncio.run(give_up_then_ask()) == 42
    answers.close()


def test_a_failure_is_not_kept() -> None:
    answers = Answers(threads=1)
    attempts = []

    def failing() -> int:
        attempts.append(1)
        raise ValueError("no")

    for _ in range(2):
        with pytest.raises(ValueError):
            asyncio.run(answers.wait("k", failing))
    assert len(attempts) == 2
    answers.close()


def test_answers_not_to_keep_are_shared_only_while_computed() -> None:
    answers = Answers(threads=1)
    assert answers.get("k", lambda: 1, keep=False) == 1
    assert answers.get("k", lambda: 2, keep=False) == 2
    answers.close()


def test_only_the_most_recent_answers_are_kept() -> None:
    answers = Answers(threads=1, keep=2)
    for key in "abc":
        answers.get(key, lambda k=key: k)
    assert answers.get("a", lambda: "again") == "again"
    assert answers.get("c", lambda: "again") == "c"
    answers.close()


def test_the_work_runs_on_the_answers_own_threads() -> None:
    answers = Answers(threads=1)
    name = asyncio.run(answers.wait("k", lambda: threading.current_thread().name))
    assert name.startswith("rift-answer")
    answers.close()


def test_answers_work_again_after_close() -> None:
    # a server's lifespan may end and start again with the same app (as in tests)
    answers = Answers()
    assert asyncio.run(answers.wait("a", lambda: 1)) == 1
    answers.close()
    assert asyncio.run(answers.wait("b", lambda: 2)) == 2
    answers.close()
