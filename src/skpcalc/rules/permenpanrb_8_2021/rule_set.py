"""The PermenPANRB 8/2021 rule set: scores an appraisal figure by figure, recording each step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import Any, Final

import attrs

from skpcalc._validate import flag, instance_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError, NotInForceError
from skpcalc.explain import Explanation
from skpcalc.numeric import Rounding, RoundingPolicy, quantize, to_fraction
from skpcalc.period import AppraisalPeriod
from skpcalc.rules import pp46_2011
from skpcalc.rules._sheet import Figure, Input, RoundingStage, Sheet
from skpcalc.rules.base import Citation, InForce, Source
from skpcalc.rules.permenpanrb_8_2021 import interchange
from skpcalc.rules.permenpanrb_8_2021 import scoring as s
from skpcalc.rules.permenpanrb_8_2021.model import (
    BEHAVIOUR_ASPECTS,
    Appraisal,
    Behaviour,
    Condition,
    Indicator,
    JptPeriodicAppraisal,
    Plan,
    Skp,
    Year2021Appraisal,
)
from skpcalc.rules.permenpanrb_8_2021.policies import (
    CapaianRounding,
    Conversion2021,
    Over120,
    Policies,
    VeryGoodFormula,
)
from skpcalc.rules.permenpanrb_8_2021.result import (
    BehaviourResult,
    IndicatorResult,
    PeriodicResult,
    PlanResult,
    Result,
    SkpResult,
    Year2021Result,
)
from skpcalc.rules.pp46_2011.result import Result as Pp46Result

__all__ = ["IN_FORCE", "KEY", "Permenpanrb8RuleSet"]

KEY: Final = s.KEY
#: The July-December 2021 appraisal period (SE MenPANRB 3/2021); PermenPANRB 6/2022 governs from 2022.
IN_FORCE: Final = InForce(start=date(2021, 7, 1), end=date(2021, 12, 31), source=s.SRC_IN_FORCE)

FIRST_HALF_2021: Final = AppraisalPeriod(date(2021, 1, 1), date(2021, 6, 30))

_WHOLE_PERCENT: Final = RoundingPolicy(places=0, mode=Rounding.HALF_UP)
_HALF: Final = Fraction(50, 100)  # integrasi 2021: bobot masing-masing 50 %

_ROWS: Final = {
    s.Row.ABOVE_110: ("capaian > 110 % -> 120", s.SRC_ABOVE_110),
    s.Row.MAXIMUM_TARGET: ("100 % of a maximum achievable target -> 120", s.SRC_MAXIMUM_TARGET),
    s.Row.GOOD: ("Baik: 100 % -> 109", s.SRC_GOOD),
    s.Row.FAIR: ("Cukup: 70 + (89 - 70) / (99 - 80) x (capaian - 80)", s.SRC_FAIR),
    s.Row.POOR: ("Kurang: 50 + (69 - 50) / (79 - 60) x (capaian - 60)", s.SRC_POOR),
    s.Row.VERY_POOR: ("Sangat Kurang: capaian / 59 x 49", s.SRC_VERY_POOR),
    s.Row.NEGATIVE: ("capaian below 0 % -> 0", s.SRC_NEGATIVE),
}
_VERY_GOOD: Final = {
    VeryGoodFormula.INTERPOLATE: ("Sangat Baik: 110 + (120 - 110) / (110 - 101) x (capaian - 101)", s.SRC_VERY_GOOD),
    VeryGoodFormula.FLOOR_110: ("Sangat Baik: 110 (policy very_good=floor_110)", s.SRC_VERY_GOOD_FLOOR),
}
_CONVERSIONS: Final = {
    Conversion2021.BAND_LINEAR: (
        (
            "91-99 -> 110-120, 76-90 -> 90-109, 61-75 -> 70-89, 51-60 -> 50-69 (linear in each band, held to the "
            "band's top between bands), below 51: x / 50 x 49, above 99: 120"
        ),
        s.SRC_CONVERSION_BANDS,
    ),
    Conversion2021.PROPORTIONAL: ("x x 120 / 100, kept within 0-120", s.SRC_CONVERSION_PROPORTIONAL),
    Conversion2021.NONE: ("x (not converted), kept within 0-120", s.SRC_CONVERSION_NONE),
}


@attrs.frozen
class Permenpanrb8RuleSet:
    """PP 30/2019 with PermenPANRB 8/2021 (penilaian kinerja PNS, July-December 2021), under a set of policies."""

    policies: Policies = attrs.field(factory=Policies, validator=instance_of(Policies))

    @property
    def key(self) -> str:
        """``"permenpanrb_8_2021"``."""
        return KEY

    @property
    def citation(self) -> tuple[Citation, ...]:
        """PermenPANRB 8/2021, PP 30/2019 which it implements, and SE MenPANRB 3/2021 (the 2021 split)."""
        return (s.PERMENPANRB_8_2021, s.PP_30_2019, s.SE_MENPANRB_3_2021)

    @property
    def in_force(self) -> InForce:
        """1 July to 31 December 2021."""
        return IN_FORCE

    def with_policies(self, **changes: Any) -> Permenpanrb8RuleSet:
        """The same rule set with some policies changed (see :class:`Policies`)."""
        return Permenpanrb8RuleSet(self.policies.replace(**changes))

    def appraisal_from_dict(self, data: object, /) -> Appraisal | Year2021Appraisal | JptPeriodicAppraisal:
        """An appraisal from its plain-dict form (see ``docs/interchange.md``)."""
        return interchange.appraisal_from_dict(data)

    def appraisal_to_dict(self, appraisal: Appraisal | Year2021Appraisal | JptPeriodicAppraisal, /) -> dict[str, Any]:
        """The plain-dict form of an appraisal."""
        return interchange.appraisal_to_dict(appraisal)

    def result_to_dict(self, result: Result | Year2021Result | PeriodicResult, /) -> dict[str, Any]:
        """The plain-dict form of a result."""
        return interchange.result_to_dict(result)

    def result_from_dict(self, data: object, /) -> Result | Year2021Result | PeriodicResult:
        """A result from its plain-dict form."""
        return interchange.result_from_dict(data)

    def policies_from_dict(self, data: object, /) -> Permenpanrb8RuleSet:
        """The same rule set with the policies given in plain-dict form (unnamed ones keep their defaults)."""
        return Permenpanrb8RuleSet(interchange.policies_from_dict(data))

    def _check_in_force(self, period: AppraisalPeriod, allow_outside_in_force: bool) -> None:
        if not flag(allow_outside_in_force, "allow_outside_in_force") and not IN_FORCE.covers(period.start, period.end):
            raise NotInForceError(KEY, period.start, period.end, str(IN_FORCE))

    def _sheet(self) -> Sheet:
        return Sheet(self.policies.rounding, self.policies.rounding_stage)

    def score(
        self,
        appraisal: Appraisal | Year2021Appraisal | JptPeriodicAppraisal,
        /,
        *,
        allow_outside_in_force: bool = False,
    ) -> Result | Year2021Result | PeriodicResult:
        """Score an appraisal of July-December 2021, the whole 2021 split year, or a JPT's periodic measurement.

        A :class:`Year2021Appraisal` is scored half by half: January-June under the PP 46/2011 rule set
        with its default policies (to use other PP 46/2011 policies, score that half yourself and call
        :meth:`integrate`), July-December under this rule set, then integrated.

        Raises:
            NotInForceError: the period is not within :attr:`in_force` (unless ``allow_outside_in_force``).
            InvalidInputError: an input the rules refuse (a capaian above 100 % of a maximum achievable target).
        """
        if isinstance(appraisal, Year2021Appraisal):
            try:
                first = pp46_2011.RULE_SET.score(appraisal.first_half)
            except InvalidInputError as error:  # name the field within the split year
                raise error.at("first_half") from None
            try:
                second = self._score(appraisal.second_half)
            except InvalidInputError as error:
                raise error.at("second_half") from None
            return self.integrate(first, second)
        if isinstance(appraisal, JptPeriodicAppraisal):
            return self.periodic(
                appraisal.period,
                appraisal.action_plans,
                appraisal.main_indicators,
                allow_outside_in_force=allow_outside_in_force,
            )
        if not isinstance(appraisal, Appraisal):
            raise InvalidTypeError(
                "appraisal", appraisal, "a permenpanrb_8_2021 Appraisal, Year2021Appraisal or JptPeriodicAppraisal"
            )
        self._check_in_force(appraisal.period, allow_outside_in_force)
        return self._score(appraisal)

    def _score(self, appraisal: Appraisal) -> Result:
        sheet = self._sheet()
        skp_result, skp = self._skp(sheet, appraisal.skp)
        behaviour_result, behaviour = self._behaviour(sheet, appraisal.behaviour)
        peers = appraisal.peer_and_subordinate_input
        skp_weight, behaviour_weight = (60, 40) if peers else (70, 30)
        reason = "with" if peers else "without"
        skp_part = sheet.figure(
            "final.skp_part",
            f"Nilai SKP x {skp_weight} %",
            f"nilai SKP x {skp_weight} / 100 (agency {reason} peer and subordinate input on perilaku kerja)",
            [("nilai SKP", skp)],
            skp.carried * Fraction(skp_weight, 100),
            s.SRC_WEIGHTS,
        )
        behaviour_part = sheet.figure(
            "final.behaviour_part",
            f"Nilai perilaku kerja x {behaviour_weight} %",
            f"nilai perilaku kerja x {behaviour_weight} / 100",
            [("nilai perilaku kerja", behaviour)],
            behaviour.carried * Fraction(behaviour_weight, 100),
            s.SRC_WEIGHTS,
        )
        value = sheet.figure(
            "final.value",
            "Nilai kinerja",
            f"SKP x {skp_weight} % + perilaku kerja x {behaviour_weight} %",
            [(f"SKP x {skp_weight} %", skp_part), (f"perilaku kerja x {behaviour_weight} %", behaviour_part)],
            skp_part.carried + behaviour_part.carried,
            s.SRC_WEIGHTS,
        )
        predikat = self._predikat(sheet, "final.predikat", "nilai kinerja", value, innovation=appraisal.innovation)
        return Result(
            rule_set=KEY,
            period=appraisal.period,
            policies=self.policies,
            skp=skp_result,
            behaviour=behaviour_result,
            skp_weight=skp_weight,
            behaviour_weight=behaviour_weight,
            skp_part=skp_part.printed,
            behaviour_part=behaviour_part.printed,
            value=value.printed,
            innovation=appraisal.innovation,
            predikat=predikat,
            explanation=Explanation(tuple(sheet.steps)),
        )

    def _predikat(self, sheet: Sheet, key: str, of: str, figure: Figure, *, innovation: bool) -> s.Predikat:
        basis = sheet.basis(figure, self.policies.predikat_basis)
        label = s.predikat(basis, innovation=innovation)
        low = label in {s.Predikat.KURANG, s.Predikat.SANGAT_KURANG}
        sheet.label(
            key,
            f"Predikat of the {of}",
            f"{label.value}: 110-120 with the innovation condition Sangat Baik, 90-120 Baik, 70-<90 Cukup, "
            f"50-<70 Kurang, <50 Sangat Kurang (on the {self.policies.predikat_basis.value} value)",
            [(of, basis), ("innovation condition", "met" if innovation else "not met")],
            label.value,
            s.SRC_PREDIKAT_LOW if low else s.SRC_PREDIKAT,
        )
        return label

    # ------------------------------------------------------------------------------------ IKI

    def _indicator(self, sheet: Sheet, key: str, indicator: Indicator) -> tuple[IndicatorResult, Figure, s.Category]:
        target, name = indicator.target, indicator.name
        exact_capaian, used = s.capaian(target.low, target.high, indicator.realisation, indicator.condition)
        inputs: list[tuple[str, Input]] = [("target", str(target)), ("realisasi", indicator.realisation)]
        if used is None:
            formula, source = "realisasi inside the range: target met, 100", s.SRC_RANGE_INSIDE
        else:
            if indicator.condition is Condition.NORMAL:
                formula, source = "realisasi / target x 100 (kondisi normal)", s.SRC_CAPAIAN_NORMAL
            else:
                formula, source = "(1 + (1 - realisasi / target)) x 100 (kondisi khusus)", s.SRC_CAPAIAN_SPECIAL
            if target.is_range:
                bound = "batas atas" if used == target.high else "batas bawah"
                formula += f", against the {bound} {used}"
                source = Source(f"{source.reference}; {s.SRC_RANGE.reference}", source.evidence)
        sheet.figure(f"{key}.capaian", f"Capaian IKI of '{name}' (%)", formula, inputs, exact_capaian, source)
        converted = exact_capaian
        if self.policies.capaian is CapaianRounding.WHOLE_PERCENT:
            converted = to_fraction(quantize(exact_capaian, _WHOLE_PERCENT))
            sheet.figure(
                f"{key}.capaian_rounded",
                f"Capaian IKI of '{name}', whole percent",
                "capaian rounded half-up to a whole percent",
                [("capaian (exact)", exact_capaian)],
                converted,
                s.SRC_CAPAIAN_ROUNDING,
            )
        if indicator.target_is_maximum and exact_capaian > 100:
            raise InconsistentInputError(
                f"{key}.target_is_maximum",
                True,  # noqa: FBT003 (the offending value)
                f"False: a capaian of {quantize(exact_capaian, self.policies.rounding)} % exceeds a target said to be "
                "the maximum achievable",
            )
        # The maximum-target rule needs the target reached: an exact capaian of 100 %, not one rounded up to it.
        reached_maximum = indicator.target_is_maximum and exact_capaian == 100
        nilai, category, row = s.nilai_capaian(
            converted, target_is_maximum=reached_maximum, very_good=self.policies.very_good
        )
        formula, source = _VERY_GOOD[self.policies.very_good] if row is s.Row.VERY_GOOD else _ROWS[row]
        value = sheet.figure(
            f"{key}.value", f"Nilai capaian IKI of '{name}'", formula, [("capaian", converted)], nilai, source
        )
        sheet.label(
            f"{key}.category",
            f"Kategori capaian IKI of '{name}'",
            "by the row of the conversion table: 101 % and above Sangat Baik, 100 % Baik, 80 % Cukup, "
            "60 % Kurang, below Sangat Kurang",
            [("capaian", converted)],
            category.value,
            s.SRC_BANDS,
        )
        row_result = IndicatorResult(
            name=name,
            aspect=indicator.aspect,
            condition=indicator.condition,
            target=str(target),
            realisation=indicator.realisation,
            target_used=None if used is None else (target.high if used == target.high else target.low),
            capaian=quantize(exact_capaian, self.policies.rounding),
            capaian_converted=quantize(converted, self.policies.rounding),
            category=category,
            value=value.printed,
        )
        return row_result, value, category

    def _indicators(
        self, sheet: Sheet, key: str, indicators: Sequence[Indicator]
    ) -> list[tuple[IndicatorResult, Figure, s.Category]]:
        return [self._indicator(sheet, f"{key}[{i}]", item) for i, item in enumerate(indicators)]

    def _mean(self, sheet: Sheet, key: str, label: str, figures: Sequence[Figure], source: Source) -> Figure:
        count = len(figures)
        formula = "the only one" if count == 1 else f"sum of the {count} values / {count}"
        return sheet.figure(
            key,
            label,
            formula,
            [(f"{i + 1}", figure) for i, figure in enumerate(figures)],
            s.mean([figure.carried for figure in figures]),
            source,
        )

    # ------------------------------------------------------------------------------------ SKP

    def _plan(
        self, sheet: Sheet, key: str, plan: Plan, weight: Fraction, *, additional: bool
    ) -> tuple[PlanResult, Figure]:
        scored = self._indicators(sheet, f"{key}.indicators", plan.indicators)
        values = [figure for _, figure, _ in scored]
        value = self._mean(
            sheet, f"{key}.value", f"Nilai of the rencana kinerja '{plan.name}'", values, s.SRC_PLAN_MEAN
        )
        if additional:
            per_indicator = [
                sheet.figure(
                    f"{key}.indicators[{i}].weighted",
                    f"Nilai tertimbang of '{plan.indicators[i].name}' (kinerja tambahan)",
                    f"{s.ADDITIONAL_FACTORS[category]} / 100 x bobot lingkup penugasan x nilai / 100 "
                    f"({category.value})",
                    [("bobot lingkup penugasan", weight), ("nilai", figure)],
                    s.additional_weighted(category, weight, figure.carried),
                    s.SRC_ADDITIONAL,
                )
                for i, (_, figure, category) in enumerate(scored)
            ]
            weighted = self._mean(
                sheet, f"{key}.weighted", f"Nilai tertimbang of '{plan.name}'", per_indicator, s.SRC_PLAN_MEAN
            )
        else:
            weighted = sheet.figure(
                f"{key}.weighted",
                f"Nilai tertimbang of '{plan.name}'",
                "bobot / 100 x nilai" + ("" if plan.weight is not None else " (equal bobot: none set)"),
                [("bobot", weight), ("nilai", value)],
                weight / 100 * value.carried,
                s.SRC_MAIN_WEIGHTED if plan.weight is not None else s.SRC_EQUAL_WEIGHTS,
            )
        result = PlanResult(
            name=plan.name,
            indicators=tuple(row for row, _, _ in scored),
            value=value.printed,
            weight=quantize(weight, self.policies.rounding),
            weighted=weighted.printed,
        )
        return result, weighted

    def _skp(self, sheet: Sheet, skp: Skp) -> tuple[SkpResult, Figure]:
        equal = Fraction(100, len(skp.main))
        main = [
            self._plan(
                sheet,
                f"skp.main[{i}]",
                plan,
                equal if plan.weight is None else to_fraction(plan.weight),
                additional=False,
            )
            for i, plan in enumerate(skp.main)
        ]
        additional = [
            self._plan(sheet, f"skp.additional[{i}]", plan, to_fraction(plan.weight or 0), additional=True)
            for i, plan in enumerate(skp.additional)
        ]
        main_value = sheet.figure(
            "skp.main_value",
            "Nilai kinerja utama (KU)",
            "total nilai tertimbang of the rencana kinerja utama",
            [(plan.name, figure) for plan, (_, figure) in zip(skp.main, main, strict=True)],
            sum((figure.carried for _, figure in main), Fraction(0)),
            s.SRC_MAIN_WEIGHTED,
        )
        additional_total = sheet.figure(
            "skp.additional_total",
            "Total nilai tertimbang of the kinerja tambahan",
            "sum of the nilai tertimbang of the rencana kinerja tambahan"
            if additional
            else "no rencana kinerja tambahan",
            [(plan.name, figure) for plan, (_, figure) in zip(skp.additional, additional, strict=True)],
            sum((figure.carried for _, figure in additional), Fraction(0)),
            s.SRC_ADDITIONAL,
        )
        additional_value = sheet.figure(
            "skp.additional_value",
            "Nilai kinerja tambahan (KT)",
            "the total, at most 10",
            [("total", additional_total)],
            min(additional_total.carried, s.ADDITIONAL_CAP),
            s.SRC_ADDITIONAL_CAP,
        )
        total = main_value.carried + additional_value.carried
        capped = self.policies.over_120 is Over120.CAP_SKP and total > 120
        value = sheet.figure(
            "skp.value",
            "Nilai SKP",
            "min(120, KU + KT) (policy over_120=cap_skp)" if capped else "KU + KT",
            [("KU", main_value), ("KT", additional_value)],
            Fraction(120) if capped else total,
            s.SRC_SKP_CAP if capped else s.SRC_SKP_VALUE,
        )
        result = SkpResult(
            model=skp.model,
            main=tuple(result for result, _ in main),
            additional=tuple(result for result, _ in additional),
            main_value=main_value.printed,
            additional_total=additional_total.printed,
            additional_value=additional_value.printed,
            value=value.printed,
        )
        return result, value

    # ------------------------------------------------------------------------------ behaviour

    def _behaviour(self, sheet: Sheet, behaviour: Behaviour) -> tuple[BehaviourResult, Figure]:
        aspects = behaviour.aspects()
        value = sheet.figure(
            "behaviour.value",
            "Nilai perilaku kerja",
            f"sum of the {len(aspects)} aspects assessed / {len(aspects)}",
            [(BEHAVIOUR_ASPECTS[name], assessed) for name, assessed in aspects],
            s.mean([assessed for _, assessed in aspects]),
            s.SRC_BEHAVIOUR,
        )
        return BehaviourResult(aspects=aspects, value=value.printed), value

    # ------------------------------------------------------------------------- JPT periodic

    def periodic(
        self,
        period: AppraisalPeriod,
        action_plans: Sequence[Indicator],
        main_indicators: Sequence[Indicator],
        *,
        allow_outside_in_force: bool = False,
    ) -> PeriodicResult:
        """Nilai periodik SKP of a JPT: (Nilai 1 + Nilai 2) / 2.

        Nilai 1 is the mean nilai of the rencana aksi / inisiatif strategis and Nilai 2 the mean nilai
        of the kinerja utama measured in the period, each IKI converted as in :meth:`score`.
        """
        try:
            checked = JptPeriodicAppraisal(period=period, action_plans=action_plans, main_indicators=main_indicators)
        except InvalidInputError as error:
            raise type(error)(error.field.removeprefix("JptPeriodicAppraisal."), error.value, error.allowed) from None
        self._check_in_force(checked.period, allow_outside_in_force)
        period, action_plans, main_indicators = checked.period, checked.action_plans, checked.main_indicators
        sheet = self._sheet()
        plans = self._indicators(sheet, "action_plans", action_plans)
        mains = self._indicators(sheet, "main_indicators", main_indicators)
        value_1 = self._mean(
            sheet, "value_1", "Nilai 1 (rencana aksi / inisiatif strategis)", [f for _, f, _ in plans], s.SRC_PERIODIC
        )
        value_2 = self._mean(sheet, "value_2", "Nilai 2 (kinerja utama)", [f for _, f, _ in mains], s.SRC_PERIODIC)
        value = sheet.figure(
            "value",
            "Nilai periodik SKP",
            "(Nilai 1 + Nilai 2) / 2",
            [("Nilai 1", value_1), ("Nilai 2", value_2)],
            (value_1.carried + value_2.carried) / 2,
            s.SRC_PERIODIC,
        )
        return PeriodicResult(
            period=period,
            policies=self.policies,
            action_plans=tuple(row for row, _, _ in plans),
            main_indicators=tuple(row for row, _, _ in mains),
            value_1=value_1.printed,
            value_2=value_2.printed,
            value=value.printed,
            explanation=Explanation(tuple(sheet.steps)),
        )

    # ------------------------------------------------------------------------- 2021 split year

    def integrate(self, first_half: Pp46Result, second_half: Result) -> Year2021Result:
        """Integrate the two halves of 2021 with 50 % each, the first converted to the 0-120 scale.

        ``first_half`` is a PP 46/2011 result of a period within January-June 2021, ``second_half`` a result
        of this rule set within July-December 2021, each scored under the policies its caller chose. This
        rule set's policies decide the integration: the conversion (``conversion_2021``), the rounding,
        whether the halves are read as printed (``rounding_stage=form``) or exact (``final``), and the
        predikat basis. The predikat follows PP 30/2019 Pasal 41 ayat (5), with the innovation condition as
        given for the second half.
        """
        if not isinstance(first_half, Pp46Result):
            raise InvalidTypeError("first_half", first_half, "a pp46_2011 Result")
        if not isinstance(second_half, Result):
            raise InvalidTypeError("second_half", second_half, "a permenpanrb_8_2021 Result")
        if not FIRST_HALF_2021.contains(first_half.period):
            raise InconsistentInputError(
                "first_half.period", str(first_half.period), f"a period within {FIRST_HALF_2021}"
            )
        second_bounds = AppraisalPeriod(IN_FORCE.start, IN_FORCE.end or IN_FORCE.start)
        if not second_bounds.contains(second_half.period):
            raise InconsistentInputError(
                "second_half.period", str(second_half.period), f"a period within {second_bounds}"
            )
        sheet = self._sheet()
        conversion = self.policies.conversion_2021
        formula, source = _CONVERSIONS[conversion]
        # The halves as their forms print them (form stage), or their exact values (final stage).
        form = self.policies.rounding_stage is RoundingStage.FORM
        first_value = to_fraction(first_half.final_value) if form else first_half.explanation.exact("final.value")
        second_value = to_fraction(second_half.value) if form else second_half.explanation.exact("final.value")
        converted = sheet.figure(
            "year_2021.first_half_converted",
            "Nilai prestasi kerja January-June on the 0-120 scale",
            formula,
            [("nilai prestasi kerja (PP 46/2011)", first_half.final_value if form else first_value)],
            s.convert_2021(first_value, conversion),
            source,
        )
        value = sheet.figure(
            "year_2021.value",
            "Nilai kinerja 2021 (integrasi)",
            "50 % x January-June (converted) + 50 % x July-December",
            [("January-June (converted)", converted), ("July-December", second_half.value if form else second_value)],
            _HALF * converted.carried + _HALF * second_value,
            s.SRC_INTEGRATION,
        )
        predikat = self._predikat(
            sheet, "year_2021.predikat", "nilai kinerja 2021", value, innovation=second_half.innovation
        )
        return Year2021Result(
            rule_set=KEY,
            policies=self.policies,
            first_half=first_half,
            second_half=second_half,
            first_half_converted=converted.printed,
            value=value.printed,
            predikat=predikat,
            explanation=Explanation(tuple(sheet.steps)),
        )
