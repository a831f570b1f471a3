"""The rules of PermenPANRB 6/2022 and SE MenPANRB 3/2023, as data and small pure functions.

* the predikat matrix (rating hasil kerja x rating perilaku kerja), total over all nine cells;
* forming a rating from per-item ratings (policy ``rating_derivation``);
* the leader's rating hasil kerja from the predikat kinerja organisasi (policy ``leader_rating``);
* the distribution rules of SE MenPANRB 3/2023 and their head-count limits (policy ``head_count_rounding``);
* the ranking order.

Each rule's source is the ``Source`` constant next to it.

>>> predikat(Rating.ABOVE, Rating.BELOW)
<Predikat.KURANG_MISCONDUCT: 'Kurang/Misconduct'>
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs

from skpcalc._validate import enum_member
from skpcalc.errors import InvalidInputError
from skpcalc.numeric import Rounding, RoundingPolicy, quantize
from skpcalc.rules.base import Citation, Evidence, Source
from skpcalc.rules.permenpanrb_6_2022.model import OrganisationPredikat, Rating, organisation_predikat
from skpcalc.rules.permenpanrb_6_2022.policies import (
    HeadCountRounding,
    LeaderRating,
    MajorityReading,
    RatingDerivation,
)

__all__ = [
    "DISTRIBUTION_RULES",
    "KEY",
    "MAJORITY_RULES",
    "MATRIX",
    "PERMENPANRB_6_2022",
    "PREDIKAT_ORDER",
    "SE_MENPANRB_3_2023",
    "SRC_ANNUAL",
    "SRC_ANNUAL_LAST",
    "SRC_DERIVATION",
    "SRC_DISTRIBUTION",
    "SRC_GIVEN",
    "SRC_HEAD_COUNT",
    "SRC_IN_FORCE",
    "SRC_LEADER_MAPPING",
    "SRC_MAJORITY",
    "SRC_MATRIX",
    "SRC_RANKING",
    "Bound",
    "DistributionRule",
    "Predikat",
    "derive_rating",
    "head_count_limit",
    "leader_rating",
    "predikat",
    "rules_for",
]

#: Registry key of the rule set.
KEY: Final = "permenpanrb_6_2022"

PERMENPANRB_6_2022: Final = Citation(
    short="PermenPANRB 6/2022",
    title=(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 "
        "tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara"
    ),
)
SE_MENPANRB_3_2023: Final = Citation(
    short="SE MenPANRB 3/2023",
    title=(
        "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023 "
        "tentang Tata Cara Penetapan Predikat Kinerja Pegawai Aparatur Sipil Negara"
    ),
)

SRC_IN_FORCE: Final = Source(
    "PermenPANRB 6/2022 (ditetapkan 3 February 2022) replaces PermenPANRB 8/2021 for PNS and PPPK; applied "
    "from the 2022 performance year",
    Evidence.SECONDARY,
)
SRC_MATRIX: Final = Source(
    "PermenPANRB 6/2022, Lampiran: kuadran kinerja pegawai (rating hasil kerja x rating perilaku kerja); the "
    "cells as every public implementation and the BKN / KemenPANRB material agree",
    Evidence.CODE,
)
SRC_GIVEN: Final = Source(
    "PermenPANRB 6/2022, Anak Lampiran 4: the Pejabat Penilai Kinerja sets rating hasil kerja and rating "
    "perilaku kerja on continuous feedback and evidence (umpan balik berkelanjutan, bukti dukung)",
    Evidence.SECONDARY,
)
SRC_DERIVATION: Final = Source(
    "policy rating_derivation: combining per-item ratings into one rating is left to the assessor; no rule "
    "was found in the regulation or in BKN / KemenPANRB guidance (any_below_four_above is a public "
    "implementation's heuristic)",
    Evidence.UNVERIFIED,
)
SRC_LEADER_MAPPING: Final = Source(
    "policy leader_rating: mapping of the five organisation predikat onto three ratings (not stated in the sources)",
    Evidence.UNVERIFIED,
)
SRC_DISTRIBUTION: Final = Source(
    "SE MenPANRB 3/2023, pola distribusi predikat kinerja pegawai by predikat kinerja organisasi (percentages as "
    "reproduced in the press); a guide for the leader ('pertimbangan bagi pimpinan'), never a change of predikat",
    Evidence.SECONDARY,
)
SRC_HEAD_COUNT: Final = Source(
    "policy head_count_rounding: the SE gives percentages without a rounding rule", Evidence.UNVERIFIED
)
SRC_MAJORITY: Final = Source(
    "policy majority=more_than_half: 'sebagian besar' read as more than half of the unit (the SE states only the "
    "maximum of 70%)",
    Evidence.UNVERIFIED,
)
SRC_ANNUAL: Final = Source(
    "PermenPANRB 6/2022, Pasal 1 (definition of evaluasi kinerja tahunan pegawai, as reproduced in a copy of "
    "the regulation): the whole year's work and behaviour are reviewed and the annual predikat set on the "
    "kuadran kinerja",
    Evidence.SECONDARY,
)
SRC_ANNUAL_LAST: Final = Source(
    "policy annual=last_period: the last periodic evaluation stands for the year, as the Lampiran's forms headed "
    "'Triwulan I/II/III/IV-Akhir' suggest; no text says so",
    Evidence.UNVERIFIED,
)
SRC_RANKING: Final = Source(
    "no regulation prescribes the order of a ranking; by predikat, then by the caller's value, is this "
    "library's documented convention",
    Evidence.UNVERIFIED,
)


class Predikat(enum.StrEnum):
    """Predikat kinerja pegawai of PermenPANRB 6/2022."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG_MISCONDUCT = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"

    @property
    def rank(self) -> int:
        """Position in :data:`PREDIKAT_ORDER`, 0 for Sangat Kurang up to 4 for Sangat Baik."""
        return PREDIKAT_ORDER.index(self)


