"""CPU-heavy work in a process of its own: a thread would hold the interpreter lock in turns
with the event loop, and every answer would wait its turn (during a /review of 2,000 questions
answers to others took 140 ms in median instead of 40)."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from bot.review import Names, format_review, group_questions
from bot.store import LoggedQuestion

T = TypeVar("T")


def review_text(logged: list[LoggedQuestion], limit: int, names: Names | None = None) -> str:
    """What /review shows: the logged questions grouped, with ready-to-paste YAML."""
    return format_review(group_questions(logged, names), limit=limit, names=names)


async def in_own_process(work: Callable[..., T], *args: object) -> T:
    """``work(*args)`` in a fresh process (spawned: forking a process with threads is not
    safe); the process ends with the work."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        # submit() starts the process: from a thread, so the event loop does not wait for it
        future = await asyncio.to_thread(pool.submit, work, *args)
        return await asyncio.wrap_future(future)
    finally:
        pool.shutdown(wait=False)
