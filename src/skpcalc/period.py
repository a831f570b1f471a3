"""Appraisal periods (periode penilaian) as inclusive date ranges."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
from dateutil.relativedelta import relativedelta

from skpcalc.errors import InconsistentInputError, InvalidTypeError

__all__ = ["AppraisalPeriod"]


def _check_date(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    del instance
    # datetime is a subclass of date; a time of day has no meaning here.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidTypeError(
            f"AppraisalPeriod.{attribute.name}", value, "a datetime.date (not a datetime or a string)"
        )


@attrs.frozen
class AppraisalPeriod:
    """A period of assessment, from ``start`` to ``end``, both days included.

    >>> AppraisalPeriod(date(2019, 1, 1), date(2019, 12, 31)).whole_months()
    12
    """

    start: date = attrs.field(validator=_check_date)
    end: date = attrs.field(validator=_check_date)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InconsistentInputError(
                "AppraisalPeriod.end", self.end.isoformat(), f"a day on or after start ({self.start.isoformat()})"
            )

    def whole_months(self) -> int | None:
        """Number of calendar months the period spans, or ``None`` if it is not whole months.

        A period is whole months when it starts on the first day of a month and ends on the last
        day of a month (counted with ``dateutil.relativedelta``).
        """
        if self.end == date.max:
            return None
        span = relativedelta(self.end + timedelta(days=1), self.start)
        if self.start.day != 1 or span.days:
            return None
        return span.years * 12 + span.months

    def contains(self, other: AppraisalPeriod) -> bool:
        """Whether ``other`` lies entirely within this period."""
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"
