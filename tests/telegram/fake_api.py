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
        self._polls_cut = 0  # bumped to end the long polls in progress (revoke_token)
        self._next_message = 1000
        self._overall = _Bucket(self.overall_per_second, 1.0)
        self._groups: dict[int, _Bucket] = defaultdict(
            lambda: _Bucket(self.group_per_minute, 60.0))
        self.fail_next: dict[str, tuple[int, dict[str, Any]]] = {}
        # What users did meanwhile (bot/telegram tests of "nothing lost"):
        self.migrated: dict[int, int] = {}  # group id -> the supergroup it became
        self.deleted: set[tuple[int, int]] = set()  # (chat, message) deleted by a user
        self.queries_expired = False  # every answerCallbackQuery is "too old" (a restart)
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}  # for reply_to_message
        self._study_init()
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
            for kind in ("message", "edited_message"):
                if kind in update:
                    self._keep(update[kind])
            update["update_id"] = self._next_update
            self._next_update += 1
            self._updates.append(update)
            self._cond.notify_all()
        return update

    def revoke_token(self, new_token: str) -> None:
        """BotFather's /revoke: later requests get 401. A long poll already past the token check
        ends empty at once, as if its timeout had run out (which otherwise takes 30 s)."""
        with self._cond:
            self.token = new_token
            self._polls_cut += 1
            self._cond.notify_all()

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
            cut = self._polls_cut
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while (not self._updates and time.monotonic() < deadline
                   and self._polls_cut == cut):
                self._cond.wait(deadline - time.monotonic())
            return list(self._updates[:int(params.get("limit") or 100)])

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        def ok(result: Any) -> tuple[int, dict[str, Any]]:
            return 200, {"ok": True, "result": result}

        refused = self._refuses(method, params)
        if refused:
            return refused

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
                      "editMessageReplyMarkup", "setMyDescription", "setMyShortDescription",
                      "answerInlineQuery", "sendChatAction", "deleteMyCommands", "close"):
            return ok(True)
        if method in STUDY_METHODS:
            return self._study_answer(method, params)
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
        reply_to = params.get("reply_parameters")
        if isinstance(reply_to, dict):
            quoted = self._messages.get((chat_id, int(reply_to.get("message_id") or 0)))
            if quoted is not None:
                message["reply_to_message"] = quoted
        self._keep(message)
        return message

    def _keep(self, message: dict[str, Any]) -> None:
        """Remember a message as Telegram does, so replies to it can quote it."""
        kept = {k: v for k, v in message.items() if k != "reply_to_message"}
        self._messages[(int(message["chat"]["id"]), int(message["message_id"]))] = kept


    # -- Telegram's rules for the calls the UX layer makes ---------------------------------------

    def _refuses(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        """Telegram's refusals: a group that became a supergroup, messages deleted, callback
        queries too old, malformed buttons, descriptions and command menus."""
        chat_id = int(params.get("chat_id") or 0)
        if chat_id in self.migrated and method.startswith(("send", "edit")):
            return 400, {"ok": False, "error_code": 400,
                         "description": "Bad Request: group chat was upgraded to a supergroup "
                         "chat", "parameters": {"migrate_to_chat_id": self.migrated[chat_id]}}
        if method.startswith("edit") and (chat_id, int(params.get("message_id") or 0)) in \
                self.deleted:
            return _bad("Bad Request: message to edit not found")
        reply_to = params.get("reply_parameters") or {}
        if (method == "sendMessage" and isinstance(reply_to, dict)
                and (chat_id, int(reply_to.get("message_id") or 0)) in self.deleted
                and not reply_to.get("allow_sending_without_reply")):
            return _bad("Bad Request: message to be replied not found")
        if method == "answerCallbackQuery" and self.queries_expired:
            return _bad("Bad Request: query is too old and response timeout expired or query "
                        "ID is invalid")
        if method == "answerInlineQuery":
            button = params.get("button") or {}
            if button and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}",
                                           str(button.get("start_parameter", ""))):
                return _bad("Bad Request: START_PARAM_INVALID")
            for result in params.get("results") or []:
                problem = _keyboard_problem(result.get("reply_markup"))
                if problem:
                    return _bad(f"Bad Request: {problem}")
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            problem = _keyboard_problem(params.get("reply_markup"))
            if problem:
                return _bad(f"Bad Request: {problem}")
        if method == "setMyDescription" and len(str(params.get("description", ""))) > 512:
            return _bad("Bad Request: description is too long")
        if (method == "setMyShortDescription"
                and len(str(params.get("short_description", ""))) > 120):
            return _bad("Bad Request: short description is too long")
        if method == "setMyCommands":
            for command in params.get("commands") or []:
                if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))) or \
                        not 1 <= len(str(command.get("description", ""))) <= 256:
                    return _bad("Bad Request: BOT_COMMAND_INVALID")
        if method == "sendChatAction" and params.get("action") not in CHAT_ACTIONS:
            return _bad("Bad Request: wrong parameter action in request")
        return None

    def described(self, method: str, language_code: str | None) -> str | None:
        """The last description (or short description) set for a language ("" = default)."""
        key = "description" if method == "setMyDescription" else "short_description"
        found = [c.params.get(key) for c in self.sent(method=method)
                 if (c.params.get("language_code") or None) == language_code]
        return str(found[-1]) if found else None

    def commands(self, scope_type: str, language_code: str | None = None,
                 chat_id: int | None = None) -> list[str] | None:
        """The last command menu set for a scope and language, as command names."""
        found = [c for c in self.sent(method="setMyCommands")
                 if (c.params.get("scope") or {"type": "default"}).get("type") == scope_type
                 and (c.params.get("language_code") or None) == language_code
                 and (chat_id is None
                      or int((c.params.get("scope") or {}).get("chat_id", 0)) == chat_id)]
        return [cmd["command"] for cmd in found[-1].params["commands"]] if found else None

    # -- study groups: quiz polls and chat members --------------------------------------------
    # sendPoll and stopPoll as Telegram checks them (quiz limits, a closed poll cannot be
    # stopped again); getChatMember answers "administrator" for the users a test lists in
    # ``chat_admins[chat_id]`` ("creator" for ``chat_owners``), "member" for anyone else.

    def _study_init(self) -> None:
        self.polls: dict[str, dict[str, Any]] = {}  # poll id -> the poll as Telegram keeps it
        self._poll_messages: dict[tuple[int, int], str] = {}
        self._next_poll = 5_000_000
        self.chat_admins: dict[int, set[int]] = {}
        self.chat_owners: dict[int, int] = {}

    def close_poll(self, poll_id: str) -> dict[str, Any]:
        """Close a poll as Telegram does when its open_period ends; the poll, for an update."""
        with self._cond:
            poll = self.polls[poll_id]
            poll["is_closed"] = True
            return dict(poll)

    def _study_answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "sendPoll":
            return self._send_poll(params)
        if method == "stopPoll":
            key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
            poll_id = self._poll_messages.get(key)
            if poll_id is None:
                return _bad("Bad Request: message with poll to stop not found")
            poll = self.polls[poll_id]
            if poll["is_closed"]:
                return _bad("Bad Request: poll has already been closed")
            poll["is_closed"] = True
            return 200, {"ok": True, "result": dict(poll)}
        # getChatMember
        chat_id, user_id = int(params.get("chat_id", 0)), int(params.get("user_id", 0))
        user = {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        if self.chat_owners.get(chat_id) == user_id:
            member: dict[str, Any] = {"status": "creator", "user": user, "is_anonymous": False}
        elif user_id in self.chat_admins.get(chat_id, set()):
            member = {"status": "administrator", "user": user, **dict.fromkeys(
                ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                 "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                 "can_change_info", "can_invite_users", "can_post_stories",
                 "can_edit_stories", "can_delete_stories"), False)}
        else:
            member = {"status": "member", "user": user}
        return 200, {"ok": True, "result": member}

    def _send_poll(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        question = str(params.get("question", ""))
        options = params.get("options")
        if not 1 <= len(question) <= 300:
            return _bad("Bad Request: poll question length must not exceed 300")
        if not isinstance(options, list) or not 2 <= len(options) <= 12:
            return _bad("Bad Request: poll must have at least 2 option")
        texts = [str(o.get("text", "")) if isinstance(o, dict) else str(o) for o in options]
        if any(not 1 <= len(t) <= 100 for t in texts):
            return _bad("Bad Request: poll options length must not exceed 100")
        explanation = str(params.get("explanation", ""))
        if len(explanation) > 200 or explanation.count("\n") > 2:
            return _bad("Bad Request: explanation is too long")
        open_period = params.get("open_period")
        if open_period is not None and not 5 <= int(open_period) <= 600:
            return _bad("Bad Request: wrong open period specified")
        correct = params.get("correct_option_ids")
        if params.get("type") == "quiz" and (
                not isinstance(correct, list) or not correct
                or any(not 0 <= int(i) < len(texts) for i in correct)):
            return _bad("Bad Request: wrong correct option ids specified")
        if self.flood_limits:
            flooded = self._flood(int(params.get("chat_id", 0)))
            if flooded:
                return flooded
        self._next_poll += 1
        poll: dict[str, Any] = {
            "id": str(self._next_poll), "question": question, "total_voter_count": 0,
            "options": [{"text": t, "voter_count": 0, "persistent_id": f"o{n}"}
                        for n, t in enumerate(texts)], "is_closed": False,
            "is_anonymous": params.get("is_anonymous", True) not in (False, "false", "False"),
            "type": params.get("type", "regular"), "allows_multiple_answers": False,
            "allows_revoting": False, "members_only": False}
        if correct:
            poll["correct_option_ids"] = [int(i) for i in correct]
        if explanation:
            poll["explanation"] = explanation
        if open_period is not None:
            poll["open_period"] = int(open_period)
        message = self._message({"chat_id": params.get("chat_id"), "text": ""})
        message.pop("text")
        message["poll"] = poll
        self.polls[poll["id"]] = poll
        self._poll_messages[(int(message["chat"]["id"]), message["message_id"])] = poll["id"]
        return 200, {"ok": True, "result": message}


CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice",
                "upload_voice", "upload_document", "choose_sticker", "find_location",
                "record_video_note", "upload_video_note"}
