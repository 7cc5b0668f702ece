"""Button data: every kind reads back what it wrote, fits Telegram's 64 bytes, and forged or
unknown data is refused rather than half-read."""

from __future__ import annotations

import pytest

from bot.telegram.callbacks import (
    Browse,
    CallbackError,
    Choose,
    Fold,
    Open,
    Prefer,
    Read,
    Switch,
    Thanks,
    Vote,
)

KINDS = [Open("founding_date", "id"), Open("membership:TR", "en"), Open("role:PK", "id"),
         Choose("summit_15", "en"), Switch("e:founding_date", "en"), Switch("m:TR", "id"),
         Switch("q", "id"), Browse("", "en"), Browse("organs", "id"), Prefer("id"),
         Prefer(None), Vote("headquarters", "id", True),
         Vote("headquarters", "en", False, "out_of_date"), Fold("e:summit_15", "id", True, False),
         Fold("q", "en", False, True), Fold("m:TR", "en", True, True),
         Read("founding", "founding_date", "id"), Thanks("en")]
ALL_KINDS = (Open, Choose, Switch, Browse, Prefer, Vote, Fold, Read, Thanks)


@pytest.mark.parametrize("button", KINDS, ids=repr)
def test_every_kind_reads_back_what_it_wrote(button: object) -> None:
    data = button.data  # type: ignore[attr-defined]
    assert len(data.encode()) <= 64
    matching = [k for k in ALL_KINDS if k.PATTERN.match(data)]
    assert matching == [type(button)]
    assert type(button).parse(data) == button  # type: ignore[attr-defined]


def test_data_written_before_this_module_still_reads() -> None:
    """Buttons already in chats carry the old formats: they must keep working."""
    assert Open.parse("e:headquarters:en") == Open("headquarters", "en")
    assert Switch.parse("l:m:TR:id") == Switch("m:TR", "id")
    assert Vote.parse("v:0w:headquarters:id") == Vote("headquarters", "id", False, "wrong_topic")
    assert Prefer.parse("p:auto") == Prefer(None)


@pytest.mark.parametrize(
    ("kind", "data"),
    [(Open, "e:headquarters"), (Open, "e:headquarters:fr"), (Vote, "v:2:x:id"),
     (Vote, "v:1w:x:id"), (Vote, "v:0z:x:id"), (Prefer, "p:fr"), (Fold, "f:2:e:x:id"),
     (Fold, "f:10:e:x"), (Read, "n::x:id"), (Thanks, "k:fr")],
)
def test_forged_data_is_refused(kind: type, data: str) -> None:
    with pytest.raises(CallbackError):
        kind.parse(data)


def test_data_longer_than_telegram_allows_is_refused_when_written() -> None:
    with pytest.raises(CallbackError):
        _ = Open("x" * 70, "id").data
