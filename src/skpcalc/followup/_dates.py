"""The calendar range the follow-up computations accept (dates a year or more away from ``date.max``)."""

from __future__ import annotations

from datetime import date
from typing import Final

from skpcalc.errors import OutOfRangeError

#: Follow-up rules look up to a year past a date (next year's tunjangan, six months to improve, 14 days).
LAST_DAY: Final = date(9998, 12, 31)


def check_not_too_late(day: date, field: str) -> None:
    """Refuse a day after :data:`LAST_DAY`, where the calendar would run out."""
    if day > LAST_DAY:
        raise OutOfRangeError(field, day.isoformat(), f"a day up to {LAST_DAY.isoformat()}")
