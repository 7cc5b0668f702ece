"""What a message of the bot shows, kept so a button can draw it again.

A button's 64 bytes hold an answer id (``e:<entry>``, ``m:<country>``, ``r:<country>``) but
not a list of summits or the three answers a "did you mean" offered. Those are kept in the
state store, keyed by a salted hash of (chat, message), as answer ids only, never the text
asked: ``L:<table>:<row>,<row>...`` for a list, ``N:<table>:<n|y|next>:<value>:<row>,...``
for "no such row" with the rows around it, ``Q:<row or table>:<caveat>:<row>,...`` for a
table answer that opens with a caveat ("the earliest known", "one of these, the dates being
years"), ``o:<kind>:<extra>:<id>,<id>...`` for a reply
that offers answers (suggestions, "not sure", another organisation, nothing asked). A button
on a message redraws it from, in order: its own data, what the store kept, the question it
quotes (messages from before the store kept anything), else it says it cannot.
"""

from __future__ import annotations

from telegram import Message

from bot.engine import Engine, Link, Reply
from bot.engine.proposal import Proposal
from bot.engine.tables import EARLIEST_KNOWN, NO_ROW, NO_ROW_PREFIX, REGION, TENURES
from bot.engine.texts import TEXTS
from bot.store import Sent
from bot.telegram.render import reply_state
from bot.telegram.services import BotContext

OFFERING = ("suggest", "fallback", "other_org", "empty")
# table answers that open with what the sources leave open
CAVEATS = (EARLIEST_KNOWN, *TENURES, REGION)


def shows(reply: Reply) -> str:
    """What ``reply`` shows, as answer ids (see the module's docstring)."""
    proposal = reply.decision.proposal if reply.decision else None
    if (proposal is not None and reply.kind == "answer" and proposal.source == "tables"
            and proposal.qualifier in CAVEATS):
        # "the first" answered with the earliest known, "the longest in office": the caveat
        # is part of the answer, in either language
        return f"Q:{proposal.key}:{proposal.qualifier}:{','.join(proposal.rows)}"
    state = reply_state(reply)
    if state != "q":
        return state
    if proposal is not None and proposal.rows and reply.kind == "answer":
        return f"L:{proposal.key}:{','.join(proposal.rows)}"
    if proposal is not None and reply.kind == "answer" and ":" in proposal.key:
        return f"e:{proposal.key}"  # members by joining year ("joined:1974-1974")
    if proposal is not None and proposal.qualifier.startswith(NO_ROW_PREFIX):
        # "no 20th summit": N:<table>:<asked>:<value>:<row>,<row>
        asked = proposal.qualifier.removeprefix(NO_ROW_PREFIX)
        return f"N:{proposal.key}:{asked}:{','.join(proposal.rows)}"
    if reply.kind in OFFERING:
        extra = reply.decision.subject if reply.kind == "other_org" and reply.decision else ""
        if reply.kind == "fallback" and reply.answer != TEXTS[reply.lang]["unsure"]:
            extra = "off"  # the off-topic wording
        return f"o:{reply.kind}:{extra}:{','.join(link.entry for link in reply.offered)}"
    return ""


