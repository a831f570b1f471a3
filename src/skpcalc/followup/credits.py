"""Angka kredit from predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023).

Each period of evaluation earns ``months / 12 x percentage of the predikat x koefisien of the jenjang``,
rounded half-up to 2 decimals as the published tables print it; the periods are summed onto the credit
already held and compared with the AK kumulatif a kenaikan pangkat or kenaikan jenjang needs.

>>> from datetime import date
>>> from skpcalc.period import AppraisalPeriod
>>> result = credit(
...     [
...         CreditPeriod(AppraisalPeriod(date(2023, 1, 1), date(2023, 12, 31)), "Sangat Baik", "Ahli Pertama"),
...         CreditPeriod(AppraisalPeriod(date(2024, 1, 1), date(2024, 2, 29)), "Baik", "Ahli Pertama"),
...     ]
... )
>>> [row.value for row in result.rows], result.total
([Decimal('18.75'), Decimal('2.08')], Decimal('20.83'))
"""

from __future__ import annotations

import enum
from calendar import monthrange
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

import attrs

from skpcalc._validate import as_tuple, enum_member, instance_of, number, tuple_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError, NotInForceError
from skpcalc.explain import Explanation
from skpcalc.followup._dates import check_not_too_late
from skpcalc.followup.predikat import PerformanceClass, performance_class
from skpcalc.numeric import Rounding, RoundingPolicy, to_decimal, to_fraction
from skpcalc.period import AppraisalPeriod
from skpcalc.rules._policies import replace_policies
from skpcalc.rules._sheet import RoundingStage, Sheet
from skpcalc.rules.base import Citation, Evidence, InForce, Source

__all__ = [
    "IN_FORCE",
    "LEVELS",
    "PERCENTAGES",
    "Accumulation",
    "CreditPeriod",
    "CreditPolicies",
    "CreditResult",
    "CreditRow",
    "Level",
    "LevelRule",
    "PartMonths",
    "credit",
    "months_in",
]

PERMENPANRB_1_2023: Final = Citation(
    short="PermenPANRB 1/2023",
    title=(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2023 tentang "
        "Jabatan Fungsional"
    ),
)
PERBKN_3_2023: Final = Citation(
    short="PerBKN 3/2023",
    title=(
        "Peraturan Badan Kepegawaian Negara Nomor 3 Tahun 2023 tentang Angka Kredit, Kenaikan Pangkat, dan Kenaikan "
        "Jenjang Jabatan Fungsional"
    ),
)

SRC_PERCENTAGES: Final = Source(
    "PermenPANRB 1/2023 (predikat kinerja 'dikonversikan ke dalam perolehan Angka Kredit tahunan': sangat baik 150 % "
    "of the koefisien, ...); BKN slides on PerBKN 3/2023: Sangat Baik 150 %, Baik 100 %, Cukup/Butuh Perbaikan 75 %, "
    "Kurang 50 %, Sangat Kurang 25 %",
    Evidence.SECONDARY,
)
SRC_COEFFICIENTS: Final = Source(
    "PermenPANRB 1/2023, koefisien angka kredit tahunan per jenjang: Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia "
    "25, Ahli Pertama 12.5, Ahli Muda 25, Ahli Madya 37.5, Ahli Utama 50 (keahlian rows in BKN slides; keterampilan "
    "rows in agreeing public implementations and the SIASN-facing form)",
    Evidence.CODE,
)
SRC_PRORATION: Final = Source(
    "BKN slides on PerBKN 3/2023, angka kredit periodik: 'Angka Kredit = 2/12 x 100% x 12,5 = 2,08' (Ahli Pertama, "
    "January-February, Baik); each period with its own predikat and jenjang, then summed (18,75 + 2,08 = 20,83)",
    Evidence.SECONDARY,
)
SRC_PERIOD: Final = Source(
    "angka kredit of a period = bulan / 12 x persentase predikat x koefisien: the proration of the BKN example "
    "and the percentages from BKN slides (Cukup counted as Butuh Perbaikan, Kurang/Misconduct as Kurang), the "
    "koefisien from public implementations",
    Evidence.CODE,
)
SRC_PERIOD_BY_DAYS: Final = Source(
    f"{SRC_PERIOD.reference}; part-months by days (policy part_months=by_days)", Evidence.UNVERIFIED
)
SRC_ROUNDING: Final = Source(
    "published conversion tables print each value half-up to 2 decimals (5,625 -> 5,63; 9,375 -> 9,38); the BKN "
    "accumulation example adds the printed values (policy accumulation)",
    Evidence.SECONDARY,
)
SRC_THRESHOLDS: Final = Source(
    "PerBKN 3/2023, AK kumulatif for kenaikan pangkat / kenaikan jenjang: Ahli Pertama 50 / 100, Ahli Muda 100 / 200, "
    "Ahli Madya 150 / 450, Ahli Utama 200 / -; Pemula 15 / 15, Terampil 20 / 60, Mahir 50 / 100, Penyelia 100 / - "
    "(keahlian rows in BKN slides, keterampilan rows in public implementations)",
    Evidence.CODE,
)
SRC_IN_FORCE: Final = Source(
    "PermenPANRB 1/2023: angka kredit converted from the predikat kinerja of evaluations from January 2023",
    Evidence.SECONDARY,
)

