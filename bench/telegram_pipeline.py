"""Updates handled per second through the whole pipeline: the real python-telegram-bot polling
loop, handlers, engine and rendering, against the fake Bot API server from the tests.

Run from a checkout: ``python bench/telegram_pipeline.py [N]``. Two runs: flood limits off
(no rate limiter in the bot, none enforced by the fake: the pipeline's own speed) and on (the
bot's rate limiter against a fake that answers 429 past Telegram's limits).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.factory import build_engine
from bot.settings import BotSettings, EngineSettings
from bot.telegram.app import build_application
from bot.telegram.serve import start as start_serving
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import private, update_message

QUESTIONS = ["kapan oki didirikan", "where is the oic headquarters", "brp anggota oki skrg",
             "siapa sekjen oki", "is turkey a member of the oic", "resep rendang"]


async def run(count: int, limits: bool) -> tuple[float, int]:
    api = FakeBotApi(flood_limits=limits).start()
    with tempfile.TemporaryDirectory() as state:
        settings = BotSettings.from_env({**os.environ, "TELEGRAM_BOT_TOKEN": api.token,
                                         "TELEGRAM_API_BASE_URL": api.base_url,
                                         "OIC_STATE_DIR": state})
        app = build_application(settings, build_engine(EngineSettings.from_env()),
                                rate_limited=limits)
        serving = await start_serving(app)
        try:
            start = time.perf_counter()
            for n in range(count):
                user = {"id": 10_000 + n, "is_bot": False, "first_name": "U",
                        "language_code": "id"}
                api.push(update_message(QUESTIONS[n % len(QUESTIONS)], private(user), user))
            await asyncio.to_thread(api.wait_for, lambda c: c.method == "sendMessage"
                                    and c.status == 200, count, 120)
            elapsed = time.perf_counter() - start
        finally:
            await serving.stop()
            api.stop()
    return count / elapsed, sum(1 for c in api.calls if c.status == 429)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    for limits in (False, True):
        rate, refused = asyncio.run(run(count, limits))
        label = "on " if limits else "off"
        print(f"flood limits {label}: {count} questions from {count} chats answered at "
              f"{rate:.1f} updates/s; 429 responses: {refused}")


if __name__ == "__main__":
    main()
