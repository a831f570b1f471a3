"""Inputs of a PermenPANRB 6/2022 evaluation (evaluasi kinerja pegawai), as frozen value objects.

Under PermenPANRB 6/2022 the Pejabat Penilai Kinerja gives a rating hasil kerja and a rating perilaku
kerja, each Di Atas, Sesuai or Di Bawah Ekspektasi; a matrix turns the pair into the predikat kinerja
pegawai. The SKP (rencana hasil kerja with indikator kinerja individu, and the seven BerAKHLAK core
values) is recorded here so that ratings can be derived from per-item ratings when the assessor
gives those instead.
"""

from __future__ import annotations

import enum
from calendar import monthrange
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from skpcalc._validate import as_tuple, enum_member, field_name, instance_of, text, tuple_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError
from skpcalc.numeric import check_converted, to_decimal
from skpcalc.period import AppraisalPeriod

__all__ = [
    "Approach",
    "Aspect",
    "BehaviourValue",
    "CoreValue",
    "EmployeeEvaluation",
    "EvaluationPeriod",
    "Indicator",
    "OrganisationPredikat",
    "Rating",
    "ResultKind",
    "Skp",
    "UnitEvaluation",
    "WorkResult",
]


class Rating(enum.StrEnum):
    """Rating hasil kerja or rating perilaku kerja (PermenPANRB 6/2022, Anak Lampiran 4)."""

    ABOVE = "Di Atas Ekspektasi"
    MEETS = "Sesuai Ekspektasi"
    BELOW = "Di Bawah Ekspektasi"


class OrganisationPredikat(enum.StrEnum):
    """Predikat kinerja organisasi (SE MenPANRB 3/2023), best first."""

    ISTIMEWA = "Istimewa"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    """Also called "Cukup" in SE MenPANRB 3/2023 ("Butuh Perbaikan (Cukup)")."""
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


class Aspect(enum.StrEnum):
    """Aspect of an indikator kinerja individu."""

    QUANTITY = "kuantitas"
    QUALITY = "kualitas"
    TIME = "waktu"
    COST = "biaya"


class Approach(enum.StrEnum):
    """Approach of the SKP's indicators ("pendekatan hasil kerja kuantitatif / kualitatif")."""

    QUANTITATIVE = "kuantitatif"
    QUALITATIVE = "kualitatif"


class ResultKind(enum.StrEnum):
    """Rencana hasil kerja utama (main) or tambahan (additional)."""

    MAIN = "utama"
    ADDITIONAL = "tambahan"


class CoreValue(enum.StrEnum):
    """The seven core values of ASN, BerAKHLAK, against which perilaku kerja is rated."""

    SERVICE = "Berorientasi Pelayanan"
    ACCOUNTABLE = "Akuntabel"
    COMPETENT = "Kompeten"
    HARMONIOUS = "Harmonis"
    LOYAL = "Loyal"
    ADAPTIVE = "Adaptif"
    COLLABORATIVE = "Kolaboratif"


class EvaluationPeriod(enum.StrEnum):
    """Kind of evaluation period: periodic (monthly, quarterly, semester) or annual."""

    MONTHLY = "bulanan"
    QUARTERLY = "triwulanan"
    SEMESTER = "semesteran"
    ANNUAL = "tahunan"

    @property
    def months(self) -> int:
        """Length of one period in months."""
        return {"bulanan": 1, "triwulanan": 3, "semesteran": 6, "tahunan": 12}[self.value]

    def periods(self, year: int) -> tuple[AppraisalPeriod, ...]:
        """The periods of this kind in a calendar year, in order, as inclusive date ranges.

        >>> [str(p) for p in EvaluationPeriod.SEMESTER.periods(2023)]
        ['2023-01-01 to 2023-06-30', '2023-07-01 to 2023-12-31']
        """
        periods = []
        for first in range(1, 13, self.months):
            last = first + self.months - 1
            periods.append(AppraisalPeriod(date(year, first, 1), date(year, last, monthrange(year, last)[1])))
        return tuple(periods)


def _result_rating(value: Rating | str | None) -> Rating | None:
    return None if value is None else enum_member(Rating, value, "WorkResult.rating")


def _value_rating(value: Rating | str | None) -> Rating | None:
    return None if value is None else enum_member(Rating, value, "BehaviourValue.rating")


def _work_rating(value: Rating | str | None) -> Rating | None:
    return None if value is None else enum_member(Rating, value, "EmployeeEvaluation.work_rating")


def _behaviour_rating(value: Rating | str | None) -> Rating | None:
    return None if value is None else enum_member(Rating, value, "EmployeeEvaluation.behaviour_rating")


