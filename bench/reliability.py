"""Reliability figures (README, "Reliability"): the bot attacked on loopback the way a crash, a
redeploy, an outage, a slow Telegram, a full disk, a busy operator and a hostile client would,
against the fake Bot API from the tests. Everything runs on 127.0.0.1 and stops by itself.

Run from a checkout: ``python bench/reliability.py`` (about ten minutes at full length) or
``python bench/reliability.py --quick`` (shorter bursts and outages, for a first look);
``--only kill-polling`` (or any scenario name below) runs one. The bot runs in its own process
(``tests/telegram/bot_process.py``: the production start-up with the production waits) where
it is killed, and in this process where it is only measured.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.factory import build_engine
from bot.settings import BotSettings, EngineSettings
from bot.telegram.app import build_application
from bot.telegram.serve import Serving
from bot.telegram.serve import start as start_serving
from tests.telegram.bot_process import REPO, spawn
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import private, update_message

SECRET = "reliability_secret"  # noqa: S105 - the fake Telegram's
MB = 1024 * 1024
LOGS: list[Path] = []  # every bot log written, searched for the token at the end


def person(n: int) -> dict[str, Any]:
    return {"id": 50_000 + n, "is_bot": False, "first_name": f"P{n}", "language_code": "id"}


def ask_many(api: FakeBotApi, count: int, first: int = 0) -> set[int]:
    for n in range(first, first + count):
        api.push(update_message("kapan oki didirikan", private(person(n)), person(n)))
    return {person(n)["id"] for n in range(first, first + count)}


def answers(api: FakeBotApi) -> Counter[int]:
    return Counter(int(c.params["chat_id"]) for c in api.sent() if "1969" in c.params["text"])


def wait_until(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_env(api: FakeBotApi, state: Path, **extra: str) -> dict[str, str]:
    return {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url,
            "OIC_STATE_DIR": str(state), **extra}


def new_log(work: Path, name: str) -> Path:
    log = work / f"{name}.log"
    log.touch()
    LOGS.append(log)
    return log


def stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(60)


def lost_and_doubled(api: FakeBotApi, chats: set[int]) -> tuple[int, int]:
    got = answers(api)
    return len(chats - set(got)), sum(n - 1 for n in got.values() if n > 1)


# -- scenarios -------------------------------------------------------------------------------

def kill(mode: str, count: int, downtime: float, work: Path) -> str:
    """kill -9 mid-burst, then a redeploy that takes ``downtime`` seconds."""
    api = FakeBotApi().start()
    port = free_port()
    extra = {"PORT": str(port)}
    if mode == "webhook":
        extra.update(WEBHOOK_URL="https://bot.example.org", WEBHOOK_SECRET=SECRET)
        api.deliver_webhook(f"http://127.0.0.1:{port}/telegram", SECRET, retry_seconds=1.0)
    env = bot_env(api, work / f"state-kill-{mode}", **extra)
    log = new_log(work, f"kill-{mode}")
    try:
        chats = ask_many(api, count)
        first = spawn(env, {}, log)
        wait_until(lambda: len(answers(api)) >= count // 5, 300)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        at_kill = len(answers(api))
        time.sleep(downtime)
        began = time.monotonic()
        second = spawn(env, {}, log)
        wait_until(lambda: set(answers(api)) >= chats, 600)
        caught_up = time.monotonic() - began
        stop(second)
        lost, doubled = lost_and_doubled(api, chats)
    finally:
        api.stop()
    return (f"kill -9 mid-burst, {mode}: {count} questions from {count} chats; killed after "
            f"{at_kill} answers, restarted {downtime:.0f} s later, every chat answered "
            f"{caught_up:.0f} s after the restart: **{lost} lost**, {doubled} answered twice "
            "(sent just before the kill, not yet marked handled)")


def outage(kind: str, count: int, seconds: float, work: Path) -> str:
    """Telegram unreachable (connections refused) or failing (502 to every send)."""
    api = FakeBotApi().start()
    log = new_log(work, f"outage-{kind}")
    bot = spawn(bot_env(api, work / f"state-outage-{kind}"), {}, log)
    try:
        api.wait_for(lambda c: c.method == "deleteWebhook", 1, 60)
        if kind == "refused":
            chats = ask_many(api, count)
            wait_until(lambda: len(answers(api)) >= 10, 60)
            began = time.monotonic()
            api.refuse_for(seconds)
        else:
            api.fail_for(seconds)
            began = time.monotonic()
            chats = ask_many(api, count)
        done = wait_until(lambda: set(answers(api)) >= chats, seconds + 600)
        after = time.monotonic() - began - seconds
        time.sleep(5)  # a resend, if any, would show by now
        lost, doubled = lost_and_doubled(api, chats)
        assert done or lost
    finally:
        stop(bot)
        api.stop()
    what = ("connections refused (sends and getUpdates)" if kind == "refused"
            else "every send answered 502 Bad Gateway")
    return (f"{seconds:.0f} s outage, {what}, {count} questions: **{lost} lost**, "
            f"**{doubled} answered twice**; the last answer {after:.0f} s after the outage")


def slow(count: int, delay: float, work: Path) -> str:
    """Every send carried out at once but answered ``delay`` seconds late."""
    api = FakeBotApi().start()
    api.slow["sendMessage"] = delay
    log = new_log(work, "slow")
    bot = spawn(bot_env(api, work / "state-slow"), {}, log)
    try:
        chats = ask_many(api, count)
        wait_until(lambda: set(answers(api)) >= chats, 600)
        time.sleep(2 * delay)
        lost, doubled = lost_and_doubled(api, chats)
    finally:
        stop(bot)
        api.stop()
    return (f"slow sends (each carried out, answered after {delay:.0f} s), {count} questions: "
            f"{lost} lost, **{doubled} answered twice**")


# In a mount namespace of its own: a 4 MB tmpfs as the state folder ($1), the bot started on
# it (log in $2, Python $3), then the disk filled to the last byte.
FILL_DISK = """
mount -t tmpfs -o size=4m tmpfs "$1" || exit 97
"$3" -m tests.telegram.bot_process '{}' >>"$2" 2>&1 &
bot=$!
trap 'kill -TERM $bot; wait $bot; exit 0' TERM
until grep -q "Application started" "$2"; do sleep 0.1; done
dd if=/dev/zero of="$1/filler" bs=64k 2>/dev/null
echo "DISK FULL: $(df -h "$1" | tail -1)" >>"$2"
wait $bot
"""


def full_disk(count: int, work: Path) -> str:
    """The state folder on a filesystem with no room left (a 4 MB tmpfs, filled)."""
    api = FakeBotApi().start()
    log = new_log(work, "full-disk")
    state = work / "state-full"
    state.mkdir()
    real = os.geteuid() == 0 and shutil.which("unshare") is not None
    try:
        if real:
            command = ["unshare", "-m", "sh", "-c", FILL_DISK, "_", str(state), str(log),
                       sys.executable]
            process = subprocess.Popen(command, cwd=REPO,  # noqa: S603
                                       env={**os.environ, **bot_env(api, state)},
                                       start_new_session=True)
            if not wait_until(lambda: "DISK FULL" in log.read_text(), 120):
                process.kill()
                real = False
        if real:
            chats = ask_many(api, count)
            wait_until(lambda: set(answers(api)) >= chats, 120)
            lost, _ = lost_and_doubled(api, chats)
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(60)
            how = "a real full disk (tmpfs filled with dd)"
        else:
            return "full disk: skipped (needs root and unshare to mount a small tmpfs)"
    finally:
        api.stop()
    failures = sorted({line.split("could not ")[1].split(" (")[0]
                       for line in log.read_text().splitlines() if "could not" in line})
    return (f"{how}, {count} questions: {count - lost} answered, **{lost} lost**; the log "
            f"says once each that it could not {', '.join(failures)}")


async def review(rows: int, questions: int, work: Path) -> str:
    """/review over a full question log while others ask."""
    api = FakeBotApi().start()
    operator = {"id": 777, "is_bot": False, "first_name": "Op", "language_code": "en"}
    settings = BotSettings.from_env({**bot_env(api, work / "state-review"),
                                     "OIC_OPERATOR_IDS": "777"})
    app = build_application(settings, build_engine(EngineSettings.from_env()))
    serving: Serving = await start_serving(app)
    try:
        store = app.bot_data.services.store
        words = ("oki ktt sekjen anggota negara piagam markas jeddah resep rendang padang apa "
                 "kapan siapa dimana berapa tahun islam kerja sama organisasi").split()
        pick = random.Random(1969)  # noqa: S311 - as many different questions as it reads
        for n in range(rows):
            text = " ".join(pick.choices(words, k=6))
            await store.record(text=text, lang="id", outcome="unanswered", chat_type="private",
                               chat_id=n, candidates=[], reason="")
        api.push(update_message("/review", private(operator), operator))
        took: list[float] = []
        during: list[float] = []  # those answered while the review was still at work
        for n in range(questions):
            began = time.monotonic()
            [chat] = ask_many(api, 1, first=100_000 + n)
            await asyncio.to_thread(api.wait_for, lambda c, chat=chat: c.status == 200
                                    and int(c.params.get("chat_id", 0)) == chat, 1, 30)
            took.append(1000 * (time.monotonic() - began))
            if not api.sent(777):
                during.append(took[-1])
        await asyncio.to_thread(api.wait_for, lambda c: c.method == "sendMessage"
                                and int(c.params["chat_id"]) == 777, 1, 300)
    finally:
        await serving.stop()
        api.stop()
    worst = f"{max(during):.0f} ms" if during else "-"
    return (f"/review over {rows:,} logged questions: {questions} other questions asked one "
            f"after another from the moment it was sent, each answered in median "
            f"{statistics.median(took):.0f} ms, at most {max(took):.0f} ms; the "
            f"{len(during)} answered while the review was still at work: **at most {worst}**")


async def webhook_body(work: Path) -> str:
    """An unauthenticated client sends a 100 MB body."""
    api = FakeBotApi().start()
    settings = BotSettings.from_env({**bot_env(api, work / "state-webhook"),
                                     "WEBHOOK_URL": "https://bot.example.org",
                                     "WEBHOOK_SECRET": SECRET})
    app = build_application(settings, build_engine(EngineSettings.from_env()))
    serving = await start_serving(app, listen="127.0.0.1", port=0)
    assert serving.webhook is not None
    try:
        server = serving.webhook
        sent = 0
        sock = socket.create_connection(("127.0.0.1", server.port))
        head = (b"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\nX-Telegram-Bot-Api-Secret-Token: wrong\r\n\r\n"
                % (100 * MB))
        began = time.monotonic()

        def flood() -> None:
            nonlocal sent
            sock.sendall(head)
            chunk = b"x" * MB
            try:
                while sent < 100 * MB:
                    sock.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                pass

        pusher = threading.Thread(target=flood)
        pusher.start()
        response = await asyncio.to_thread(sock.recv, 1024)
        refused_after = time.monotonic() - began
        await asyncio.to_thread(pusher.join, 30)
        sock.close()
        status = response.split(b"\r\n", 1)[0].decode()
        read = server.bytes_read
    finally:
        await serving.stop()
        api.stop()
    return (f"unauthenticated 100 MB POST to the webhook: `{status}` after "
            f"{1000 * refused_after:.0f} ms; the server read **{read / 1024:.0f} KiB** (the "
            f"head and a socket buffer) and hung up; the client got {sent / MB:.0f} MB into "
            "the kernel's buffers before the connection broke")


def revoked_token(work: Path) -> str:
    """The token revoked while the bot runs (Telegram then answers 401/404)."""
    api = FakeBotApi().start()
    log = new_log(work, "revoked")
    with log.open("ab") as out:  # the real command: its last words are what an operator sees
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=REPO,
                               env={**os.environ, **bot_env(api, work / "state-revoked")},
                               stdout=out, stderr=subprocess.STDOUT)
    try:
        api.wait_for(lambda c: c.method == "deleteWebhook", 1, 60)
        api.token = "123456:REVOKED-NOW"  # noqa: S105
        code = bot.wait(120)
    finally:
        api.stop()
    last = log.read_text().strip().splitlines()[-1]
    return f"token revoked while running: exit code {code}, last line `{last}`"


def no_token(token: str) -> str:
    secret = token.split(":", 1)[1]
    lines = [line for log in LOGS if log.exists() for line in log.read_text().splitlines()]
    found = sum(secret in line for line in lines)
    return (f"the token in the logs of every bot process above ({len(lines)} lines): "
            f"**{found} times**")


# -- main ------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter bursts and outages")
    parser.add_argument("--only", help="run one scenario: kill-polling, kill-webhook, "
                        "outage-refused, outage-502, slow, full-disk, review, webhook-body, "
                        "revoked-token")
    args = parser.parse_args()
    quick = args.quick
    outage_seconds = 5.0 if quick else 30.0
    scenarios: dict[str, Callable[[Path], str]] = {
        "kill-polling": lambda w: kill("polling", 300 if quick else 1500,
                                       5 if quick else 30, w),
        "kill-webhook": lambda w: kill("webhook", 150 if quick else 600,
                                       5 if quick else 30, w),
        "outage-refused": lambda w: outage("refused", 150, outage_seconds, w),
        "outage-502": lambda w: outage("502", 150, outage_seconds, w),
        "slow": lambda w: slow(150, 6.0, w),
        "full-disk": lambda w: full_disk(22, w),
        "review": lambda w: asyncio.run(review(10_000, 20, w)),
        "webhook-body": lambda w: asyncio.run(webhook_body(w)),
        "revoked-token": revoked_token,
    }
    chosen = [args.only] if args.only else list(scenarios)
    with tempfile.TemporaryDirectory(prefix="oic-reliability-") as folder:
        work = Path(folder)
        for name in chosen:
            began = time.monotonic()
            result = scenarios[name](work)
            print(f"- {result}  [{name}, {time.monotonic() - began:.0f} s]", flush=True)
        print(f"- {no_token(FakeBotApi.token)}")


if __name__ == "__main__":
    main()
