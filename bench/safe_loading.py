"""Time and memory to refuse hostile content: a YAML "billion laughs" of a few hundred bytes
and a 50 MB file, each added to a copy of the shipped content, loaded as a live reload loads it
(every file parsed, nothing cached). Each case runs in a fresh interpreter, so its peak memory
is its own.

Run from a checkout: ``python bench/safe_loading.py``. The hostile files are written to a
temporary folder and removed afterwards.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.settings import default_content_dir  # noqa: E402


def billion_laughs(levels: int = 9) -> str:
    lines = ['entries: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for number in range(1, levels):
        name, before = "abcdefghijklmnop"[number], "abcdefghijklmnop"[number - 1]
        lines.append(f"{name}: &{name} [{', '.join(f'*{before}' for _ in range(9))}]")
    return "\n".join(lines) + "\n"


def fifty_megabytes(path: Path) -> None:
    line = "        - kapan oki didirikan dan oleh siapa saja negara pendirinya\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("intents:\n  - id: huge\n    answers: founding_date\n    examples:\n"
                     "      id:\n")
        for _ in range(50_000_000 // len(line) // 1000):
            handle.write(line * 1000)


def _memory_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (the peak) of this process, in MB. Not getrusage's ru_maxrss:
    Linux carries that over from the parent process."""
    with open("/proc/self/status") as handle:
        line = next(line for line in handle if line.startswith(field + ":"))
    return int(line.split()[1]) / 1024


def child(root: str, hostile: str) -> None:
    """In the fresh interpreter: load the folder as a reload does; print what it cost, and
    what the hostile file alone cost."""
    from bot.content import ContentError
    from bot.content.yamlfile import YamlFileError, load_yaml
    from bot.factory import build_engine
    from bot.settings import EngineSettings

    alone = 0.0
    if hostile:
        began = time.perf_counter()
        try:
            load_yaml(Path(root) / hostile)
        except YamlFileError:
            alone = time.perf_counter() - began
    before = _memory_mb("VmRSS")
    began = time.perf_counter()
    try:
        build_engine(EngineSettings(content_dir=Path(root), default_lang="id"))
        outcome = "loaded"
    except ContentError as exc:
        outcome = "refused: " + "; ".join(str(p).replace(root + "/", "") for p in exc.problems)
    seconds = time.perf_counter() - began
    peak = _memory_mb("VmHWM")
    print(json.dumps({"seconds": seconds, "peak": peak, "added": peak - before,
                      "outcome": outcome, "alone": alone}))


def measure(title: str, hostile: str, write: Callable[[Path], None]) -> None:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / "content"
        for folder in ("intents", "knowledge"):
            shutil.copytree(default_content_dir() / folder, root / folder)
        if hostile:
            write(root / hostile)
        done = subprocess.run(  # noqa: S603 - this interpreter, this script
            [sys.executable, __file__, "--child", str(root), hostile], capture_output=True,
            text=True, check=True, env={"OIC_CACHE_DIR": str(Path(work) / "cache")})
        result = json.loads(done.stdout)
    alone = (f"; the file alone refused in {result['alone'] * 1000:.1f} ms" if hostile else "")
    print(f"{title}: {result['outcome'][:150]}\n    whole reload (every file parsed, nothing "
          f"cached) {result['seconds']:.2f} s{alone}; peak memory {result['peak']:.0f} MB for "
          f"the whole process, {result['added']:.0f} MB of it added by the load")


def main() -> None:
    bomb = billion_laughs()
    measure(f"YAML bomb ({len(bomb)} bytes)", "knowledge/bomb.yaml",
            lambda path: path.write_text(bomb, encoding="utf-8"))
    measure("50 MB file", "intents/huge.yaml", fifty_megabytes)
    measure("for comparison, the shipped content alone", "", lambda path: None)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
