"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

It speaks the real wire protocol (``/bot<token>/<method>``, form-encoded parameters, the
``{"ok": ..., "result": ...}`` envelope), serves ``getUpdates`` by long polling, records
every call, and answers like Telegram where it matters: 400 for broken HTML or text over
4096 characters, 429 with ``retry_after`` past the flood limits (30 messages a second in
all, 20 a minute per group, each as a token bucket that allows a short burst).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import select
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.telegram.telegram_html import telegram_rejects, visible_text

__all__ = ["Call", "FakeBotApi"]

@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    result: Any = None


class _Trouble:
    """What goes wrong with Telegram, on demand: slow answers, error answers, refused
    connections, and updates pushed to a webhook the way Telegram does it."""

    calls: list[Call]
    _cond: threading.Condition
    _updates: list[dict[str, Any]]
    _server: ThreadingHTTPServer
    _thread: threading.Thread

    def _init_trouble(self) -> None:
        self.slow: dict[str, float] = {}  # method -> seconds its answer comes after it was done
        self._failing: dict[str, tuple[float, int]] = {}  # method -> (until, status)
        self._listening = threading.Lock()
        self._stopping = False
        self._webhook: tuple[str, str] | None = None
        self._in_flight: set[int] = set()
        self.webhook_posts: list[tuple[int, int | None]] = []  # (update_id, status or None)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    def answer_late(self, method: str) -> None:
        """Done already; the answer is merely slow (a send that succeeds after 6 s)."""
        delay = self.slow.get(method)
        if delay:
            time.sleep(delay)

    def fail_for(self, seconds: float, methods: tuple[str, ...] = ("sendMessage",),
                 status: int = 502) -> None:
        """Answer ``status`` to these methods, doing nothing, for ``seconds``."""
        until = time.monotonic() + seconds
        for method in methods:
            self._failing[method] = (until, status)

    def failing_now(self, method: str) -> int | None:
        until, status = self._failing.get(method, (0.0, 0))
        return status if time.monotonic() < until else None

    def refuse_for(self, seconds: float) -> None:
        """Stop listening for ``seconds`` (every connection refused: Telegram unreachable),
        then listen again on the same port. Returns once connections are refused."""
        with self._listening:
            server = self._server
            port = server.server_address[1]
            server.shutdown()
            # Serve what already reached the listen queue: closing it would reset connections
            # whose requests were written, and such a request may have arrived (so the bot must
            # not resend it). An outage refuses new connections; it does not eat requests.
            deadline = time.monotonic() + 0.5
            while (select.select([server.socket], [], [], 0)[0]
                   and time.monotonic() < deadline):
                server._handle_request_noblock()
            server.server_close()

        def later() -> None:
            time.sleep(seconds)
            with self._listening:
                if self._stopping:
                    return
                self._server = _Server(("127.0.0.1", port), self._handler())
                self._server.daemon_threads = True
                self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
                self._thread.start()

        threading.Thread(target=later, daemon=True).start()

    def deliver_webhook(self, url: str, secret: str, connections: int = 40,
                        retry_seconds: float = 0.1) -> None:
        """Push updates to ``url`` from now on, as Telegram does once setWebhook is called: up
        to ``connections`` at once, each POSTed with the secret header until it is answered
        2xx (a refused connection, a timeout or an error status: tried again later)."""
        self._webhook = (url, secret)
        for _ in range(connections):
            threading.Thread(target=self._push_forever, args=(retry_seconds,),
                             daemon=True).start()

    def _push_forever(self, retry_seconds: float) -> None:
        assert self._webhook is not None
        url, secret = self._webhook
        target = urlsplit(url)
        while True:
            with self._cond:
                update = None
                while update is None and not self._stopping:
                    update = next((u for u in self._updates
                                   if u["update_id"] not in self._in_flight), None)
                    if update is None:
                        self._cond.wait()
                if self._stopping or update is None:
                    return
                self._in_flight.add(update["update_id"])
            status: int | None = None
            try:
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                conn.request("POST", target.path, json.dumps(update).encode(),
                             {"Content-Type": "application/json",
                              "X-Telegram-Bot-Api-Secret-Token": secret})
                status = conn.getresponse().status
                conn.close()
            except OSError:
                pass
            with self._cond:
                self._in_flight.discard(update["update_id"])
                self.webhook_posts.append((update["update_id"], status))
                if status is not None and 200 <= status < 300:
                    self._updates.remove(update)
                self._cond.notify_all()
            if status is None or not 200 <= status < 300:
                time.sleep(retry_seconds)


