"""The storage layer, run against both implementations: SQLite with in-process locks and
fan-out, and PostgreSQL with Redis (the real servers on this machine, in a database
and a key prefix of each test's own)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import empty_checkpoint

from settings import Settings
from storage import FeedbackExists, Storage, ThreadBusy, ThreadNotFound, open_storage
from tests.conftest import REDIS_TEST_URL

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shared_settings(tmp_path: Path, postgres_url: str, redis_prefix: str) -> Settings:
    """PostgreSQL and Redis, with a 1 s run lease."""
    return Settings(
        data_dir=tmp_path / "data",
        database_url=postgres_url,
        redis_url=REDIS_TEST_URL,
        redis_prefix=redis_prefix,
        run_lease_s=1.0,
        _env_file=None,
    )


@pytest.fixture(params=["sqlite", "postgres+redis"])
def storage_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if request.param == "sqlite":
        return Settings(data_dir=tmp_path / "data", _env_file=None)
    return request.getfixturevalue("shared_settings")  # type: ignore[no-any-return]


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def storage(storage_settings: Settings, clock: Clock) -> AsyncIterator[Storage]:
    async with open_storage(storage_settings, clock=clock) as opened:
        yield opened


async def test_threads_are_scoped_by_their_owner(storage: Storage) -> None:
    threads = storage.threads
    mine = await threads.create("alice", title="mine", persona={"language": "French"})
    assert (await threads.owned(mine.thread_id, "alice")).persona == {"language": "French"}
    with pytest.raises(ThreadNotFound):
        await threads.owned(mine.thread_id, "bob")
    with pytest.raises(ThreadNotFound):
        await threads.claim(mine.thread_id, "bob")
    with pytest.raises(ThreadNotFound):
        await threads.ensure_usable(mine.thread_id, "bob")
    await threads.ensure_usable("brand-new", "bob")  # an unused id is anyone's to claim
    renamed = await threads.update(mine, title="renamed", metadata={"k": [1, 2]})
    assert (renamed.title, renamed.metadata) == ("renamed", {"k": [1, 2]})
    assert [t.thread_id for t in await threads.list_owned("alice", 10, 0)] == [mine.thread_id]
    assert await threads.list_owned("bob", 10, 0) == []
    await threads.delete(mine.thread_id)
    with pytest.raises(ThreadNotFound):
        await threads.owned(mine.thread_id, "alice")


async def test_a_new_thread_id_is_claimed_by_exactly_one_of_two_users(storage: Storage) -> None:
    results = await asyncio.gather(
        *(storage.threads.claim(f"contested-{n}", user) for n in range(20) for user in ("a", "b")),
        return_exceptions=True,
    )
    for n in range(20):
        pair = results[2 * n : 2 * n + 2]
        assert sum(isinstance(r, ThreadNotFound) for r in pair) == 1, pair


async def test_a_thread_has_history_once_it_has_a_checkpoint(storage: Storage) -> None:
    """`has_history`'s one query reads each saver's own table: what `aget_tuple` says."""
    thread = await storage.threads.claim("history-1", "alice")
    config: RunnableConfig = {"configurable": {"thread_id": thread.thread_id, "checkpoint_ns": ""}}
    assert not await storage.threads.has_history(thread.thread_id)
    assert await storage.checkpointer.aget_tuple(config) is None
    await storage.checkpointer.aput(config, empty_checkpoint(), {"step": 0}, {})
    assert await storage.threads.has_history(thread.thread_id)
    assert await storage.checkpointer.aget_tuple(config) is not None
    assert not await storage.threads.has_history("history-2")  # no other thread's


async def test_expired_threads_are_pruned_with_their_checkpoints(
    storage: Storage, clock: Clock
) -> None:
    threads = storage.threads
    old = await threads.create("alice", title="old")
    clock.now += 10 * 86400
    fresh = await threads.create("alice", title="fresh")
    busy = await threads.create("alice", title="busy")
    clock.now += 25 * 86400  # old: 35 days idle; fresh and busy: 25
    assert await threads.prune(30 * 86400) == [old.thread_id]
    clock.now += 10 * 86400

    async def is_busy(thread_id: str) -> bool:
        return thread_id == busy.thread_id

    assert await threads.prune(30 * 86400, skip=is_busy) == [fresh.thread_id]
    assert [t.thread_id for t in await threads.list_owned("alice", 10, 0)] == [busy.thread_id]
    await threads.claim(busy.thread_id, "alice")  # a new run makes it active again
    assert await threads.prune(30 * 86400) == []


async def test_many_concurrent_writers_never_fail(storage: Storage) -> None:
    """Claims, renames and checkpoint reads at once: no "database is locked", no error."""
    saver = storage.checkpointer

    async def client(n: int) -> None:
        for turn in range(5):
            record = await storage.threads.claim(f"load-{n}", f"user-{n % 7}")
            await storage.threads.title_if_untitled(record.thread_id, f"t{turn}")
            await saver.aget_tuple({"configurable": {"thread_id": record.thread_id}})

    await asyncio.gather(*(client(n) for n in range(64)))
    owned = [await storage.threads.list_owned(f"user-{u}", 100, 0) for u in range(7)]
    assert sum(len(page) for page in owned) == 64


async def test_one_run_per_thread(storage: Storage) -> None:
    locks = storage.run_locks
    order: list[str] = []
    async with locks.hold("t", wait=False):
        assert await locks.is_busy("t")
        with pytest.raises(ThreadBusy):
            async with locks.hold("t", wait=False):
                pass

        async def queued() -> None:
            async with locks.hold("t", wait=True):
                order.append("second")

        waiting = asyncio.create_task(queued())
        await asyncio.sleep(0.3)
        order.append("first done")
    await asyncio.wait_for(waiting, 5)
    assert order == ["first done", "second"]
    assert not await locks.is_busy("t")


async def test_a_held_run_lock_is_renewed_while_its_run_lives(storage: Storage) -> None:
    """The Redis lease is 1 s here: a run of 2.5 s keeps it all along."""
    async with storage.run_locks.hold("long", wait=False):
        for _ in range(5):
            await asyncio.sleep(0.5)
            assert await storage.run_locks.is_busy("long")


async def test_a_lease_left_by_a_dead_process_lapses(shared_settings: Settings) -> None:
    storage_settings = shared_settings
    async with open_storage(storage_settings) as storage:
        assert storage.redis is not None
        # what a killed process leaves behind: a lease that nobody renews
        key = f"{storage_settings.redis_prefix}run:orphan"
        await storage.redis.set(key, "dead-token", px=int(storage_settings.run_lease_s * 1000))
        with pytest.raises(ThreadBusy):
            async with storage.run_locks.hold("orphan", wait=False):
                pass
        async with asyncio.timeout(storage_settings.run_lease_s + 2):
            async with storage.run_locks.hold("orphan", wait=True):
                assert await storage.redis.get(key) != "dead-token"


async def test_the_bus_delivers_in_order_and_replays_the_current_run(storage: Storage) -> None:
    bus = storage.bus
    await bus.publish("t", {"type": "user_message", "content": "old"})
    await bus.publish("t", {"type": "stream_end", "message_id": "m0"})
    await bus.publish("t", {"type": "user_message", "content": "hi"})
    await bus.publish("t", {"type": "stream_start"})
    async with bus.subscribe("t") as late:
        assert [e["type"] for e in late.replay] == ["user_message", "stream_start"]
        assert late.replay[0]["content"] == "hi"
        for n in range(50):
            await bus.publish("t", {"type": "stream_token", "text": str(n)})
        await bus.publish("t", {"type": "stream_end", "message_id": "m1"})
        received = [await asyncio.wait_for(late.next(), 5) for _ in range(51)]
    assert [e.get("text") for e in received[:50]] == [str(n) for n in range(50)]
    assert received[50]["type"] == "stream_end"


async def test_two_processes_share_the_bus(shared_settings: Settings) -> None:
    """Two storages on one Redis stand for two processes: a tab on B sees A's run,
    in order and exactly once, and so does a second tab joining B mid-run."""
    async with (
        open_storage(shared_settings) as a,
        open_storage(shared_settings) as b,
        b.bus.subscribe("shared") as first_tab,
    ):
        await a.bus.publish("shared", {"type": "user_message", "content": "q"})
        for n in range(20):
            await a.bus.publish("shared", {"type": "stream_token", "text": str(n)})
        got = [await asyncio.wait_for(first_tab.next(), 5) for _ in range(21)]
        async with b.bus.subscribe("shared") as second_tab:
            await a.bus.publish("shared", {"type": "stream_end", "message_id": "m"})
            late = [e.get("text") for e in second_tab.replay]
            end = await asyncio.wait_for(second_tab.next(), 5)
        assert (await asyncio.wait_for(first_tab.next(), 5))["type"] == "stream_end"
        await asyncio.sleep(0.2)
        assert first_tab.queue.empty()  # nothing twice
    assert [e.get("text") for e in got[1:]] == [str(n) for n in range(20)]
    assert late == [None, *(str(n) for n in range(20))]
    assert end["type"] == "stream_end"


def test_processes_starting_together_on_an_empty_database_all_come_up(
    postgres_url: str, redis_prefix: str
) -> None:
    """The saver's migrations race when several processes start at once; they are
    serialised, so every process comes up."""
    script = textwrap.dedent(
        f"""
        import asyncio
        from settings import Settings
        from storage import open_storage

        async def main():
            settings = Settings(database_url={postgres_url!r}, _env_file=None)
            async with open_storage(settings) as storage:
                await storage.threads.claim("t", "u")

        asyncio.run(main())
        """
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()[-2000:]


async def test_ending_a_feed_closes_its_tabs_and_keeps_nothing(storage: Storage) -> None:
    """A deleted thread's feed: its tabs get the end, nobody who joins its id later is
    replayed its last run, and Redis holds none of its events."""
    bus = storage.bus
    async with bus.subscribe("gone") as tab:
        await bus.publish("gone", {"type": "user_message", "content": None, "owner": "a"})
        await bus.publish("gone", {"type": "stream_token", "text": "private words"})
        await bus.end("gone")
        received = [await asyncio.wait_for(tab.next(), 5) for _ in range(3)]
    assert [e["type"] for e in received] == ["user_message", "stream_token", "thread_deleted"]
    async with bus.subscribe("gone") as late:
        assert late.replay == []
    await bus.publish("gone", {"type": "user_message", "content": None, "owner": "b"})
    async with bus.subscribe("gone") as next_owner:
        assert [e["owner"] for e in next_owner.replay] == ["b"]
    if storage.redis is not None:
        prefix = getattr(bus, "prefix", "")
        kept = await storage.redis.xrange(f"{prefix}bus:gone")
        assert "private words" not in repr(kept)


async def test_waiters_get_a_thread_in_the_order_they_asked(storage: Storage) -> None:
    locks = storage.run_locks
    order: list[int] = []

    async def queued(n: int) -> None:
        async with locks.hold("fifo", wait=True):
            order.append(n)
            await asyncio.sleep(0.01)

    async with locks.hold("fifo", wait=False):
        waiting = []
        for n in range(8):
            waiting.append(asyncio.create_task(queued(n)))
            await asyncio.sleep(0.05)  # each has asked before the next
    await asyncio.wait_for(asyncio.gather(*waiting), 20)
    assert order == list(range(8))


async def test_a_stop_signal_reaches_the_run_that_listens(storage: Storage) -> None:
    heard: list[str] = []
    assert not await storage.run_locks.signal_stop("quiet", "stop")  # nobody runs it
    async with (
        storage.run_locks.hold("s", wait=False),
        storage.run_locks.on_stop("s", heard.append),
    ):
        assert await storage.run_locks.signal_stop("s", "rollback")
        for _ in range(100):
            if heard:
                break
            await asyncio.sleep(0.01)
    assert heard == ["rollback"]


async def test_feedback_is_once_per_answer_and_goes_with_its_thread(storage: Storage) -> None:
    store = storage.feedback
    await store.add("t1", "m1", "alice", "up", "", "q", "a")
    with pytest.raises(FeedbackExists):
        await store.add("t1", "m1", "alice", "down", "changed my mind", "q", "a")
    await store.add("t2", "m2", "bob", "down", "no", "q2", "a2")
    assert set(await store.of_thread("t1", "alice")) == {"m1"}
    assert await store.of_thread("t1", "bob") == {}
    assert [f.message_id for f in await store.all("bob")] == ["m2"]
    await storage.threads.delete("t1")
    assert [f.message_id for f in await store.all()] == ["m2"]


async def test_a_stop_nobody_heard_is_taken_at_the_next_renewal(
    shared_settings: Settings,
) -> None:
    """Redis: a busy thread whose run did not hear the signal (not yet listening)
    still gets the stop, at its next lease renewal (a third of the 1 s lease here)."""
    heard: list[str] = []
    async with open_storage(shared_settings) as storage:
        locks = storage.run_locks
        async with locks.hold("late", wait=False):
            assert await locks.signal_stop("late", "stop")
            async with locks.on_stop("late", heard.append):
                for _ in range(100):
                    if heard:
                        break
                    await asyncio.sleep(0.02)
        assert heard == ["stop"]
        async with locks.hold("late", wait=False), locks.on_stop("late", heard.append):
            await asyncio.sleep(0.8)  # two renewals: the old request is gone
        assert heard == ["stop"]