#: Worst to best: the axis of the distribution figure and the order of the angka kredit percentages
#: (25 / 50 / 75 / 100 / 150 %).
PREDIKAT_ORDER: Final = (
    Predikat.SANGAT_KURANG,
    Predikat.KURANG_MISCONDUCT,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.BAIK,
    Predikat.SANGAT_BAIK,
)

#: The kuadran kinerja pegawai: (rating hasil kerja, rating perilaku kerja) -> predikat; all nine cells.
MATRIX: Final[Mapping[tuple[Rating, Rating], Predikat]] = MappingProxyType(
    {
        (Rating.ABOVE, Rating.ABOVE): Predikat.SANGAT_BAIK,
        (Rating.ABOVE, Rating.MEETS): Predikat.BAIK,
        (Rating.ABOVE, Rating.BELOW): Predikat.KURANG_MISCONDUCT,
        (Rating.MEETS, Rating.ABOVE): Predikat.BAIK,
        (Rating.MEETS, Rating.MEETS): Predikat.BAIK,
        (Rating.MEETS, Rating.BELOW): Predikat.KURANG_MISCONDUCT,
        (Rating.BELOW, Rating.ABOVE): Predikat.BUTUH_PERBAIKAN,
        (Rating.BELOW, Rating.MEETS): Predikat.BUTUH_PERBAIKAN,
        (Rating.BELOW, Rating.BELOW): Predikat.SANGAT_KURANG,
    }
)


def predikat(work: Rating | str, behaviour: Rating | str) -> Predikat:
    """Predikat kinerja pegawai from rating hasil kerja and rating perilaku kerja (the 3 x 3 matrix)."""
    return MATRIX[enum_member(Rating, work, "work"), enum_member(Rating, behaviour, "behaviour")]


