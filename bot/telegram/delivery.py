"""At-least-once, never twice: every Telegram update is journaled in the state store before
Telegram is told it arrived, handled, then marked handled.

- ``accept`` journals a batch (polling) or one update (webhook) durably and only then returns,
  so the caller may confirm it to Telegram. An id already in the journal (delivered twice, or
  taken by another process on the same database) is not handled again.
- At most ``Tuning.in_hand`` updates are handled at once; the rest wait unclaimed in the
  journal (webhook) or unconfirmed at Telegram (polling, which stops fetching meanwhile). A
  handler stuck resending through an outage holds its place, so the waiting is bounded.
- Each update in hand is a lease in the journal, renewed every ``Tuning.sweep`` seconds. An
  update whose process died (kill -9, a lost machine, a redeploy) is taken over once its lease
  runs out, by this process after a restart or by any other one on the same database; one
  begun ``Tuning.max_attempts`` times and never finished is given up (logged).
- If the journal cannot be written in time (full disk, a lock held elsewhere, database gone),
  updates are handled in memory and confirmed at once: answers go on, as fast as ever, and
  the log says once that the journal is failing (a crash until it works again would lose the
  updates then in hand). The journal is tried again after ``Tuning.journal_pause``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import socket
import time
from collections import OrderedDict
from collections.abc import Sequence

from telegram import Update
from telegram.ext import Application

from bot.store import Store
from bot.store.base import JournaledUpdate
from bot.telegram.sending import SEND_TUNING
from bot.telegram.services import Services
from bot.telegram.tuning import Tuning

logger = logging.getLogger(__name__)
REMEMBERED = 10_000  # ids handled here lately (a journal write that timed out but landed)


async def _done(store: Store, update_ids: list[int]) -> bool:
    await store.handled(update_ids)
    return True


CANCEL_AGAIN = 1.0  # seconds a cancelled task may take to end before it is cancelled again


async def ended(task: asyncio.Task[None]) -> None:
    """Cancel ``task`` and wait until it ends, cancelling it again while it runs: a call can
    swallow a cancel (a database driver may, as Python 3.11's wait_for did), and a stop that
    waited for the task would then wait for ever."""
    while not task.done():
        task.cancel()
        await asyncio.wait([task], timeout=CANCEL_AGAIN)
    with contextlib.suppress(asyncio.CancelledError, Exception):
        task.result()  # (retrieved, so asyncio does not log it as never looked at)


class Delivery:
    """Hands updates to the application's handlers, journaled, bounded and de-duplicated."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self.services: Services = application.bot_data.services
        self.tuning: Tuning = self.services.tuning
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._journaled: set[int] = set()  # of the tasks, those the journal knows
        self._unrecorded: set[int] = set()  # handled, but the journal could not be told yet
        self._recent: OrderedDict[int, None] = OrderedDict()
        self._room = asyncio.Event()  # set while a quarter of the places in hand are free
        self._room.set()
        self._wake = asyncio.Event()  # a place came free while updates wait in the journal
        self._claimable = False  # updates may wait unclaimed in the journal
        self._sweeper: asyncio.Task[None] | None = None
        self._busy_since: float | None = None
        self._skip_journal_until = 0.0  # after a failed journal write, handle in memory
        self.backlog = 0  # unhandled updates in the journal, as of the last sweep

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Take over what a stopped process left in the journal, then keep sweeping."""
        await self.sweep()
        self._sweeper = asyncio.create_task(self._sweep_forever(), name="journal-sweeper")

    async def stop(self) -> None:
        """Let the updates in hand finish for ``Tuning.grace`` seconds; hand the rest back to
        the journal for the next process."""
        if self._sweeper is not None:
            await ended(self._sweeper)
        tasks = list(self._tasks.values())
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=self.tuning.grace)
            left = [uid for uid, task in self._tasks.items()
                    if task in pending and uid in self._journaled]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            if left:
                await self.services.kept("hand updates back to the journal", lambda store:
                                         store.release(owner=self.owner, update_ids=left), None)
                logger.info("Stopping: %d update(s) still in hand were left in the journal "
                            "for the next start.", len(left))
        if self._unrecorded:
            await self._record(sorted(self._unrecorded))

    async def _sweep_forever(self) -> None:
        """A full sweep every ``Tuning.sweep`` seconds; in between, claim from the journal as
        soon as places come free while updates wait there."""
        loop = asyncio.get_running_loop()
        due = loop.time() + self.tuning.sweep
        while True:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancel that
            # comes as the event is set, and stop() would wait for this loop for ever
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout_at(due):
                    await self._wake.wait()
            self._wake.clear()
            try:
                if loop.time() >= due:
                    due = loop.time() + self.tuning.sweep
                    await self.sweep()
                else:
                    await self._take_over(time.time())
            except Exception:  # the sweeper must outlive any one failure
                logger.exception("The journal sweep failed; trying again in %g s",
                                 self.tuning.sweep)

    # -- taking updates in -------------------------------------------------------------------

    async def accept(self, updates: Sequence[tuple[int, str]]) -> bool:
        """Take ``(update_id, json)`` pairs from Telegram; once this returns, the caller may
        confirm them. True if they are journaled; False if the journal failed and they are
        being handled in memory only."""
        now = time.time()
        new = None
        if time.monotonic() >= self._skip_journal_until:
            new = await self.services.kept("journal updates", lambda store: store.journal(
                updates, owner=self.owner, until=now + self.tuning.lease, at=now), None,
                seconds=self.tuning.journal_wait)
        if new is None:  # not again for a while: every answer would wait for it
            self._skip_journal_until = time.monotonic() + self.tuning.journal_pause
            for uid, payload in updates:
                if uid not in self._tasks and uid not in self._recent:
                    self._start(uid, payload, journaled=False)
            return False
        payloads = dict(updates)
        room = max(0, self.tuning.in_hand - len(self._tasks))
        for uid in new[:room]:
            self._start(uid, payloads[uid], journaled=True)
        overflow = new[room:]
        if overflow:  # journaled, but more than can be in hand: claimed as places come free
            self.backlog += len(overflow)
            self._claimable = True
            await self.services.kept("hand updates back to the journal", lambda store:
                                     store.release(owner=self.owner, update_ids=overflow), None)
        return True

    async def wait_for_room(self) -> int:
        """Wait until a quarter of the places in hand are free (polling fetches no more until
        then: the rest wait at Telegram, unconfirmed); how many are free."""
        await self._room.wait()
        return self.tuning.in_hand - len(self._tasks)

    def full(self) -> bool:
        """Too many updates wait (journaled, or in memory while the journal fails): a webhook
        should make Telegram hold the next one."""
        if time.monotonic() < self._skip_journal_until:
            return len(self._tasks) >= self.tuning.in_hand
        return self.backlog >= self.tuning.backlog

    # -- handling ----------------------------------------------------------------------------

    def _start(self, update_id: int, payload: str, *, journaled: bool) -> asyncio.Task[None]:
        task = asyncio.create_task(self._handle(update_id, payload, journaled),
                                   name=f"update-{update_id}")
        self._tasks[update_id] = task
        if journaled:
            self._journaled.add(update_id)
        task.add_done_callback(lambda _: self._finished(update_id))
        if len(self._tasks) >= self.tuning.in_hand:
            self._room.clear()
            if self._busy_since is None:
                self._busy_since = time.monotonic()
                logger.info("Busy: %d updates in hand; newer ones wait (at Telegram or in the "
                            "journal) until some are done.", len(self._tasks))
        return task

    def _finished(self, update_id: int) -> None:
        self._tasks.pop(update_id, None)
        self._journaled.discard(update_id)
        if self._claimable:
            self._wake.set()
        if len(self._tasks) <= self.tuning.in_hand - max(1, self.tuning.in_hand // 4):
            self._room.set()
        if self._busy_since is not None and not self._tasks:
            logger.info("Caught up after %.0f s busy.", time.monotonic() - self._busy_since)
            self._busy_since = None

    async def _handle(self, update_id: int, payload: str, journaled: bool) -> None:
        SEND_TUNING.set(self.tuning)  # this task's sends retry as tuned
        try:
            update = Update.de_json(json.loads(payload), self.application.bot)
            await self.application.process_update(update)  # handler errors go to on_error
        except Exception:  # a payload PTB cannot read: handled, as far as it can be
            logger.exception("Update %s could not be handled", update_id)
        self._recent[update_id] = None
        while len(self._recent) > REMEMBERED:
            self._recent.popitem(last=False)
        if journaled:
            await self._record([update_id])

    async def _record(self, update_ids: list[int]) -> None:
        done = await self.services.kept("mark updates handled in the journal",
                                        lambda store: _done(store, update_ids), False)
        if done:
            self._unrecorded.difference_update(update_ids)
        else:
            self._unrecorded.update(update_ids)

    # -- the sweep ---------------------------------------------------------------------------

    async def sweep(self) -> None:
        """Renew the leases in hand, record what could not be recorded, take over updates
        nobody holds (a stopped process's, or those left for lack of room)."""
        kept = self.services.kept
        if self._unrecorded:
            await self._record(sorted(self._unrecorded))
        now = time.time()
        until = now + self.tuning.lease
        held = sorted(self._journaled | self._unrecorded)
        await kept("renew update leases in the journal",
                   lambda store: store.renew(owner=self.owner, update_ids=held, until=until),
                   None)
        await self._take_over(now)
        self.backlog = await kept("count the journal",
                                  lambda store: store.backlog(), self.backlog)

    async def _take_over(self, now: float) -> None:
        """Claim journaled updates nobody holds, as many as there are free places."""
        room = self.tuning.in_hand - len(self._tasks)
        if room <= 0:
            return
        nothing: list[JournaledUpdate] = []
        claimed = await self.services.kept(
            "claim updates from the journal", lambda store: store.claim(
                owner=self.owner, limit=room, until=now + self.tuning.lease, at=now), nothing)
        self._claimable = len(claimed) == room  # there may be more
        replayed = 0
        for update in claimed:
            uid = update.update_id
            if uid in self._recent or uid in self._tasks:  # handled here already
                await self._record([uid])
            elif update.attempts > self.tuning.max_attempts:
                logger.error("Update %s was begun %d times and never finished; given up.",
                             uid, update.attempts - 1)
                await self._record([uid])
            else:
                replayed += update.attempts > 1
                self._start(uid, update.payload or "{}", journaled=True)
        if replayed:
            logger.info("Took over %d update(s) left unhandled by a stopped process.", replayed)