#: The periods whose predikat is converted: from 1 January 2023, not repealed.
IN_FORCE: Final = InForce(start=date(2023, 1, 1), end=None, source=SRC_IN_FORCE)


class Level(enum.StrEnum):
    """Jenjang jabatan fungsional."""

    PEMULA = "Pemula"
    TERAMPIL = "Terampil"
    MAHIR = "Mahir"
    PENYELIA = "Penyelia"
    AHLI_PERTAMA = "Ahli Pertama"
    AHLI_MUDA = "Ahli Muda"
    AHLI_MADYA = "Ahli Madya"
    AHLI_UTAMA = "Ahli Utama"


@attrs.frozen
class LevelRule:
    """What PermenPANRB 1/2023 and PerBKN 3/2023 fix for one jenjang."""

    level: Level
    category: str
    """"keahlian" or "keterampilan"."""
    grades: str
    """Golongan ruang of the jenjang."""
    coefficient: Decimal
    """Koefisien angka kredit tahunan."""
    rank_threshold: Decimal
    """AK kumulatif for kenaikan pangkat within the jenjang."""
    level_threshold: Decimal | None
    """AK kumulatif for kenaikan jenjang; ``None`` for the top jenjang of its category."""


def _rule(level: Level, category: str, grades: str, coefficient: str, rank: str, up: str | None) -> LevelRule:
    return LevelRule(level, category, grades, Decimal(coefficient), Decimal(rank), None if up is None else Decimal(up))


#: The table of jenjang (SRC_COEFFICIENTS, SRC_THRESHOLDS).
LEVELS: Final = MappingProxyType(
    {
        rule.level: rule
        for rule in (
            _rule(Level.PEMULA, "keterampilan", "II/a", "3.75", "15", "15"),
            _rule(Level.TERAMPIL, "keterampilan", "II/b-II/d", "5", "20", "60"),
            _rule(Level.MAHIR, "keterampilan", "III/a-III/b", "12.5", "50", "100"),
            _rule(Level.PENYELIA, "keterampilan", "III/c-III/d", "25", "100", None),
            _rule(Level.AHLI_PERTAMA, "keahlian", "III/a-III/b", "12.5", "50", "100"),
            _rule(Level.AHLI_MUDA, "keahlian", "III/c-III/d", "25", "100", "200"),
            _rule(Level.AHLI_MADYA, "keahlian", "IV/a-IV/c", "37.5", "150", "450"),
            _rule(Level.AHLI_UTAMA, "keahlian", "IV/d-IV/e", "50", "200", None),
        )
    }
)

#: Percentage of the koefisien by predikat (SRC_PERCENTAGES).
PERCENTAGES: Final = MappingProxyType(
    {
        PerformanceClass.SANGAT_BAIK: 150,
        PerformanceClass.BAIK: 100,
        PerformanceClass.BUTUH_PERBAIKAN: 75,
        PerformanceClass.KURANG: 50,
        PerformanceClass.SANGAT_KURANG: 25,
    }
)


class PartMonths(enum.StrEnum):
    """A period that does not consist of whole calendar months."""

    REJECT = "reject"
    """Default. Periods must run from the first day of a month to the last day of a month; split a period
    where the predikat or the jenjang changes, at a month boundary."""
    BY_DAYS = "by_days"
    """A part of a month counts as the days covered / the days in that month."""


class Accumulation(enum.StrEnum):
    """How the periods are added up."""

    ROUNDED = "rounded"
    """Default. Each period's value is rounded (half-up, 2 decimals) and the rounded values are added, as
    the BKN example does (18.75 + 2.08 = 20.83)."""
    EXACT = "exact"
    """The exact values are added and only the total is rounded."""


def _part_months(value: PartMonths | str) -> PartMonths:
    return enum_member(PartMonths, value, "CreditPolicies.part_months")


def _accumulation(value: Accumulation | str) -> Accumulation:
    return enum_member(Accumulation, value, "CreditPolicies.accumulation")


