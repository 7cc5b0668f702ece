"""The update journal, on SQLite and PostgreSQL: kept until handled, claimed by one process
at a time, taken over when a lease runs out, never handed out twice."""

from __future__ import annotations

import asyncio
import json

from bot.store import Store
from bot.store.base import UPDATE_MEMORY
from tests.store.conftest import Place

T0 = 1_800_000_000.0
LEASE = 30.0


def updates(*ids: int) -> list[tuple[int, str]]:
    return [(n, json.dumps({"update_id": n, "message": {"text": f"q{n}"}})) for n in ids]


async def test_an_update_is_kept_across_a_reopen_until_it_is_handled(place: Place) -> None:
    first = await place.open()
    assert await first.journal(updates(1, 2), owner="a", until=T0 + LEASE, at=T0) == [1, 2]
    await first.handled([1], at=T0 + 1)
    await first.close()  # as if the process died with update 2 in hand

    second = await place.open()
    assert await second.backlog() == 1
    # a live lease holds it: nothing to take over yet
    assert await second.claim(owner="b", limit=10, until=T0 + 60, at=T0 + 2) == []
    [again] = await second.claim(owner="b", limit=10, until=T0 + 90, at=T0 + LEASE + 1)
    assert (again.update_id, json.loads(again.payload)["message"]["text"]) == (2, "q2")
    assert again.attempts == 2  # begun by the first process, then by the second


async def test_a_known_update_is_not_journaled_twice(store: Store) -> None:
    assert await store.journal(updates(1), owner="a", until=T0 + LEASE, at=T0) == [1]
    assert await store.journal(updates(1, 2), owner="b", until=T0 + LEASE, at=T0) == [2]
    await store.handled([1, 2], at=T0 + 1)
    # Telegram delivers it again (a retried webhook, a getUpdates not yet confirmed)
    assert await store.journal(updates(1, 2), owner="c", until=T0 + LEASE, at=T0 + 2) == []
    assert await store.backlog() == 0


async def test_a_handled_update_keeps_only_its_id_and_only_for_a_day(place: Place,
                                                                     store: Store) -> None:
    await store.journal(updates(7), owner="a", until=T0 + LEASE, at=T0)
    await store.handled([7], at=T0)
    assert "q7" not in repr(place.sql(f"SELECT * FROM {place.table('update_journal')}"))
    await store.journal(updates(8), owner="a", until=T0 + LEASE, at=T0 + UPDATE_MEMORY + 1)
    await store.handled([8], at=T0 + UPDATE_MEMORY + 1)
    ids = place.sql(f"SELECT update_id FROM {place.table('update_journal')}")
    assert ids == [(8,)]  # 7 was forgotten a day after it was handled


async def test_released_and_unclaimed_updates_are_claimed_at_once_oldest_first(
        store: Store) -> None:
    await store.journal(updates(5, 6), owner=None, until=0, at=T0)
    await store.journal(updates(3), owner="a", until=T0 + LEASE, at=T0)
    await store.release(owner="b", update_ids=[3])  # not b's: stays a's
    assert [u.update_id for u in await store.claim(owner="b", limit=10, until=T0 + LEASE,
                                                   at=T0)] == [5, 6]
    await store.release(owner="a", update_ids=[3])
    [three] = await store.claim(owner="b", limit=10, until=T0 + LEASE, at=T0)
    assert (three.update_id, three.attempts) == (3, 1)  # released unbegun: not an attempt


async def test_a_renewed_lease_is_not_taken_over(store: Store) -> None:
    await store.journal(updates(1, 2), owner="a", until=T0 + LEASE, at=T0)
    await store.renew(owner="a", update_ids=[1], until=T0 + 3 * LEASE)
    await store.renew(owner="x", update_ids=[2], until=T0 + 3 * LEASE)  # not x's to renew
    taken = await store.claim(owner="b", limit=10, until=T0 + 4 * LEASE, at=T0 + 2 * LEASE)
    assert [u.update_id for u in taken] == [2]


async def test_two_processes_claiming_at_once_never_share_an_update(place: Place) -> None:
    one, two = await place.open(), await place.open()
    await one.journal(updates(*range(1, 201)), owner=None, until=0, at=T0)

    async def drain(store: Store, owner: str) -> list[int]:
        got: list[int] = []
        while batch := await store.claim(owner=owner, limit=7, until=T0 + LEASE, at=T0):
            got += [u.update_id for u in batch]
            await store.handled([u.update_id for u in batch], at=T0)
        return got

    first, second = await asyncio.gather(drain(one, "one"), drain(two, "two"))
    assert sorted(first + second) == list(range(1, 201))
    assert not set(first) & set(second)


async def test_two_processes_journaling_one_update_get_it_once(place: Place) -> None:
    one, two = await place.open(), await place.open()
    for n in range(1, 41):
        got = await asyncio.gather(
            one.journal(updates(n), owner="one", until=T0 + LEASE, at=T0),
            two.journal(updates(n), owner="two", until=T0 + LEASE, at=T0))
        assert sorted(got) == [[], [n]]
