"""A Git repository of content that a test creates and edits, as an operator's Git host would
hold it: a bare repository (the "remote" the bot fetches) and a working copy to commit from."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bot.settings import default_content_dir

IDENTITY = {"GIT_AUTHOR_NAME": "Operator", "GIT_AUTHOR_EMAIL": "operator@example.org",
            "GIT_COMMITTER_NAME": "Operator", "GIT_COMMITTER_EMAIL": "operator@example.org"}


class ContentRepo:
    """``remote``: the bare repository; ``work``: a clone where the test edits and pushes."""

    def __init__(self, root: Path, branch: str = "main") -> None:
        self.remote = root / "remote.git"
        self.work = root / "work"
        self.branch = branch
        root.mkdir(parents=True, exist_ok=True)
        self._run("git", "init", "--quiet", "--bare", f"--initial-branch={branch}",
                  str(self.remote), cwd=root)
        self._run("git", "init", "--quiet", f"--initial-branch={branch}", str(self.work),
                  cwd=root)
        for folder in ("intents", "knowledge"):
            shutil.copytree(default_content_dir() / folder, self.work / folder)
        self.commit("The shipped content")
        self.git("remote", "add", "origin", str(self.remote))
        self.git("push", "--quiet", "origin", branch)

    def _run(self, *args: str, cwd: Path) -> str:
        done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=True,
                              env={**os.environ, **IDENTITY})
        return done.stdout.strip()

    def git(self, *args: str) -> str:
        return self._run("git", *args, cwd=self.work)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.work / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def commit(self, message: str) -> str:
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")

    def push(self, message: str, force: bool = False) -> str:
        """Commit what was edited and push it; the new commit's id."""
        commit = self.commit(message)
        self.git("push", "--quiet", *(["--force"] if force else []), "origin", self.branch)
        return commit

    @property
    def head(self) -> str:
        return self.git("rev-parse", "HEAD")