def derive_rating(ratings: Sequence[tuple[Rating | str, bool]], policy: RatingDerivation | str) -> Rating:
    """One rating from ``(rating, is_main)`` pairs of the items rated, under a derivation policy.

    >>> derive_rating([(Rating.ABOVE, True), (Rating.ABOVE, True), (Rating.MEETS, False)],
    ...               RatingDerivation.MOST_ABOVE_NONE_MAIN_BELOW)
    <Rating.ABOVE: 'Di Atas Ekspektasi'>
    """
    rule = enum_member(RatingDerivation, policy, "policy")
    if not ratings:
        raise InvalidInputError("ratings", [], "at least one rated item")
    items = [(enum_member(Rating, rating, f"ratings[{i}]"), bool(main)) for i, (rating, main) in enumerate(ratings)]
    main = [rating for rating, is_main in items if is_main]
    above = sum(1 for rating, _ in items if rating is Rating.ABOVE)
    below = sum(1 for rating, _ in items if rating is Rating.BELOW)
    main_below = sum(1 for rating in main if rating is Rating.BELOW)
    if rule is RatingDerivation.ANY_BELOW_FOUR_ABOVE:
        is_below, is_above = below > 0, above >= 4
    elif rule is RatingDerivation.ALL_ABOVE_ANY_BELOW:
        is_below, is_above = main_below > 0, above == len(items)
    else:  # most above and no main item below; most main items below
        is_below, is_above = 2 * main_below > len(main), 2 * above > len(items) and not main_below
    if is_below:
        return Rating.BELOW
    return Rating.ABOVE if is_above else Rating.MEETS


_LEADER: Final = {
    LeaderRating.STRICT: {
        OrganisationPredikat.ISTIMEWA: Rating.ABOVE,
        OrganisationPredikat.BAIK: Rating.MEETS,
        OrganisationPredikat.BUTUH_PERBAIKAN: Rating.BELOW,
        OrganisationPredikat.KURANG: Rating.BELOW,
        OrganisationPredikat.SANGAT_KURANG: Rating.BELOW,
    },
    LeaderRating.LENIENT: {
        OrganisationPredikat.ISTIMEWA: Rating.ABOVE,
        OrganisationPredikat.BAIK: Rating.MEETS,
        OrganisationPredikat.BUTUH_PERBAIKAN: Rating.MEETS,
        OrganisationPredikat.KURANG: Rating.BELOW,
        OrganisationPredikat.SANGAT_KURANG: Rating.BELOW,
    },
}


def leader_rating(organisation: OrganisationPredikat | str, policy: LeaderRating | str) -> Rating:
    """The leader's rating hasil kerja taken from the unit's predikat kinerja organisasi."""
    mapping = _LEADER[enum_member(LeaderRating, policy, "policy")]
    return mapping[organisation_predikat(organisation, "organisation")]


class Bound(enum.StrEnum):
    """Kind of limit a distribution rule sets on a head-count."""

    AT_MOST = "at most"
    AT_LEAST = "at least"
    AT_LEAST_ONE = "at least one"
    """"Harus ada": at least one employee."""
    MORE_THAN = "more than"
    """Strictly more than the percentage (the "more than half" reading of "sebagian besar")."""


@attrs.frozen
class DistributionRule:
    """One constraint of SE MenPANRB 3/2023 on the employees' predikat, for one organisation predikat."""

    classes: tuple[Predikat, ...]
    bound: Bound
    percent: int
    """A whole percentage of the unit's head-count (the SE's figures are all whole)."""
    text: str
    """The rule in the SE's words (abridged)."""


_SB, _B, _BP, _K, _SK = PREDIKAT_ORDER[::-1]

