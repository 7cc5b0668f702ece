"""Shared fixtures: the shipped content loaded once, and a way to write content folders."""

from __future__ import annotations

import atexit
import compileall
import os
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported anywhere
if "OIC_CACHE_DIR" not in os.environ:  # the engine cache of this run (xdist workers share it)
    os.environ["OIC_CACHE_DIR"] = _CACHE = tempfile.mkdtemp(prefix="oic-bot-cache-")
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)  # by the process that made it

from bot.content import KnowledgeBase
from bot.engine import Engine
from bot.engine.normalize import Normalized, Normalizer
from bot.factory import build_engine
from bot.settings import EngineSettings, default_content_dir
from tests.postgres import SHARED_DIR, PostgresServer, shared_server, stop_shared_server
from tests.postgres import unavailable as postgres_unavailable

if SHARED_DIR not in os.environ:  # where the run's PostgreSQL server is found, once started
    # (made only when a test first needs the server: a run that never does leaves nothing)
    os.environ[SHARED_DIR] = _SHARED = os.path.join(
        tempfile.gettempdir(), f"oic-pg-shared-{os.getpid()}-{os.urandom(4).hex()}")
    atexit.register(stop_shared_server, Path(_SHARED))

REPO = Path(__file__).resolve().parent.parent

# Where PYTHONDONTWRITEBYTECODE is set (as on this project's machines), no bytecode is kept, and
# each of the ~40 Python processes the tests start (the bot run for real, a store hammered from
# two processes, the command line) would compile our code again: 0.3 s of CPU each.
for package in ("bot", "tests"):
    compileall.compile_dir(REPO / package, quiet=1)
sys.dont_write_bytecode = False  # ... and pytest keeps the test modules it rewrote


@pytest.fixture(scope="session")
def engine() -> Engine:
    """Built the one way the product builds it: the session's cache then holds the shipped
    files parsed, so a test's copy of the content is not parsed again."""
    return build_engine(EngineSettings(content_dir=default_content_dir(), default_lang="id"))


@pytest.fixture(scope="session")
def shipped_kb(engine: Engine) -> KnowledgeBase:
    return engine.kb


ENTRY_HEAD = """\
topics:
  - id: identity
    title: {id: Mengenal OKI, en: About the OIC}
entries:
  - id: headquarters
    topic: identity
    title: {id: Di mana markas OKI?, en: Where is the OIC based?}
"""

MINI_KNOWLEDGE = ENTRY_HEAD + """\
    answer:
      id: Markas OKI ada di Jeddah.
      en: The OIC is based in Jeddah.
    sources:
      - title: OIC
        url: https://www.oic-oci.org/
"""

MINI_INTENTS = """\
intents:
  - id: headquarters
    answers: headquarters
    examples:
      id: [dimana markas oki, kantor pusat oki]
      en: [where is the oic headquarters, oic hq]
"""


@pytest.fixture
def write_content(tmp_path: Path) -> Callable[..., Path]:
    """Write a small content folder; pass file texts to override or add files."""

    def write(knowledge: dict[str, str] | None = None, intents: dict[str, str] | None = None
              ) -> Path:
        root = tmp_path / "content"
        (root / "knowledge").mkdir(parents=True, exist_ok=True)
        (root / "intents").mkdir(parents=True, exist_ok=True)
        files = {"knowledge/main.yaml": MINI_KNOWLEDGE, "intents/main.yaml": MINI_INTENTS}
        files.update({f"knowledge/{k}": v for k, v in (knowledge or {}).items()})
        files.update({f"intents/{k}": v for k, v in (intents or {}).items()})
        for name, text in files.items():
            (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return write


def second_intent(ident: str, indonesian: str, english: str) -> dict[str, dict[str, str]]:
    """Files adding a second entry and intent beside the sample headquarters one."""
    return {
        "knowledge": {"more.yaml": f"""\
            entries:
              - id: {ident}
                topic: identity
                title: {{id: Tanya {ident}?, en: Ask {ident}?}}
                answer: {{id: Jawaban., en: Answer.}}
                sources: [{{title: t, url: "https://example.org"}}]
            """},
        "intents": {"more.yaml": f"""\
            intents:
              - id: {ident}
                answers: {ident}
                examples:
                  id: [{indonesian}]
                  en: [{english}]
            """},
    }


def need_postgres() -> None:
    """Skip the test (visibly) where no PostgreSQL 15 can run, or fail it instead when
    OIC_REQUIRE_POSTGRES=1 (as in CI)."""
    reason = postgres_unavailable()
    if reason:
        if os.environ.get("OIC_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"OIC_REQUIRE_POSTGRES=1 but {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    """One server for the whole run (every xdist worker's); each test takes a fresh schema
    on it. Stopped when the run ends."""
    need_postgres()
    return shared_server()


@pytest.fixture
def own_postgres_server() -> Iterator[PostgresServer]:
    """A server of the test's own, for tests that stop it."""
    need_postgres()
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def database_url(postgres_server: PostgresServer) -> str:
    """The URL of a fresh, empty schema on the run's PostgreSQL server."""
    return postgres_server.fresh_url()


WARM_QUESTION = "what can observer states actually do in the oic, do they get a vote"
# What a warmed engine normalises for it: the message, its two questions' readings, the
# first question once more (whether it names the OIC, which "they" may then mean), and the
# words around its comma (whether a name spans it). An entry not yet read would add four (its
# titles and answers).
WARM_READS = 6


class _Counting:
    """A normaliser that counts the texts it is given."""

    def __init__(self, inner: Normalizer) -> None:
        self.inner, self.texts = inner, 0

    def __call__(self, text: str) -> Normalized:
        self.texts += 1
        return self.inner(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def texts_normalised(engine: Engine, work: Callable[[], object]) -> int:
    """How many texts ``engine`` normalises while doing ``work``."""
    engine.tables  # noqa: B018 - its index is built before counting
    counting = _Counting(engine.normalize)
    engine.normalize = counting  # type: ignore[assignment]
    try:
        work()
    finally:
        engine.normalize = counting.inner
    return counting.texts


def texts_read(engine: Engine, question: str) -> int:
    """How many texts ``engine`` normalises to answer ``question``: a few readings of the
    question itself, and more (its title and each line of its answers) for each entry it has
    not read yet."""
    return texts_normalised(engine, lambda: engine.ask(question))


def copy_of_shipped_content(root: Path) -> Path:
    """The shipped intents and knowledge copied to ``root``, for a test that edits them."""
    for folder in ("intents", "knowledge"):
        shutil.copytree(default_content_dir() / folder, root / folder)
    return root
