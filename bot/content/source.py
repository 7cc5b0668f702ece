"""Where the content comes from: a folder on this machine, or a branch of a Git repository.

Either source hands out *versions*: a folder holding intents/ and knowledge/, and what to call
it in messages (a commit's short id and subject). The live-reload watcher asks the source for
its latest version and validates it and swaps it in whole, or keeps the last good one, the
same way for both (bot/telegram/reload.py).

A Git repository is fetched with the ``git`` command line into the cache folder; each commit is
exported to a folder of its own, so the version being served never changes under the bot, and
a broken commit costs nothing but a report. A token for a private repository may be in the
URL; it is handed to git in its environment (never on a command line other users can list)
and replaced by ``***`` in every message.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit, urlunsplit

FOLDERS = ("intents", "knowledge")
FETCH_SECONDS = 120.0  # a fetch that takes longer is given up, and tried again at the next poll
LOCAL_SECONDS = 60.0  # any other git command (on the local copy)


class SourceError(Exception):
    """The source cannot be read just now (a fetch failed, a commit cannot be exported); the
    message is one line for a person, with no credentials in it."""


@dataclass(frozen=True, slots=True)
class Version:
    """One state of the content: what identifies it, and the folder to load it from."""

    key: str  # a commit id, or a digest of the folder's file names, sizes and times
    root: Path
    commit: str | None = None
    subject: str = ""  # the first line of the commit message
    committed: datetime | None = None

    @property
    def label(self) -> str:
        """How operators read it: 'commit 1a2b3c4 “Fix the Jeddah answer”', or '' for a folder."""
        if not self.commit:
            return ""
        subject = self.subject if len(self.subject) <= 60 else self.subject[:59] + "…"
        return f"commit {self.commit[:7]}" + (f" “{subject}”" if subject else "")


class ContentSource(Protocol):
    """What the watcher needs from a source of content. Every method may block: call them off
    the event loop."""

    @property
    def settles(self) -> bool:
        """Whether a new version may still be half-written (files saved one by one), so the
        watcher waits until it stops changing."""

    def describe(self) -> str:
        """Where the content comes from, for logs and /stats; no credentials in it."""

    def latest(self) -> Version:
        """The newest version (a Git source fetches first); raises SourceError."""

    def older(self, version: Version, count: int) -> Iterator[Version]:
        """Up to ``count`` versions before ``version``, newest first, to fall back on at start-up
        when the newest is broken (a folder has none)."""

    def keep_only(self, keys: set[str]) -> None:
        """Forget the exported versions other than ``keys``."""


class FolderSource:
    """A folder the operators edit in place (OIC_CONTENT_DIR, or the content shipped)."""

    settles = True

    def __init__(self, root: Path) -> None:
        self.root = root

    def describe(self) -> str:
        return f"the folder {self.root}"

    def latest(self) -> Version:
        digest = hashlib.sha256(repr(fingerprint(self.root)).encode()).hexdigest()[:16]
        return Version(key=digest, root=self.root)

    def older(self, version: Version, count: int) -> Iterator[Version]:
        return iter(())

    def keep_only(self, keys: set[str]) -> None:
        """Nothing to forget: the folder is the operators'."""


Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(root: Path) -> Fingerprint:
    """Name, modification time and size of every content file: cheap to take every second."""
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.y*ml")):
            try:
                stat = path.stat()
            except FileNotFoundError:  # removed between glob and stat
                continue
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def split_credentials(url: str) -> tuple[str, str | None]:
    """The URL without the user and password (or token) in it, and the URL as given if it had
    any (None otherwise)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc or not parts.scheme:
        return url, None
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=host)), url


def hide_credentials(url: str, text: str) -> str:
    """``text`` with whatever secret the URL carries (its user and password, either of which
    may be a token) replaced by ***."""
    with_secret = split_credentials(url)[1]
    if with_secret is None:
        return text
    userinfo = urlsplit(with_secret).netloc.rpartition("@")[0]
    secrets = {userinfo, unquote(userinfo), *userinfo.split(":"),
               *unquote(userinfo).split(":")}
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


class GitSource:
    """A branch of a Git repository, fetched into the cache folder (OIC_CONTENT_GIT)."""

    settles = False

    def __init__(self, url: str, branch: str, cache: Path) -> None:
        self.url = url
        self.branch = branch
        self.plain_url, self._with_secret = split_credentials(url)
        home = hashlib.sha256(f"{self.plain_url}\0{branch}".encode()).hexdigest()[:16]
        self.home = cache / "content-git" / home
        self.repo = self.home / "repo.git"
        self.trees = self.home / "trees"

    def describe(self) -> str:
        return f"the Git repository {self.plain_url} (branch {self.branch})"

    def hide(self, text: str) -> str:
        return hide_credentials(self.url, text)

    def latest(self) -> Version:
        self._fetch()
        commit = self._git("rev-parse", "--verify", "--quiet", "refs/oic/content^{commit}")
        return self._version(commit.strip())

    def older(self, version: Version, count: int) -> Iterator[Version]:
        if version.commit is None:
            return
        listed = self._git("rev-list", "--first-parent", "--skip=1", f"--max-count={count}",
                           version.commit)
        for commit in listed.split():
            yield self._version(commit)

    def keep_only(self, keys: set[str]) -> None:
        if not self.trees.is_dir():
            return
        for tree in self.trees.iterdir():
            if tree.name not in keys:
                shutil.rmtree(tree, ignore_errors=True)

    # -- git ---------------------------------------------------------------------------------

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ, GIT_TERMINAL_PROMPT="0", LC_ALL="C")
        env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")  # never wait for a password
        if self._with_secret:
            # git rewrites the plain URL into the one with the token: the token stays out of
            # the command line (which every user of the machine can list) and out of the
            # copy's configuration on disk.
            number = int(env.get("GIT_CONFIG_COUNT", "0") or 0)
            env["GIT_CONFIG_COUNT"] = str(number + 1)
            env[f"GIT_CONFIG_KEY_{number}"] = f"url.{self._with_secret}.insteadOf"
            env[f"GIT_CONFIG_VALUE_{number}"] = self.plain_url
        return env

    def _git(self, *args: str, seconds: float = LOCAL_SECONDS) -> str:
        try:
            done = subprocess.run(  # noqa: S603 - fixed program, arguments are not a shell line
                ["git", f"--git-dir={self.repo}", *args], capture_output=True, text=True,  # noqa: S607
                stdin=subprocess.DEVNULL, env=self._environment(), timeout=seconds, check=False)
        except FileNotFoundError:
            raise SourceError("the git command is not installed; install git to read content "
                              "from OIC_CONTENT_GIT") from None
        except subprocess.TimeoutExpired:
            raise SourceError(self.hide(f"git {args[0]} on {self.describe()} took more than "
                                        f"{seconds:g} s; gave up")) from None
        if done.returncode != 0:
            said = [line.strip() for line in done.stderr.splitlines() if line.strip()]
            said = [line for line in said if line.startswith(("fatal:", "error:"))] or said
            reason = "; ".join(said[:2]) or f"exit status {done.returncode}"
            raise SourceError(self.hide(f"git {args[0]} failed for {self.describe()}: "
                                        f"{reason}"))
        return done.stdout

    def _fetch(self) -> None:
        if not (self.repo / "HEAD").is_file():
            shutil.rmtree(self.repo, ignore_errors=True)
            self.repo.mkdir(parents=True)
            self._git("init", "--quiet", "--bare")
        # "+" takes the branch as it is now, even after a force-push.
        self._git("fetch", "--quiet", "--no-tags", "--no-write-fetch-head", self.plain_url,
                  f"+refs/heads/{self.branch}:refs/oic/content", seconds=FETCH_SECONDS)

    def _version(self, commit: str) -> Version:
        fields = self._git("log", "-1", "--format=%H%x00%s%x00%cI", commit).rstrip("\n")
        full, subject, when = fields.split("\0")
        return Version(key=full, root=self._export(full), commit=full, subject=subject,
                       committed=datetime.fromisoformat(when))

    def _export(self, commit: str) -> Path:
        """The commit's intents/ and knowledge/ in a folder of their own (made once)."""
        target = self.trees / commit
        if target.is_dir():
            return target
        self.trees.mkdir(parents=True, exist_ok=True)
        present = set(self._git("ls-tree", "--name-only", "-z", commit).split("\0"))
        folders = [folder for folder in FOLDERS if folder in present]
        building = Path(tempfile.mkdtemp(dir=self.trees, prefix=".export-"))
        try:
            if folders:
                self._archive(commit, folders, building)
            building.rename(target)
        finally:
            shutil.rmtree(building, ignore_errors=True)
        return target

    def _archive(self, commit: str, folders: list[str], into: Path) -> None:
        """Stream ``git archive`` into ``into``; the tar filter refuses links out of it."""
        with subprocess.Popen(  # noqa: S603 - fixed program, arguments are not a shell line
                ["git", f"--git-dir={self.repo}", "archive", "--format=tar", commit,  # noqa: S607
                 "--", *folders], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL, env=self._environment()) as process:
            assert process.stdout is not None
            try:
                with tarfile.open(fileobj=process.stdout, mode="r|") as archive:
                    archive.extractall(into, filter="data")
            except (tarfile.TarError, OSError) as exc:
                process.kill()
                raise SourceError(f"commit {commit[:7]} could not be exported from "
                                  f"{self.describe()}: {exc}") from None
            if process.wait(LOCAL_SECONDS) != 0:
                raise SourceError(f"git archive failed for commit {commit[:7]} of "
                                  f"{self.describe()}")
