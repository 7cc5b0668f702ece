"""One bot process's worth of poll answers, for the two-process test: ``python -m
tests.store.study_hammer`` with the store chosen by the environment (as the bot chooses it).
Both processes receive the same answers (as two webhook processes given redelivered updates
would). Says "ready" once the store is open, answers when a line arrives on stdin, then prints
the number of failed calls."""

from __future__ import annotations

import asyncio
import sys

from bot.settings import StoreSettings
from bot.store import open_store
from bot.store.study import study

POLLS = 30
PEOPLE = 5
ANSWERS = POLLS * PEOPLE
FIRST_USER = 987_000_000_000
BATCH = 8


async def main() -> int:
    store = await open_store(StoreSettings.from_env())
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    studies = study(store)
    calls = [(f"poll{n}", FIRST_USER + person) for n in range(POLLS) for person in range(PEOPLE)]
    failed = 0
    try:
        for start in range(0, len(calls), BATCH):
            done = await asyncio.gather(*(
                studies.count_answer(poll_id=poll, user_id=user, name=f"P{user % 100}",
                                     option=1)
                for poll, user in calls[start:start + BATCH]), return_exceptions=True)
            for result in done:
                if isinstance(result, BaseException):
                    failed += 1
                    print(f"failed: {result!r}", file=sys.stderr)
    finally:
        await store.close()
    print(failed, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
