"""Regulatory invariants of the PermenPANRB 8/2021 rule set, checked with the shipped strategies."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from skpcalc.interchange import appraisal_document, dumps, loads, read_appraisal, read_result, result_document
from skpcalc.numeric import Rounding, RoundingPolicy, quantize, to_fraction
from skpcalc.period import AppraisalPeriod
from skpcalc.rules import pp46_2011
from skpcalc.rules.permenpanrb_8_2021 import (
    RULE_SET,
    Appraisal,
    Behaviour,
    CapaianRounding,
    Condition,
    Conversion2021,
    Indicator,
    Over120,
    Permenpanrb8RuleSet,
    Plan,
    Policies,
    Predikat,
    Result,
    Skp,
    Target,
    VeryGoodFormula,
    Year2021Appraisal,
    Year2021Result,
)
from skpcalc.rules.permenpanrb_8_2021 import scoring as s
from skpcalc.rules.permenpanrb_8_2021.policies import PredikatBasis, RoundingStage
from skpcalc.rules.pp46_2011 import scoring as pp46_scoring
from skpcalc.rules.pp46_2011.model import Appraisal as Pp46Appraisal
from skpcalc.testing.strategies import decimals
from skpcalc.testing.strategies_permenpanrb_8_2021 import (
    FIRST_HALF,
    SECOND_HALF,
    appraisal_periods,
    appraisals,
    behaviours,
    indicators,
    plans,
    policies,
    skps,
    targets,
    year_2021_appraisals,
)

#: Worse to better.
ORDER = (Predikat.SANGAT_KURANG, Predikat.KURANG, Predikat.CUKUP, Predikat.BAIK, Predikat.SANGAT_BAIK)
#: PP 46/2011 predikat, worse to better, for the rank-to-rank reading of the 2021 conversion.
PP46_ORDER = (
    pp46_2011.Predikat.BURUK,
    pp46_2011.Predikat.KURANG,
    pp46_2011.Predikat.CUKUP,
    pp46_2011.Predikat.BAIK,
    pp46_2011.Predikat.SANGAT_BAIK,
)

capaian_values = st.fractions(min_value=-150, max_value=300, max_denominator=1000)
up_to_100 = st.fractions(min_value=-150, max_value=100, max_denominator=1000)
realisations = decimals(low=0, high=3000).map(to_fraction)
WHOLE_PERCENT = RoundingPolicy(places=0, mode=Rounding.HALF_UP)


def rank(label: Predikat) -> int:
    return ORDER.index(label)


def score(appraisal: Appraisal, rule_set: Permenpanrb8RuleSet = RULE_SET) -> Result:
    result = rule_set.score(appraisal)
    assert isinstance(result, Result)
    return result


# ----------------------------------------------------------------------------------- nilai capaian IKI


@given(a=capaian_values, b=capaian_values, very_good=st.sampled_from(VeryGoodFormula))
def test_nilai_capaian_is_non_decreasing_and_within_0_120(a: Fraction, b: Fraction, very_good: VeryGoodFormula) -> None:
    low, high = sorted((a, b))
    nilai_low = s.nilai_capaian(low, target_is_maximum=False, very_good=very_good)[0]
    nilai_high = s.nilai_capaian(high, target_is_maximum=False, very_good=very_good)[0]
    assert 0 <= nilai_low <= nilai_high <= 120


@given(a=up_to_100, b=up_to_100, very_good=st.sampled_from(VeryGoodFormula))
def test_nilai_capaian_of_a_maximum_target_is_non_decreasing_up_to_100(
    a: Fraction, b: Fraction, very_good: VeryGoodFormula
) -> None:
    # A maximum achievable target cannot be exceeded (the rule set refuses a capaian above 100 %), so the mark
    # is meaningful only up to 100 %.
    low, high = sorted((a, b))
    nilai_low = s.nilai_capaian(low, target_is_maximum=True, very_good=very_good)[0]
    nilai_high = s.nilai_capaian(high, target_is_maximum=True, very_good=very_good)[0]
    assert 0 <= nilai_low <= nilai_high <= 120
    # The mark never lowers a nilai: it changes only the 100 % row, 109 -> 120.
    plain = s.nilai_capaian(high, target_is_maximum=False, very_good=very_good)[0]
    assert plain <= nilai_high
    assert (plain == nilai_high) is (high < 100)


@given(value=capaian_values, maximum=st.booleans())
def test_floor_110_is_never_above_interpolation(value: Fraction, maximum: bool) -> None:
    assume(not (maximum and value > 100))  # a maximum achievable target cannot be exceeded (refused)
    floor, category, _ = s.nilai_capaian(value, target_is_maximum=maximum, very_good="floor_110")
    interpolated, same_category, _ = s.nilai_capaian(value, target_is_maximum=maximum, very_good="interpolate")
    assert floor <= interpolated
    assert category is same_category  # the policy changes the nilai, never the kategori


@given(value=capaian_values, very_good=st.sampled_from(VeryGoodFormula))
def test_kategori_follows_the_rows_of_the_table(value: Fraction, very_good: VeryGoodFormula) -> None:
    _, category, _ = s.nilai_capaian(value, target_is_maximum=False, very_good=very_good)
    expected = (
        s.Category.SANGAT_BAIK if value >= 101 else s.Category.BAIK if value >= 100 else
        s.Category.CUKUP if value >= 80 else s.Category.KURANG if value >= 60 else s.Category.SANGAT_KURANG
    )  # fmt: skip
    assert category is expected


# ------------------------------------------------------------------------------------------ capaian IKI


@given(target=targets(ranged=False), realisation=realisations)
def test_khusus_mirrors_normal_for_single_targets(target: Target, realisation: Fraction) -> None:
    low, high = to_fraction(target.low), to_fraction(target.high)
    normal, used = s.capaian(low, high, realisation, Condition.NORMAL)
    special, same_used = s.capaian(low, high, realisation, Condition.SPECIAL)
    # (1 + (1 - R / T)) x 100 = 200 - R / T x 100.
    assert special == 200 - normal
    assert used == same_used == low


@given(target=targets(ranged=True), realisation=realisations)
def test_khusus_mirrors_normal_for_ranges_too(target: Target, realisation: Fraction) -> None:
    low, high = to_fraction(target.low), to_fraction(target.high)
    normal, used = s.capaian(low, high, realisation, "normal")
    special, same_used = s.capaian(low, high, realisation, "khusus")
    assert special == 200 - normal  # inside the range both are 100 = 200 - 100
    assert used == same_used
    assert (used is None) is (low <= realisation <= high)


@given(target=targets(), a=realisations, b=realisations)
def test_capaian_rises_with_realisation_in_kondisi_normal_and_falls_in_khusus(
    target: Target, a: Fraction, b: Fraction
) -> None:
    low, high = sorted((a, b))
    bounds = (to_fraction(target.low), to_fraction(target.high))
    assert s.capaian(*bounds, low, "normal")[0] <= s.capaian(*bounds, high, "normal")[0]
    assert s.capaian(*bounds, low, "khusus")[0] >= s.capaian(*bounds, high, "khusus")[0]


# ------------------------------------------------------------------------------------- conversion 2021

first_half_values = st.fractions(min_value=-50, max_value=150, max_denominator=1000)


@given(a=first_half_values, b=first_half_values, conversion=st.sampled_from(Conversion2021))
def test_convert_2021_is_non_decreasing_and_within_0_120(a: Fraction, b: Fraction, conversion: Conversion2021) -> None:
    low, high = sorted((a, b))
    assert 0 <= s.convert_2021(low, conversion) <= s.convert_2021(high, conversion) <= 120


@given(value=st.fractions(min_value=0, max_value=110, max_denominator=1000))
def test_convert_2021_on_0_110(value: Fraction) -> None:
    assert 0 <= s.convert_2021(value, "band_linear") <= 120
    assert s.convert_2021(value, "none") == value
    assert s.convert_2021(value, "proportional") == min(value * Fraction(6, 5), Fraction(120))


def test_band_linear_maps_each_pp46_band_onto_the_pp30_band_of_the_same_rank() -> None:
    # On every whole number 0-110 (the PP 46/2011 table is written in whole numbers): Sangat Baik 91-100 ->
    # 110-120, Baik 76-90 -> 90-109, Cukup 61-75 -> 70-89, Kurang 51-60 -> 50-69, Buruk 0-50 -> 0-49; read with
    # the innovation condition, the PP 30/2019 predikat has the same rank as the PP 46/2011 one.
    for value in range(111):
        converted = s.convert_2021(value, "band_linear")
        old = pp46_scoring.predikat(Fraction(value), pp46_2011.GapReading.LOWER_BOUND_INCLUSIVE)
        assert rank(s.predikat(converted, innovation=True)) == PP46_ORDER.index(old), value


# ---------------------------------------------------------------------------------------------- predikat

predikat_values = st.fractions(min_value=-20, max_value=140, max_denominator=1000)


@given(a=predikat_values, b=predikat_values, innovation=st.booleans())
def test_predikat_is_monotone_and_innovation_never_lowers_it(a: Fraction, b: Fraction, innovation: bool) -> None:
    low, high = sorted((a, b))
    assert rank(s.predikat(low, innovation=innovation)) <= rank(s.predikat(high, innovation=innovation))
    assert rank(s.predikat(a, innovation=True)) >= rank(s.predikat(a, innovation=False))
    # Innovation matters only for Sangat Baik, from 110 up.
    assert (s.predikat(a, innovation=True) is not s.predikat(a, innovation=False)) is (a >= 110)


# ------------------------------------------------------------------------------------- whole appraisals


def check_rounding_in_one_place(result: Result | Year2021Result, chosen: Policies) -> None:
    """Every numeric step prints quantize(exact) under the policy's rounding; labels have no exact value."""
    for step in result.explanation:
        if step.exact is None:
            assert isinstance(step.value, str)
        else:
            assert step.value == quantize(step.exact, chosen.rounding), step.key
            assert isinstance(step.value, Decimal)
            assert step.value.as_tuple().exponent == -chosen.rounding.places


