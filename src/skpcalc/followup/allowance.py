"""Tunjangan kinerja: the amount payable after an appraisal, under an agency's rule.

No national rule links the predikat to the tunjangan kinerja; each agency's regulation does. A rule
here is a value object with its citation: a table of the percentage payable per predikat
(:class:`PredikatTableRule`) or per band of a numeric score (:class:`ScoreBandRule`). The published
rules ship as named instances (:data:`ALLOWANCE_RULES`); an agency adds its own by building one of
these classes, or any object with the same ``payable`` method, without changing the library.

Money is whole rupiah: the base must be a whole number of rupiah, and the amount payable is
``base x percentage / 100`` rounded to the rupiah **down** by default (never more than the
entitlement; policy ``rupiah_rounding``).

>>> from datetime import date
>>> from skpcalc.period import AppraisalPeriod
>>> year = AppraisalPeriod(date(2024, 1, 1), date(2024, 12, 31))
>>> paid = PERMENLHK_6_2024.payable("Kurang", 5000000, year)
>>> paid.percentage, paid.payable, paid.cut, str(paid.applies_to)
(Decimal('85'), Decimal('4250000'), Decimal('750000'), '2025-01-01 to 2025-12-31')
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, Protocol, runtime_checkable

import attrs

from skpcalc._validate import enum_member, instance_of, text
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError, OutOfRangeError
from skpcalc.explain import Explanation, Step
from skpcalc.followup._dates import check_not_too_late
from skpcalc.followup.predikat import CLASS_ORDER, PerformanceClass, performance_class
from skpcalc.numeric import Rounding, RoundingPolicy, parse_number, quantize, to_fraction
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.base import Evidence, Source

__all__ = [
    "ALLOWANCE_RULES",
    "PERBAN_BAKAMLA_1_2023",
    "PERMENLHK_6_2024",
    "PMA_29_2016",
    "AllowanceResult",
    "AllowanceRule",
    "PredikatTableRule",
    "ScoreBandRule",
    "Timing",
    "get_allowance_rule",
]


class Timing(enum.StrEnum):
    """When the amount applies, relative to the period the predikat or score is for."""

    SAME_PERIOD = "same_period"
    """The tunjangan of the period assessed (e.g. a monthly cut)."""
    NEXT_YEAR = "next_year"
    """The tunjangan of the calendar year after the one the period ends in."""


@attrs.frozen(kw_only=True)
class AllowanceResult:
    """The amount payable under one rule, and why."""

    rule: str
    """Key of the rule applied."""
    basis: str
    """The predikat (its class) or the score the rule was applied to, as written."""
    base: Decimal
    """The tunjangan kinerja before the rule (whole rupiah)."""
    percentage: Decimal
    """Percentage of the base payable."""
    payable: Decimal
    """Amount payable, whole rupiah."""
    cut: Decimal
    """Base minus payable."""
    applies_to: AppraisalPeriod
    """The period whose tunjangan the amount is."""
    explanation: Explanation

    def render(self) -> str:
        """The amount as plain text."""
        return "\n".join(
            [
                f"Tunjangan kinerja under {self.rule}: {self.basis}",
                (
                    f"  base {self.base} x {self.percentage} % = {self.payable} payable (cut {self.cut}), "
                    f"for {self.applies_to}"
                ),
                "",
                self.explanation.render(),
            ]
        )


@runtime_checkable
class AllowanceRule(Protocol):
    """What an allowance rule provides; an agency's own rule needs only these."""

    @property
    def key(self) -> str:
        """Identifier of the rule."""
        ...

    @property
    def source(self) -> Source:
        """The regulation and article the rule implements."""
        ...

    def payable(
        self,
        assessment: Any,
        base: Decimal | int | str,
        period: AppraisalPeriod,
        *,
        rupiah_rounding: Rounding | str = Rounding.DOWN,
    ) -> AllowanceResult:
        """The amount payable for ``assessment`` (a predikat or a score) on ``base`` rupiah."""
        ...


def _rupiah(value: object, field: str) -> Decimal:
    amount = parse_number(value, field)
    if amount < 0 or amount != amount.to_integral_value():
        raise OutOfRangeError(field, value, "a whole number of rupiah, >= 0")
    return amount


def _applies_to(period: object, timing: Timing) -> AppraisalPeriod:
    if not isinstance(period, AppraisalPeriod):
        raise InvalidTypeError("period", period, "an AppraisalPeriod: the period the predikat or score is for")
    check_not_too_late(period.end, "period.end")
    if timing is Timing.SAME_PERIOD:
        return period
    year = period.end.year + 1
    return AppraisalPeriod(date(year, 1, 1), date(year, 12, 31))


