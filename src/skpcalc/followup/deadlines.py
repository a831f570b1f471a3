"""Deadlines and periods: the appraisal year and its assessment window, the objection window, evaluation periods.

>>> from datetime import date
>>> window = objection_window(date(2025, 1, 20))
>>> window.last_day, window.contains(date(2025, 2, 3)), window.contains(date(2025, 2, 4))
(datetime.date(2025, 2, 3), True, False)
>>> assessment_window(2024).latest
datetime.date(2025, 1, 31)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from skpcalc._validate import enum_member
from skpcalc.errors import InvalidTypeError, OutOfRangeError
from skpcalc.followup._dates import check_not_too_late
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.base import Evidence, Source
from skpcalc.rules.permenpanrb_6_2022.model import EvaluationPeriod

__all__ = [
    "OBJECTION_DAYS",
    "SRC_ASSESSMENT_WINDOW",
    "SRC_OBJECTION",
    "AssessmentWindow",
    "DayCounting",
    "ObjectionWindow",
    "WindowStatus",
    "assessment_window",
    "evaluation_periods",
    "objection_window",
]

SRC_ASSESSMENT_WINDOW: Final = Source(
    "Lampiran Perka BKN 1/2013 as summarised by agency guides: the appraisal is made 'setiap akhir bulan Desember "
    "tahun yang bersangkutan atau paling lambat akhir Januari tahun berikutnya'; the SKP year is the calendar year",
    Evidence.SECONDARY,
)
SRC_OBJECTION: Final = Source(
    "PP 30/2019 Pasal 59 (and PP 10/1979 Pasal 9 ayat (2) before it): keberatan 'paling lambat 14 (empat belas) "
    "hari sejak diterima' the result, to the atasan pejabat penilai kinerja, whose decision is final; 'hari' "
    "without 'kerja' read as calendar days (policy counting)",
    Evidence.SECONDARY,
)
SRC_PERIODS: Final = Source(
    "PermenPANRB 6/2022: evaluasi kinerja periodik (bulanan, triwulanan or semesteran, as the agency sets) and tahunan",
    Evidence.SECONDARY,
)

#: Days from receipt of the result within which a keberatan may be filed.
OBJECTION_DAYS: Final = 14


def _check_day(value: object, field: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidTypeError(field, value, "a datetime.date")
    return value


def _check_year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError("year", value, "a year as an int, e.g. 2024")
    if not 2014 <= value <= 9998:
        raise OutOfRangeError("year", value, "a year from 2014 to 9998")
    return value


class WindowStatus(enum.StrEnum):
    """Where a day lies relative to the assessment window of an appraisal year."""

    BEFORE_YEAR_END = "before_year_end"
    """Before the last day of the appraisal year: the year is not over."""
    WITHIN_WINDOW = "within_window"
    """From the end of December to the end of January: the assessment is on time."""
    LATE = "late"
    """After the end of January of the next year."""


@attrs.frozen
class AssessmentWindow:
    """The appraisal year and when its assessment is due."""

    year: int
    period: AppraisalPeriod
    """The appraisal year, 1 January to 31 December."""
    due: date
    """The end of December: when the assessment is made."""
    latest: date
    """The end of January of the next year: the latest day for the assessment."""
    source: Source

    def render(self) -> str:
        """The window as plain text."""
        return (
            f"Appraisal year {self.year} ({self.period}): assessed at the end of December ({self.due}), at the latest "
            f"at the end of January ({self.latest})\n  source: {self.source}"
        )

    def status(self, day: date) -> WindowStatus:
        """Whether ``day`` is before the year is over, within the window, or late."""
        checked = _check_day(day, "day")
        if checked < self.due:
            return WindowStatus.BEFORE_YEAR_END
        return WindowStatus.WITHIN_WINDOW if checked <= self.latest else WindowStatus.LATE


def assessment_window(year: int) -> AssessmentWindow:
    """The appraisal year ``year`` and its assessment window (SRC_ASSESSMENT_WINDOW)."""
    checked = _check_year(year)
    return AssessmentWindow(
        year=checked,
        period=AppraisalPeriod(date(checked, 1, 1), date(checked, 12, 31)),
        due=date(checked, 12, 31),
        latest=date(checked + 1, 1, 31),
        source=SRC_ASSESSMENT_WINDOW,
    )


class DayCounting(enum.StrEnum):
    """How the 14 days of the objection window are counted."""

    CALENDAR = "calendar"
    """Default. Calendar days: the regulation says "hari", not "hari kerja"."""
    WORKING = "working"
    """Working days: Monday to Friday, without the holidays given."""


@attrs.frozen
class ObjectionWindow:
    """The days on which a keberatan against an appraisal result may be filed."""

    received: date
    """The day the PNS received the result."""
    first_day: date
    """The first of the 14 days: the day after receipt (the first working day after it, counting working days)."""
    last_day: date
    """The 14th day: the last day to file."""
    counting: DayCounting
    source: Source

    def render(self) -> str:
        """The window as plain text."""
        return (
            f"Keberatan: result received {self.received}; file from {self.received} to {self.last_day} "
            f"({OBJECTION_DAYS} {self.counting.value} days from {self.first_day})\n  source: {self.source}"
        )

    def contains(self, day: date) -> bool:
        """Whether a keberatan filed on ``day`` is in time (filing on the day of receipt is in time too)."""
        checked = _check_day(day, "day")
        return self.received <= checked <= self.last_day


def objection_window(
    received: date, *, counting: DayCounting | str = DayCounting.CALENDAR, holidays: Iterable[date] = ()
) -> ObjectionWindow:
    """The objection window that opens when the result is received (SRC_OBJECTION).

    Counting starts the day after receipt: with calendar days the last day is ``received + 14 days``;
    with working days it is the 14th weekday after receipt that is not in ``holidays``.
    """
    day = _check_day(received, "received")
    check_not_too_late(day, "received")
    mode = enum_member(DayCounting, counting, "counting")
    off = {_check_day(item, "holidays[]") for item in holidays}
    first = day + timedelta(days=1)
    if mode is DayCounting.CALENDAR:
        last = day + timedelta(days=OBJECTION_DAYS)
    else:
        counted: list[date] = []
        candidate = day
        while len(counted) < OBJECTION_DAYS:
            candidate += timedelta(days=1)
            if candidate.weekday() < 5 and candidate not in off:  # Monday to Friday
                counted.append(candidate)
        first, last = counted[0], counted[-1]
    return ObjectionWindow(received=day, first_day=first, last_day=last, counting=mode, source=SRC_OBJECTION)


def evaluation_periods(year: int, kind: EvaluationPeriod | str) -> tuple[AppraisalPeriod, ...]:
    """The periodic (``bulanan``, ``triwulanan``, ``semesteran``) or annual (``tahunan``) periods of a year.

    >>> [str(period) for period in evaluation_periods(2024, "triwulanan")][:2]
    ['2024-01-01 to 2024-03-31', '2024-04-01 to 2024-06-30']
    """
    checked = _check_year(year)
    return enum_member(EvaluationPeriod, kind, "kind").periods(checked)