@given(appraisal=appraisals(), chosen=policies())
def test_appraisals_score_under_every_policy(appraisal: Appraisal, chosen: Policies) -> None:
    rule_set = RULE_SET.policies_from_dict(chosen.to_dict())
    result = score(appraisal, rule_set)
    assert result.policies == chosen
    check_rounding_in_one_place(result, chosen)
    assert 0 <= result.behaviour.value <= 120
    assert 0 <= result.skp.additional_value <= 10
    if chosen.over_120 is Over120.CAP_SKP:
        assert 0 <= result.skp.value <= 120
        assert 0 <= result.value <= 120
    else:
        assert 0 <= result.skp.value <= 130 + Fraction(len(appraisal.skp.main), 10**chosen.rounding.places)
    for plan in result.skp.main + result.skp.additional:
        assert all(0 <= row.value <= 120 for row in plan.indicators)
        assert 0 <= plan.value <= 120
    basis = (
        to_fraction(result.value)
        if chosen.predikat_basis is PredikatBasis.PRINTED
        else result.explanation.exact("final.value")
    )
    assert result.predikat is s.predikat(basis, innovation=appraisal.innovation)
    weights = (60, 40) if appraisal.peer_and_subordinate_input else (70, 30)
    assert (result.skp_weight, result.behaviour_weight) == weights
    if chosen.rounding_stage is RoundingStage.FORM:  # each figure from the printed figures before it
        assert result.skp_part == quantize(to_fraction(result.skp.value) * Fraction(weights[0], 100), chosen.rounding)
        assert result.value == result.skp_part + result.behaviour_part


