"""The engine cache: a fast second start, and edits always seen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.content.loader
import bot.content.yamlfile
from bot.cache import load_engine
from bot.settings import EngineSettings
from tests.conftest import MINI_KNOWLEDGE, REPO


@pytest.fixture
def settings(write_content: Callable[..., Path], tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> EngineSettings:
    monkeypatch.setenv("OIC_CACHE_DIR", str(tmp_path / "cache"))
    return EngineSettings(content_dir=write_content(), default_lang="id")


def test_a_second_start_reads_the_cache_not_the_yaml(settings: EngineSettings,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_engine(settings)

    def no_yaml(root: Path) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(bot.content.loader, "load_content", no_yaml)
    again = load_engine(settings)
    assert again.ask("dimana markas oki").answer == first.ask("dimana markas oki").answer


def test_an_edited_answer_is_seen_on_the_next_start(settings: EngineSettings) -> None:
    load_engine(settings)
    path = settings.content_dir / "knowledge" / "main.yaml"
    path.write_text(MINI_KNOWLEDGE.replace("di Jeddah.", "di kota Jeddah."), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert load_engine(settings).ask("dimana markas oki").answer == "Markas OKI ada di kota Jeddah."
    assert len(list((settings.content_dir.parent / "cache").glob("engine-*.pickle"))) == 1


def test_an_unusable_cache_is_rebuilt(settings: EngineSettings) -> None:
    load_engine(settings)
    for path in (settings.content_dir.parent / "cache").glob("engine-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert load_engine(settings).ask("dimana markas oki").intent == "headquarters"


def test_after_an_edit_only_the_changed_file_is_parsed_again(
        settings: EngineSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    load_engine(settings)
    path = settings.content_dir / "knowledge" / "main.yaml"
    path.write_text(MINI_KNOWLEDGE.replace("di Jeddah.", "di kota Jeddah."), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    parsed: list[str] = []
    real = bot.content.yamlfile.load_yaml

    def spy(file: Path) -> object:
        parsed.append(f"{file.parent.name}/{file.name}")
        return real(file)

    monkeypatch.setattr(bot.content.yamlfile, "load_yaml", spy)
    assert load_engine(settings).ask("dimana markas oki").answer == "Markas OKI ada di kota Jeddah."
    assert parsed == ["knowledge/main.yaml"]


def test_a_copy_of_the_content_elsewhere_is_not_parsed_again(
        settings: EngineSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh checkout or a copied folder holds the same bytes: only they decide."""
    load_engine(settings)
    copy = tmp_path / "checkout"
    shutil.copytree(settings.content_dir, copy)
    (copy / "intents" / "main.yaml").touch()  # a checkout's files all have new times
    parsed: list[str] = []
    real = bot.content.yamlfile.load_yaml

    def spy(file: Path) -> object:
        parsed.append(file.name)
        return real(file)

    monkeypatch.setattr(bot.content.yamlfile, "load_yaml", spy)
    engine = load_engine(EngineSettings(content_dir=copy, default_lang="id"))
    assert engine.ask("dimana markas oki").intent == "headquarters"
    assert parsed == []


def test_a_test_run_leaves_no_cache_folder_behind() -> None:
    """The suite's engine cache lives in a temporary folder that goes with the run."""
    env = {k: v for k, v in os.environ.items() if k != "OIC_CACHE_DIR"}
    run = subprocess.run([sys.executable, "-c", "import os, tests.conftest; "
                          "print(os.environ['OIC_CACHE_DIR'])"], cwd=REPO, env=env,
                         capture_output=True, text=True, check=True, timeout=60)
    folder = Path(run.stdout.strip())
    assert folder.name.startswith("oic-bot-cache-") and not folder.exists()
