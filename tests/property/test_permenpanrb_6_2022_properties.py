"""Regulatory invariants of the PermenPANRB 6/2022 rule set, checked with the shipped strategies."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import attrs
from hypothesis import given
from hypothesis import strategies as st

from skpcalc.interchange import appraisal_document, dumps, loads, read_appraisal, read_result, result_document
from skpcalc.rules.permenpanrb_6_2022 import (
    MATRIX,
    PREDIKAT_ORDER,
    RULE_SET,
    AnnualPredikat,
    EmployeeEvaluation,
    HeadCountRounding,
    LeaderRating,
    MajorityReading,
    OrganisationPredikat,
    Permenpanrb6RuleSet,
    Policies,
    Predikat,
    RankEntry,
    Rating,
    RatingBasis,
    RatingDerivation,
    ResultKind,
    Skp,
    UnitEvaluation,
)
from skpcalc.rules.permenpanrb_6_2022 import scoring as s
from skpcalc.rules.permenpanrb_6_2022.scoring import Bound
from skpcalc.testing.strategies_permenpanrb_6_2022 import employee_evaluations, ratings, skps, units

#: Worse to better.
RATING_ORDER = (Rating.BELOW, Rating.MEETS, Rating.ABOVE)

policies = st.builds(
    Policies,
    rating_derivation=st.sampled_from(RatingDerivation),
    annual=st.sampled_from(AnnualPredikat),
    leader_rating=st.sampled_from(LeaderRating),
    head_count_rounding=st.sampled_from(HeadCountRounding),
    majority=st.sampled_from(MajorityReading),
)
rule_sets = policies.map(Permenpanrb6RuleSet)


def level(rating: Rating) -> int:
    return RATING_ORDER.index(rating)


def at_least(rating: Rating) -> st.SearchStrategy[Rating]:
    """A rating no worse than ``rating``."""
    return st.sampled_from(RATING_ORDER[level(rating) :])


# --------------------------------------------------------------------------------------------- the matrix


def test_predikat_order() -> None:
    # Sangat Kurang < Kurang/Misconduct < Butuh Perbaikan < Baik < Sangat Baik (angka kredit 25/50/75/100/150 %).
    assert PREDIKAT_ORDER == (
        Predikat.SANGAT_KURANG,
        Predikat.KURANG_MISCONDUCT,
        Predikat.BUTUH_PERBAIKAN,
        Predikat.BAIK,
        Predikat.SANGAT_BAIK,
    )
    assert [label.rank for label in PREDIKAT_ORDER] == [0, 1, 2, 3, 4]


@given(work=ratings(), behaviour=ratings(), data=st.data())
def test_matrix_is_total_and_monotone(work: Rating, behaviour: Rating, data: st.DataObject) -> None:
    label = s.predikat(work, behaviour)
    assert label in PREDIKAT_ORDER
    assert MATRIX[work, behaviour] is label
    better_work = data.draw(at_least(work))
    better_behaviour = data.draw(at_least(behaviour))
    # Raising either rating, or both, never lowers the predikat.
    assert s.predikat(better_work, behaviour).rank >= label.rank
    assert s.predikat(work, better_behaviour).rank >= label.rank
    assert s.predikat(better_work, better_behaviour).rank >= label.rank


@given(evaluation=employee_evaluations(), rule_set=rule_sets, data=st.data())
def test_raising_a_rating_never_lowers_the_predikat(
    evaluation: EmployeeEvaluation, rule_set: Permenpanrb6RuleSet, data: st.DataObject
) -> None:
    result = rule_set.evaluate(evaluation)
    assert result.predikat is MATRIX[result.work_rating, result.behaviour_rating]
    # Give a rating no worse than the one the evaluation had (given or derived from the SKP).
    better_work = data.draw(at_least(result.work_rating))
    raised = rule_set.evaluate(attrs.evolve(evaluation, work_rating=better_work))
    assert (raised.work_rating, raised.work_rating_basis) == (better_work, RatingBasis.GIVEN)
    assert raised.predikat.rank >= result.predikat.rank
    better_behaviour = data.draw(at_least(result.behaviour_rating))
    raised = rule_set.evaluate(attrs.evolve(evaluation, behaviour_rating=better_behaviour))
    assert raised.predikat.rank >= result.predikat.rank


# ------------------------------------------------------------------------------------------- the derivation

items = st.lists(st.tuples(ratings(), st.booleans()), min_size=1, max_size=12)


@given(ratings_given=items, policy=st.sampled_from(RatingDerivation), data=st.data())
def test_derive_rating_is_monotone(
    ratings_given: list[tuple[Rating, bool]], policy: RatingDerivation, data: st.DataObject
) -> None:
    before = s.derive_rating(ratings_given, policy)
    index = data.draw(st.integers(0, len(ratings_given) - 1))
    rating, is_main = ratings_given[index]
    better = data.draw(at_least(rating))
    improved = [*ratings_given[:index], (better, is_main), *ratings_given[index + 1 :]]
    assert level(s.derive_rating(improved, policy)) >= level(before)


def all_item_lists(longest: int) -> list[list[tuple[Rating, bool]]]:
    pairs = [(rating, is_main) for rating in RATING_ORDER for is_main in (True, False)]
    lists: list[list[tuple[Rating, bool]]] = [[]]
    result: list[list[tuple[Rating, bool]]] = []
    for _ in range(longest):
        lists = [[*start, pair] for start in lists for pair in pairs]
        result += lists
    return result


def test_derive_rating_is_monotone_on_every_list_of_up_to_four_items() -> None:
    # 6 + 36 + 216 + 1296 lists; every one-item improvement of each, under both policies.
    for ratings_given in all_item_lists(4):
        for policy in RatingDerivation:
            before = level(s.derive_rating(ratings_given, policy))
            for index, (rating, is_main) in enumerate(ratings_given):
                for better in RATING_ORDER[level(rating) + 1 :]:
                    improved = [*ratings_given[:index], (better, is_main), *ratings_given[index + 1 :]]
                    assert level(s.derive_rating(improved, policy)) >= before, (ratings_given, index, better, policy)


@given(ratings_given=items)
def test_the_strict_derivation_is_never_kinder(ratings_given: list[tuple[Rating, bool]]) -> None:
    # all_above_any_below asks more for Di Atas (all, not most) and less for Di Bawah (any, not most).
    default = s.derive_rating(ratings_given, RatingDerivation.MOST_ABOVE_NONE_MAIN_BELOW)
    strict = s.derive_rating(ratings_given, RatingDerivation.ALL_ABOVE_ANY_BELOW)
    assert level(strict) <= level(default)


@given(skp=skps(), policy=st.sampled_from(RatingDerivation), data=st.data())
def test_a_better_rhk_or_core_value_rating_never_gives_a_worse_predikat(
    skp: Skp, policy: RatingDerivation, data: st.DataObject
) -> None:
    evaluation = data.draw(employee_evaluations(ranking_value=False))
    evaluation = attrs.evolve(evaluation, work_rating=None, behaviour_rating=None, skp=skp)
    rule_set = RULE_SET.with_policies(rating_derivation=policy)
    before = rule_set.evaluate(evaluation)
    assert evaluation.skp is not None
    results = list(evaluation.skp.work_results)
    index = data.draw(st.integers(0, len(results) - 1))
    old = results[index].rating
    assert old is not None
    results[index] = attrs.evolve(results[index], rating=data.draw(at_least(old)))
    values = list(evaluation.skp.behaviours)
    which = data.draw(st.integers(0, len(values) - 1))
    old = values[which].rating
    assert old is not None
    values[which] = attrs.evolve(values[which], rating=data.draw(at_least(old)))
    better_skp = attrs.evolve(evaluation.skp, work_results=results, behaviours=values)
    after = rule_set.evaluate(attrs.evolve(evaluation, skp=better_skp))
    assert level(after.work_rating) >= level(before.work_rating)
    assert level(after.behaviour_rating) >= level(before.behaviour_rating)
    assert after.predikat.rank >= before.predikat.rank
    # The derivation reads only the ratings and whether an RHK is utama.
    pairs = [(r.rating, r.kind is ResultKind.MAIN) for r in results if r.rating is not None]
    assert len(pairs) == len(results)
    expected = s.derive_rating(pairs, policy)
    assert after.work_rating is expected


# ------------------------------------------------------------------------------------------ the distribution


@given(unit=units(), rule_set=rule_sets, data=st.data())
def test_distribution_is_invariant_under_reordering(
    unit: UnitEvaluation, rule_set: Permenpanrb6RuleSet, data: st.DataObject
) -> None:
    shuffled = attrs.evolve(unit, employees=data.draw(st.permutations(unit.employees)))
    result = rule_set.evaluate_unit(unit)
    again = rule_set.evaluate_unit(shuffled)
    assert again.distribution == result.distribution
    # Ranks, predikat and values in ranking order do not depend on the input order either (only tied names may swap).
    assert [(e.rank, e.predikat, e.ranking_value, e.tied) for e in again.ranking] == [
        (e.rank, e.predikat, e.ranking_value, e.tied) for e in result.ranking
    ]


@given(unit=units(), rule_set=rule_sets)
def test_distribution_counts_and_never_changes_a_predikat(unit: UnitEvaluation, rule_set: Permenpanrb6RuleSet) -> None:
    result = rule_set.evaluate_unit(unit)
    report = result.distribution
    assert report.employees == len(unit.employees)
    assert [label for label, _ in report.counts] == list(reversed(PREDIKAT_ORDER))
    assert sum(count for _, count in report.counts) == len(unit.employees)
    counts = dict(report.counts)
    for check in report.checks:
        assert check.count == sum(counts[label] for label in check.classes)
        assert check.satisfied is (
            check.count <= check.limit if check.bound is Bound.AT_MOST else check.count >= check.limit
        )
    assert report.conforms is all(check.satisfied for check in report.checks)
    for evaluation, item in zip(unit.employees, result.employees, strict=True):
        if evaluation.employee == unit.leader:
            expected_work = s.leader_rating(unit.organisation_predikat, rule_set.policies.leader_rating)
            assert (item.work_rating, item.work_rating_basis) == (expected_work, RatingBasis.ORGANISATION)
        else:  # the same ratings and predikat as when evaluated alone (only the explanation keys are prefixed)
            alone = rule_set.evaluate(evaluation)
            assert attrs.evolve(item, explanation=alone.explanation) == alone


# ------------------------------------------------------------------------------------------------ ranking


def sort_key(entry: RankEntry) -> tuple[int, Fraction]:
    """Better is larger: predikat first, then the ranking value (a unit has values for all or for none)."""
    return entry.predikat.rank, Fraction(entry.ranking_value if entry.ranking_value is not None else 0)


@given(unit=units(), rule_set=rule_sets)
def test_ranking_is_a_stable_total_order(unit: UnitEvaluation, rule_set: Permenpanrb6RuleSet) -> None:
    result = rule_set.evaluate_unit(unit)
    ranking = result.ranking
    position = {item.employee: index for index, item in enumerate(unit.employees)}
    predikat = {item.employee: item.predikat for item in result.employees}
    value = {item.employee: item.ranking_value for item in unit.employees}
    # Every employee appears once, with their own predikat and value.
    assert sorted(entry.employee for entry in ranking) == sorted(position)
    assert len(ranking) == len(unit.employees)
    for entry in ranking:
        assert (entry.predikat, entry.ranking_value) == (predikat[entry.employee], value[entry.employee])
    # Best first; equal keys keep the input order (stable) and share a rank.
    for first, second in pairwise(ranking):
        assert sort_key(first) >= sort_key(second)
        assert first.rank <= second.rank
        if sort_key(first) == sort_key(second):
            assert position[first.employee] < position[second.employee]
            assert second.rank == first.rank
            assert first.tied
            assert second.tied
            assert (first.predikat, first.ranking_value) == (second.predikat, second.ranking_value)
    # Competition ranking: 1 + the number of employees strictly better; tied when another has the same key.
    assert not ranking or ranking[0].rank == 1
    for entry in ranking:
        assert entry.rank == 1 + sum(1 for other in ranking if sort_key(other) > sort_key(entry))
        assert entry.tied is (sum(1 for other in ranking if sort_key(other) == sort_key(entry)) > 1)


# ------------------------------------------------------------------------------------------ head-count limits


def check_head_count_limits(
    organisation: OrganisationPredikat, majority: MajorityReading, rounding: HeadCountRounding, size: int
) -> None:
    for rule in s.rules_for(organisation, majority):
        limit = s.head_count_limit(rule, size, rounding)
        bigger = s.head_count_limit(rule, size + 1, rounding)
        exact = rule.percent * size / 100
        assert 0 <= limit <= size
        if rule.bound is Bound.AT_MOST:
            # A maximum never shrinks as the unit grows.
            assert limit <= bigger
            if rounding is HeadCountRounding.CONSERVATIVE:
                assert limit == math.floor(exact)  # rounded down
            else:
                assert abs(limit - exact) <= Fraction(1, 2)  # rounded half-up
        elif rule.bound is Bound.AT_LEAST_ONE:
            assert limit == bigger == 1  # "harus ada": at least one, whatever the size
        else:
            assert limit <= bigger
            assert limit >= 1  # "minimal n %" of any unit still means someone
            if rounding is HeadCountRounding.CONSERVATIVE:
                assert limit >= exact  # rounded up: the minimum share is really reached
            if rule.percent == 50:
                assert 2 * limit > size  # "more than half"


def test_head_count_limits_of_units_up_to_300() -> None:
    for organisation in OrganisationPredikat:
        for majority in MajorityReading:
            for rounding in HeadCountRounding:
                for size in range(1, 301):
                    check_head_count_limits(organisation, majority, rounding, size)


@given(
    organisation=st.sampled_from(OrganisationPredikat),
    majority=st.sampled_from(MajorityReading),
    rounding=st.sampled_from(HeadCountRounding),
    size=st.integers(300, 10**6),
)
def test_head_count_limits_of_large_units(
    organisation: OrganisationPredikat, majority: MajorityReading, rounding: HeadCountRounding, size: int
) -> None:
    check_head_count_limits(organisation, majority, rounding, size)


# ------------------------------------------------------------------------------------------------ interchange


@given(unit=units(), rule_set=rule_sets)
def test_unit_documents_round_trip(unit: UnitEvaluation, rule_set: Permenpanrb6RuleSet) -> None:
    document = loads(dumps(appraisal_document(rule_set, unit)))
    assert read_appraisal(document)[1] == unit
    result = rule_set.evaluate_unit(unit)
    assert read_result(loads(dumps(result_document(rule_set, result))))[1] == result


@given(evaluation=employee_evaluations())
def test_employee_documents_round_trip(evaluation: EmployeeEvaluation) -> None:
    document = loads(dumps(appraisal_document(RULE_SET, evaluation)))
    assert read_appraisal(document) == (RULE_SET, evaluation)
    if evaluation.ranking_value is not None:
        assert Decimal(document["appraisal"]["ranking_value"]) == evaluation.ranking_value
    result = RULE_SET.evaluate(evaluation)
    assert read_result(loads(dumps(result_document(RULE_SET, result)))) == (RULE_SET, result)