def _rounding(value: RoundingPolicy) -> RoundingPolicy:
    if not isinstance(value, RoundingPolicy):
        raise InvalidTypeError("CreditPolicies.rounding", value, "a RoundingPolicy")
    return value


@attrs.frozen(kw_only=True)
class CreditPolicies:
    """The choices the sources leave open for angka kredit."""

    part_months: PartMonths = attrs.field(default=PartMonths.REJECT, converter=_part_months)
    accumulation: Accumulation = attrs.field(default=Accumulation.ROUNDED, converter=_accumulation)
    rounding: RoundingPolicy = attrs.field(default=RoundingPolicy(places=2, mode=Rounding.HALF_UP), converter=_rounding)

    def replace(self, **changes: Any) -> CreditPolicies:
        """A copy with some policies changed; unknown names raise an error listing the valid ones."""
        return replace_policies(self, changes)

    def to_dict(self) -> dict[str, str | dict[str, str | int]]:
        """Plain-dict form."""
        return {
            "part_months": self.part_months.value,
            "accumulation": self.accumulation.value,
            "rounding": {"places": self.rounding.places, "mode": self.rounding.mode.value},
        }


def _class(value: PerformanceClass | str) -> PerformanceClass:
    return performance_class(value, "CreditPeriod.predikat")


def _level(value: Level | str) -> Level:
    return enum_member(Level, value, "CreditPeriod.level")


@attrs.frozen
class CreditPeriod:
    """A period with the predikat given for it and the jenjang held in it."""

    period: AppraisalPeriod = attrs.field(validator=instance_of(AppraisalPeriod))
    predikat: PerformanceClass = attrs.field(converter=_class)
    level: Level = attrs.field(converter=_level)


@attrs.frozen(kw_only=True)
class CreditRow:
    """The angka kredit of one period."""

    period: AppraisalPeriod
    predikat: PerformanceClass
    level: Level
    months: Fraction
    """Calendar months counted (a fraction only under ``part_months=by_days``)."""
    percentage: int
    coefficient: Decimal
    value: Decimal
    """Angka kredit of the period, rounded."""


@attrs.frozen(kw_only=True)
class CreditResult:
    """Angka kredit of the periods, the total with the credit already held, and the thresholds of the last jenjang."""

    rows: tuple[CreditRow, ...]
    initial: Decimal
    total: Decimal
    level: Level
    """The jenjang of the last period, whose thresholds are reported."""
    rank_threshold: Decimal
    rank_reached: bool
    """Whether the total reaches the AK kumulatif for kenaikan pangkat."""
    level_threshold: Decimal | None
    level_reached: bool | None
    """Whether the total reaches the AK kumulatif for kenaikan jenjang (``None`` for a top jenjang)."""
    policies: CreditPolicies
    explanation: Explanation

    def render(self) -> str:
        """The credit as plain text."""
        lines = ["Angka kredit (PermenPANRB 1/2023, PerBKN 3/2023)"]
        lines.extend(
            f"  {row.period}  {row.level.value:<13} {row.predikat.value:<16} {_months_text(row.months):>6} bulan x "
            f"{row.percentage} % x {row.coefficient} / 12 = {row.value}"
            for row in self.rows
        )
        lines.append(f"Total (with {self.initial} held before): {self.total}")
        reached = "reached" if self.rank_reached else "not reached"
        lines.append(f"AK kumulatif for kenaikan pangkat ({self.level.value}): {self.rank_threshold}, {reached}")
        if self.level_threshold is None:
            lines.append(f"{self.level.value} is the top jenjang: no kenaikan jenjang")
        else:
            reached = "reached" if self.level_reached else "not reached"
            lines.append(f"AK kumulatif for kenaikan jenjang: {self.level_threshold}, {reached}")
        lines += ["", "How each figure was obtained:", self.explanation.render()]
        return "\n".join(lines)


def _months_text(months: Fraction) -> str:
    return str(months.numerator) if months.denominator == 1 else f"{months.numerator}/{months.denominator}"