@dataclass
class FakeBotApi(_Trouble):
    token: str = "123456:TEST-TOKEN"
    username: str = "oic_test_bot"
    flood_limits: bool = True
    group_per_minute: int = 20
    overall_per_second: int = 30
    calls: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.bot_id = int(self.token.split(":")[0])
        self._cond = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._next_message = 1000
        self._overall = _Bucket(self.overall_per_second, 1.0)
        self._groups: dict[int, _Bucket] = defaultdict(
            lambda: _Bucket(self.group_per_minute, 60.0))
        self.fail_next: dict[str, tuple[int, dict[str, Any]]] = {}
        self._init_trouble()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        with self._listening:
            self._server.shutdown()
            self._server.server_close()

    # -- what tests do ------------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            update["update_id"] = self._next_update
            self._next_update += 1
            self._updates.append(update)
            self._cond.notify_all()
        return update

    def wait_for(self, predicate: Callable[[Call], bool], count: int = 1,
                 timeout: float = 10.0) -> list[Call]:
        """Block until ``count`` recorded calls satisfy ``predicate``; return them."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls if predicate(c)]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    methods = [c.method for c in self.calls]
                    raise AssertionError(f"waited {timeout}s for {count} call(s); got "
                                         f"{len(found)}; calls so far: {methods}")
                self._cond.wait(remaining)

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method and c.status == 200
                    and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    # -- handling -----------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                match = re.fullmatch(r"/bot([^/]+)/(\w+)", self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                if not match or match.group(1) != api.token:
                    self._reply(404 if match is None else 401,
                                {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                params = _parse(body, self.headers.get("Content-Type", ""))
                status, payload = api.dispatch(match.group(2), params)
                api.answer_late(match.group(2))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._reply(status, payload)

            do_GET = do_POST  # noqa: N815

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def dispatch(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        failing = self.failing_now(method)
        if failing:
            with self._cond:
                self._record(Call(method, params, failing, None))
            return failing, {"ok": False, "error_code": failing, "description": "Bad Gateway"}
        with self._cond:
            if method in self.fail_next:
                status, payload = self.fail_next.pop(method)
                self._record(Call(method, params, status, payload))
                return status, payload
        if method == "getUpdates":
            if self._webhook is not None:
                return 409, {"ok": False, "error_code": 409, "description": "Conflict: can't "
                             "use getUpdates method while webhook is active"}
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._cond:
            status, payload = self._answer(method, params)
            self._record(Call(method, params, status, payload.get("result")))
            return status, payload

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._cond.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            return list(self._updates[:int(params.get("limit") or 100)])

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        def ok(result: Any) -> tuple[int, dict[str, Any]]:
            return 200, {"ok": True, "result": result}

        if method == "getMe":
            return ok({"id": self.bot_id, "is_bot": True, "first_name": "OIC Test Bot",
                       "username": self.username, "can_join_groups": True,
                       "can_read_all_group_messages": False, "supports_inline_queries": True})
        if method in ("sendMessage", "editMessageText"):
            error = self._check_message(params)
            if error:
                return error
            if method == "sendMessage":
                return ok(self._message(params))
            return ok(self._message(params, int(params.get("message_id", 0))))
        if method in ("deleteWebhook", "setWebhook", "setMyCommands", "answerCallbackQuery",
                      "editMessageReplyMarkup",
                      "answerInlineQuery", "sendChatAction", "deleteMyCommands", "close"):
            return ok(True)
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _check_message(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        text = str(params.get("text", ""))
        if not text.strip():
            return _bad("Bad Request: message text is empty")
        if params.get("parse_mode") == "HTML":
            problem = telegram_rejects(text)
            if problem:
                return _bad(f"Bad Request: can't parse entities: {problem}")
        if len(visible_text(text)) > 4096:
            return _bad("Bad Request: message is too long")
        if self.flood_limits:
            return self._flood(int(params.get("chat_id", 0)))
        return None

    def _flood(self, chat_id: int) -> tuple[int, dict[str, Any]] | None:
        group = self._groups[chat_id] if chat_id < 0 else None
        wait = max(self._overall.wait(), group.wait() if group else 0.0)
        if wait > 0:
            return _too_many(max(1, round(wait)))
        self._overall.take()
        if group:
            group.take()
        return None

    def _message(self, params: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        if message_id is None:
            self._next_message += 1
            message_id = self._next_message
        chat_id = int(params.get("chat_id", 0))
        chat = ({"id": chat_id, "type": "private", "first_name": "User"} if chat_id > 0
                else {"id": chat_id, "type": "supergroup", "title": "Study group"})
        message: dict[str, Any] = {
            "message_id": message_id, "date": int(time.time()), "chat": chat,
            "from": {"id": self.bot_id, "is_bot": True, "first_name": "OIC Test Bot",
                     "username": self.username},
            "text": visible_text(str(params.get("text", ""))),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message


class _Server(ThreadingHTTPServer):
    # Telegram accepts every connection; the default listen queue of 5 would reset some of a
    # burst's connections, and a reset request may have arrived (the bot never resends it).
    request_queue_size = 512


class _Bucket:
    """A token bucket: ``capacity`` messages at once, refilled at capacity per ``period``."""

    def __init__(self, capacity: int, period: float) -> None:
        self.capacity = capacity
        self.rate = capacity / period
        self.tokens = float(capacity)
        self.stamp = time.monotonic()

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait(self) -> float:
        """Seconds until one more message may go (0 if now)."""
        self._refill()
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1


def _bad(description: str) -> tuple[int, dict[str, Any]]:
    return 400, {"ok": False, "error_code": 400, "description": description}


def _too_many(seconds: int) -> tuple[int, dict[str, Any]]:
    return 429, {"ok": False, "error_code": 429,
                 "description": f"Too Many Requests: retry after {seconds}",
                 "parameters": {"retry_after": seconds}}


def _parse(body: str, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if "json" in content_type:
        return json.loads(body)
    params: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        if value[:1] in "[{":
            try:
                params[key] = json.loads(value)
                continue
            except ValueError:
                pass
        params[key] = value
    return params