#: The distribution rules per predikat kinerja organisasi (SE MenPANRB 3/2023, angka 1) to 5)).
DISTRIBUTION_RULES: Final[Mapping[OrganisationPredikat, tuple[DistributionRule, ...]]] = MappingProxyType(
    {
        OrganisationPredikat.ISTIMEWA: (
            DistributionRule((_SB,), Bound.AT_MOST, 70, "sebagian besar (maksimal 70%) Sangat Baik"),
        ),
        OrganisationPredikat.BAIK: (
            DistributionRule((_B,), Bound.AT_MOST, 70, "sebagian besar (maksimal 70%) Baik"),
            DistributionRule((_BP, _K), Bound.AT_LEAST_ONE, 0, "harus ada Butuh Perbaikan dan/atau Kurang/Misconduct"),
        ),
        OrganisationPredikat.BUTUH_PERBAIKAN: (
            DistributionRule((_BP,), Bound.AT_LEAST, 60, "minimal 60% Butuh Perbaikan"),
            DistributionRule((_SB,), Bound.AT_MOST, 10, "Sangat Baik maksimal 10%"),
        ),
        OrganisationPredikat.KURANG: (
            DistributionRule((_K,), Bound.AT_LEAST, 60, "minimal 60% Kurang/Misconduct"),
            DistributionRule((_BP,), Bound.AT_LEAST, 10, "minimal 10% Butuh Perbaikan"),
            DistributionRule((_SB,), Bound.AT_MOST, 10, "Sangat Baik maksimal 10%"),
        ),
        OrganisationPredikat.SANGAT_KURANG: (
            DistributionRule((_SK,), Bound.AT_LEAST, 60, "minimal 60% Sangat Kurang"),
            DistributionRule(
                (_K, _BP),
                Bound.AT_LEAST,
                10,
                "harus ada minimal 10% Kurang/Misconduct dan/atau Butuh Perbaikan",
            ),
            DistributionRule((_SB,), Bound.AT_MOST, 0, "tidak ada pegawai dengan predikat Sangat Baik"),
        ),
    }
)

#: The extra rule "sebagian besar" adds under MajorityReading.MORE_THAN_HALF (rows Istimewa and Baik).
MAJORITY_RULES: Final[Mapping[OrganisationPredikat, DistributionRule]] = MappingProxyType(
    {
        OrganisationPredikat.ISTIMEWA: DistributionRule(
            (_SB,), Bound.MORE_THAN, 50, "sebagian besar Sangat Baik (read: more than 50%)"
        ),
        OrganisationPredikat.BAIK: DistributionRule(
            (_B,), Bound.MORE_THAN, 50, "sebagian besar Baik (read: more than 50%)"
        ),
    }
)


def rules_for(
    organisation: OrganisationPredikat | str, majority: MajorityReading | str
) -> tuple[DistributionRule, ...]:
    """The rules that apply to a unit with this organisation predikat, under the majority reading."""
    organisation = organisation_predikat(organisation, "organisation")
    rules = DISTRIBUTION_RULES[organisation]
    more_than_half = enum_member(MajorityReading, majority, "majority") is MajorityReading.MORE_THAN_HALF
    if more_than_half and organisation in MAJORITY_RULES:
        rules = (*rules, MAJORITY_RULES[organisation])
    return rules


_WHOLE_DOWN: Final = RoundingPolicy(places=0, mode=Rounding.DOWN)
_WHOLE_UP: Final = RoundingPolicy(places=0, mode=Rounding.UP)
_WHOLE_HALF_UP: Final = RoundingPolicy(places=0, mode=Rounding.HALF_UP)


def head_count_limit(rule: DistributionRule, employees: int, rounding: HeadCountRounding | str) -> int:
    """The head-count a rule allows (at most) or requires (at least) in a unit of ``employees``.

    >>> rule = DISTRIBUTION_RULES[OrganisationPredikat.BAIK][0]
    >>> head_count_limit(rule, 7, HeadCountRounding.CONSERVATIVE), head_count_limit(rule, 7, HeadCountRounding.HALF_UP)
    (4, 5)
    """
    mode = enum_member(HeadCountRounding, rounding, "rounding")
    if isinstance(employees, bool) or not isinstance(employees, int) or employees < 1:
        raise InvalidInputError("employees", employees, "a whole number of employees, at least 1")
    if rule.bound is Bound.AT_LEAST_ONE:
        return 1
    share = Fraction(rule.percent * employees, 100)
    if rule.bound is Bound.MORE_THAN:  # the least head-count strictly above the share, whatever the rounding
        return int(quantize(share, _WHOLE_DOWN)) + 1
    if mode is HeadCountRounding.HALF_UP:
        whole = _WHOLE_HALF_UP
    else:  # a maximum rounded down, a minimum rounded up
        whole = _WHOLE_DOWN if rule.bound is Bound.AT_MOST else _WHOLE_UP
    limit = int(quantize(share, whole))
    if rule.bound is Bound.AT_LEAST and rule.percent > 0:
        limit = max(limit, 1)  # "minimal n%" of a small unit still means someone
    return limit