_BUTTON_KINDS = ("url", "callback_data", "switch_inline_query",
                 "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
                 "login_url", "web_app", "copy_text", "callback_game", "pay")


def _keyboard_problem(markup: Any) -> str | None:
    """What Telegram would say about an inline keyboard, or None if it is fine."""
    if not markup:
        return None
    if isinstance(markup, str):
        markup = json.loads(markup)
    for row in markup.get("inline_keyboard", []):
        for button in row:
            kinds = [k for k in _BUTTON_KINDS if k in button]
            if not button.get("text") or len(kinds) != 1:
                return "BUTTON_TYPE_INVALID"
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                return "BUTTON_DATA_INVALID"
            url = button.get("url")
            if url is not None and not re.match(r"https?://|tg://", str(url)):
                return "BUTTON_URL_INVALID"
            if url and "t.me/" in url and "?start=" in url and not re.fullmatch(
                    r"[A-Za-z0-9_-]{1,64}", url.split("?start=", 1)[1]):
                return "BUTTON_URL_INVALID: bad start parameter"
            chosen = button.get("switch_inline_query_chosen_chat")
            if chosen is not None and not any(chosen.get(k) for k in (
                    "allow_user_chats", "allow_bot_chats", "allow_group_chats",
                    "allow_channel_chats")):
                return "BUTTON_TYPE_INVALID: choose at least one kind of chat"
    return None


STUDY_METHODS = ("sendPoll", "stopPoll", "getChatMember")


class _Server(ThreadingHTTPServer):
    # Telegram accepts every connection; the default listen queue of 5 would reset some of a
    # burst's connections, and a reset request may have arrived (the bot never resends it).
    request_queue_size = 512

    def serve_forever(self, poll_interval: float = 0.02) -> None:
        # shutdown() waits for the loop's next look at its flag: half a second by default,
        # paid by every test that stops the server.
        super().serve_forever(poll_interval)


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
