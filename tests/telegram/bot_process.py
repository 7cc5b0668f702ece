"""``oic-bot run`` in a process of its own, with shorter waits: for tests and the reliability
script that kill it with SIGKILL. Everything but the Tuning is the production path (settings
from the environment, configure_logging, build_application, serve_until_stopped).

    python -m tests.telegram.bot_process '{"lease": 1.0, "sweep": 0.2}'
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.factory import build_engine
from bot.settings import BotSettings
from bot.telegram.app import build_application
from bot.telegram.main import configure_logging
from bot.telegram.serve import serve_until_stopped
from bot.telegram.tuning import Tuning

REPO = Path(__file__).resolve().parent.parent.parent


def main() -> None:
    settings = BotSettings.from_env()
    configure_logging(settings)
    tuning = Tuning(**json.loads(sys.argv[1] if len(sys.argv) > 1 else "{}"))
    application = build_application(settings, build_engine(settings.engine), tuning=tuning)
    asyncio.run(serve_until_stopped(application))


def spawn(env: dict[str, str], tuning: dict[str, float], log: Path) -> subprocess.Popen[bytes]:
    """Start the bot process with ``env`` on top of this one's; its log goes to ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.telegram.bot_process", json.dumps(tuning)],
            cwd=REPO, env={**os.environ, "PTB_TIMEDELTA": "1", **env}, stdout=out,
            stderr=subprocess.STDOUT)


if __name__ == "__main__":
    main()
