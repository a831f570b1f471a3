"""Hypothesis strategies for valid PermenPANRB 8/2021 inputs (requires ``skpcalc[testing]``).

Targets (single or range), IKI, rencana kinerja, SKPs with valid bobot, perilaku kerja, whole appraisals
of (part of) July-December 2021, the 2021 split year and policies. The strategies are written by hand
so that every generated object passes the validators and scores under every policy: the bobot of
the rencana kinerja utama are given for all or for none and then add up to exactly 100, every
rencana kinerja tambahan has its bobot lingkup penugasan, and an IKI whose target is marked as the
maximum achievable never has an exact capaian above 100 %. Numbers are ``Decimal`` with at most
two decimals and shrink towards the low end of their range.

>>> from hypothesis import given
>>> from skpcalc.rules.permenpanrb_8_2021 import RULE_SET
>>> @given(appraisals())
... def test_scores(appraisal):
...     assert 0 <= RULE_SET.score(appraisal).skp.value <= 120
>>> test_scores()
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Final

from hypothesis import strategies as st

from skpcalc.numeric import Rounding, RoundingPolicy
from skpcalc.period import AppraisalPeriod
from skpcalc.rules import pp46_2011
from skpcalc.rules.permenpanrb_8_2021 import (
    Appraisal,
    Aspect,
    Behaviour,
    CapaianRounding,
    Condition,
    Conversion2021,
    Indicator,
    Over120,
    Plan,
    Policies,
    Skp,
    SkpModel,
    Target,
    VeryGoodFormula,
    Year2021Appraisal,
)
from skpcalc.rules.permenpanrb_8_2021.policies import PredikatBasis, RoundingStage
from skpcalc.testing import strategies as pp46_strategies
from skpcalc.testing.strategies import decimals

__all__ = [
    "appraisal_periods",
    "appraisals",
    "behaviours",
    "first_half_appraisals",
    "indicators",
    "plans",
    "policies",
    "skps",
    "targets",
    "year_2021_appraisals",
]

#: The July-December 2021 period in which PermenPANRB 8/2021 is in force.
SECOND_HALF: Final = AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31))
#: January-June 2021, still appraised under PP 46/2011.
FIRST_HALF: Final = AppraisalPeriod(date(2021, 1, 1), date(2021, 6, 30))

_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30).map(str.strip).filter(bool)
_POSITIVE = decimals(low=Decimal("0.01"), high=1000)
#: 100 % in hundredths of a percent (bobot are generated with two decimals).
_HUNDRED_PERCENT = 10000


def _within(bounds: AppraisalPeriod) -> st.SearchStrategy[AppraisalPeriod]:
    """Periods of whole days inside ``bounds``."""

    @st.composite
    def periods(draw: st.DrawFn) -> AppraisalPeriod:
        start = draw(st.dates(bounds.start, bounds.end))
        return AppraisalPeriod(start, draw(st.dates(start, bounds.end)))

    return periods()


def appraisal_periods() -> st.SearchStrategy[AppraisalPeriod]:
    """Periods within 1 July to 31 December 2021, where the rule set is in force.

    Requires skpcalc[testing].
    """
    return _within(SECOND_HALF)


@st.composite
def targets(draw: st.DrawFn, *, ranged: bool | None = None) -> Target:
    """Targets from 0.01 to 1000: a range up to 1000 wide if ``ranged``, a single value if not, either if ``None``.

    Requires skpcalc[testing].
    """
    is_range = draw(st.booleans()) if ranged is None else ranged
    low = draw(_POSITIVE)
    if not is_range:
        return Target.single(low)
    return Target.range(low, low + draw(_POSITIVE))


@st.composite
def indicators(
    draw: st.DrawFn,
    *,
    condition: Condition | None = None,
    ranged: bool | None = None,
    target_is_maximum: bool | None = None,
) -> Indicator:
    """IKI with a target and a realisation from 0 to three times the batas atas.

    The realisation often lies near the target, so that every row of the conversion table occurs,
    as do capaian above 110 % and, in kondisi khusus, below 0 %. An IKI whose target is the maximum
    achievable (``target_is_maximum``) has an exact capaian of at most 100 %: in kondisi normal the
    realisation is at most the batas atas, in kondisi khusus at least the batas bawah.
    Requires skpcalc[testing].
    """
    target = draw(targets(ranged=ranged))
    kind = draw(st.sampled_from(Condition)) if condition is None else condition
    maximum = draw(st.booleans()) if target_is_maximum is None else target_is_maximum
    low, high = (Decimal(0), 3 * target.high)
    if maximum and kind is Condition.NORMAL:
        high = target.high
    elif maximum:
        low = target.low
    near = decimals(low=max(low, target.low * Decimal("0.8")), high=min(high, target.high * Decimal("1.2")))
    return Indicator(
        name=draw(_NAMES),
        aspect=draw(st.sampled_from(Aspect)),
        condition=kind,
        target=target,
        realisation=draw(near | decimals(low=low, high=high)),
        target_is_maximum=maximum,
    )


@st.composite
def plans(draw: st.DrawFn, *, weighted: bool | None = None, max_indicators: int = 3) -> Plan:
    """Rencana kinerja with 1 to ``max_indicators`` IKI, with a bobot from 0.01 to 100 if ``weighted``.

    A rencana kinerja tambahan needs its bobot lingkup penugasan: use ``weighted=True``.
    Requires skpcalc[testing].
    """
    has_weight = draw(st.booleans()) if weighted is None else weighted
    return Plan(
        name=draw(_NAMES),
        indicators=draw(st.lists(indicators(), min_size=1, max_size=max_indicators)),
        weight=draw(decimals(low=Decimal("0.01"), high=100)) if has_weight else None,
    )


@st.composite
def skps(draw: st.DrawFn, *, max_main: int = 3, max_additional: int = 2, weighted: bool | None = None) -> Skp:
    """SKPs with 1 to ``max_main`` rencana kinerja utama and up to ``max_additional`` tambahan.

    The utama have bobot (``weighted``) adding up to exactly 100, each at least 0.01, or none at all
    (equal bobot); each tambahan has its bobot lingkup penugasan. Requires skpcalc[testing].
    """
    count = draw(st.integers(1, max_main))
    has_weights = draw(st.booleans()) if weighted is None else weighted
    weights: list[Decimal | None] = [None] * count
    if has_weights:  # cut 100.00 % into ``count`` positive parts at distinct hundredths
        cuts = draw(st.sets(st.integers(1, _HUNDRED_PERCENT - 1), min_size=count - 1, max_size=count - 1))
        bounds = [0, *sorted(cuts), _HUNDRED_PERCENT]
        weights = [Decimal(end - start).scaleb(-2) for start, end in pairwise(bounds)]
    main = [
        Plan(name=draw(_NAMES), indicators=draw(st.lists(indicators(), min_size=1, max_size=3)), weight=weight)
        for weight in weights
    ]
    return Skp(
        model=draw(st.sampled_from(SkpModel)),
        main=main,
        additional=draw(st.lists(plans(weighted=True), max_size=max_additional)),
    )


def behaviours(*, with_leadership: bool | None = None) -> st.SearchStrategy[Behaviour]:
    """Perilaku kerja, each aspect from 0 to 120.

    Kepemimpinan is assessed if ``with_leadership``, left out (``None``) if not, and either when
    ``with_leadership`` is ``None``. Requires skpcalc[testing].
    """
    aspect = decimals(low=0, high=120)
    assessed: st.SearchStrategy[Decimal | None] = aspect
    choices = {None: st.none() | aspect, True: assessed, False: st.none()}
    leadership = choices[with_leadership]
    return st.builds(
        Behaviour,
        service_orientation=aspect,
        commitment=aspect,
        initiative=aspect,
        teamwork=aspect,
        leadership=leadership,
    )


@st.composite
def appraisals(draw: st.DrawFn, *, max_main: int = 3, max_additional: int = 2) -> Appraisal:
    """Appraisals of a period within July-December 2021 (see :func:`skps` for the sizes).

    Requires skpcalc[testing].
    """
    return Appraisal(
        period=draw(appraisal_periods()),
        skp=draw(skps(max_main=max_main, max_additional=max_additional)),
        behaviour=draw(behaviours()),
        peer_and_subordinate_input=draw(st.booleans()),
        innovation=draw(st.booleans()),
    )


@st.composite
def first_half_appraisals(draw: st.DrawFn) -> pp46_2011.Appraisal:
    """PP 46/2011 appraisals of a period within January-June 2021, with one SKP covering it.

    The behaviour has kepemimpinan exactly when the position is struktural, so the appraisals score
    under the default PP 46/2011 policies. Requires skpcalc[testing].
    """
    period = draw(_within(FIRST_HALF))
    position = draw(st.sampled_from(pp46_2011.PositionKind))
    return pp46_2011.Appraisal(
        period=period,
        position=position,
        skps=[draw(pp46_strategies.skps(period))],
        behaviour=draw(pp46_strategies.behaviours(with_leadership=position is pp46_2011.PositionKind.STRUCTURAL)),
    )


@st.composite
def year_2021_appraisals(draw: st.DrawFn, *, max_main: int = 2, max_additional: int = 1) -> Year2021Appraisal:
    """The 2021 split year: a PP 46/2011 first half and a PermenPANRB 8/2021 second half.

    Requires skpcalc[testing].
    """
    return Year2021Appraisal(
        first_half=draw(first_half_appraisals()),
        second_half=draw(appraisals(max_main=max_main, max_additional=max_additional)),
    )


def policies() -> st.SearchStrategy[Policies]:
    """Any combination of PermenPANRB 8/2021 policies, with 0 to 4 decimal places in any rounding mode.

    Requires skpcalc[testing].
    """
    return st.builds(
        Policies,
        capaian=st.sampled_from(CapaianRounding),
        very_good=st.sampled_from(VeryGoodFormula),
        over_120=st.sampled_from(Over120),
        rounding=st.builds(RoundingPolicy, places=st.integers(0, 4), mode=st.sampled_from(Rounding)),
        rounding_stage=st.sampled_from(RoundingStage),
        predikat_basis=st.sampled_from(PredikatBasis),
        conversion_2021=st.sampled_from(Conversion2021),
    )