def _aspect(value: Aspect | str) -> Aspect:
    return enum_member(Aspect, value, "Indicator.aspect")


def _kind(value: ResultKind | str) -> ResultKind:
    return enum_member(ResultKind, value, "WorkResult.kind")


def _core_value(value: CoreValue | str) -> CoreValue:
    return enum_member(CoreValue, value, "BehaviourValue.value")


def _approach(value: Approach | str) -> Approach:
    return enum_member(Approach, value, "Skp.approach")


def _period_kind(value: EvaluationPeriod | str) -> EvaluationPeriod:
    return enum_member(EvaluationPeriod, value, "EmployeeEvaluation.period_kind")


def organisation_predikat(value: OrganisationPredikat | str, field: str) -> OrganisationPredikat:
    """The organisation predikat given as a member or its text; "Cukup" is read as Butuh Perbaikan."""
    if isinstance(value, str) and " ".join(value.split()).casefold() == "cukup":
        return OrganisationPredikat.BUTUH_PERBAIKAN  # SE MenPANRB 3/2023 writes "Butuh Perbaikan (Cukup)"
    return enum_member(OrganisationPredikat, value, field)


def _organisation(value: OrganisationPredikat | str) -> OrganisationPredikat:
    return organisation_predikat(value, "UnitEvaluation.organisation_predikat")


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        text(instance, attribute, value)


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    return as_tuple(value)


