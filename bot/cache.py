"""A compiled-engine cache, so ``oic-bot ask`` starts fast after the first run.

Building the engine (parsing the YAML, normalising thousands of examples, indexing them, and
loading the country names) takes a few hundred milliseconds; unpickling the result takes a few
tens. The cache key covers every content file and every engine source file (name, size,
modification time), Python's and rapidfuzz's versions and the country-name data, so an edit or
an upgrade rebuilds it; after a content edit the engine built before lends what the edit left
alone (example normal forms, the index, country names), and only changed files are parsed
again. The cache is only ever written and read by this program, in the user's own cache
folder; if it cannot be used, the engine is built from the YAML as usual.
"""

from __future__ import annotations

import copyreg
import hashlib
import os
import pickle
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Any

import rapidfuzz

from bot.engine import Engine
from bot.engine.countries import iso3166_file
from bot.settings import EngineSettings


def _proxy(values: dict) -> MappingProxyType:
    return MappingProxyType(values)


copyreg.pickle(MappingProxyType, lambda m: (_proxy, (dict(m),)))

_CODE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    override = os.environ.get("OIC_CACHE_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "oic-bot"


def _fingerprint(paths: list[Path], salt: str = "") -> str:
    digest = hashlib.sha256(salt.encode())
    for path in paths:
        stat = path.stat()
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def load_engine(settings: EngineSettings, previous: Engine | None = None) -> Engine:
    """The engine for ``settings``, from the cache when the content and code are unchanged.

    Otherwise it is built, and ``previous`` (else the last engine cached by this same code)
    lends what the edit left alone. Content errors raise :class:`ContentError`."""
    root = settings.content_dir
    try:
        country_data = iso3166_file()  # an upgrade of the names rebuilds the engine too
        code_files = sorted(_CODE.glob("**/*.py")) + ([country_data] if country_data else [])
        code = _fingerprint(code_files, salt=f"{sys.version}|{rapidfuzz.__version__}")
        sources = [*sorted((root / "intents").glob("*.y*ml")),
                   *sorted((root / "knowledge").glob("*.y*ml"))]
        content = _fingerprint(sources, salt=f"{settings.default_lang}|{root.resolve()}")
    except OSError:
        code = content = ""
    path = cache_dir() / f"engine-{code}-{content}.pickle"
    cached = _read(path) if code else None
    if isinstance(cached, Engine):
        return cached
    # After an edit to the content, the engine built before it (by this same code) lends
    # whatever the edit left alone, and only the files that changed are parsed again.
    from bot.content.loader import load_content  # with PyYAML: not needed for a cached start

    if previous is None:
        previous = next((e for e in map(_read, cache_dir().glob(f"engine-{code}-*.pickle"))
                         if isinstance(e, Engine)), None)
    files = _ParsedFiles(cache_dir() / f"yaml-{code}.pickle" if code else None)
    engine = Engine(load_content(root, read=files.read), default_lang=settings.default_lang,
                    previous=previous)
    if code:
        engine.countries  # noqa: B018 - build the country and table indexes now so they
        engine.tables  # noqa: B018 - are cached too
        engine.speller  # noqa: B018
        _store(path, engine, "engine-*.pickle")
        files.save()
    return engine


class _ParsedFiles:
    """YAML files parsed on an earlier run, used again while their bytes are the same (a
    checkout or a copy of unchanged files is not parsed again, whatever its folder or time)."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        earlier = _read(path) if path else None
        self._earlier: dict[str, Any] = earlier if isinstance(earlier, dict) else {}
        self._now: dict[str, Any] = {}

    def read(self, file: Path) -> Any:
        from bot.content.yamlfile import MAX_FILE_BYTES, load_yaml

        if file.stat().st_size > MAX_FILE_BYTES:
            return load_yaml(file)  # refused unread, with its message
        key = hashlib.sha256(file.read_bytes()).hexdigest()
        data = self._earlier[key] if key in self._earlier else load_yaml(file)
        self._now[key] = data
        return data

    def save(self) -> None:
        if self._path:
            _store(self._path, self._now, "yaml-*.pickle")


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own file, written by _store
    except Exception:  # missing, truncated or from another version: rebuild
        return None


def _store(path: Path, value: Any, replaces: str) -> None:
    """Write ``value`` to ``path`` atomically, removing the files it replaces (a glob)."""
    import tempfile  # only when writing: a cached start does not

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(replaces):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
            temporary = Path(handle.name)
            try:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                temporary.unlink(missing_ok=True)
                raise
        os.replace(temporary, path)
    except OSError:  # a read-only home is fine: we just rebuild next time
        pass
