"""The PP 46/2011 rule set: scores an appraisal figure by figure, recording each step."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import attrs

from skpcalc._validate import flag, instance_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError, NotInForceError, OutOfRangeError
from skpcalc.explain import Explanation, Step, format_exact
from skpcalc.numeric import to_fraction
from skpcalc.rules._sheet import Figure, Input, Sheet
from skpcalc.rules.base import Citation, InForce
from skpcalc.rules.pp46_2011 import interchange
from skpcalc.rules.pp46_2011 import scoring as s
from skpcalc.rules.pp46_2011.model import (
    BEHAVIOUR_ASPECTS,
    Activity,
    Appraisal,
    Behaviour,
    PositionKind,
    Skp,
    StudyLeaveAppraisal,
)
from skpcalc.rules.pp46_2011.policies import (
    LeadershipRule,
    MutasiAggregation,
    NegativeScores,
    Policies,
    PredikatBasis,
    ZeroCostTarget,
)
from skpcalc.rules.pp46_2011.result import ActivityResult, AspectResult, BehaviourResult, Result, SkpResult

__all__ = ["IN_FORCE", "KEY", "Pp46RuleSet"]

KEY: Final = s.KEY
#: From 1 January 2014 (SE MenPAN-RB 02/2013) to 30 June 2021 (the 2021 split year).
IN_FORCE: Final = InForce(start=date(2014, 1, 1), end=date(2021, 6, 30), source=s.SRC_IN_FORCE)

ASPECT_NAMES: Final = BEHAVIOUR_ASPECTS

SKP_WEIGHT: Final = Fraction(60, 100)  # PP 46/2011, Perka BKN 1/2013: unsur SKP bobot 60 %
BEHAVIOUR_WEIGHT: Final = Fraction(40, 100)  # PP 46/2011, Perka BKN 1/2013: unsur perilaku kerja bobot 40 %

_ASPECTS: Final = ("kuantitas", "kualitas", "waktu", "biaya")


class _Sheet(Sheet):
    """The PP 46/2011 form: the shared sheet, plus the predikat of a figure under the gap policies."""

    def __init__(self, policies: Policies) -> None:
        super().__init__(policies.rounding, policies.rounding_stage)
        self.policies = policies

    def predikat(self, key: str, of: str, figure: Figure) -> s.Predikat:
        printed_basis = self.policies.predikat_basis is PredikatBasis.PRINTED
        label = s.predikat(self.basis(figure, self.policies.predikat_basis), self.policies.predikat_gap)
        self.steps.append(
            Step(
                key=key,
                label=f"Predikat of the {of}",
                formula=(
                    f"{label.value}: bands read as {self.policies.predikat_gap.value}, "
                    f"on the {self.policies.predikat_basis.value} value"
                ),
                inputs=[(of, str(figure.printed) if printed_basis else format_exact(figure.exact))],
                exact=figure.exact,
                value=figure.printed,
                source=s.SRC_PREDIKAT,
            )
        )
        return label


@attrs.frozen
class Pp46RuleSet:
    """PP 46/2011 with Perka BKN 1/2013 (penilaian prestasi kerja PNS), under a set of policies."""

    policies: Policies = attrs.field(factory=Policies, validator=instance_of(Policies))

    @property
    def key(self) -> str:
        """``"pp46_2011"``."""
        return KEY

    @property
    def citation(self) -> tuple[Citation, ...]:
        """PP 46/2011 and its implementing Perka BKN 1/2013."""
        return (s.PP_46_2011, s.PERKA_BKN_1_2013)

    @property
    def in_force(self) -> InForce:
        """1 January 2014 to 30 June 2021."""
        return IN_FORCE

    def with_policies(self, **changes: Any) -> Pp46RuleSet:
        """The same rule set with some policies changed (see :class:`Policies`)."""
        return Pp46RuleSet(self.policies.replace(**changes))

    def appraisal_from_dict(self, data: object, /) -> Appraisal | StudyLeaveAppraisal:
        """An appraisal from its plain-dict form (see ``docs/interchange.md``)."""
        return interchange.appraisal_from_dict(data)

    def appraisal_to_dict(self, appraisal: Appraisal | StudyLeaveAppraisal, /) -> dict[str, Any]:
        """The plain-dict form of an appraisal."""
        return interchange.appraisal_to_dict(appraisal)

    def result_to_dict(self, result: Result, /) -> dict[str, Any]:
        """The plain-dict form of a result."""
        return interchange.result_to_dict(result)

    def result_from_dict(self, data: object, /) -> Result:
        """A result from its plain-dict form."""
        return interchange.result_from_dict(data)

    def policies_from_dict(self, data: object, /) -> Pp46RuleSet:
        """The same rule set with the policies given in plain-dict form (unnamed ones keep their defaults)."""
        return Pp46RuleSet(interchange.policies_from_dict(data))

    def score(self, appraisal: Appraisal | StudyLeaveAppraisal, /, *, allow_outside_in_force: bool = False) -> Result:
        """Score an appraisal.

        Raises:
            NotInForceError: the appraisal period is not within :attr:`in_force` (unless
                ``allow_outside_in_force``).
            InvalidInputError: an input the policies in effect refuse (kepemimpinan for a position
                that is not struktural, a cost target of 0, an SKP of part-months to weight by month).
        """
        if not isinstance(appraisal, Appraisal | StudyLeaveAppraisal):
            raise InvalidTypeError("appraisal", appraisal, "a pp46_2011 Appraisal or StudyLeaveAppraisal")
        period = appraisal.period
        if not flag(allow_outside_in_force, "allow_outside_in_force") and not IN_FORCE.covers(period.start, period.end):
            raise NotInForceError(KEY, period.start, period.end, str(IN_FORCE))
        sheet = _Sheet(self.policies)
        behaviour_aspects = self._behaviour_aspects(appraisal.position, appraisal.behaviour)
        skps: tuple[SkpResult, ...] = ()
        academic: Decimal | None = None
        if isinstance(appraisal, Appraisal):
            scored = [self._skp(sheet, index, item) for index, item in enumerate(appraisal.skps)]
            skps = tuple(result for result, _ in scored)
            skp = self._annual_skp(sheet, appraisal.skps, [figure for _, figure in scored])
        else:
            academic = appraisal.academic_score
            skp = sheet.figure(
                "skp.value",
                "Nilai SKP (tugas belajar)",
                "nilai akademik converted to the 0-100 scale",
                [("nilai akademik", academic)],
                to_fraction(academic),
                s.SRC_STUDY_LEAVE,
            )
        skp_predikat = sheet.predikat("skp.predikat", "nilai SKP", skp)
        behaviour, behaviour_figure = self._behaviour(sheet, behaviour_aspects)
        skp_part = sheet.figure(
            "final.skp_part",
            "Nilai SKP x 60 %",
            "nilai SKP x 60 / 100",
            [("nilai SKP", skp)],
            skp.carried * SKP_WEIGHT,
            s.SRC_WEIGHTS,
        )
        behaviour_part = sheet.figure(
            "final.behaviour_part",
            "Nilai perilaku kerja x 40 %",
            "nilai perilaku kerja x 40 / 100",
            [("nilai perilaku kerja", behaviour_figure)],
            behaviour_figure.carried * BEHAVIOUR_WEIGHT,
            s.SRC_WEIGHTS,
        )
        final = sheet.figure(
            "final.value",
            "Nilai prestasi kerja",
            "SKP x 60 % + perilaku kerja x 40 %",
            [("SKP x 60 %", skp_part), ("perilaku kerja x 40 %", behaviour_part)],
            skp_part.carried + behaviour_part.carried,
            s.SRC_WEIGHTS,
        )
        final_predikat = sheet.predikat("final.predikat", "nilai prestasi kerja", final)
        return Result(
            rule_set=KEY,
            period=period,
            position=appraisal.position,
            policies=self.policies,
            skps=skps,
            academic_score=academic,
            skp_value=skp.printed,
            skp_predikat=skp_predikat,
            behaviour=behaviour,
            skp_part=skp_part.printed,
            behaviour_part=behaviour_part.printed,
            final_value=final.printed,
            final_predikat=final_predikat,
            explanation=Explanation(tuple(sheet.steps)),
        )

    # ------------------------------------------------------------------------------ activities

    def _activity(self, sheet: _Sheet, key: str, activity: Activity) -> tuple[ActivityResult, Figure]:
        target, done = activity.target, activity.realisation
        has_cost = self._has_cost(key, activity)
        name = activity.name
        not_done = done.quantity == 0
        quantity = sheet.figure(
            f"{key}.quantity",
            f"Aspek kuantitas of '{name}'",
            "RO / TO x 100",
            [("TO", target.quantity), ("RO", done.quantity)],
            s.quantity_score(to_fraction(target.quantity), to_fraction(done.quantity)),
            s.SRC_QUANTITY,
        )
        quality = sheet.figure(
            f"{key}.quality",
            f"Aspek kualitas of '{name}'",
            "RK / TK x 100",
            [("TK", target.quality), ("RK", done.quality)],
            s.quality_score(to_fraction(target.quality), to_fraction(done.quality)),
            s.SRC_QUALITY,
        )
        time_efficiency, time = self._time_or_cost(
            sheet,
            f"{key}.time",
            ("waktu", name, not not_done),
            (to_fraction(target.time), to_fraction(done.time)),
            ("TW", "RW"),
        )
        figures = [quantity, quality, time]
        cost_efficiency: Figure | None = None
        cost: Figure | None = None
        if has_cost:
            costs = (to_fraction(target.cost or 0), to_fraction(done.cost or 0))
            cost_efficiency, cost = self._time_or_cost(
                sheet, f"{key}.cost", ("biaya", name, not not_done), costs, ("TB", "RB")
            )
            figures.append(cost)
        divisor = len(figures)
        total = sheet.figure(
            f"{key}.total",
            f"Penghitungan of '{name}'",
            " + ".join(_ASPECTS[:divisor]),
            list(zip(_ASPECTS, figures, strict=False)),
            sum((figure.carried for figure in figures), Fraction(0)),
            s.SRC_TOTAL,
        )
        value = sheet.figure(
            f"{key}.value",
            f"Nilai capaian SKP of '{name}'",
            f"penghitungan / {divisor}" + (" (with biaya)" if has_cost else " (no biaya)"),
            [("penghitungan", total)],
            total.carried / divisor,
            s.SRC_DIVISOR,
        )
        row = ActivityResult(
            name=name,
            quantity=quantity.printed,
            quality=quality.printed,
            time_efficiency=None if time_efficiency is None else time_efficiency.printed,
            time=time.printed,
            cost_efficiency=None if cost_efficiency is None else cost_efficiency.printed,
            cost=None if cost is None else cost.printed,
            total=total.printed,
            divisor=divisor,
            value=value.printed,
        )
        return row, value

    def _has_cost(self, key: str, activity: Activity) -> bool:
        """Whether the activity has a cost aspect (divisor 4), under the zero_cost_target policy."""
        cost = activity.target.cost
        if cost is None:
            return False
        if cost > 0:
            return True
        if self.policies.zero_cost_target is ZeroCostTarget.REJECT:
            raise OutOfRangeError(
                f"{key}.target.cost",
                cost,
                "> 0; leave the cost out (None) for an activity without a cost aspect, "
                "or use the policy zero_cost_target='absent'",
            )
        spent = activity.realisation.cost
        if spent:
            raise InconsistentInputError(
                f"{key}.realisation.cost",
                spent,
                "0 or None, because the cost target 0 is read as 'no cost aspect' (zero_cost_target='absent')",
            )
        return False

    def _time_or_cost(
        self,
        sheet: _Sheet,
        key: str,
        what: tuple[str, str, bool],
        values: tuple[Fraction, Fraction],
        symbols: tuple[str, str],
    ) -> tuple[Figure | None, Figure]:
        """Efficiency (None for an activity not carried out) and score of aspek waktu or biaya."""
        aspect, name, carried_out = what
        target, realisation = values
        t, r = symbols
        efficiency = None
        if carried_out:
            efficiency = sheet.figure(
                f"{key}_efficiency",
                f"Persentase efisiensi {aspect} of '{name}'",
                f"100 - {r} / {t} x 100",
                [(t, target), (r, realisation)],
                s.efficiency(target, realisation),
                s.SRC_EFFICIENCY,
            )
        exact, variant = s.time_or_cost_score(target, realisation, carried_out=carried_out)
        formula = {
            s.Variant.NOT_DONE: f"((1.76 x {t} - {r}) / {t}) x 0 x 100  (kegiatan tidak dilakukan)",
            s.Variant.UP_TO_24: f"(1.76 x {t} - {r}) / {t} x 100  (efisiensi <= 24 %)",
            s.Variant.OVER_24: f"76 - (((1.76 x {t} - {r}) / {t} x 100) - 100)  (efisiensi > 24 %)",
        }[variant]
        source = s.SRC_NOT_DONE if variant is s.Variant.NOT_DONE else s.SRC_TIME_COST
        if exact < 0 and self.policies.negative_scores is NegativeScores.FLOOR_AT_ZERO:
            formula, source, exact = f"max(0, {formula})", s.SRC_FLOOR, Fraction(0)
        inputs: list[tuple[str, Input]] = [(t, target), (r, realisation)]
        if efficiency is not None:  # the exact efficiency decides the variant, whatever it prints as
            inputs.append(("efisiensi (exact)", efficiency.exact))
        score = sheet.figure(key, f"Aspek {aspect} of '{name}'", formula, inputs, exact, source)
        return efficiency, score

    # ------------------------------------------------------------------------------------- SKP

    def _skp(self, sheet: _Sheet, index: int, skp: Skp) -> tuple[SkpResult, Figure]:
        key = f"skps[{index}]"
        scored = [self._activity(sheet, f"{key}.activities[{i}]", item) for i, item in enumerate(skp.activities)]
        values = [figure for _, figure in scored]
        mean = sheet.figure(
            f"{key}.activities_mean",
            "Mean of the activities' nilai capaian SKP",
            f"sum of the {len(values)} activity values / {len(values)}",
            [(f"activity {i + 1}", value) for i, value in enumerate(values)],
            s.mean([value.carried for value in values]),
            s.SRC_SKP_VALUE,
        )
        tasks = len(skp.additional_tasks)
        task_value = s.additional_task_value(tasks)
        sheet.figure(
            f"{key}.additional_tasks",
            "Nilai tugas tambahan",
            "number of tasks: 0 -> 0, 1-3 -> 1, 4-6 -> 2, 7 or more -> 3",
            [("number of tasks", tasks)],
            Fraction(task_value),
            s.SRC_ADDITIONAL_TASKS,
        )
        creativity = s.creativity_value((item.level for item in skp.creativity), self.policies.creativity)
        sheet.figure(
            f"{key}.creativity",
            "Nilai kreativitas",
            f"unit_kerja 3, organisasi 6, negara 12; several items: {self.policies.creativity.value}",
            [(item.name, item.level.value) for item in skp.creativity],
            Fraction(creativity),
            s.SRC_CREATIVITY if len(skp.creativity) < 2 else s.SRC_CREATIVITY_SUM,
        )
        value = sheet.figure(
            f"{key}.value",
            "Nilai capaian SKP",
            "mean of the activities + tugas tambahan + kreativitas",
            [("mean", mean), ("tugas tambahan", task_value), ("kreativitas", creativity)],
            mean.carried + task_value + creativity,
            s.SRC_SKP_VALUE,
        )
        result = SkpResult(
            period=skp.period,
            activities=tuple(row for row, _ in scored),
            activities_mean=mean.printed,
            additional_task_count=tasks,
            additional_task_value=task_value,
            creativity_value=creativity,
            value=value.printed,
            predikat=sheet.predikat(f"{key}.predikat", "nilai capaian SKP", value),
        )
        return result, value

    def _annual_skp(self, sheet: _Sheet, skps: tuple[Skp, ...], values: list[Figure]) -> Figure:
        """The SKP value of the period: the one SKP's value, or the SKPs combined by the mutasi policy."""
        if len(values) == 1:
            only = values[0]
            return sheet.figure(
                "skp.value",
                "Nilai SKP",
                "the nilai capaian SKP of the only SKP",
                [("SKP 1", only)],
                only.carried,
                s.SRC_SKP_VALUE,
            )
        inputs: list[tuple[str, Input]] = [(f"SKP {i + 1}", figure) for i, figure in enumerate(values)]
        if self.policies.mutasi is MutasiAggregation.SIMPLE_MEAN:
            return sheet.figure(
                "skp.value",
                "Nilai SKP (SKPs of the positions held, combined)",
                f"(sum of the {len(values)} SKP values) / {len(values)}",
                inputs,
                s.mean([figure.carried for figure in values]),
                s.SRC_MUTASI,
            )
        months = []
        for index, skp in enumerate(skps):
            count = skp.period.whole_months()
            if count is None:
                raise InvalidInputError(
                    f"skps[{index}].period",
                    str(skp.period),
                    "whole calendar months (first to last day of a month), as mutasi='month_weighted' weights "
                    "each SKP by its months",
                )
            months.append(count)
        weighted = sum((m * figure.carried for m, figure in zip(months, values, strict=True)), Fraction(0))
        return sheet.figure(
            "skp.value",
            "Nilai SKP (SKPs of the positions held, weighted by months)",
            "sum of (months x SKP value) / sum of months",
            inputs + [(f"months of SKP {i + 1}", m) for i, m in enumerate(months)],
            weighted / sum(months),
            s.SRC_MUTASI_WEIGHTED,
        )

    # ------------------------------------------------------------------------------- behaviour

    def _behaviour_aspects(self, position: PositionKind, behaviour: Behaviour) -> tuple[tuple[str, Decimal], ...]:
        """The aspects to average, after checking kepemimpinan against the position and policy."""
        structural = position is PositionKind.STRUCTURAL
        if self.policies.leadership is LeadershipRule.STRUCTURAL_ONLY:
            if structural and behaviour.leadership is None:
                raise InconsistentInputError(
                    "behaviour.leadership",
                    None,
                    "a number from 0 to 100: kepemimpinan is assessed for jabatan struktural "
                    "(PP 46/2011; Perka BKN 1/2013)",
                )
            if not structural and behaviour.leadership is not None:
                raise InconsistentInputError(
                    "behaviour.leadership",
                    behaviour.leadership,
                    f"None for position {position.value!r}: kepemimpinan is assessed only for jabatan struktural "
                    "(PP 46/2011; Perka BKN 1/2013); the policy leadership='as_assessed' accepts it for any position",
                )
        return behaviour.aspects()

    def _behaviour(self, sheet: _Sheet, aspects: tuple[tuple[str, Decimal], ...]) -> tuple[BehaviourResult, Figure]:
        results = []
        for name, assessed in aspects:
            figure = sheet.figure(
                f"behaviour.{name}",
                f"Perilaku kerja: {ASPECT_NAMES[name]}",
                "as assessed (0-100)",
                [(ASPECT_NAMES[name], assessed)],
                to_fraction(assessed),
                s.SRC_BEHAVIOUR,
            )
            label = sheet.predikat(f"behaviour.{name}.predikat", ASPECT_NAMES[name], figure)
            results.append((name, figure, label))
        total = sheet.figure(
            "behaviour.total",
            "Jumlah (perilaku kerja)",
            " + ".join(ASPECT_NAMES[name] for name, _ in aspects),
            [(ASPECT_NAMES[name], figure) for name, figure, _ in results],
            sum((figure.carried for _, figure, _ in results), Fraction(0)),
            s.SRC_BEHAVIOUR_MEAN,
        )
        value = sheet.figure(
            "behaviour.value",
            "Nilai perilaku kerja (nilai rata-rata)",
            f"jumlah / {len(aspects)} (aspects assessed)",
            [("jumlah", total)],
            total.carried / len(aspects),
            s.SRC_BEHAVIOUR_MEAN,
        )
        result = BehaviourResult(
            aspects=tuple(
                AspectResult(name=name, value=figure.printed, predikat=label) for name, figure, label in results
            ),
            total=total.printed,
            divisor=len(aspects),
            value=value.printed,
            predikat=sheet.predikat("behaviour.predikat", "nilai perilaku kerja", value),
        )
        return result, value