def _check_texts(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    tuple_of(str, non_empty=False)(instance, attribute, value)
    for item in value:
        if not item or item != item.strip():
            raise InvalidInputError(field_name(instance, attribute), item, "non-empty strings without outer spaces")


@attrs.frozen(kw_only=True)
class Indicator:
    """Indikator kinerja individu (IKI) of a rencana hasil kerja: aspect and target, as written in the SKP."""

    name: str = attrs.field(validator=text)
    aspect: Aspect = attrs.field(converter=_aspect)
    target: str = attrs.field(validator=text)
    """The target as written, e.g. ``"2 dokumen"`` or ``"100 %"`` (quantitative or qualitative)."""
    realisation: str | None = attrs.field(default=None, validator=_optional_text)
    """The realisation as recorded (bukti dukung), if any."""


def _indicators(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return as_tuple(value)


@attrs.frozen(kw_only=True)
class WorkResult:
    """Rencana hasil kerja (RHK), utama or tambahan, with its indicators and, optionally, its rating."""

    name: str = attrs.field(validator=text)
    kind: ResultKind = attrs.field(converter=_kind)
    indicators: tuple[Indicator, ...] = attrs.field(
        converter=_indicators, validator=tuple_of(Indicator, non_empty=True)
    )
    intervened_leader_result: str | None = attrs.field(default=None, validator=_optional_text)
    """The leader's RHK this result supports ("rencana hasil kerja pimpinan yang diintervensi")."""
    rating: Rating | None = attrs.field(default=None, converter=_result_rating)
    """The assessor's rating of this result, when ratings are derived from per-result ratings."""


@attrs.frozen(kw_only=True)
class BehaviourValue:
    """One BerAKHLAK core value in the SKP: behaviour guides, the leader's expectation, and a rating."""

    value: CoreValue = attrs.field(converter=_core_value)
    guides: tuple[str, ...] = attrs.field(default=(), converter=_texts, validator=_check_texts)
    """Panduan perilaku (behaviour guides) of the value, as written in the SKP."""
    leader_expectation: str | None = attrs.field(default=None, validator=_optional_text)
    """Ekspektasi khusus pimpinan, if the leader set one."""
    rating: Rating | None = attrs.field(default=None, converter=_value_rating)


def _work_results(value: Iterable[WorkResult]) -> tuple[WorkResult, ...]:
    return as_tuple(value)


def _behaviour_values(value: Iterable[BehaviourValue]) -> tuple[BehaviourValue, ...]:
    return as_tuple(value)


def _check_behaviours(instance: object, attribute: attrs.Attribute[tuple[BehaviourValue, ...]], value: object) -> None:
    tuple_of(BehaviourValue, non_empty=True)(instance, attribute, value)
    given = [item.value for item in value] if isinstance(value, tuple) else []
    if sorted(given) != sorted(CoreValue) or len(given) != len(CoreValue):
        raise InvalidInputError(
            field_name(instance, attribute),
            [str(item) for item in given],
            "each of the seven BerAKHLAK core values exactly once: " + ", ".join(CoreValue),
        )


@attrs.frozen(kw_only=True)
class Skp:
    """SKP of PermenPANRB 6/2022: rencana hasil kerja (at least one utama) and the seven core values."""

    approach: Approach = attrs.field(converter=_approach)
    work_results: tuple[WorkResult, ...] = attrs.field(
        converter=_work_results, validator=tuple_of(WorkResult, non_empty=True)
    )
    behaviours: tuple[BehaviourValue, ...] = attrs.field(converter=_behaviour_values, validator=_check_behaviours)

    def __attrs_post_init__(self) -> None:
        if not any(item.kind is ResultKind.MAIN for item in self.work_results):
            raise InconsistentInputError(
                "Skp.work_results", [item.kind.value for item in self.work_results], "at least one RHK utama"
            )


def _optional_skp(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Skp):
        raise InvalidTypeError(field_name(instance, attribute), value, "an Skp or None")


def _optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    return None if value is None else to_decimal(value)


def _check_optional_number(instance: object, attribute: attrs.Attribute[Decimal | None], value: object) -> None:
    if value is not None:
        check_converted(field_name(instance, attribute), value)  # type: ignore[arg-type]


def _check_period(instance: object, attribute: attrs.Attribute[AppraisalPeriod], value: object) -> None:
    instance_of(AppraisalPeriod)(instance, attribute, value)


@attrs.frozen(kw_only=True)
class EmployeeEvaluation:
    """Evaluation of one employee (PNS or PPPK) for one period.

    Give ``work_rating`` and ``behaviour_rating`` directly, or leave them ``None`` and give an ``skp``
    whose results and core values carry ratings, to be combined by the rule set's derivation policies.
    The ``period`` must be one of the periods of ``period_kind`` (e.g. a calendar quarter).
    """

    employee: str = attrs.field(validator=text)
    """Identifier of the employee (NIP or name), unique within a unit."""
    period: AppraisalPeriod = attrs.field(validator=_check_period)
    period_kind: EvaluationPeriod = attrs.field(converter=_period_kind)
    work_rating: Rating | None = attrs.field(default=None, converter=_work_rating)
    """Rating hasil kerja as given by the assessor."""
    behaviour_rating: Rating | None = attrs.field(default=None, converter=_behaviour_rating)
    """Rating perilaku kerja as given by the assessor."""
    skp: Skp | None = attrs.field(default=None, validator=_optional_skp)
    ranking_value: Decimal | None = attrs.field(
        default=None, converter=_optional_decimal, validator=_check_optional_number
    )
    """Any number the caller ranks by after the predikat (higher first); not a regulatory figure."""

    def __attrs_post_init__(self) -> None:
        if self.period not in self.period_kind.periods(self.period.start.year):
            raise InconsistentInputError(
                "EmployeeEvaluation.period",
                str(self.period),
                f"one of the {self.period_kind.value} periods of {self.period.start.year}: "
                + ", ".join(str(p) for p in self.period_kind.periods(self.period.start.year)),
            )


def _employees(value: Iterable[EmployeeEvaluation]) -> tuple[EmployeeEvaluation, ...]:
    return as_tuple(value)


@attrs.frozen(kw_only=True)
class UnitEvaluation:
    """A unit's evaluations for one period, with the predikat kinerja organisasi set for the unit.

    ``leader`` names the employee who leads the unit, if that person is among those evaluated: the
    leader's rating hasil kerja is taken from the organisation's predikat (SE MenPANRB 3/2023).
    """

    unit: str = attrs.field(validator=text)
    organisation_predikat: OrganisationPredikat = attrs.field(converter=_organisation)
    employees: tuple[EmployeeEvaluation, ...] = attrs.field(
        converter=_employees, validator=tuple_of(EmployeeEvaluation, non_empty=True)
    )
    leader: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        names = [item.employee for item in self.employees]
        seen: set[str] = set()
        for index, name in enumerate(names):
            if name in seen:
                raise InconsistentInputError(
                    f"UnitEvaluation.employees[{index}].employee", name, "an identifier not used before in the unit"
                )
            seen.add(name)
            if self.employees[index].period != self.employees[0].period:
                raise InconsistentInputError(
                    f"UnitEvaluation.employees[{index}].period",
                    str(self.employees[index].period),
                    f"the unit's period, {self.employees[0].period}",
                )
        if self.leader is not None and self.leader not in seen:
            raise InconsistentInputError(
                "UnitEvaluation.leader", self.leader, "the identifier of an evaluated employee"
            )
        given = [item.ranking_value is not None for item in self.employees]
        if any(given) and not all(given):
            index = given.index(False)
            raise InconsistentInputError(
                f"UnitEvaluation.employees[{index}].ranking_value",
                None,
                "a number, as other employees of the unit have one (give a ranking value to all or to none)",
            )

    @property
    def period(self) -> AppraisalPeriod:
        """The period all evaluations of the unit share."""
        return self.employees[0].period
