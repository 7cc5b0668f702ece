"""Settings from the environment, read once into frozen objects.

A missing or malformed value raises :class:`SettingsError` with one line that says which
variable is wrong and what it should look like; the command line prints it and exits.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

LANGS = ("id", "en")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line for a person."""


def default_content_dir() -> Path:
    """The content shipped with the code: the repository (or install) root."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here, Path(__file__).resolve().parent / "_content"):
        if (candidate / "intents").is_dir() and (candidate / "knowledge").is_dir():
            return candidate
    return here


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """What the answer engine needs: where the content is and the fallback language."""

    content_dir: Path
    default_lang: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> EngineSettings:
        env = os.environ if env is None else env
        raw_dir = env.get("OIC_CONTENT_DIR", "").strip()
        content_dir = Path(raw_dir).expanduser() if raw_dir else default_content_dir()
        if not content_dir.is_dir():
            raise SettingsError(f"OIC_CONTENT_DIR={raw_dir!r} is not a folder; point it at the "
                                "folder that holds intents/ and knowledge/")
        lang = env.get("OIC_DEFAULT_LANG", "id").strip().lower() or "id"
        if lang not in LANGS:
            raise SettingsError(f"OIC_DEFAULT_LANG={lang!r} must be 'id' or 'en'")
        return cls(content_dir=content_dir, default_lang=lang)
