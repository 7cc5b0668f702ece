"""What the bot says about itself stays true to what it does."""

from __future__ import annotations

import pytest

from bot.telegram.texts import GROUP_COMMANDS, PRIVATE_COMMANDS, UI

SELF_EVIDENT = {"start", "help", "bantuan"}  # the help text is the answer to these


@pytest.mark.parametrize("lang", ["id", "en"])
def test_help_names_every_command_of_its_menus(lang: str) -> None:
    """A command in the menu that /help never mentions is a command nobody learns about."""
    names = {name for name, _ in [*PRIVATE_COMMANDS[lang], *GROUP_COMMANDS[lang]]}
    missing = [n for n in sorted(names - SELF_EVIDENT) if f"/{n}" not in UI[lang]["help"]]
    assert missing == []
