"""Where content comes from: a Git branch, fetched into the cache and exported per commit,
with any token in its URL kept out of messages, command lines and files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.content.source import FolderSource, GitSource, SourceError, hide_credentials
from bot.settings import ContentGitSettings, SettingsError
from tests.gitrepo import ContentRepo


@pytest.fixture
def repo(tmp_path: Path) -> ContentRepo:
    return ContentRepo(tmp_path / "host")


@pytest.fixture
def source(repo: ContentRepo, tmp_path: Path) -> GitSource:
    return GitSource(str(repo.remote), "main", tmp_path / "cache")


def test_the_first_look_clones_and_exports_the_branch(repo: ContentRepo,
                                                       source: GitSource) -> None:
    version = source.latest()
    assert version.key == version.commit == repo.head
    assert version.label == f"commit {repo.head[:7]} “The shipped content”"
    assert (version.root / "knowledge" / "headquarters.yaml").is_file()
    assert sorted(p.name for p in version.root.iterdir()) == ["intents", "knowledge"]
    assert source.latest() == version  # nothing new: the same version, the same folder


def test_a_new_commit_is_a_new_version_in_its_own_folder(repo: ContentRepo,
                                                         source: GitSource) -> None:
    first = source.latest()
    repo.edit("knowledge/headquarters.yaml", "Jeddah", "Jeddah [NEW]")
    commit = repo.push("Say where exactly")
    second = source.latest()
    assert second.commit == commit and second.root != first.root
    assert "[NEW]" in (second.root / "knowledge" / "headquarters.yaml").read_text()
    assert "[NEW]" not in (first.root / "knowledge" / "headquarters.yaml").read_text()
    assert [v.commit for v in source.older(second, 5)] == [first.commit]
    source.keep_only({second.key})
    assert not first.root.exists() and second.root.exists()


def test_a_force_push_is_followed(repo: ContentRepo, source: GitSource) -> None:
    base = repo.head
    repo.edit("knowledge/headquarters.yaml", "Jeddah", "Jeddah [GONE]")
    repo.push("Soon rewritten")
    source.latest()
    repo.git("reset", "--quiet", "--hard", base)
    repo.edit("knowledge/headquarters.yaml", "Jeddah", "Jeddah [REWRITTEN]")
    rewritten = repo.push("History rewritten", force=True)
    version = source.latest()
    assert version.commit == rewritten
    assert "[REWRITTEN]" in (version.root / "knowledge" / "headquarters.yaml").read_text()


def test_a_missing_branch_says_which(repo: ContentRepo, tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="couldn't find remote ref refs/heads/live"):
        GitSource(str(repo.remote), "live", tmp_path / "cache").latest()


def test_a_token_in_the_url_never_shows(tmp_path: Path) -> None:
    """A private repository's token stays out of the error, the copy's files, and git's
    command line (git gets it in its environment)."""
    secret = "ghp_S3cretT0ken"
    url = f"https://x-access-token:{secret}@127.0.0.1:9/owner/content.git"
    source = GitSource(url, "main", tmp_path / "cache")
    assert source.plain_url == "https://127.0.0.1:9/owner/content.git"
    with pytest.raises(SourceError) as caught:
        source.latest()
    assert secret not in str(caught.value) and "127.0.0.1:9/owner/content.git" in str(caught.value)
    assert secret not in source.describe()
    for path in source.home.rglob("*"):
        assert not path.is_file() or secret.encode() not in path.read_bytes()
    env = source._environment()
    assert secret in "".join(v for k, v in env.items() if k.startswith("GIT_CONFIG_KEY_"))


def test_credentials_are_hidden_in_any_text() -> None:
    url = "https://oauth2:tok%40en99@gitlab.example.org/group/content.git"
    said = "fatal: could not read from https://oauth2:tok%40en99@gitlab.example.org (tok@en99)"
    shown = hide_credentials(url, said)
    assert "tok%40en99" not in shown and "tok@en99" not in shown and "oauth2" not in shown
    assert hide_credentials("https://github.com/o/r.git", "same text") == "same text"
    token_as_user = "https://ghp_abcdef123456@github.com/o/r.git"
    assert "ghp_abcdef123456" not in hide_credentials(token_as_user, token_as_user)


def test_a_folder_version_changes_with_its_files(tmp_path: Path) -> None:
    (tmp_path / "intents").mkdir()
    (tmp_path / "knowledge").mkdir()
    source = FolderSource(tmp_path)
    before = source.latest()
    (tmp_path / "knowledge" / "new.yaml").write_text("entries: []\n")
    assert source.latest().key != before.key and source.latest().root == tmp_path


@pytest.mark.parametrize(("env", "message"), [
    ({"OIC_CONTENT_GIT": "--upload-pack=evil"}, "must be a repository URL"),
    ({"OIC_CONTENT_GIT": "https://h/r.git", "OIC_CONTENT_DIR": "/srv"}, "both set"),
    ({"OIC_CONTENT_GIT": "https://h/r.git", "OIC_CONTENT_BRANCH": "-x"}, "not a branch name"),
    ({"OIC_CONTENT_GIT": "https://h/r.git", "OIC_CONTENT_BRANCH": "a..b"}, "not a branch"),
    ({"OIC_CONTENT_GIT": "https://h/r.git", "OIC_CONTENT_POLL": "soon"}, "number of seconds"),
    ({"OIC_CONTENT_GIT": "https://h/r.git", "OIC_CONTENT_POLL": "0"}, "number of seconds"),
])
def test_git_settings_are_checked(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        ContentGitSettings.from_env(env)


def test_git_settings_default_to_main_every_minute() -> None:
    settings = ContentGitSettings.from_env({"OIC_CONTENT_GIT": "https://h/r.git"})
    assert settings is not None and (settings.branch, settings.poll_seconds) == ("main", 60.0)
    assert ContentGitSettings.from_env({}) is None
    assert ContentGitSettings.from_env(dict(os.environ, OIC_CONTENT_GIT="")) is None
