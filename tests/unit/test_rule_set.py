"""The PP 46/2011 rule set: policies, refusals and the explanation. Expected figures are derived by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from helpers import YEAR_2019, activity, appraisal, behaviour

from skpcalc.errors import (
    FloatInputError,
    InconsistentInputError,
    InvalidInputError,
    InvalidTypeError,
    NotInForceError,
    OutOfRangeError,
)
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011 import (
    RULE_SET,
    AdditionalTask,
    Appraisal,
    CreativityItem,
    GapReading,
    PositionKind,
    Pp46RuleSet,
    Predikat,
    Skp,
    StudyLeaveAppraisal,
    Target,
    scoring,
)


def test_rule_set_identity() -> None:
    assert RULE_SET.key == "pp46_2011"
    assert [c.short for c in RULE_SET.citation] == ["PP 46/2011", "Perka BKN 1/2013"]
    assert str(RULE_SET.in_force) == "from 2014-01-01 to 2021-06-30"
    assert RULE_SET.in_force.source.evidence.value == "S"


def test_outside_in_force_is_refused_unless_allowed() -> None:
    year_2022 = AppraisalPeriod(date(2022, 1, 1), date(2022, 12, 31))
    with pytest.raises(NotInForceError) as caught:
        RULE_SET.score(appraisal(period=year_2022))
    assert caught.value.rule_set == "pp46_2011"
    assert "from 2014-01-01 to 2021-06-30" in str(caught.value)
    assert isinstance(caught.value, LookupError)
    # July-December 2021 belongs to PermenPANRB 8/2021.
    second_half = AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31))
    with pytest.raises(NotInForceError):
        RULE_SET.score(appraisal(period=second_half))
    result = RULE_SET.score(appraisal(period=year_2022), allow_outside_in_force=True)
    assert result.period == year_2022


def test_first_half_of_2021_is_in_force() -> None:
    first_half = AppraisalPeriod(date(2021, 1, 1), date(2021, 6, 30))
    assert RULE_SET.score(appraisal(period=first_half)).period == first_half


def test_score_refuses_other_objects() -> None:
    with pytest.raises(InvalidTypeError, match="appraisal: got 'x'"):
        RULE_SET.score("x")  # type: ignore[arg-type]


def test_leadership_structural_only() -> None:
    with pytest.raises(InconsistentInputError) as caught:
        RULE_SET.score(appraisal(aspects=(80, 80, 80, 80, 80, 80)))
    assert caught.value.field == "behaviour.leadership"
    assert "leadership='as_assessed'" in caught.value.allowed
    with pytest.raises(InvalidInputError, match=r"behaviour\.leadership: got None"):
        RULE_SET.score(appraisal(position=PositionKind.STRUCTURAL))


def test_leadership_as_assessed() -> None:
    rule_set = RULE_SET.with_policies(leadership="as_assessed")
    # 5 aspects of 80 + kepemimpinan 74 = 474 / 6 = 79; without it: 400 / 5 = 80.
    with_leadership = rule_set.score(appraisal(aspects=(80, 80, 80, 80, 80, 74)))
    assert (with_leadership.behaviour.divisor, with_leadership.behaviour.value) == (6, Decimal("79.00"))
    structural = rule_set.score(appraisal(position=PositionKind.STRUCTURAL, aspects=(80, 80, 80, 80, 80)))
    assert (structural.behaviour.divisor, structural.behaviour.value) == (5, Decimal("80.00"))


def test_zero_cost_target() -> None:
    zero = appraisal(activity(target=(10, 100, 12, 0), done=(10, 100, 12, 0)))
    with pytest.raises(OutOfRangeError) as caught:
        RULE_SET.score(zero)
    assert caught.value.field == "skps[0].activities[0].target.cost"
    # Under 'absent' the activity has no cost aspect: (100 + 100 + 76) / 3 = 92.
    row = RULE_SET.with_policies(zero_cost_target="absent").score(zero).skps[0].activities[0]
    assert (row.cost, row.divisor, row.value) == (None, 3, Decimal("92.00"))
    spent = appraisal(activity(target=(10, 100, 12, 0), done=(10, 100, 12, 50)))
    with pytest.raises(InconsistentInputError, match=r"realisation\.cost: got Decimal\('50'\)"):
        RULE_SET.with_policies(zero_cost_target="absent").score(spent)


def test_negative_scores_policy() -> None:
    # Waktu 12 -> 24 months: 176 - 100 * 2 = -24 kept by default; floored to 0 by policy.
    late = appraisal(activity(done=(10, 100, 24, None)))
    kept = RULE_SET.score(late).skps[0].activities[0]
    assert (kept.time, kept.value) == (Decimal("-24.00"), Decimal("58.67"))  # (100 + 100 - 24) / 3 = 58.666...
    floored = RULE_SET.with_policies(negative_scores="floor_at_zero").score(late)
    assert (floored.skps[0].activities[0].time, floored.skps[0].activities[0].value) == (
        Decimal("0.00"),
        Decimal("66.67"),  # 200 / 3
    )
    assert floored.explanation.step("skps[0].activities[0].time").formula.startswith("max(0, ")


def test_tugas_tambahan_and_kreativitas_add_to_skp() -> None:
    skp = Skp(
        period=YEAR_2019,
        activities=[activity()],  # (100 + 100 + 76) / 3 = 92
        additional_tasks=[AdditionalTask(f"tugas {i}") for i in range(4)],  # 4 tasks -> 2
        creativity=[CreativityItem("a", "unit_kerja"), CreativityItem("b", "organisasi")],  # 3 + 6
    )
    subject = Appraisal(
        period=YEAR_2019, position="fungsional_umum", skps=[skp], behaviour=behaviour(80, 80, 80, 80, 80)
    )
    result = RULE_SET.score(subject)
    assert (result.skps[0].additional_task_value, result.skps[0].creativity_value) == (2, 9)
    assert result.skp_value == Decimal("103.00")  # 92 + 2 + 9, no cap
    assert result.skp_predikat is Predikat.SANGAT_BAIK
    highest = RULE_SET.with_policies(creativity="highest").score(subject)
    assert (highest.skps[0].creativity_value, highest.skp_value) == (6, Decimal("100.00"))


def test_month_weighted_needs_whole_months() -> None:
    parts = [
        Skp(period=AppraisalPeriod(date(2019, 1, 1), date(2019, 5, 15)), activities=[activity()]),
        Skp(period=AppraisalPeriod(date(2019, 5, 16), date(2019, 12, 31)), activities=[activity()]),
    ]
    subject = Appraisal(
        period=YEAR_2019, position="fungsional_umum", skps=parts, behaviour=behaviour(80, 80, 80, 80, 80)
    )
    assert RULE_SET.score(subject).skp_value == Decimal("92.00")  # simple mean of 92 and 92
    with pytest.raises(InvalidInputError, match=r"skps\[0\]\.period: got '2019-01-01 to 2019-05-15'"):
        RULE_SET.with_policies(mutasi="month_weighted").score(subject)


def test_rounding_stage_final_versus_form() -> None:
    # Kuantitas 175 -> 170: 680/7 = 97.142857...; kualitas 80, waktu 76.
    subject = appraisal(activity(target=(175, 100, 12, None), done=(170, 80, 12, None)))
    form = RULE_SET.score(subject).skps[0].activities[0]
    # form: 97.14 + 80 + 76 = 253.14 printed, / 3 = 84.38
    assert (form.total, form.value) == (Decimal("253.14"), Decimal("84.38"))
    final = RULE_SET.with_policies(rounding_stage="final").score(subject)
    row = final.skps[0].activities[0]
    # final: exact 1772/7 = 253.142857..., / 3 = 1772/21 = 84.380952... -> 84.38
    assert final.explanation.step("skps[0].activities[0].value").exact == Fraction(1772, 21)
    assert (row.total, row.value) == (Decimal("253.14"), Decimal("84.38"))


def test_predikat_basis() -> None:
    # Aspects 91, 91, 91, 91, 90.99: jumlah 454.99, / 5 = 90.998 -> prints 91.00.
    subject = appraisal(aspects=(91, 91, 91, 91, "90.99"))
    printed = RULE_SET.score(subject)
    assert (printed.behaviour.value, printed.behaviour.predikat) == (Decimal("91.00"), Predikat.SANGAT_BAIK)
    exact = RULE_SET.with_policies(predikat_basis="exact").score(subject)
    assert (exact.behaviour.value, exact.behaviour.predikat) == (Decimal("91.00"), Predikat.BAIK)


def test_study_leave() -> None:
    subject = StudyLeaveAppraisal(
        period=YEAR_2019, position="fungsional_umum", academic_score=85, behaviour=behaviour(80, 80, 78, 85, 80)
    )
    result = RULE_SET.score(subject)
    # 85 x 60 % = 51.00; 403 / 5 = 80.60 x 40 % = 32.24; 83.24 Baik
    assert (result.skps, result.academic_score, result.skp_part) == ((), Decimal(85), Decimal("51.00"))
    assert (result.behaviour_part, result.final_value, result.final_predikat) == (
        Decimal("32.24"),
        Decimal("83.24"),
        Predikat.BAIK,
    )
    assert "Tugas belajar" in result.render()


def test_policies_replace_rejects_unknown_names() -> None:
    with pytest.raises(
        InvalidInputError, match="Policies: got 'rounding_mode'; allowed: a policy name, one of negative_scores"
    ):
        RULE_SET.with_policies(rounding_mode="up")
    with pytest.raises(InvalidInputError, match=r"Policies\.mutasi: got 'weighted'"):
        RULE_SET.with_policies(mutasi="weighted")
    with pytest.raises(InvalidInputError, match=r"Policies\.rounding: got 'half_up'"):
        RULE_SET.with_policies(rounding="half_up")


def test_explanation_covers_every_printed_figure() -> None:
    result = RULE_SET.score(appraisal(activity(target=(1, 100, 12, 170395000), done=(1, 90, 12, 170395000))))
    keys = [step.key for step in result.explanation]
    assert len(keys) == len(set(keys))
    for key, value in [
        ("skps[0].activities[0].quantity", result.skps[0].activities[0].quantity),
        ("skps[0].activities[0].cost", result.skps[0].activities[0].cost),
        ("skps[0].activities[0].value", result.skps[0].activities[0].value),
        ("skps[0].value", result.skps[0].value),
        ("skp.value", result.skp_value),
        ("behaviour.value", result.behaviour.value),
        ("final.skp_part", result.skp_part),
        ("final.behaviour_part", result.behaviour_part),
        ("final.value", result.final_value),
    ]:
        assert result.explanation.step(key).value == value
    assert result.explanation.step("final.value").inputs == (
        ("SKP x 60 %", "51.30"),
        ("perilaku kerja x 40 %", "32.24"),
    )
    with pytest.raises(KeyError, match="no step 'final'"):
        result.explanation.step("final")
    text = result.render()
    assert "Nilai prestasi kerja 83.54 (Baik)" in text
    assert "[S]" in text


def test_scoring_helpers_refuse_impossible_counts() -> None:
    with pytest.raises(OutOfRangeError, match="count: got -1; allowed: a whole number of additional tasks, >= 0"):
        scoring.additional_task_value(-1)
    assert str(scoring.PP_46_2011) == "PP 46/2011"


def test_required_number_refuses_none() -> None:
    with pytest.raises(InvalidTypeError, match=r"Target\.time: got None; allowed: a finite number"):
        Target(quantity=1, quantity_unit="laporan", quality=100, time=None)  # type: ignore[arg-type]


def test_not_done_activity_has_no_efficiency_and_cites_the_times_zero_variant() -> None:
    result = RULE_SET.score(appraisal(activity(target=(10, 100, 12, 1000), done=(0, 0, 0, 0))))
    row = result.skps[0].activities[0]
    assert (row.time_efficiency, row.cost_efficiency, row.value) == (None, None, Decimal("0.00"))
    step = result.explanation.step("skps[0].activities[0].time")
    assert "x 0 x 100" in step.formula
    assert step.source == scoring.SRC_NOT_DONE
    with pytest.raises(KeyError):
        result.explanation.step("skps[0].activities[0].time_efficiency")


def test_activity_carried_out_at_no_cost() -> None:
    # Efficiency 100 % > 24 %: 76 - ((176 - 0) - 100) = 0, by the literal formula, not as "not done".
    result = RULE_SET.score(appraisal(activity(target=(10, 100, 12, 1000), done=(10, 100, 12, 0))))
    row = result.skps[0].activities[0]
    assert (row.cost_efficiency, row.cost, row.value) == (Decimal("100.00"), Decimal("0.00"), Decimal("69.00"))
    assert "efisiensi > 24 %" in result.explanation.step("skps[0].activities[0].cost").formula


def test_rule_set_needs_policies_object() -> None:
    with pytest.raises(InvalidTypeError, match=r"Pp46RuleSet\.policies: got \{\}"):
        Pp46RuleSet(policies={})  # type: ignore[arg-type]


def test_formula_helpers_refuse_floats() -> None:
    with pytest.raises(FloatInputError):
        scoring.time_or_cost_score(Fraction(3), 2.28)  # type: ignore[arg-type]
    with pytest.raises(FloatInputError):
        scoring.predikat(90.9999, GapReading.LOWER_BOUND_INCLUSIVE)  # type: ignore[arg-type]
    with pytest.raises(OutOfRangeError, match="target: got 0"):
        scoring.quantity_score(0, 5)
    assert scoring.time_or_cost_score(Decimal(3), Decimal("2.28"))[0] == 100


def test_the_exact_efficiency_decides_the_variant_and_is_shown() -> None:
    # TB 5,000,000, RB 3,799,999: efficiency 24.00002 % prints 24.00 but is over 24 %, so 100 r = 75.99998 -> 76.00.
    result = RULE_SET.score(appraisal(activity(target=(10, 100, 12, 5000000), done=(10, 100, 12, 3799999))))
    row = result.skps[0].activities[0]
    assert (row.cost_efficiency, row.cost) == (Decimal("24.00"), Decimal("76.00"))
    step = result.explanation.step("skps[0].activities[0].cost")
    assert ("efisiensi (exact)", "24.00002") in step.inputs
    assert "efisiensi > 24 %" in step.formula


def test_extras_belong_to_each_skp_under_mutasi() -> None:
    # SKP Jan-May: 3 tasks (-> 1) and a negara kreativitas (12); SKP Jun-Dec: 4 tasks (-> 2); activities worth 92.
    # Per SKP: 92 + 1 + 12 = 105 and 92 + 2 = 94; (105 + 94) / 2 = 99.50 (documented choice; not 92 + 3 + 12 = 107).
    first = Skp(
        period=AppraisalPeriod(date(2019, 1, 1), date(2019, 5, 31)),
        activities=[activity()],
        additional_tasks=[AdditionalTask(f"t{i}") for i in range(3)],
        creativity=[CreativityItem("inovasi", "negara")],
    )
    second = Skp(
        period=AppraisalPeriod(date(2019, 6, 1), date(2019, 12, 31)),
        activities=[activity()],
        additional_tasks=[AdditionalTask(f"u{i}") for i in range(4)],
    )
    subject = Appraisal(
        period=YEAR_2019, position="fungsional_umum", skps=[first, second], behaviour=behaviour(80, 80, 80, 80, 80)
    )
    result = RULE_SET.score(subject)
    assert [skp.value for skp in result.skps] == [Decimal("105.00"), Decimal("94.00")]
    assert result.skp_value == Decimal("99.50")
