"""Hypothesis strategies for the follow-up of an appraisal (requires ``skpcalc[testing]``).

Performance classes and the predikat labels of every rule set, jenjang, whole-month periods and credit
periods from January 2023 (the first periods whose predikat is converted into angka kredit), sequences
of credit periods in order and not overlapping, whole-rupiah bases, numeric scores, valid agency
allowance rules, predikat records and histories (in order, not overlapping) and days with holidays.
Every generated object passes the validators of :mod:`skpcalc.followup`.

>>> from hypothesis import given
>>> from skpcalc.followup import credit
>>> @given(credit_period_sequences())
... def test_credit(periods):
...     assert credit(periods).total >= 0
>>> test_credit()
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st

from skpcalc.followup import (
    CreditPeriod,
    Level,
    PerformanceClass,
    PositionGroup,
    PredikatRecord,
    PredikatTableRule,
    ScoreBandRule,
    Timing,
)
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.base import Evidence, Source

__all__ = [
    "FIRST_YEAR",
    "credit_period_sequences",
    "credit_periods",
    "dates",
    "holiday_sets",
    "levels",
    "performance_classes",
    "position_groups",
    "predikat_histories",
    "predikat_labels",
    "predikat_records",
    "predikat_table_rules",
    "rupiah_bases",
    "score_band_rules",
    "scores",
    "whole_month_periods",
]

#: The first year whose predikat PermenPANRB 1/2023 converts into angka kredit.
FIRST_YEAR: Final = 2023

#: Lengths in months of the periods of evaluation (bulanan, triwulanan, semesteran, tahunan).
_PERIOD_MONTHS: Final = (1, 3, 6, 12)

#: Every label a rule set prints for a predikat, with the class it stands for ("Buruk" has none).
_LABELS: Final = (
    ("Sangat Baik", PerformanceClass.SANGAT_BAIK),
    ("Baik", PerformanceClass.BAIK),
    ("Butuh Perbaikan", PerformanceClass.BUTUH_PERBAIKAN),
    ("Cukup", PerformanceClass.BUTUH_PERBAIKAN),
    ("Kurang", PerformanceClass.KURANG),
    ("Kurang/Misconduct", PerformanceClass.KURANG),
    ("Sangat Kurang", PerformanceClass.SANGAT_KURANG),
)

_SOURCE: Final = Source("an agency's own rule, generated for a test", Evidence.UNVERIFIED)


def _month_span(first: int, months: int) -> AppraisalPeriod:
    """``months`` calendar months from the month with index ``first`` (year x 12 + month - 1)."""
    start_year, start_month = divmod(first, 12)
    end_year, end_month = divmod(first + months - 1, 12)
    return AppraisalPeriod(
        date(start_year, start_month + 1, 1), date(end_year, end_month + 1, monthrange(end_year, end_month + 1)[1])
    )


def performance_classes() -> st.SearchStrategy[PerformanceClass]:
    """One of the five predikat the follow-up rules are written for. Requires skpcalc[testing]."""
    return st.sampled_from(PerformanceClass)


@st.composite
def predikat_labels(draw: st.DrawFn) -> tuple[str, PerformanceClass]:
    """A predikat label of any rule set in any letter case and spacing, with the class it stands for.

    The labels are those of PermenPANRB 6/2022 ("Kurang/Misconduct"), PP 30/2019 and PP 46/2011 ("Cukup");
    PP 46/2011's "Buruk" has no class and is never generated. Requires skpcalc[testing].
    """
    label, member = draw(st.sampled_from(_LABELS))
    written = draw(st.sampled_from((label, label.upper(), label.lower(), f"  {label} ", label.replace(" ", "  "))))
    return written, member


def levels() -> st.SearchStrategy[Level]:
    """One of the eight jenjang jabatan fungsional. Requires skpcalc[testing]."""
    return st.sampled_from(Level)


def position_groups() -> st.SearchStrategy[PositionGroup]:
    """JPT, administrasi or fungsional. Requires skpcalc[testing]."""
    return st.sampled_from(PositionGroup)


def dates(*, years: tuple[int, int] = (FIRST_YEAR, 2030)) -> st.SearchStrategy[date]:
    """Days of the calendar years ``years`` (both included). Requires skpcalc[testing]."""
    return st.dates(date(years[0], 1, 1), date(years[1], 12, 31))


@st.composite
def whole_month_periods(
    draw: st.DrawFn, *, years: tuple[int, int] = (FIRST_YEAR, 2030), min_months: int = 1, max_months: int = 24
) -> AppraisalPeriod:
    """Periods of ``min_months`` to ``max_months`` whole calendar months starting in ``years``.

    Requires skpcalc[testing].
    """
    first = draw(st.integers(years[0] * 12, years[1] * 12 + 11))
    return _month_span(first, draw(st.integers(min_months, max_months)))


@st.composite
def credit_periods(draw: st.DrawFn, *, period: st.SearchStrategy[AppraisalPeriod] | None = None) -> CreditPeriod:
    """A credit period: whole months from 2023 (or a period drawn from ``period``), a predikat and a jenjang.

    Requires skpcalc[testing].
    """
    span = draw(whole_month_periods() if period is None else period)
    return CreditPeriod(span, draw(performance_classes()), draw(levels()))


@st.composite
def credit_period_sequences(
    draw: st.DrawFn, *, min_size: int = 1, max_size: int = 5, first_year: int = FIRST_YEAR
) -> list[CreditPeriod]:
    """Credit periods of whole months, in order and not overlapping, the first starting in ``first_year``.

    Consecutive periods follow each other directly or after a gap of a few months; each lasts 1 to 12
    months. Requires skpcalc[testing].
    """
    count = draw(st.integers(min_size, max_size))
    month = first_year * 12 + draw(st.integers(0, 11))
    periods = []
    for _ in range(count):
        month += draw(st.integers(0, 3))
        months = draw(st.integers(1, 12))
        periods.append(draw(credit_periods(period=st.just(_month_span(month, months)))))
        month += months
    return periods


def rupiah_bases(*, max_value: int = 10**11) -> st.SearchStrategy[Decimal]:
    """Whole numbers of rupiah from 0 to ``max_value``. Requires skpcalc[testing]."""
    return st.integers(0, max_value).map(Decimal)


def scores(*, low: int = 0, high: int = 120) -> st.SearchStrategy[Decimal]:
    """Numeric scores (nilai) with at most two decimals from ``low`` to ``high``. Requires skpcalc[testing]."""
    return st.integers(low * 100, high * 100).map(lambda hundredths: Decimal(hundredths).scaleb(-2))


@st.composite
def predikat_table_rules(draw: st.DrawFn) -> PredikatTableRule:
    """Valid agency rules paying a whole percentage per predikat, never less for a better one.

    Requires skpcalc[testing].
    """
    percentages = sorted(draw(st.lists(st.integers(0, 100), min_size=5, max_size=5)))
    order = sorted(PerformanceClass, key=lambda member: member.rank)
    return PredikatTableRule(
        key="generated_table",
        name="Generated predikat table",
        source=_SOURCE,
        timing=draw(st.sampled_from(Timing)),
        percentages=dict(zip(order, percentages, strict=True)),
    )


@st.composite
def score_band_rules(draw: st.DrawFn, *, max_bands: int = 4) -> ScoreBandRule:
    """Valid agency rules paying by score band: 1 to ``max_bands`` bands from the best down.

    Requires skpcalc[testing].
    """
    lows = sorted(draw(st.sets(st.integers(1, 100), min_size=1, max_size=max_bands)), reverse=True)
    paid = sorted(draw(st.lists(st.integers(0, 100), min_size=len(lows) + 1, max_size=len(lows) + 1)), reverse=True)
    return ScoreBandRule(
        key="generated_bands",
        name="Generated score bands",
        source=_SOURCE,
        timing=draw(st.sampled_from(Timing)),
        bands=tuple(zip(lows, paid[:-1], strict=True)),
        below=paid[-1],
    )


@st.composite
def predikat_records(draw: st.DrawFn, *, period: st.SearchStrategy[AppraisalPeriod] | None = None) -> PredikatRecord:
    """A predikat for a period of 1 to 12 whole months (or a period drawn from ``period``).

    Requires skpcalc[testing].
    """
    span = draw(whole_month_periods(max_months=12) if period is None else period)
    return PredikatRecord(span, draw(performance_classes()))


@st.composite
def predikat_histories(
    draw: st.DrawFn,
    *,
    min_size: int = 0,
    max_size: int = 6,
    classes: st.SearchStrategy[PerformanceClass] | None = None,
) -> list[PredikatRecord]:
    """Predikat histories: periods of evaluation (1, 3, 6 or 12 months) in order and not overlapping.

    Each period starts at a month boundary, directly after the previous one or after a gap of a few
    months; the predikat are drawn from ``classes`` (all five by default). Requires skpcalc[testing].
    """
    chosen = performance_classes() if classes is None else classes
    count = draw(st.integers(min_size, max_size))
    month = FIRST_YEAR * 12 + draw(st.integers(0, 11))
    history = []
    for _ in range(count):
        month += draw(st.sampled_from((0, 0, 0, 1, 6)))
        months = draw(st.sampled_from(_PERIOD_MONTHS))
        span = _month_span(month, months)
        history.append(PredikatRecord(span, draw(chosen)))
        month += months
    return history


def holiday_sets(after: date, *, days: int = 60, max_size: int = 10) -> st.SearchStrategy[frozenset[date]]:
    """Sets of up to ``max_size`` holidays within ``days`` days after ``after``. Requires skpcalc[testing]."""
    return st.frozensets(st.dates(after + timedelta(days=1), after + timedelta(days=days)), max_size=max_size)