@given(appraisal=appraisals())
def test_default_policies_keep_the_form_figures_consistent(appraisal: Appraisal) -> None:
    result = score(appraisal)
    # The whole-percent capaian is the exact capaian rounded half-up to a whole number (not the printed capaian
    # rounded again: 0.4963 % prints 0.50 but converts as 0).
    rounded = [step for step in result.explanation if step.key.endswith(".capaian_rounded")]
    assert len(rounded) == sum(len(plan.indicators) for plan in result.skp.main + result.skp.additional)
    for step in rounded:
        exact = result.explanation.exact(step.key.removesuffix("_rounded"))
        assert step.exact == to_fraction(quantize(exact, WHOLE_PERCENT))
    # KU is the sum of the printed nilai tertimbang; nilai SKP = min(120, KU + min(10, total tambahan)).
    assert result.skp.main_value == sum((plan.weighted for plan in result.skp.main), Decimal(0))
    assert result.skp.additional_total == sum((plan.weighted for plan in result.skp.additional), Decimal(0))
    assert result.skp.additional_value == min(result.skp.additional_total, Decimal(10))
    assert result.skp.value == min(result.skp.main_value + result.skp.additional_value, Decimal(120))


@given(appraisal=year_2021_appraisals(), chosen=policies())
def test_split_years_score_under_every_policy(appraisal: Year2021Appraisal, chosen: Policies) -> None:
    result = Permenpanrb8RuleSet(chosen).score(appraisal)
    assert isinstance(result, Year2021Result)
    check_rounding_in_one_place(result, chosen)
    check_rounding_in_one_place(result.second_half, chosen)
    assert 0 <= result.first_half_converted <= 120
    assert result.first_half == pp46_2011.RULE_SET.score(appraisal.first_half)
    if chosen.over_120 is Over120.CAP_SKP:
        assert 0 <= result.value <= 120
    assert result.period.start == appraisal.first_half.period.start
    assert result.period.end == appraisal.second_half.period.end
    # The halves stay within their halves of 2021, and the first has one SKP covering its period.
    assert FIRST_HALF.contains(appraisal.first_half.period)
    assert SECOND_HALF.contains(appraisal.second_half.period)
    assert isinstance(appraisal.first_half, Pp46Appraisal)
    assert [skp.period for skp in appraisal.first_half.skps] == [appraisal.first_half.period]


