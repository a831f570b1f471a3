"""The five performance classes the follow-up rules are written for, and how each rule set's predikat maps onto them.

PermenPANRB 1/2023 (angka kredit) and the agencies' tunjangan kinerja rules name the predikat of
PermenPANRB 6/2022. The numeric regimes used other labels for the same classes: BKN's conversion table
reads "Cukup/Butuh Perbaikan 75%", and PermenLHK 6/2024 Pasal 19 "berpredikat cukup atau butuh
perbaikan"; "Kurang" and "Kurang/Misconduct" are the same class. PP 46/2011's "Buruk" has no class
of its own and is refused.

>>> performance_class("Cukup"), performance_class("kurang/misconduct")
(<PerformanceClass.BUTUH_PERBAIKAN: 'Butuh Perbaikan'>, <PerformanceClass.KURANG: 'Kurang'>)
"""

from __future__ import annotations

import enum
from typing import Final

from skpcalc.errors import InvalidInputError, InvalidTypeError
from skpcalc.rules.base import Evidence, Source
from skpcalc.rules.permenpanrb_6_2022.scoring import Predikat as Predikat2022
from skpcalc.rules.permenpanrb_8_2021.scoring import Predikat as Predikat2021
from skpcalc.rules.pp46_2011.scoring import Predikat as Predikat2011

__all__ = ["CLASS_ORDER", "SRC_CLASSES", "PerformanceClass", "performance_class"]


class PerformanceClass(enum.StrEnum):
    """Predikat kinerja as the follow-up rules use it, with the equivalent labels of earlier rule sets."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    """Also "Cukup" (PP 46/2011, PP 30/2019)."""
    KURANG = "Kurang"
    """Also "Kurang/Misconduct" (PermenPANRB 6/2022)."""
    SANGAT_KURANG = "Sangat Kurang"

    @property
    def rank(self) -> int:
        """0 for Sangat Kurang up to 4 for Sangat Baik."""
        return CLASS_ORDER.index(self)


#: Worst first.
CLASS_ORDER: Final = (
    PerformanceClass.SANGAT_KURANG,
    PerformanceClass.KURANG,
    PerformanceClass.BUTUH_PERBAIKAN,
    PerformanceClass.BAIK,
    PerformanceClass.SANGAT_BAIK,
)

SRC_CLASSES: Final = Source(
    "BKN, PerBKN 3/2023 conversion table 'Sangat Baik 150%, Baik 100%, Cukup/Butuh Perbaikan 75%, Kurang 50%, "
    "Sangat Kurang 25%'; PermenLHK 6/2024 Pasal 19 'cukup atau butuh perbaikan': Cukup is Butuh Perbaikan, "
    "Kurang is Kurang/Misconduct",
    Evidence.SECONDARY,
)

# Labels by their case-folded text; "Buruk" (PP 46/2011) is deliberately absent.
_LABELS: Final = {
    "sangat baik": PerformanceClass.SANGAT_BAIK,
    "baik": PerformanceClass.BAIK,
    "butuh perbaikan": PerformanceClass.BUTUH_PERBAIKAN,
    "cukup": PerformanceClass.BUTUH_PERBAIKAN,
    "kurang": PerformanceClass.KURANG,
    "kurang/misconduct": PerformanceClass.KURANG,
    "sangat kurang": PerformanceClass.SANGAT_KURANG,
}

_ALLOWED: Final = (
    "a predikat: 'Sangat Baik', 'Baik', 'Butuh Perbaikan' (or 'Cukup'), 'Kurang' (or 'Kurang/Misconduct') "
    "or 'Sangat Kurang' ('Buruk' of PP 46/2011 has no equivalent)"
)


def performance_class(
    predikat: PerformanceClass | Predikat2022 | Predikat2021 | Predikat2011 | str, field: str = "predikat"
) -> PerformanceClass:
    """The class of a predikat of any rule set, or of its label in any letter case.

    Raises:
        InvalidInputError: an unknown label, or "Buruk" (PP 46/2011), which no follow-up rule names.
        InvalidTypeError: not a predikat or a string.
    """
    if isinstance(predikat, PerformanceClass):
        return predikat
    other_enum = isinstance(predikat, enum.Enum) and not isinstance(
        predikat, Predikat2022 | Predikat2021 | Predikat2011
    )
    if not isinstance(predikat, str) or other_enum:  # e.g. an organisation predikat is not a pegawai's
        raise InvalidTypeError(field, predikat, _ALLOWED)
    found = _LABELS.get(" ".join(str(predikat).split()).casefold())
    if found is None:
        raise InvalidInputError(field, str(predikat), _ALLOWED)
    return found
