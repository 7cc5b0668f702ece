"""Time as study groups live it: Western Indonesian Time (Asia/Jakarta, UTC+7 all year, no
daylight saving since 1964, so a fixed offset needs no time-zone database)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

JAKARTA = timezone(timedelta(hours=7), "WIB")
DEFAULT_DAILY_MINUTE = 8 * 60  # 08:00 WIB
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


def local(at: float) -> datetime:
    """``at`` (seconds since the epoch) on a Jakarta clock."""
    return datetime.fromtimestamp(at, JAKARTA)


def week_key(at: float) -> int:
    """The ISO week ``at`` falls in (Monday to Sunday, Jakarta time), as 202648."""
    year, week, _ = local(at).isocalendar()
    return year * 100 + week


def day_key(at: float) -> int:
    """The Jakarta date of ``at``, as 20261130."""
    day = local(at).date()
    return day.year * 10_000 + day.month * 100 + day.day


def minute_of_day(at: float) -> int:
    """Minutes since midnight, Jakarta time."""
    moment = local(at)
    return moment.hour * 60 + moment.minute


def parse_time(text: str) -> int | None:
    """"07:30" or "7.30" -> 450 (minutes since midnight); None if it is no time of day."""
    found = _TIME.match(text.strip())
    return int(found[1]) * 60 + int(found[2]) if found else None


def show_time(minute: int) -> str:
    """450 -> "07:30"."""
    return f"{minute // 60:02d}:{minute % 60:02d}"