def rebuild(engine: Engine, what: str, lang: str) -> Reply | None:
    """The reply that shows ``what`` (from :func:`shows`) in ``lang``, if the knowledge base
    still has all of it."""
    kind, _, rest = what.partition(":")
    if kind == "e" and engine.knows(rest):
        return engine.entry_reply(rest, lang)
    if kind in ("m", "r"):
        key = f"{'membership' if kind == 'm' else 'role'}:{rest}"
        return engine.entry_reply(key, lang) if engine.knows(key) else None
    if kind == "L":
        table, _, rows = rest.partition(":")
        row_ids = tuple(rows.split(","))
        if table not in engine.kb.tables or not all(engine.tables.knows(r) for r in row_ids):
            return None
        return engine.tables.reply(Proposal("tables", table, 1.0, "", rows=row_ids), lang, "")
    if kind == "N":
        table, asked, value, rows = rest.split(":", 3)
        row_ids = tuple(rows.split(","))
        if table not in engine.kb.tables or not all(engine.tables.knows(r) for r in row_ids):
            return None
        return engine.tables.reply(Proposal("tables", table, NO_ROW, "", rows=row_ids,
                                            qualifier=f"{NO_ROW_PREFIX}{asked}:{value}"),
                                   lang, "")
    if kind == "Q":
        key, qualifier, rows = rest.split(":", 2)
        row_ids = tuple(r for r in rows.split(",") if r)
        if not all(engine.tables.knows(r) for r in (row_ids or (key,))) or (
                row_ids and key not in engine.kb.tables):
            return None
        return engine.tables.reply(Proposal("tables", key, 1.0, "", rows=row_ids,
                                            qualifier=qualifier), lang, "")
    if kind == "o":
        offered, _, rest = rest.partition(":")
        extra, _, ids = rest.partition(":")
        return _offering(engine, offered, extra, [i for i in ids.split(",") if i], lang)
    return None


def _offering(engine: Engine, kind: str, extra: str, ids: list[str], lang: str
              ) -> Reply | None:
    known = [i for i in ids if engine.knows(i)]
    links = tuple(Link(i, engine.entry_reply(i, lang).title or i) for i in known)
    texts = TEXTS[lang]
    if kind == "suggest" and links:
        return Reply(question="", kind="suggest", lang=lang, intent=None, confidence=0.0,
                     answer=texts["suggest"], suggestions=links)
    if kind == "other_org":
        org = next((o for o in engine.kb.lexicon.organisations if o.id == extra), None)
        if org is None:
            return None
        return Reply(question="", kind="other_org", lang=lang, intent=None, confidence=0.0,
                     answer=texts["other_org"].format(org=org.name[lang]), suggestions=links)
    if kind == "fallback":
        custom = engine.kb.entries.get("out_of_scope")
        answer = texts["unsure"] if extra != "off" else (
            custom.answer[lang] if custom else texts["fallback"])
        return Reply(question="", kind="fallback", lang=lang, intent=None, confidence=0.0,
                     answer=answer, related=links)
    if kind == "empty":
        return Reply(question="", kind="empty", lang=lang, intent=None, confidence=0.0,
                     answer=texts["empty"], related=links)
    return None


async def remember(context: BotContext, message: Message | None, reply: Reply,
                   reason: str | None = None) -> None:
    """Keep what ``message`` shows and why (after it is sent: never delays an answer).
    Nothing to keep when Telegram's answer to the send was lost (``message`` None)."""
    what = shows(reply)
    if not what or message is None:
        return
    sent = Sent(shows=what, reason=reply.reason if reason is None else reason)
    context.services.shown.put((message.chat_id, message.message_id), sent)
    await context.services.kept("keep what messages show", lambda store: store.remember(
        chat_id=message.chat_id, message_id=message.message_id, shows=sent.shows,
        reason=sent.reason), None)


async def recall(context: BotContext, message: Message) -> Sent | None:
    """What ``message`` shows: from this process's memory of its newest answers, else from
    the store (None if neither can say in time)."""
    remembered = context.services.shown.get((message.chat_id, message.message_id))
    if remembered is not None:
        return remembered
    return await context.services.kept(
        "read what messages show",
        lambda store: store.recall(message.chat_id, message.message_id), None, read=True)


async def shown_again(context: BotContext, message: Message, state: str, lang: str
                      ) -> tuple[Reply | None, Sent | None]:
    """What ``message`` shows, in ``lang``: from the button's ``state``, the store, or the
    question it quotes (None if none of them can tell); and what the store kept, if it was
    asked."""
    engine = context.services.engine
    if state != "q":
        return rebuild(engine, state, lang), None
    kept = await recall(context, message)
    if kept is not None:
        found = rebuild(engine, kept.shows, lang)
        if found is not None:
            return found, kept
    original = message.reply_to_message
    text = (original.text or original.caption) if original else None
    return (engine.ask(text, lang=lang) if text else None), kept
