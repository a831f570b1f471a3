"""Hypothesis strategies for valid PP 46/2011 inputs (requires ``skpcalc[testing]``).

The strategies are written by hand so that every generated object passes the validators: a
``st.builds(Target)`` cannot know that a target must be positive or that a realisation of 0
kuantitas means the activity was not carried out. Numbers are ``Decimal`` with at most
``places`` decimals and shrink towards the low end of their range.

>>> from hypothesis import given
>>> from skpcalc.registry import get_rule_set
>>> @given(appraisals())
... def test_scores(appraisal):
...     get_rule_set("pp46_2011").score(appraisal)
>>> test_scores()
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from hypothesis import strategies as st

from skpcalc.numeric import Rounding, RoundingPolicy
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011 import (
    Activity,
    AdditionalTask,
    Appraisal,
    Behaviour,
    CreativityAggregation,
    CreativityItem,
    CreativityLevel,
    GapReading,
    LeadershipRule,
    MutasiAggregation,
    NegativeScores,
    Policies,
    PositionKind,
    PredikatBasis,
    Realisation,
    RoundingStage,
    Skp,
    StudyLeaveAppraisal,
    Target,
    ZeroCostTarget,
)

__all__ = [
    "activities",
    "appraisal_periods",
    "appraisals",
    "behaviours",
    "decimals",
    "policies",
    "realisations",
    "skps",
    "study_leave_appraisals",
    "targets",
]

_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30).map(str.strip).filter(bool)


def decimals(*, low: int | Decimal, high: int | Decimal, places: int = 2) -> st.SearchStrategy[Decimal]:
    """Decimals from ``low`` to ``high`` inclusive with at most ``places`` decimals.

    Requires skpcalc[testing].
    """
    scale = 10**places
    return st.integers(int(Decimal(low) * scale), int(Decimal(high) * scale)).map(lambda n: Decimal(n).scaleb(-places))


def _positive(high: int, places: int = 2) -> st.SearchStrategy[Decimal]:
    return decimals(low=Decimal(1).scaleb(-places), high=high, places=places)


def targets(*, with_cost: bool | None = None) -> st.SearchStrategy[Target]:
    """Targets of an activity; ``with_cost`` fixes whether there is a cost (biaya) aspect.

    Requires skpcalc[testing].
    """
    costs: st.SearchStrategy[Decimal | None]
    if with_cost is None:
        costs = st.none() | _positive(10**9, places=0)
    elif with_cost:
        costs = _positive(10**9, places=0)
    else:
        costs = st.none()
    return st.builds(
        Target,
        quantity=_positive(1000),
        quantity_unit=st.sampled_from(["laporan", "dokumen", "berkas", "kegiatan"]),
        quality=decimals(low=1, high=100),
        time=_positive(12),
        cost=costs,
    )


def realisations(target: Target, *, done: bool | None = None) -> st.SearchStrategy[Realisation]:
    """Realisations fitting ``target``: carried out (``done``), not carried out, or either.

    Time and cost go up to twice the target, so late delivery and overruns are covered.
    Requires skpcalc[testing].
    """
    not_done = st.just(Realisation(quantity=0, quality=0, time=0, cost=None if target.cost is None else 0))
    cost: st.SearchStrategy[Decimal | None] = (
        st.none() if target.cost is None else decimals(low=0, high=2 * target.cost, places=0)
    )
    carried_out = st.builds(
        Realisation,
        quantity=decimals(low=Decimal("0.01"), high=2 * target.quantity),
        quality=decimals(low=0, high=100),
        time=decimals(low=Decimal("0.01"), high=2 * target.time),
        cost=cost,
    )
    if done is None:
        return carried_out | not_done
    return carried_out if done else not_done


@st.composite
def activities(draw: st.DrawFn, *, with_cost: bool | None = None, done: bool | None = None) -> Activity:
    """Activities (kegiatan tugas jabatan) with a target and a fitting realisation.

    Requires skpcalc[testing].
    """
    target = draw(targets(with_cost=with_cost))
    return Activity(
        name=draw(_NAMES),
        target=target,
        realisation=draw(realisations(target, done=done)),
        credit=draw(st.none() | decimals(low=0, high=10, places=3)),
    )


def appraisal_periods(*, years: tuple[int, int] = (2014, 2020)) -> st.SearchStrategy[AppraisalPeriod]:
    """Whole calendar years from ``years[0]`` to ``years[1]`` (in force for PP 46/2011 up to 2020).

    Requires skpcalc[testing].
    """
    return st.integers(*years).map(lambda year: AppraisalPeriod(date(year, 1, 1), date(year, 12, 31)))


def skps(period: AppraisalPeriod) -> st.SearchStrategy[Skp]:
    """SKPs covering ``period``, with 1-5 activities, 0-8 tugas tambahan and 0-2 kreativitas items.

    Requires skpcalc[testing].
    """
    return st.builds(
        Skp,
        period=st.just(period),
        activities=st.lists(activities(), min_size=1, max_size=5),
        additional_tasks=st.lists(st.builds(AdditionalTask, _NAMES), max_size=8),
        creativity=st.lists(st.builds(CreativityItem, _NAMES, st.sampled_from(CreativityLevel)), max_size=2),
    )


def behaviours(*, with_leadership: bool) -> st.SearchStrategy[Behaviour]:
    """Perilaku kerja assessments, each aspect 0-100; kepemimpinan only ``with_leadership``.

    Requires skpcalc[testing].
    """
    aspect = decimals(low=0, high=100)
    return st.builds(
        Behaviour,
        service_orientation=aspect,
        integrity=aspect,
        commitment=aspect,
        discipline=aspect,
        teamwork=aspect,
        leadership=aspect if with_leadership else st.none(),
    )


@st.composite
def appraisals(
    draw: st.DrawFn, *, position: PositionKind | None = None, max_skps: int = 2, years: tuple[int, int] = (2014, 2020)
) -> Appraisal:
    """Appraisals of a whole year with 1 to ``max_skps`` SKPs split at month boundaries.

    The behaviour has kepemimpinan exactly when the position is struktural, so the appraisals are
    valid under the default policies. Requires skpcalc[testing].
    """
    year = draw(appraisal_periods(years=years))
    kind = position if position is not None else draw(st.sampled_from(PositionKind))
    count = draw(st.integers(1, max_skps))
    starts = sorted(draw(st.sets(st.integers(2, 12), min_size=count - 1, max_size=count - 1)))
    bounds = [1, *starts, 13]
    skp_list = []
    for first, after in pairwise(bounds):
        end = date(year.start.year + 1, 1, 1) if after == 13 else date(year.start.year, after, 1)
        period = AppraisalPeriod(date(year.start.year, first, 1), end - timedelta(days=1))
        skp_list.append(draw(skps(period)))
    return Appraisal(
        period=year,
        position=kind,
        skps=skp_list,
        behaviour=draw(behaviours(with_leadership=kind is PositionKind.STRUCTURAL)),
    )


@st.composite
def study_leave_appraisals(draw: st.DrawFn) -> StudyLeaveAppraisal:
    """Appraisals of a PNS on study leave (tugas belajar). Requires skpcalc[testing]."""
    kind = draw(st.sampled_from(PositionKind))
    return StudyLeaveAppraisal(
        period=draw(appraisal_periods()),
        position=kind,
        academic_score=draw(decimals(low=0, high=100)),
        behaviour=draw(behaviours(with_leadership=kind is PositionKind.STRUCTURAL)),
    )


def policies() -> st.SearchStrategy[Policies]:
    """Any combination of PP 46/2011 policies (leadership fixed to its default).

    Requires skpcalc[testing].
    """
    return st.builds(
        Policies,
        negative_scores=st.sampled_from(NegativeScores),
        zero_cost_target=st.sampled_from(ZeroCostTarget),
        rounding=st.builds(RoundingPolicy, places=st.integers(0, 4), mode=st.sampled_from(Rounding)),
        rounding_stage=st.sampled_from(RoundingStage),
        predikat_gap=st.sampled_from(GapReading),
        predikat_basis=st.sampled_from(PredikatBasis),
        creativity=st.sampled_from(CreativityAggregation),
        leadership=st.just(LeadershipRule.STRUCTURAL_ONLY),
        mutasi=st.just(MutasiAggregation.SIMPLE_MEAN) | st.just(MutasiAggregation.MONTH_WEIGHTED),
    )
