"""One bot process's worth of writes, for the two-process test: ``python -m
tests.store.hammer OFFSET COUNT`` with the store chosen by the environment (as the bot chooses
it). Says "ready" once the store is open, writes when a line arrives on stdin (so that both
processes write at the same time), then prints the number of failed writes."""

from __future__ import annotations

import asyncio
import sys
import time

from bot.settings import StoreSettings
from bot.store import Limits, Store, open_store

SHARED_USER = 7  # both processes vote and choose a language as this one person, on one new
# answer per batch: a vote that nobody has cast yet, cast many times at once
KNOWN = {"founding_date"}
BATCH = 8  # writes in flight at once, as concurrent handlers would have


async def writes(store: Store, offset: int, n: int) -> None:
    await store.record(text=f"question {offset} {n}", lang="id", outcome="unanswered",
                       chat_type="private", chat_id=offset * 100_000 + n, candidates=[],
                       reason="")
    await store.vote(user_id=offset * 100_000 + n, chat_id=1, message_id=1,
                     entry="founding_date", lang="id", helpful=True, known=KNOWN)
    await store.vote(user_id=SHARED_USER, chat_id=1, message_id=n // BATCH,
                     entry="founding_date", lang="id", helpful=False, known=KNOWN)
    await store.set_language(SHARED_USER, "id" if n % 2 else "en")


async def main(offset: int, count: int) -> int:
    store = await open_store(StoreSettings.from_env(), Limits(questions_per_chat_hour=10_000))
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    failed = 0
    try:
        for start in range(0, count, BATCH):
            done = await asyncio.gather(*(writes(store, offset, n)
                                          for n in range(start, min(start + BATCH, count))),
                                        return_exceptions=True)
            for result in done:
                if isinstance(result, BaseException):
                    failed += 1
                    print(f"failed: {result!r}", file=sys.stderr)
    finally:
        await store.close()
    print(failed, flush=True)
    return 0


if __name__ == "__main__":
    began = time.monotonic()
    code = asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
    print(f"{time.monotonic() - began:.2f}", file=sys.stderr)
    sys.exit(code)
