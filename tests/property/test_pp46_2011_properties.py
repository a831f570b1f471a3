"""Regulatory invariants of the PP 46/2011 rule set, checked with the shipped strategies."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
from helpers import appraisal as build
from hypothesis import assume, given
from hypothesis import strategies as st

from skpcalc.interchange import appraisal_document, dumps, loads, read_appraisal, read_result, result_document
from skpcalc.numeric import Rounding, RoundingPolicy, quantize, to_fraction
from skpcalc.rules.pp46_2011 import (
    RULE_SET,
    Activity,
    Appraisal,
    GapReading,
    Policies,
    Predikat,
    PredikatBasis,
    RoundingStage,
    StudyLeaveAppraisal,
    Target,
)
from skpcalc.rules.pp46_2011 import scoring as s
from skpcalc.testing.strategies import (
    activities,
    appraisals,
    decimals,
    policies,
    study_leave_appraisals,
    targets,
)

positive = decimals(low=Decimal("0.01"), high=1000).map(to_fraction)
fractions = st.fractions(min_value=-200, max_value=300, max_denominator=10**6)
ORDER = [Predikat.BURUK, Predikat.KURANG, Predikat.CUKUP, Predikat.BAIK, Predikat.SANGAT_BAIK]


@given(
    target=positive, low=decimals(low=0, high=2000).map(to_fraction), high=decimals(low=0, high=2000).map(to_fraction)
)
def test_quantity_and_quality_rise_with_realisation(target: Fraction, low: Fraction, high: Fraction) -> None:
    assume(low < high)
    assert s.quantity_score(target, low) < s.quantity_score(target, high)
    assert s.quality_score(target, low) < s.quality_score(target, high)


@given(target=positive, realisation=decimals(low=Decimal("0.01"), high=3000).map(to_fraction))
def test_time_and_cost_peak_at_exactly_100_when_realisation_is_76_percent(
    target: Fraction, realisation: Fraction
) -> None:
    peak = target * Fraction(76, 100)
    assert s.time_or_cost_score(target, peak)[0] == 100
    score = s.time_or_cost_score(target, realisation)[0]
    if realisation != peak:
        assert score < 100


@given(target=positive, first=st.fractions(min_value=0, max_value=3), second=st.fractions(min_value=0, max_value=3))
def test_time_and_cost_fall_on_both_sides_of_the_peak(target: Fraction, first: Fraction, second: Fraction) -> None:
    low, high = sorted((first * target, second * target))
    assume(low < high and low > 0)
    peak = target * Fraction(76, 100)
    score_low, score_high = s.time_or_cost_score(target, low)[0], s.time_or_cost_score(target, high)[0]
    if high <= peak:  # efficiency above 24 %: the earlier, the lower (100 r)
        assert score_low < score_high
    if low >= peak:  # efficiency up to 24 % (on time, late): the later, the lower (176 - 100 r)
        assert score_low > score_high


@given(target=positive)
def test_time_and_cost_not_done_scores_zero(target: Fraction) -> None:
    assert s.time_or_cost_score(target, Fraction(0), carried_out=False) == (Fraction(0), "not done")
    # Carried out at no cost: efficiency 100 % -> the "> 24 %" variant, 100 x 0 = 0 as well.
    assert s.time_or_cost_score(target, Fraction(0)) == (Fraction(0), "efficiency > 24 %")


@given(count=st.integers(0, 500))
def test_tugas_tambahan_bins(count: int) -> None:
    value = s.additional_task_value(count)
    assert value == (0 if count == 0 else 1 if count <= 3 else 2 if count <= 6 else 3)
    assert value <= s.additional_task_value(count + 1)


@given(gap=st.sampled_from(GapReading), a=fractions, b=fractions)
def test_predikat_is_total_and_monotone(gap: GapReading, a: Fraction, b: Fraction) -> None:
    low, high = sorted((a, b))
    assert ORDER.index(s.predikat(low, gap)) <= ORDER.index(s.predikat(high, gap))


@given(gap=st.sampled_from(GapReading), value=st.integers(-50, 200))
def test_predikat_readings_agree_on_integers(gap: GapReading, value: int) -> None:
    # The regulation's table is written in integers: 91 ke atas, 76-90, 61-75, 51-60, 50 ke bawah.
    expected = (
        Predikat.SANGAT_BAIK if value >= 91 else Predikat.BAIK if value >= 76 else
        Predikat.CUKUP if value >= 61 else Predikat.KURANG if value >= 51 else Predikat.BURUK
    )  # fmt: skip
    assert s.predikat(Fraction(value), gap) is expected


@given(value=fractions, places=st.integers(0, 4), mode=st.sampled_from(Rounding))
def test_quantize_is_within_one_unit_and_idempotent(value: Fraction, places: int, mode: Rounding) -> None:
    policy = RoundingPolicy(places=places, mode=mode)
    rounded = quantize(value, policy)
    unit = Fraction(1, 10**places)
    assert abs(to_fraction(rounded) - value) < unit
    if mode is Rounding.HALF_UP:
        assert abs(to_fraction(rounded) - value) <= unit / 2
    if mode is Rounding.DOWN:
        assert abs(to_fraction(rounded)) <= abs(value)
    if mode is Rounding.UP:
        assert abs(to_fraction(rounded)) >= abs(value)
    assert quantize(to_fraction(rounded), policy) == rounded
    assert rounded.as_tuple().exponent == -places


@given(appraisal=appraisals())
def test_final_value_is_60_40_of_its_printed_parts(appraisal: Appraisal) -> None:
    result = RULE_SET.score(appraisal)
    policy = RULE_SET.policies.rounding
    assert result.skp_part == quantize(to_fraction(result.skp_value) * Fraction(60, 100), policy)
    assert result.behaviour_part == quantize(to_fraction(result.behaviour.value) * Fraction(40, 100), policy)
    assert result.final_value == result.skp_part + result.behaviour_part
    assert result.final_predikat is s.predikat(to_fraction(result.final_value), GapReading.LOWER_BOUND_INCLUSIVE)
    assert 0 <= result.behaviour.value <= 100
    assert result.behaviour.divisor == len(appraisal.behaviour.aspects())


@given(appraisal=appraisals())
def test_final_stage_rounds_the_exact_60_40_once(appraisal: Appraisal) -> None:
    rule_set = RULE_SET.with_policies(rounding_stage=RoundingStage.FINAL)
    result = rule_set.score(appraisal)
    skp = result.explanation.exact("skp.value")
    behaviour = result.explanation.exact("behaviour.value")
    exact = skp * Fraction(60, 100) + behaviour * Fraction(40, 100)
    assert result.explanation.step("final.value").exact == exact
    assert result.final_value == quantize(exact, rule_set.policies.rounding)


@given(appraisal=appraisals(), chosen=policies())
def test_scoring_is_total_under_every_policy(appraisal: Appraisal, chosen: Policies) -> None:
    # Zero cost targets and part months never occur in the strategies, so no policy refuses them.
    result = RULE_SET.policies_from_dict(chosen.to_dict()).score(appraisal)
    assert result.policies == chosen
    places = chosen.rounding.places
    for figure in (result.skp_value, result.behaviour.value, result.final_value):
        assert figure.as_tuple().exponent == -places
    basis = result.final_value if chosen.predikat_basis is PredikatBasis.PRINTED else None
    if basis is not None:
        assert result.final_predikat is s.predikat(to_fraction(basis), chosen.predikat_gap)


@given(appraisal=appraisals(max_skps=1), raise_quantity=st.integers(1, 100))
def test_more_output_never_lowers_the_activity_value(appraisal: Appraisal, raise_quantity: int) -> None:
    skp = appraisal.skps[0]
    first = skp.activities[0]
    assume(first.realisation.quantity > 0)
    better = attrs.evolve(
        first, realisation=attrs.evolve(first.realisation, quantity=first.realisation.quantity + raise_quantity)
    )
    improved = attrs.evolve(appraisal, skps=(attrs.evolve(skp, activities=(better, *skp.activities[1:])),))
    before = RULE_SET.score(appraisal).skps[0].activities[0].value
    after = RULE_SET.score(improved).skps[0].activities[0].value
    assert after >= before


@given(activity=activities(done=False))
def test_activity_not_done_scores_zero(activity: Activity) -> None:
    result = RULE_SET.score(build(activity))
    assert result.skps[0].activities[0].value == 0


@given(appraisal=appraisals() | study_leave_appraisals())
def test_json_round_trip(appraisal: Appraisal | StudyLeaveAppraisal) -> None:
    document = loads(dumps(appraisal_document(RULE_SET, appraisal)))
    assert read_appraisal(document) == (RULE_SET, appraisal)
    result = RULE_SET.score(appraisal)
    assert read_result(loads(dumps(result_document(RULE_SET, result)))) == (RULE_SET, result)


@given(with_cost=targets(with_cost=True), without_cost=targets(with_cost=False))
def test_target_strategy_honours_with_cost(with_cost: Target, without_cost: Target) -> None:
    assert with_cost.cost is not None
    assert with_cost.cost > 0
    assert without_cost.cost is None
