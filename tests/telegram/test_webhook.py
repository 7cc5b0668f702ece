"""The webhook server, attacked as a careless or hostile client would: the secret is checked
before a byte of the body is read, bodies are capped, slow clients are cut off, connections
are bounded. Each test speaks raw HTTP over a socket, as such a client does."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.telegram.webhook import WebhookServer
from tests.telegram.conftest import TEST_TUNING, Harness, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import JOHN, private, update_message

pytestmark = pytest.mark.e2e
SECRET = "s3cret_token"
MB = 1024 * 1024
TUNING = replace(TEST_TUNING, header_timeout=0.5, body_timeout=0.5, idle_timeout=0.5,
                 max_connections=4)


@pytest.fixture
async def hook(api: FakeBotApi, engine: Engine, state_dir: Path) -> AsyncIterator[Harness]:
    harness = await start_bot(api, engine, state_dir, tuning=TUNING,
                              WEBHOOK_URL="https://bot.example.org", WEBHOOK_SECRET=SECRET)
    try:
        yield harness
    finally:
        await stop_bot(harness)


def server(hook: Harness) -> WebhookServer:
    assert hook.serving.webhook is not None
    return hook.serving.webhook


def head(length: int, secret: str | None = SECRET, path: str = "/telegram",
         method: str = "POST", extra: str = "") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: bot.example.org",
             "Content-Type: application/json", f"Content-Length: {length}"]
    if secret is not None:
        lines.append(f"X-Telegram-Bot-Api-Secret-Token: {secret}")
    return ("\r\n".join(lines) + "\r\n" + extra + "\r\n").encode()


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else 0


class Client:
    """A raw TCP client in a thread: sends what it is given as fast as the server takes it,
    reads whatever comes back, and notes how much it managed to send."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.sent = 0

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self.sent += len(data)
        return True

    def response(self, seconds: float = 5) -> bytes:
        self.sock.settimeout(seconds)
        try:
            return self.sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            return b""

    def close(self) -> None:
        self.sock.close()


def flood(client: Client, total: int) -> None:
    chunk = b"x" * MB
    while client.sent < total and client.send(chunk):
        pass


async def test_an_unauthenticated_100_mb_body_is_refused_without_being_read(
        hook: Harness) -> None:
    for secret in (None, "wrong_secret", SECRET[:-1]):
        before = server(hook).bytes_read
        client = Client(server(hook).port)
        began = time.monotonic()
        client.send(head(100 * MB, secret))
        pusher = threading.Thread(target=flood, args=(client, 100 * MB))
        pusher.start()
        assert status_of(await asyncio.to_thread(client.response)) == 403
        await asyncio.to_thread(pusher.join, 10)
        assert not pusher.is_alive()  # the server hung up: the client could not go on
        assert time.monotonic() - began < 2
        assert server(hook).bytes_read - before < 256 * 1024  # the head and a socket buffer
        assert client.sent < 100 * MB
        client.close()
    assert not hook.api.sent()  # nothing was answered


async def test_an_authenticated_body_over_1_mib_is_refused(hook: Harness) -> None:
    declared = Client(server(hook).port)
    declared.send(head(2 * MB))
    assert status_of(await asyncio.to_thread(declared.response)) == 413  # before reading it
    declared.close()

    before = server(hook).bytes_read
    chunked = Client(server(hook).port)
    lines = ["POST /telegram HTTP/1.1", "Host: x", "Transfer-Encoding: chunked",
             f"X-Telegram-Bot-Api-Secret-Token: {SECRET}"]
    chunked.send(("\r\n".join(lines) + "\r\n\r\n").encode())
    piece = b"%x\r\n%s\r\n" % (64 * 1024, b"x" * 64 * 1024)
    pusher = threading.Thread(target=lambda: [chunked.send(piece) for _ in range(64)])
    pusher.start()
    assert status_of(await asyncio.to_thread(chunked.response)) == 413
    await asyncio.to_thread(pusher.join, 10)
    assert server(hook).bytes_read - before < 2 * MB  # stopped reading past the cap
    chunked.close()


async def test_slow_clients_are_cut_off(hook: Harness) -> None:
    silent = Client(server(hook).port)  # connects, never sends a request
    half = Client(server(hook).port)
    half.send(b"POST /telegram HTTP/1.1\r\nHost: x\r\n")  # never finishes its head
    slow_body = Client(server(hook).port)
    slow_body.send(head(100) + b'{"update_id":')  # never finishes its body
    began = time.monotonic()
    assert await asyncio.to_thread(silent.response) == b""  # closed, no answer
    assert await asyncio.to_thread(half.response) == b""
    assert status_of(await asyncio.to_thread(slow_body.response)) == 408
    assert time.monotonic() - began < 3  # after the 0.5 s allowed, not never
    for client in (silent, half, slow_body):
        client.close()


async def test_connections_beyond_the_bound_are_refused_at_once(hook: Harness) -> None:
    idle = [Client(server(hook).port) for _ in range(TUNING.max_connections)]
    await asyncio.sleep(0.1)  # all four accepted
    extra = Client(server(hook).port)
    assert status_of(await asyncio.to_thread(extra.response, 1)) == 503
    for client in (*idle, extra):
        client.close()


async def test_only_a_post_of_a_json_update_to_the_path_is_taken(hook: Harness) -> None:
    cases = [(head(2, path="/other"), b"{}", 404), (head(0, method="GET"), b"", 405),
             (head(9), b"not json!", 400), (head(2), b"{}", 400)]
    for request, body, expected in cases:
        client = Client(server(hook).port)
        client.send(request + body)
        assert status_of(await asyncio.to_thread(client.response)) == expected
        client.close()
    assert not hook.api.sent()


async def test_a_kept_alive_connection_carries_several_updates(hook: Harness) -> None:
    client = Client(server(hook).port)
    for n in (1, 2):
        update = update_message(f"kapan oki didirikan {n}", private(JOHN), JOHN)
        update["update_id"] = n
        body = json.dumps(update).encode()
        client.send(head(len(body)) + body)
        assert status_of(await asyncio.to_thread(client.response)) == 200
    client.close()
    await hook.reply_in(JOHN["id"], count=2)