def _settle(
    rule: str,
    basis: str,
    percentage: Decimal,
    base: object,
    period: object,
    timing: Timing,
    source: Source,
    rupiah_rounding: Rounding | str,
) -> AllowanceResult:
    amount = _rupiah(base, "base")
    applies_to = _applies_to(period, timing)
    mode = enum_member(Rounding, rupiah_rounding, "rupiah_rounding")
    exact = to_fraction(amount) * to_fraction(percentage) / 100
    payable = quantize(exact, RoundingPolicy(places=0, mode=mode))
    when = "the same period" if timing is Timing.SAME_PERIOD else "the next year"
    steps = (
        Step(
            key="percentage",
            label="Percentage payable",
            formula=f"{rule}: {basis} -> {percentage} %",
            inputs=[("assessment", basis)],
            exact=to_fraction(percentage),
            value=percentage,
            source=source,
        ),
        Step(
            key="payable",
            label=f"Tunjangan kinerja payable ({when}: {applies_to})",
            formula=f"base x percentage / 100, rounded to the rupiah ({mode.value})",
            inputs=[("base", str(amount)), ("percentage", str(percentage))],
            exact=exact,
            value=payable,
            source=Source(f"{source.reference}; rounding to whole rupiah: policy rupiah_rounding", source.evidence),
        ),
    )
    return AllowanceResult(
        rule=rule,
        basis=basis,
        base=amount,
        percentage=percentage,
        payable=payable,
        cut=amount - payable,
        applies_to=applies_to,
        explanation=Explanation(steps),
    )


def _percent(value: object, field: str) -> Decimal:
    number = parse_number(value, field)
    if not 0 <= number <= 100:
        raise OutOfRangeError(field, value, "a percentage from 0 to 100")
    return number


def _table(value: Mapping[Any, Any]) -> Mapping[PerformanceClass, Decimal]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError("PredikatTableRule.percentages", value, "a mapping of each predikat to a percentage")
    table: dict[PerformanceClass, Decimal] = {}
    for label, percent in value.items():
        member = performance_class(label, "PredikatTableRule.percentages")
        if member in table:  # e.g. "Cukup" and "Butuh Perbaikan", the same class
            raise InconsistentInputError(
                "PredikatTableRule.percentages", label, f"one percentage per predikat; {member.value} is given twice"
            )
        table[member] = _percent(percent, f"PredikatTableRule.percentages[{member.value!r}]")
    missing = [member.value for member in CLASS_ORDER if member not in table]
    if missing:
        raise InvalidInputError("PredikatTableRule.percentages", ", ".join(missing), "a percentage for every predikat")
    ordered = [table[member] for member in CLASS_ORDER]
    if any(worse > better for worse, better in itertools.pairwise(ordered)):
        raise InconsistentInputError(
            "PredikatTableRule.percentages",
            {member.value: str(table[member]) for member in CLASS_ORDER},
            "percentages that never fall as the predikat gets better",
        )
    return MappingProxyType(table)


def _timing(value: Timing | str) -> Timing:
    return enum_member(Timing, value, "timing")


@attrs.frozen(kw_only=True)
class PredikatTableRule:
    """A rule that pays a percentage of the tunjangan per predikat kinerja."""

    key: str = attrs.field(validator=text)
    name: str = attrs.field(validator=text)
    source: Source = attrs.field(validator=instance_of(Source))
    timing: Timing = attrs.field(converter=_timing)
    percentages: Mapping[PerformanceClass, Decimal] = attrs.field(converter=_table)
    """Percentage payable for each of the five predikat; never lower for a better one."""

    def payable(
        self,
        assessment: Any,
        base: Decimal | int | str,
        period: AppraisalPeriod,
        *,
        rupiah_rounding: Rounding | str = Rounding.DOWN,
    ) -> AllowanceResult:
        """The amount payable for a predikat (of any rule set; "Cukup" is Butuh Perbaikan)."""
        member = performance_class(assessment, "assessment")
        given = " ".join(str(assessment).split())
        basis = member.value if given.casefold() == member.value.casefold() else f"{given} (= {member.value})"
        return _settle(
            self.key, basis, self.percentages[member], base, period, self.timing, self.source, rupiah_rounding
        )


def _bands(value: object) -> tuple[tuple[Decimal, Decimal], ...]:
    field = "ScoreBandRule.bands"
    if not isinstance(value, list | tuple) or not value:
        raise InvalidTypeError(field, value, "a non-empty list of (lowest score, percentage) pairs, best band first")
    bands = []
    for index, pair in enumerate(value):
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise InvalidTypeError(f"{field}[{index}]", pair, "a (lowest score, percentage) pair")
        bands.append((parse_number(pair[0], f"{field}[{index}][0]"), _percent(pair[1], f"{field}[{index}][1]")))
    for index, ((high, paid_high), (low, paid_low)) in enumerate(itertools.pairwise(bands), start=1):
        if not (low < high and paid_low <= paid_high):
            raise InconsistentInputError(
                f"{field}[{index}]",
                f"({low}, {paid_low})",
                f"a lower score than {high} with at most {paid_high} %: bands go from the best down",
            )
    return tuple(bands)