def months_in(
    period: AppraisalPeriod, part_months: PartMonths | str = PartMonths.REJECT, field: str = "period"
) -> Fraction:
    """Calendar months in ``period``: whole months, or (``by_days``) part-months as a fraction of their days.

    >>> months_in(AppraisalPeriod(date(2024, 1, 1), date(2024, 2, 29)))
    Fraction(2, 1)
    >>> months_in(AppraisalPeriod(date(2024, 1, 1), date(2024, 2, 14)), "by_days")
    Fraction(43, 29)
    """
    check_not_too_late(period.end, f"{field}.end")
    whole = period.whole_months()
    if whole is not None:
        return Fraction(whole)
    if enum_member(PartMonths, part_months, "part_months") is PartMonths.REJECT:
        raise InvalidInputError(
            field,
            str(period),
            "whole calendar months (from the first day of a month to the last day of a month); split the period at "
            "a month boundary, or use the policy part_months='by_days'",
        )
    months = Fraction(0)
    day = period.start
    while day <= period.end:
        days_in_month = monthrange(day.year, day.month)[1]
        month_end = date(day.year, day.month, days_in_month)
        last = min(month_end, period.end)
        months += Fraction((last - day).days + 1, days_in_month)
        day = last + timedelta(days=1)
    return months


def _periods(value: Iterable[CreditPeriod]) -> tuple[CreditPeriod, ...]:
    return as_tuple(value)


@attrs.frozen
class _Input:
    """Validates the arguments of :func:`credit` with field names."""

    periods: tuple[CreditPeriod, ...] = attrs.field(
        converter=_periods, validator=tuple_of(CreditPeriod, non_empty=True)
    )
    initial: Decimal = attrs.field(converter=to_decimal, validator=number(low=0))


def credit(
    periods: Sequence[CreditPeriod],
    *,
    initial: Decimal | int | str = 0,
    policies: CreditPolicies | None = None,
    allow_outside_in_force: bool = False,
) -> CreditResult:
    """Angka kredit of ``periods`` (in order, not overlapping), added to the ``initial`` credit already held.

    Raises:
        NotInForceError: a period before 2023 (unless ``allow_outside_in_force``).
        InvalidInputError: periods out of order or overlapping, a part-month under ``part_months=reject``.
    """
    try:
        checked = _Input(periods, initial)
    except InvalidInputError as error:
        raise type(error)(error.field.replace("_Input.", ""), error.value, error.allowed) from None
    chosen = CreditPolicies() if policies is None else policies
    if not isinstance(chosen, CreditPolicies):
        raise InvalidTypeError("policies", chosen, "a CreditPolicies")
    previous: CreditPeriod | None = None
    for index, item in enumerate(checked.periods):
        span = item.period
        if not allow_outside_in_force and not IN_FORCE.covers(span.start, span.end):
            raise NotInForceError("permenpanrb_1_2023", span.start, span.end, str(IN_FORCE))
        if previous is not None and span.start <= previous.period.end:
            raise InconsistentInputError(
                f"periods[{index}].period",
                str(span),
                f"a period starting after the previous one ends ({previous.period.end.isoformat()})",
            )
        previous = item
    stage = RoundingStage.FORM if chosen.accumulation is Accumulation.ROUNDED else RoundingStage.FINAL
    sheet = Sheet(chosen.rounding, stage)
    rows, figures = [], []
    for index, item in enumerate(checked.periods):
        months = months_in(item.period, chosen.part_months, f"periods[{index}].period")
        rule = LEVELS[item.level]
        percentage = PERCENTAGES[item.predikat]
        figure = sheet.figure(
            f"periods[{index}].value",
            f"Angka kredit {item.period} ({item.level.value}, {item.predikat.value})",
            "bulan / 12 x persentase predikat x koefisien",
            [("bulan", months), ("persentase", f"{percentage} %"), ("koefisien", rule.coefficient)],
            months / 12 * Fraction(percentage, 100) * to_fraction(rule.coefficient),
            SRC_PERIOD if item.period.whole_months() is not None else SRC_PERIOD_BY_DAYS,
        )
        figures.append(figure)
        rows.append(
            CreditRow(
                period=item.period,
                predikat=item.predikat,
                level=item.level,
                months=months,
                percentage=percentage,
                coefficient=rule.coefficient,
                value=figure.printed,
            )
        )
    total = sheet.figure(
        "total",
        "Angka kredit kumulatif",
        "angka kredit held before + the periods' angka kredit",
        [("held before", checked.initial), *[(f"period {i + 1}", figure) for i, figure in enumerate(figures)]],
        to_fraction(checked.initial) + sum((figure.carried for figure in figures), Fraction(0)),
        SRC_ROUNDING,
    )
    last = LEVELS[checked.periods[-1].level]
    basis = to_fraction(total.printed)
    return CreditResult(
        rows=tuple(rows),
        initial=checked.initial,
        total=total.printed,
        level=last.level,
        rank_threshold=last.rank_threshold,
        rank_reached=basis >= last.rank_threshold,
        level_threshold=last.level_threshold,
        level_reached=None if last.level_threshold is None else basis >= last.level_threshold,
        policies=chosen,
        explanation=Explanation(tuple(sheet.steps)),
    )
