"""The webhook's own small HTTP server: asyncio streams and h11 (the HTTP/1.1 parser httpx
already brings).

python-telegram-bot's built-in webhook server (tornado) reads a whole body of up to 100 MB
before it looks at the secret, compares the secret with ``!=``, never times out a slow client,
keeps no bound on connections and answers 200 before the update is handled. Its handler
cannot be told otherwise, so the bot serves the one route itself:

- the path, the method and the secret (``X-Telegram-Bot-Api-Secret-Token``, compared in
  constant time) are checked on the request head, before a byte of the body is read; a
  refused request gets its status and the connection is closed unread;
- a declared body over ``Tuning.max_body`` (1 MiB) is refused at once, a longer chunked one
  as soon as it passes the cap;
- the head must arrive within ``Tuning.header_timeout``, the body within
  ``Tuning.body_timeout``, the next request on a kept-alive connection within
  ``Tuning.idle_timeout``;
- at most ``Tuning.max_connections`` connections are open; the next is answered 503 at once;
- 200 only once the update is journaled (``Delivery.accept``), so a crash right after loses
  nothing; 503 while the journal holds ``Tuning.backlog`` unhandled updates (Telegram then
  keeps them and retries).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections import Counter

import h11

from bot.telegram.delivery import Delivery
from bot.telegram.tuning import Tuning

logger = logging.getLogger(__name__)
CHUNK = 64 * 1024
MAX_HEAD = 16 * 1024
SECRET_HEADER = b"x-telegram-bot-api-secret-token"
BUSY = (b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n"
        b"retry-after: 1\r\n\r\n")


class RefusedError(Exception):
    """The request gets this status and the connection is closed."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class WebhookServer:
    """Serves POST /<path> for Telegram; everything else is refused early and cheaply."""

    def __init__(self, delivery: Delivery, secret: str, path: str, tuning: Tuning) -> None:
        self.delivery = delivery
        self.secret = secret.encode()
        self.path = f"/{path.strip('/')}".encode()
        self.tuning = tuning
        self.statuses: Counter[int] = Counter()  # what was answered, for tests and figures
        self.bytes_read = 0  # request bytes read from all clients
        self._open: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        assert self._server is not None and self._server.sockets, "the server is not started"
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self, host: str, port: int) -> None:
        self._server = await asyncio.start_server(self._connection, host, port, limit=CHUNK)

    async def stop(self) -> None:
        """Stop listening and drop the open connections (an update not yet answered 200 is
        retried by Telegram)."""
        if self._server is not None:
            self._server.close()
        for task in list(self._open):
            task.cancel()
        await asyncio.gather(*self._open, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    # -- one connection ----------------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                          ) -> None:
        task = asyncio.current_task()
        assert task is not None
        try:
            if len(self._open) >= self.tuning.max_connections:
                self.statuses[503] += 1
                writer.write(BUSY)
                with contextlib.suppress(ConnectionError, TimeoutError):
                    async with asyncio.timeout(self.tuning.header_timeout):
                        await writer.drain()
                return
            self._open.add(task)
            await self._serve(reader, writer)
        except (ConnectionError, TimeoutError, h11.ProtocolError):
            pass  # the client went away, was too slow, or spoke something other than HTTP
        except Exception:
            logger.exception("A webhook request failed")
        finally:
            self._open.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                async with asyncio.timeout(1):
                    await writer.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD)
        wait = self.tuning.header_timeout
        while True:
            try:
                event = await self._event(conn, reader, wait)
                if not isinstance(event, h11.Request):
                    return  # closed by the client
                self._check(event)
                body = await self._body(conn, reader)
                status = await self._accept(body)
            except RefusedError as refused:
                await self._respond(conn, writer, refused.status, close=True)
                return
            except h11.RemoteProtocolError:
                with contextlib.suppress(h11.LocalProtocolError):
                    await self._respond(conn, writer, 400, close=True)
                return
            await self._respond(conn, writer, status, close=False)
            if conn.our_state is h11.MUST_CLOSE:
                return
            conn.start_next_cycle()
            wait = self.tuning.idle_timeout

    async def _event(self, conn: h11.Connection, reader: asyncio.StreamReader,
                     seconds: float) -> object:
        """The next HTTP event, reading at most until ``seconds`` from now."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            event = conn.next_event()
            if event is not h11.NEED_DATA:
                return event
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError
            async with asyncio.timeout(remaining):
                data = await reader.read(CHUNK)
            self.bytes_read += len(data)
            conn.receive_data(data)

    def _check(self, request: h11.Request) -> None:
        """Everything that can be judged on the head, before the body is read."""
        if request.target.split(b"?", 1)[0] != self.path:
            raise RefusedError(404)
        if request.method != b"POST":
            raise RefusedError(405)
        headers = dict(request.headers)
        if not hmac.compare_digest(headers.get(SECRET_HEADER, b""), self.secret):
            raise RefusedError(403)
        length = headers.get(b"content-length")
        if length is not None and int(length) > self.tuning.max_body:
            raise RefusedError(413)

    async def _body(self, conn: h11.Connection, reader: asyncio.StreamReader) -> bytes:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.tuning.body_timeout
        parts: list[bytes] = []
        size = 0
        while True:
            try:
                event = await self._event(conn, reader, deadline - loop.time())
            except TimeoutError:
                raise RefusedError(408) from None
            if isinstance(event, h11.Data):
                size += len(event.data)
                if size > self.tuning.max_body:
                    raise RefusedError(413)
                parts.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage):
                return b"".join(parts)
            else:
                raise ConnectionResetError("the client closed the connection mid-body")

    async def _accept(self, body: bytes) -> int:
        try:
            text = body.decode("utf-8")
            update = json.loads(text)
            update_id = update["update_id"]
        except (ValueError, TypeError, KeyError):
            return 400
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            return 400
        if self.delivery.full():
            return 503
        await self.delivery.accept([(update_id, text)])
        return 200

    async def _respond(self, conn: h11.Connection, writer: asyncio.StreamWriter, status: int,
                       *, close: bool) -> None:
        self.statuses[status] += 1
        headers = [("content-length", "0")]
        if close:
            headers.append(("connection", "close"))
        if status == 503:
            headers.append(("retry-after", "1"))
        writer.write(conn.send(h11.Response(status_code=status, headers=headers)) or b"")
        writer.write(conn.send(h11.EndOfMessage()) or b"")
        async with asyncio.timeout(self.tuning.header_timeout):
            await writer.drain()
