"""The sanction path of PP 30/2019 Pasal 56-58: which step a predikat history leads to.

The path: a low predikat gives six months to improve; no improvement after them leads to a competency
test (uji kompetensi); after the test the PNS may be moved to a position matching the result or to a
lower one, and without a vacancy placed temporarily for at most a year and then honourably discharged
(Pasal 58 ayat (5)). This module says which step the history has reached and lists what persons
decide at that step; it decides nothing itself. No "three consecutive years" rule was found in any
source, and none is applied.

>>> from datetime import date
>>> from skpcalc.period import AppraisalPeriod
>>> year = AppraisalPeriod(date(2023, 1, 1), date(2023, 12, 31))
>>> path = sanction_path([PredikatRecord(year, "Kurang")], "fungsional")
>>> path.step.value, path.improvement_ends
('improvement_period', datetime.date(2024, 6, 30))
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Final

import attrs
from dateutil.relativedelta import relativedelta

from skpcalc._validate import as_tuple, enum_member, instance_of, tuple_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError
from skpcalc.followup._dates import check_not_too_late
from skpcalc.followup.predikat import PerformanceClass, performance_class
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.base import Evidence, Source

__all__ = [
    "LOW_CLASSES",
    "SRC_SANCTIONS",
    "PositionGroup",
    "PredikatRecord",
    "SanctionAssessment",
    "Step",
    "sanction_path",
]

SRC_SANCTIONS: Final = Source(
    "PP 30/2019 Pasal 56-58: a PNS who does not meet the target may be sanctioned up to dismissal; pejabat "
    "administrasi and fungsional with predikat Kurang or Sangat Kurang, and a JPT not meeting the perjanjian "
    "kinerja for one year in a position with predikat Cukup (Butuh Perbaikan), Kurang or Sangat Kurang, get six "
    "months to improve; without improvement a competency test; then another or a lower position, or, without a "
    "vacancy, a temporary placement of at most one year and 'diberhentikan dengan hormat' (Pasal 58 ayat (5))",
    Evidence.SECONDARY,
)

#: Months given to improve after the triggering predikat.
IMPROVEMENT_MONTHS: Final = 6


class PositionGroup(enum.StrEnum):
    """The groups of positions PP 30/2019 Pasal 57-58 treat differently."""

    SENIOR_EXECUTIVE = "pimpinan_tinggi"
    """Jabatan pimpinan tinggi (JPT)."""
    ADMINISTRATIVE = "administrasi"
    """Jabatan administrasi."""
    FUNCTIONAL = "fungsional"
    """Jabatan fungsional."""


#: The predikat that start the path, by position group.
LOW_CLASSES: Final = {
    PositionGroup.SENIOR_EXECUTIVE: frozenset(
        {PerformanceClass.BUTUH_PERBAIKAN, PerformanceClass.KURANG, PerformanceClass.SANGAT_KURANG}
    ),
    PositionGroup.ADMINISTRATIVE: frozenset({PerformanceClass.KURANG, PerformanceClass.SANGAT_KURANG}),
    PositionGroup.FUNCTIONAL: frozenset({PerformanceClass.KURANG, PerformanceClass.SANGAT_KURANG}),
}


class Step(enum.StrEnum):
    """The step of the path a history has reached."""

    NONE = "none"
    """No step applies."""
    IMPROVEMENT = "improvement_period"
    """Six months to improve ("diberikan kesempatan selama 6 (enam) bulan untuk memperbaiki kinerjanya")."""
    COMPETENCY_TEST = "competency_test"
    """No improvement after the six months: a competency test ("uji kompetensi")."""
    REASSIGNMENT = "reassignment"
    """After the competency test: another position matching the result, or a lower one."""


def _class(value: PerformanceClass | str) -> PerformanceClass:
    return performance_class(value, "PredikatRecord.predikat")


@attrs.frozen
class PredikatRecord:
    """The predikat given for a period."""

    period: AppraisalPeriod = attrs.field(validator=instance_of(AppraisalPeriod))
    predikat: PerformanceClass = attrs.field(converter=_class)


_DECISIONS: Final = {
    Step.NONE: (),
    Step.IMPROVEMENT: ("the guidance given during the six months, by the atasan and the pejabat penilai kinerja",),
    Step.COMPETENCY_TEST: ("holding the competency test, by the Pejabat Pembina Kepegawaian",),
    Step.REASSIGNMENT: (
        "moving the PNS to a position matching the test result, or to a lower one, by the Pejabat Pembina Kepegawaian",
        (
            "without a vacancy: a temporary placement of at most one year, after which the PNS is 'diberhentikan "
            "dengan hormat' (Pasal 58 ayat (5)) unless a vacancy is found"
        ),
    ),
}


def _decisions(step: Step, group: PositionGroup) -> tuple[str, ...]:
    """What persons decide at ``step``; the temporary placement applies to pejabat administrasi and fungsional."""
    decisions = _DECISIONS[step]
    if step is Step.REASSIGNMENT and group is PositionGroup.SENIOR_EXECUTIVE:
        return decisions[:1]
    return decisions


@attrs.frozen(kw_only=True)
class SanctionAssessment:
    """The step a predikat history has reached, with the reasons and what persons decide next."""

    step: Step
    position: PositionGroup
    trigger: PredikatRecord | None
    """The record that started the path (``None`` when no step applies)."""
    improvement_ends: date | None
    """Last day of the six months to improve."""
    reasons: tuple[str, ...]
    decisions: tuple[str, ...]
    """What persons decide at this step; skpcalc decides none of it."""
    source: Source

    def render(self) -> str:
        """The assessment as plain text."""
        lines = [f"Sanction path (PP 30/2019 Pasal 56-58), {self.position.value}: {self.step.value}"]
        lines += [f"  - {reason}" for reason in self.reasons]
        lines += [f"  decided by a person: {decision}" for decision in self.decisions]
        lines.append(f"  source: {self.source}")
        return "\n".join(lines)


def _records(value: Iterable[PredikatRecord]) -> tuple[PredikatRecord, ...]:
    return as_tuple(value)


def _position(value: PositionGroup | str) -> PositionGroup:
    return enum_member(PositionGroup, value, "position")


@attrs.frozen
class _Input:
    history: tuple[PredikatRecord, ...] = attrs.field(
        converter=_records, validator=tuple_of(PredikatRecord, non_empty=False)
    )
    position: PositionGroup = attrs.field(converter=_position)


def _checked(history: Sequence[PredikatRecord], position: PositionGroup | str) -> _Input:
    try:
        checked = _Input(history, position)
    except InvalidInputError as error:
        raise type(error)(error.field.replace("_Input.", ""), error.value, error.allowed) from None
    for index, record in enumerate(checked.history):
        check_not_too_late(record.period.end, f"history[{index}].period.end")
    for index, (before, after) in enumerate(itertools.pairwise(checked.history), start=1):
        if after.period.start <= before.period.end:
            raise InconsistentInputError(
                f"history[{index}].period",
                str(after.period),
                f"a period starting after the previous one ends ({before.period.end.isoformat()})",
            )
    return checked


def _six_months_after(period: AppraisalPeriod) -> date:
    """The last day of the six months following ``period`` (31 December -> 30 June, 30 June -> 31 December)."""
    return period.end + timedelta(days=1) + relativedelta(months=IMPROVEMENT_MONTHS) - timedelta(days=1)


@attrs.define
class _Walk:
    """The state of the path while the history is read in order."""

    group: PositionGroup
    step: Step = Step.NONE
    trigger: PredikatRecord | None = None
    ends: date | None = None
    reasons: list[str] = attrs.Factory(list)

    def read(self, record: PredikatRecord) -> None:
        low = record.predikat in LOW_CLASSES[self.group]
        if self.step is Step.NONE:
            months = record.period.whole_months()
            whole_year = months is not None and months >= 12  # "selama 1 (satu) tahun"
            if low and (self.group is not PositionGroup.SENIOR_EXECUTIVE or whole_year):
                self.step, self.trigger, self.ends = Step.IMPROVEMENT, record, _six_months_after(record.period)
                self.reasons = [
                    f"predikat {record.predikat.value} for {record.period}: six months to improve, to {self.ends}"
                ]
            elif low:
                self.reasons = [
                    f"predikat {record.predikat.value} for {record.period}: a JPT's path starts from a whole year"
                ]
        elif self.step is Step.IMPROVEMENT and self.ends is not None and record.period.end >= self.ends:
            if low:
                self.step = Step.COMPETENCY_TEST
                self.reasons.append(
                    f"still {record.predikat.value} for {record.period}: no improvement, competency test"
                )
            else:
                self.reasons.append(f"{record.predikat.value} for {record.period}: improved, the path ends")
                self.step, self.trigger, self.ends = Step.NONE, None, None


def sanction_path(
    history: Sequence[PredikatRecord], position: PositionGroup | str, *, competency_test_taken: bool = False
) -> SanctionAssessment:
    """The step of the sanction path that ``history`` (in order, not overlapping) has reached.

    For a JPT only a predikat for a whole year (12 calendar months) in the position starts the path. A
    record ending on or after the last day of the six months decides whether the PNS improved: a predikat
    no longer low ends the path, a low one leads to the competency test. With ``competency_test_taken``,
    a history at the competency test reaches the reassignment step.
    """
    checked = _checked(history, position)
    if not isinstance(competency_test_taken, bool):
        raise InvalidTypeError("competency_test_taken", competency_test_taken, "True or False")
    walk = _Walk(checked.position)
    for record in checked.history:
        walk.read(record)
    if competency_test_taken:
        if walk.step is not Step.COMPETENCY_TEST:
            raise InconsistentInputError(
                "competency_test_taken",
                True,  # noqa: FBT003 (the offending value)
                f"False: the history leads to {walk.step.value!r}, not to a competency test",
            )
        walk.step = Step.REASSIGNMENT
        walk.reasons.append("the competency test has been taken: reassignment by its result")
    if walk.step is Step.IMPROVEMENT:
        walk.reasons.append(f"a predikat for a period ending on or after {walk.ends} decides whether the PNS improved")
    return SanctionAssessment(
        step=walk.step,
        position=checked.position,
        trigger=walk.trigger,
        improvement_ends=walk.ends,
        reasons=tuple(walk.reasons),
        decisions=_decisions(walk.step, checked.position),
        source=SRC_SANCTIONS,
    )