def _below(value: object) -> Decimal:
    return _percent(value, "ScoreBandRule.below")


@attrs.frozen(kw_only=True)
class ScoreBandRule:
    """A rule that pays a percentage of the tunjangan by the band a numeric score falls in.

    ``bands`` are ``(lowest score, percentage)`` from the best band down; a score below every band gets
    ``below``. A band includes its lowest score.
    """

    key: str = attrs.field(validator=text)
    name: str = attrs.field(validator=text)
    source: Source = attrs.field(validator=instance_of(Source))
    timing: Timing = attrs.field(converter=_timing)
    bands: tuple[tuple[Decimal, Decimal], ...] = attrs.field(converter=_bands)
    below: Decimal = attrs.field(converter=_below)

    def __attrs_post_init__(self) -> None:
        if self.below > self.bands[-1][1]:
            raise InconsistentInputError(
                "ScoreBandRule.below", self.below, f"at most {self.bands[-1][1]} %, the lowest band's percentage"
            )

    def payable(
        self,
        assessment: Any,
        base: Decimal | int | str,
        period: AppraisalPeriod,
        *,
        rupiah_rounding: Rounding | str = Rounding.DOWN,
    ) -> AllowanceResult:
        """The amount payable for a numeric score (e.g. a nilai prestasi kerja)."""
        score = parse_number(assessment, "assessment")
        percentage = next((paid for lowest, paid in self.bands if score >= lowest), self.below)
        return _settle(self.key, f"score {score}", percentage, base, period, self.timing, self.source, rupiah_rounding)


#: PermenLHK 6/2024 Pasal 19: the tunjangan of the following year by the predikat.
PERMENLHK_6_2024: Final = PredikatTableRule(
    key="permenlhk_6_2024",
    name="PermenLHK 6/2024 Pasal 19",
    source=Source(
        "PermenLHK 6/2024 Pasal 19: predikat cukup atau butuh perbaikan -> 90 %, kurang -> 85 %, sangat kurang -> "
        "80 % of the tunjangan kinerja of the kelas jabatan, in the following year",
        Evidence.PRIMARY,
    ),
    timing=Timing.NEXT_YEAR,
    percentages={"Sangat Baik": 100, "Baik": 100, "Butuh Perbaikan": 90, "Kurang": 85, "Sangat Kurang": 80},
)

#: Perban Bakamla 1/2023 Pasal 11: a monthly cut by the predikat.
PERBAN_BAKAMLA_1_2023: Final = PredikatTableRule(
    key="perban_bakamla_1_2023",
    name="Perban Bakamla 1/2023 Pasal 11",
    source=Source(
        "Peraturan Bakamla 1/2023 Pasal 11: sangat kurang -> cut 2 %, kurang -> cut 1 %, butuh perbaikan, baik and "
        "sangat baik -> no cut",
        Evidence.PRIMARY,
    ),
    timing=Timing.SAME_PERIOD,
    percentages={"Sangat Baik": 100, "Baik": 100, "Butuh Perbaikan": 100, "Kurang": 99, "Sangat Kurang": 98},
)

#: PMA 29/2016 Pasal 14 (Kementerian Agama, PP 46/2011 era): next year's tunjangan by the nilai prestasi kerja.
PMA_29_2016: Final = ScoreBandRule(
    key="pma_29_2016",
    name="PMA 29/2016 Pasal 14",
    source=Source(
        "PMA 29/2016 Pasal 14 (as reproduced by a Kementerian Agama officer): nilai prestasi kerja cukup -> next year "
        "cut 25 %, kurang -> 50 %, buruk -> 75 %; the nilai read on the PP 46/2011 bands (91 Sangat Baik, 76 Baik, "
        "61 Cukup, 51 Kurang, below Buruk; a value between bands in the band below)",
        Evidence.SECONDARY,
    ),
    timing=Timing.NEXT_YEAR,
    bands=((Decimal(76), Decimal(100)), (Decimal(61), Decimal(75)), (Decimal(51), Decimal(50))),
    below=Decimal(25),
)

#: The shipped rules by key.
ALLOWANCE_RULES: Final[Mapping[str, PredikatTableRule | ScoreBandRule]] = MappingProxyType(
    {rule.key: rule for rule in (PERMENLHK_6_2024, PERBAN_BAKAMLA_1_2023, PMA_29_2016)}
)


def get_allowance_rule(key: str) -> PredikatTableRule | ScoreBandRule:
    """The shipped rule registered under ``key``.

    Raises:
        InvalidInputError: no such rule; the error lists the keys there are.
    """
    allowed = f"an allowance rule key, one of {', '.join(ALLOWANCE_RULES)}"
    if not isinstance(key, str):
        raise InvalidTypeError("key", key, allowed)
    try:
        return ALLOWANCE_RULES[key.strip().lower()]
    except KeyError:
        raise InvalidInputError("key", key, allowed) from None
