"""Invariants of the follow-up rules (angka kredit, tunjangan kinerja, deadlines, sanction path), checked with the
shipped strategies of ``skpcalc.testing.strategies_followup``."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from skpcalc.followup import (
    ALLOWANCE_RULES,
    OBJECTION_DAYS,
    PMA_29_2016,
    AllowanceResult,
    CreditPeriod,
    CreditPolicies,
    Level,
    PerformanceClass,
    PositionGroup,
    PredikatRecord,
    PredikatTableRule,
    ScoreBandRule,
    Step,
    Timing,
    credit,
    months_in,
    objection_window,
    performance_class,
    sanction_path,
)
from skpcalc.followup.sanctions import LOW_CLASSES
from skpcalc.numeric import Rounding
from skpcalc.period import AppraisalPeriod
from skpcalc.testing.strategies_followup import (
    FIRST_YEAR,
    credit_period_sequences,
    credit_periods,
    dates,
    holiday_sets,
    levels,
    performance_classes,
    position_groups,
    predikat_histories,
    predikat_labels,
    predikat_records,
    predikat_table_rules,
    rupiah_bases,
    score_band_rules,
    scores,
    whole_month_periods,
)

ROUNDED = CreditPolicies()
EXACT = CreditPolicies(accumulation="exact")
SHIPPED_TABLES = [rule for rule in ALLOWANCE_RULES.values() if isinstance(rule, PredikatTableRule)]
A_YEAR = AppraisalPeriod(date(2024, 1, 1), date(2024, 12, 31))
roundings = st.sampled_from(Rounding)


def split(item: CreditPeriod, months: int) -> list[CreditPeriod]:
    """The period cut after its first ``months`` whole months, both parts with the same predikat and jenjang."""
    whole = item.period.whole_months()
    assert whole is not None
    first_end = item.period.start
    for _ in range(months):
        first_end = (first_end.replace(day=28) + timedelta(days=4)).replace(day=1)
    return [
        CreditPeriod(AppraisalPeriod(item.period.start, first_end - timedelta(days=1)), item.predikat, item.level),
        CreditPeriod(AppraisalPeriod(first_end, item.period.end), item.predikat, item.level),
    ]


# ------------------------------------------------------------------------------------------ angka kredit


@given(
    data=st.data(),
    item=credit_periods(period=whole_month_periods(min_months=2, max_months=36)),
    initial=st.integers(0, 500),
)
def test_credit_is_additive_over_a_split_period(data: st.DataObject, item: CreditPeriod, initial: int) -> None:
    whole = item.period.whole_months()
    assert whole is not None
    first = data.draw(st.integers(1, whole - 1))
    parts = split(item, first)
    assert [part.period.whole_months() for part in parts] == [first, whole - first]
    # Rounded: each part is rounded once more, so the total moves by at most one hundredth.
    together = credit([item], initial=initial).total
    apart = credit(parts, initial=initial).total
    assert abs(together - apart) <= Decimal("0.01")
    # Exact: the exact values add up and the total is rounded once, so nothing moves.
    assert credit([item], initial=initial, policies=EXACT).total == credit(parts, initial=initial, policies=EXACT).total
    assert credit(parts, policies=EXACT).explanation.exact("total") == credit([item], policies=EXACT).explanation.exact(
        "total"
    )


@given(periods=credit_period_sequences(), initial=st.integers(0, 500))
def test_rounded_total_is_the_sum_of_the_rows(periods: list[CreditPeriod], initial: int) -> None:
    result = credit(periods, initial=initial)
    assert result.total == initial + sum(row.value for row in result.rows)
    exact = credit(periods, initial=initial, policies=EXACT)
    # Rounding each row moves each by at most half a hundredth.
    assert abs(exact.explanation.exact("total") - Fraction(result.total)) <= Fraction(len(periods), 200)


@given(level=levels(), period=whole_month_periods(max_months=36), a=performance_classes(), b=performance_classes())
def test_a_better_predikat_never_yields_less_credit(
    level: Level, period: AppraisalPeriod, a: PerformanceClass, b: PerformanceClass
) -> None:
    worse, better = sorted((a, b), key=lambda member: member.rank)
    for policies in (ROUNDED, EXACT):
        low = credit([CreditPeriod(period, worse, level)], policies=policies).total
        high = credit([CreditPeriod(period, better, level)], policies=policies).total
        assert low <= high


@given(periods=credit_period_sequences(min_size=2, max_size=6))
def test_sequences_are_accepted_and_follow_the_last_jenjang(periods: list[CreditPeriod]) -> None:
    for before, after in pairwise(periods):
        assert before.period.end < after.period.start
    assert all(item.period.start.year >= FIRST_YEAR for item in periods)
    result = credit(periods)
    assert result.level is periods[-1].level
    assert len(result.rows) == len(periods)


@given(period=whole_month_periods(years=(FIRST_YEAR, 2040), max_months=60))
def test_by_days_equals_whole_months_for_whole_month_periods(period: AppraisalPeriod) -> None:
    whole = period.whole_months()
    assert whole is not None
    assert months_in(period, "by_days") == months_in(period) == whole


@given(data=st.data(), start=dates(), length=st.integers(1, 800))
def test_by_days_is_additive_over_any_split(data: st.DataObject, start: date, length: int) -> None:
    end = start + timedelta(days=length)
    middle = start + timedelta(days=data.draw(st.integers(0, length - 1)))
    whole = months_in(AppraisalPeriod(start, end), "by_days")
    assert whole > 0
    parts = months_in(AppraisalPeriod(start, middle), "by_days") + months_in(
        AppraisalPeriod(middle + timedelta(days=1), end), "by_days"
    )
    assert parts == whole


@given(label=predikat_labels())
def test_labels_map_onto_their_class(label: tuple[str, PerformanceClass]) -> None:
    written, member = label
    assert performance_class(written) is member


# ---------------------------------------------------------------------------------------- tunjangan kinerja


@given(base=rupiah_bases(), a=performance_classes(), b=performance_classes(), mode=roundings)
def test_a_better_predikat_never_pays_less(
    base: Decimal, a: PerformanceClass, b: PerformanceClass, mode: Rounding
) -> None:
    worse, better = sorted((a, b), key=lambda member: member.rank)
    for rule in SHIPPED_TABLES:
        low = rule.payable(worse, base, A_YEAR, rupiah_rounding=mode).payable
        high = rule.payable(better, base, A_YEAR, rupiah_rounding=mode).payable
        assert low <= high


@given(rule=predikat_table_rules(), base=rupiah_bases(), a=performance_classes(), b=performance_classes())
def test_a_better_predikat_never_pays_less_under_an_agency_table(
    rule: PredikatTableRule, base: Decimal, a: PerformanceClass, b: PerformanceClass
) -> None:
    worse, better = sorted((a, b), key=lambda member: member.rank)
    assert rule.payable(worse, base, A_YEAR).payable <= rule.payable(better, base, A_YEAR).payable


@given(base=rupiah_bases(), a=scores(high=150), b=scores(), mode=roundings)
def test_a_higher_score_never_pays_less_under_pma_29_2016(
    base: Decimal, a: Decimal, b: Decimal, mode: Rounding
) -> None:
    low, high = sorted((a, b))
    assert (
        PMA_29_2016.payable(low, base, A_YEAR, rupiah_rounding=mode).payable
        <= PMA_29_2016.payable(high, base, A_YEAR, rupiah_rounding=mode).payable
    )


@given(rule=score_band_rules(), base=rupiah_bases(), a=scores(), b=scores())
def test_a_higher_score_never_pays_less_under_agency_bands(
    rule: ScoreBandRule, base: Decimal, a: Decimal, b: Decimal
) -> None:
    low, high = sorted((a, b))
    assert rule.payable(low, base, A_YEAR).payable <= rule.payable(high, base, A_YEAR).payable


@given(
    base=rupiah_bases(),
    predikat=performance_classes(),
    score=scores(low=-20, high=200),
    mode=roundings,
    table=predikat_table_rules(),
    bands=score_band_rules(max_bands=2),
)
def test_payable_is_within_the_base(
    base: Decimal,
    predikat: PerformanceClass,
    score: Decimal,
    mode: Rounding,
    table: PredikatTableRule,
    bands: ScoreBandRule,
) -> None:
    next_year = AppraisalPeriod(date(2025, 1, 1), date(2025, 12, 31))
    results: list[tuple[PredikatTableRule | ScoreBandRule, AllowanceResult]]
    results = [(rule, rule.payable(predikat, base, A_YEAR, rupiah_rounding=mode)) for rule in [*SHIPPED_TABLES, table]]
    results += [(rule, rule.payable(score, base, A_YEAR, rupiah_rounding=mode)) for rule in (PMA_29_2016, bands)]
    for rule, result in results:
        assert 0 <= result.payable <= base
        assert result.payable + result.cut == base
        assert result.payable == result.payable.to_integral_value()
        exact = Fraction(base) * Fraction(result.percentage) / 100
        assert abs(Fraction(result.payable) - exact) < 1
        assert result.applies_to == (A_YEAR if rule.timing is Timing.SAME_PERIOD else next_year)


@given(base=rupiah_bases(), predikat=performance_classes())
def test_rounding_down_never_pays_more_than_half_up_or_up(base: Decimal, predikat: PerformanceClass) -> None:
    for rule in SHIPPED_TABLES:
        paid = [
            rule.payable(predikat, base, A_YEAR, rupiah_rounding=mode).payable for mode in ("down", "half_up", "up")
        ]
        assert paid == sorted(paid)


# ------------------------------------------------------------------------------------------------ deadlines


@given(received=dates(years=(2014, 2100)))
def test_calendar_deadline_is_received_plus_14_days(received: date) -> None:
    window = objection_window(received)
    assert window.last_day == received + timedelta(days=OBJECTION_DAYS)
    assert window.contains(received)
    assert window.contains(window.last_day)
    assert not window.contains(window.last_day + timedelta(days=1))
    assert not window.contains(received - timedelta(days=1))


@given(data=st.data(), received=dates())
def test_working_deadline_counts_14_working_days(data: st.DataObject, received: date) -> None:
    holidays = data.draw(holiday_sets(received))
    window = objection_window(received, counting="working", holidays=holidays)
    last = window.last_day
    assert last.weekday() < 5
    assert last not in holidays
    counted = [
        day
        for offset in range(1, (last - received).days + 1)
        if (day := received + timedelta(days=offset)).weekday() < 5 and day not in holidays
    ]
    assert len(counted) == OBJECTION_DAYS
    assert (counted[0], counted[-1]) == (window.first_day, last)
    assert last >= objection_window(received).last_day  # never earlier than the calendar reading


# ------------------------------------------------------------------------------------------- sanction path


@given(history=predikat_histories(), position=position_groups())
def test_competency_test_only_after_an_improvement_step(history: list[PredikatRecord], position: PositionGroup) -> None:
    path = sanction_path(history, position)
    if path.step is Step.COMPETENCY_TEST:
        assert path.trigger is not None
        assert path.improvement_ends is not None
        assert path.trigger.predikat in LOW_CLASSES[position]
        # After the trigger, a low record ending on or after the last day of the six months.
        after = history[history.index(path.trigger) + 1 :]
        assert any(
            item.period.end >= path.improvement_ends and item.predikat in LOW_CLASSES[position] for item in after
        )
        assert sanction_path(history, position, competency_test_taken=True).step is Step.REASSIGNMENT
    elif path.step is Step.IMPROVEMENT:
        assert path.trigger is not None
        assert path.trigger.predikat in LOW_CLASSES[position]
    else:
        assert path.trigger is None
        assert path.improvement_ends is None
    assert bool(path.decisions) is (path.step is not Step.NONE)


@given(history=predikat_histories(classes=st.sampled_from([PerformanceClass.SANGAT_BAIK, PerformanceClass.BAIK])))
def test_good_histories_give_no_step(history: list[PredikatRecord]) -> None:
    for position in PositionGroup:
        path = sanction_path(history, position)
        assert (path.step, path.trigger, path.reasons) == (Step.NONE, None, ())


@given(item=predikat_records(), position=position_groups())
def test_one_record_at_most_starts_the_path(item: PredikatRecord, position: PositionGroup) -> None:
    path = sanction_path([item], position)
    low = item.predikat in LOW_CLASSES[position]
    months = item.period.whole_months()
    whole_year = months is not None and months >= 12
    starts = low and (position is not PositionGroup.SENIOR_EXECUTIVE or whole_year)
    assert path.step is (Step.IMPROVEMENT if starts else Step.NONE)
    if starts:
        assert path.improvement_ends is not None
        assert path.improvement_ends > item.period.end


@given(history=predikat_histories(min_size=1, max_size=4), position=position_groups())
def test_a_history_read_by_record_prefix_never_goes_back_from_the_test(
    history: list[PredikatRecord], position: PositionGroup
) -> None:
    steps = [sanction_path(history[:size], position).step for size in range(1, len(history) + 1)]
    if Step.COMPETENCY_TEST in steps:
        first = steps.index(Step.COMPETENCY_TEST)
        assert all(step is Step.COMPETENCY_TEST for step in steps[first:])
        assert Step.IMPROVEMENT in steps[:first]