# ------------------------------------------------------------------------------------------ interchange


@given(appraisal=appraisals(max_main=2, max_additional=1) | year_2021_appraisals(max_main=1), chosen=policies())
def test_documents_round_trip(appraisal: Appraisal | Year2021Appraisal, chosen: Policies) -> None:
    rule_set = Permenpanrb8RuleSet(chosen)
    document = loads(dumps(appraisal_document(rule_set, appraisal)))
    assert read_appraisal(document) == (RULE_SET, appraisal)
    result = rule_set.score(appraisal)
    again = read_result(loads(dumps(result_document(rule_set, result))))
    assert again[0] is RULE_SET
    assert again[1] == result


# -------------------------------------------------------------------------------- the strategies' promises


@given(single=targets(ranged=False), ranged=targets(ranged=True), either=targets())
def test_target_strategy_honours_ranged(single: Target, ranged: Target, either: Target) -> None:
    assert not single.is_range
    assert ranged.is_range
    assert 0 < either.low <= either.high


@given(
    indicator=indicators(target_is_maximum=True),
    condition=st.sampled_from(Condition),
    data=st.data(),
)
def test_maximum_targets_are_never_exceeded(indicator: Indicator, condition: Condition, data: st.DataObject) -> None:
    # Exact capaian at most 100 %: scores under both capaian policies.
    for item in (indicator, data.draw(indicators(condition=condition, ranged=True, target_is_maximum=True))):
        value, _ = s.capaian(item.target.low, item.target.high, item.realisation, item.condition)
        assert value <= 100
        for capaian in CapaianRounding:
            subject = Appraisal(
                period=SECOND_HALF,
                skp=Skp(model="dasar", main=[Plan(name="Rencana", indicators=[item])]),
                behaviour=Behaviour(service_orientation=100, commitment=100, initiative=100, teamwork=100),
                peer_and_subordinate_input=False,
                innovation=False,
            )
            assert score(subject, RULE_SET.with_policies(capaian=capaian)).skp.main[0].indicators[0].value <= 120
    plain = data.draw(indicators(condition=condition, ranged=False, target_is_maximum=False))
    assert (plain.condition, plain.target.is_range, plain.target_is_maximum) == (condition, False, False)


@given(weighted=plans(weighted=True), unweighted=plans(weighted=False), either=plans(max_indicators=1))
def test_plan_strategy_honours_weighted(weighted: Plan, unweighted: Plan, either: Plan) -> None:
    assert weighted.weight is not None
    assert 0 < weighted.weight <= 100
    assert unweighted.weight is None
    assert len(either.indicators) == 1


@given(weighted=skps(weighted=True, max_additional=1), unweighted=skps(weighted=False, max_main=1, max_additional=0))
def test_skp_strategy_honours_weighted(weighted: Skp, unweighted: Skp) -> None:
    assert sum((plan.weight or Decimal(0) for plan in weighted.main), Decimal(0)) == 100
    assert all(plan.weight is not None for plan in weighted.main + weighted.additional)
    assert len(unweighted.main) == 1
    assert unweighted.main[0].weight is None
    assert unweighted.additional == ()


@given(led=behaviours(with_leadership=True), not_led=behaviours(with_leadership=False), either=behaviours())
def test_behaviour_strategy_honours_with_leadership(led: Behaviour, not_led: Behaviour, either: Behaviour) -> None:
    assert led.leadership is not None
    assert not_led.leadership is None
    assert len(either.aspects()) in {4, 5}


@given(period=appraisal_periods())
def test_period_strategy_stays_within_july_december_2021(period: AppraisalPeriod) -> None:
    assert SECOND_HALF.contains(period)
    assert RULE_SET.in_force.covers(period.start, period.end)
