"""What the operators read about the content, in their language (Indonesian or English): a
change that went live, a version refused and why, the version being served. HTML-safe.

The problems themselves are the validator's lines (file:line: what to do), in English, as
``oic-bot validate`` prints them.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from bot.content.source import GitSource, Version
from bot.engine import Engine
from bot.telegram.reload import (
    ENGLISH,
    Change,
    Changes,
    LiveContent,
    ReloadResult,
    describe_changes,
    shown,
    size,
)
from bot.telegram.render import split_html

REPORTED_PROBLEMS = 30  # more are summed up: oic-bot validate lists them all

WORDS: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    "id": {"entries": "entri", "rows": "baris tabel", "countries": "negara",
           "added": "ditambah", "changed": "diubah", "removed": "dihapus",
           "more": "dan {n} lainnya", "also": "juga berubah", "lexicon": "leksikon",
           "topics": "daftar topik", "places": "daftar tempat",
           "navigation": "pertanyaan pembuka", "tables": "kata dan susunan kalimat tabel",
           "nothing": "tidak ada entri, baris tabel, atau negara yang berubah"},
}

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "live": "✅ <b>New content is live</b>{label}: {changes}.",
        "reloaded": "Content reloaded{label}: {changes}.",
        "refused": "⚠️ <b>Content NOT reloaded</b>{label}: {count} problem(s). The bot keeps "
                   "answering from the last good content{served}.",
        "removal": "⚠️ <b>Content NOT reloaded</b>{label}: it would remove {removed} of the "
                   "{total} entries and table rows ({changes}). The bot keeps answering from the "
                   "last good content{served}. If this is deliberate, send /reload force.",
        "more": "… and {n} more: run oic-bot validate",
        "fix_folder": "Fix the file and save it again; the next valid save goes live.",
        "fix_git": "Fix it with a new commit on the branch; the next valid commit goes live.",
        "current": "The content is already current{label}.",
        "last": "Last change {when}{label}: {changes}.",
        "unchanged": "Nothing has changed since the bot started.",
        "unreachable": "⚠️ The content could not be fetched: {error}. The bot keeps answering "
                       "from the content it has{served}.",
        "content": "<b>content</b>: {what}; {entries} entries, {rows} table rows",
        "commit": "{label} of {when}, from {where}",
        "content_last": "  last change {when}: {changes}",
        "refused_now": "  not served: {label} ({why})",
        "problems": "{n} problem(s)",
        "too_much": "would remove most of the content",
        "folder": "the folder",
        "git": "Git {url} ({branch})",
    },
    "id": {
        "live": "✅ <b>Konten baru sudah berlaku</b>{label}: {changes}.",
        "reloaded": "Konten dimuat ulang{label}: {changes}.",
        "refused": "⚠️ <b>Konten TIDAK dimuat</b>{label}: {count} masalah. Bot tetap menjawab "
                   "dari konten terakhir yang benar{served}.",
        "removal": "⚠️ <b>Konten TIDAK dimuat</b>{label}: perubahan ini akan menghapus "
                   "{removed} dari {total} entri dan baris tabel ({changes}). Bot tetap "
                   "menjawab dari konten terakhir yang benar{served}. Bila memang disengaja, "
                   "kirim /reload force.",
        "more": "… dan {n} lainnya: jalankan oic-bot validate",
        "fix_folder": "Perbaiki berkasnya lalu simpan lagi; simpanan berikutnya yang benar "
                      "langsung berlaku.",
        "fix_git": "Perbaiki lewat commit baru di branch itu; commit berikutnya yang benar "
                   "langsung berlaku.",
        "current": "Konten sudah yang terbaru{label}.",
        "last": "Perubahan terakhir {when}{label}: {changes}.",
        "unchanged": "Belum ada perubahan sejak bot dimulai.",
        "unreachable": "⚠️ Konten tidak dapat diambil: {error}. Bot tetap menjawab dari konten "
                       "yang ada{served}.",
        "content": "<b>konten</b>: {what}; {entries} entri, {rows} baris tabel",
        "commit": "{label} tanggal {when}, dari {where}",
        "content_last": "  perubahan terakhir {when}: {changes}",
        "refused_now": "  tidak dipakai: {label} ({why})",
        "problems": "{n} masalah",
        "too_much": "akan menghapus sebagian besar konten",
        "folder": "folder",
        "git": "Git {url} ({branch})",
    },
}


def _label(version: Version | None) -> str:
    """' (commit 1a2b3c4 “subject”)', or nothing for a folder."""
    return f" ({html.escape(version.label)})" if version and version.label else ""


def _when(at: float | datetime) -> str:
    moment = at if isinstance(at, datetime) else datetime.fromtimestamp(at, UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _changes(changes: Changes, lang: str) -> str:
    return html.escape(describe_changes(changes, WORDS[lang]))


def applied_message(result: ReloadResult, lang: str) -> list[str]:
    """To every operator, when a new version went live by itself (a save, a commit)."""
    return [TEXT[lang]["live"].format(label=_label(result.version),
                                      changes=_changes(result.changes, lang))]


def reloaded_message(result: ReloadResult, lang: str) -> list[str]:
    """To the operator who sent /reload, when it applied a new version."""
    return [TEXT[lang]["reloaded"].format(label=_label(result.version),
                                          changes=_changes(result.changes, lang))]


def refused_message(result: ReloadResult, live: LiveContent, lang: str) -> list[str]:
    """What is wrong, where, and that nothing changed for users."""
    text = TEXT[lang]
    served = _label(live.served)
    if result.removal:
        removed, total = result.removal
        return [text["removal"].format(label=_label(result.version), removed=removed,
                                       total=total, changes=_changes(result.changes, lang),
                                       served=served)]
    lines = [text["refused"].format(label=_label(result.version), count=len(result.problems),
                                    served=served), ""]
    lines += [f"• {html.escape(shown(p, result.version))}"
              for p in result.problems[:REPORTED_PROBLEMS]]
    if len(result.problems) > REPORTED_PROBLEMS:
        lines.append(text["more"].format(n=len(result.problems) - REPORTED_PROBLEMS))
    lines += ["", text["fix_git" if live.is_git else "fix_folder"]]
    return list(split_html("\n".join(lines)))


def current_message(live: LiveContent, lang: str) -> str:
    """/reload when nothing is new: say so, and what the last change was."""
    text = TEXT[lang]
    lines = [text["current"].format(label=_label(live.served))]
    lines.append(_last(live.last, lang) if live.last else text["unchanged"])
    return " ".join(lines)


def _last(last: Change, lang: str) -> str:
    return TEXT[lang]["last"].format(when=_when(last.at), label=_label(last.version),
                                     changes=_changes(last.changes, lang))


def unreachable_message(error: str, live: LiveContent, lang: str) -> str:
    return TEXT[lang]["unreachable"].format(error=html.escape(error),
                                            served=_label(live.served))


def content_lines(live: LiveContent, engine: Engine, lang: str) -> list[str]:
    """For /stats: which content is served (the commit, for a Git branch), and lately."""
    text = TEXT[lang]
    source, version = live.source, live.served
    what = text["folder"]
    if isinstance(source, GitSource):
        what = text["git"].format(url=html.escape(source.plain_url),
                                  branch=html.escape(source.branch))
        if version is not None and version.committed is not None:
            what = text["commit"].format(label=html.escape(version.label),
                                         when=_when(version.committed), where=what)
    entries = len(engine.kb.entries)
    lines = [text["content"].format(what=what, entries=entries,
                                    rows=size(engine.kb) - entries)]
    if live.last:
        lines.append(text["content_last"].format(when=_when(live.last.at),
                                                 changes=_changes(live.last.changes, lang)))
    refused = live.refused
    if refused is not None and refused.version is not None:
        why = (text["too_much"] if refused.removal
               else text["problems"].format(n=len(refused.problems)))
        lines.append(text["refused_now"].format(
            label=html.escape(refused.version.label or text["folder"]), why=why))
    return lines
