from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from skpcalc.errors import (
    FloatInputError,
    FormatError,
    InconsistentInputError,
    InvalidInputError,
    InvalidTypeError,
    NotInForceError,
    OutOfRangeError,
    SkpCalcError,
    UnknownRuleSetError,
)
from skpcalc.explain import Explanation, Step, format_exact
from skpcalc.rules.base import Evidence, InForce, Source

SOURCE = Source("Lampiran Perka BKN 1/2013", Evidence.SECONDARY)


def test_error_tree() -> None:
    assert issubclass(InvalidInputError, SkpCalcError) and issubclass(InvalidInputError, ValueError)
    for kind in (OutOfRangeError, InconsistentInputError, InvalidTypeError, FormatError, FloatInputError):
        assert issubclass(kind, InvalidInputError)
    assert issubclass(InvalidTypeError, TypeError) and issubclass(FloatInputError, TypeError)
    assert issubclass(UnknownRuleSetError, LookupError) and issubclass(NotInForceError, LookupError)


def test_error_at_prefixes_the_field() -> None:
    error = OutOfRangeError("quantity", -1, "> 0").at("target")
    assert (type(error), error.field, str(error)) == (
        OutOfRangeError,
        "target.quantity",
        "target.quantity: got -1; allowed: > 0",
    )
    assert InvalidInputError("", 1, "x").at("root").field == "root"
    long = InvalidInputError("f", "x" * 200, "y")
    assert "..." in str(long)


def test_not_in_force_message() -> None:
    error = NotInForceError("pp46_2011", date(2022, 1, 1), date(2022, 12, 31), "from 2014-01-01 to 2021-06-30")
    assert str(error).startswith(
        "rule set 'pp46_2011' is in force from 2014-01-01 to 2021-06-30; the period 2022-01-01"
    )
    assert (error.start, error.end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_in_force() -> None:
    open_ended = InForce(start=date(2022, 1, 1), end=None, source=SOURCE)
    assert open_ended.contains(date(2100, 1, 1)) and not open_ended.contains(date(2021, 12, 31))
    assert str(open_ended) == "from 2022-01-01 until repealed"
    with pytest.raises(ValueError, match="before start"):
        InForce(start=date(2022, 1, 1), end=date(2021, 1, 1), source=SOURCE)


@pytest.mark.parametrize(
    ("value", "text"),
    [(Fraction(171, 2), "85.5"), (Fraction(266, 3), "266/3"), (Fraction(-24), "-24"), (Fraction(1, 8), "0.125")],
)
def test_format_exact(value: Fraction, text: str) -> None:
    assert format_exact(value) == text


def test_step_and_explanation_render() -> None:
    step = Step(
        key="k", label="Nilai", formula="a / 3", inputs=[("a", "266")], exact=Fraction(266, 3),
        value=Decimal("88.67"), source=SOURCE,
    )  # fmt: skip
    assert step.render().splitlines() == [
        "Nilai  [k]",
        "    formula : a / 3",
        "    inputs  : a = 266",
        "    value   : 88.67  (exact 266/3)",
        "    source  : Lampiran Perka BKN 1/2013 [S]",
    ]
    bare = Step(key="b", label="B", formula="f", inputs=[], exact=Fraction(1), value=Decimal(1), source=SOURCE)
    assert "inputs" not in bare.render()
    explanation = Explanation((step, bare))
    assert len(explanation) == 2
    assert [s.key for s in explanation] == ["k", "b"]
    assert explanation.render() == step.render() + "\n" + bare.render()


def test_format_exact_ignores_the_decimal_context() -> None:
    with decimal.localcontext() as context:
        context.prec = 4
        assert format_exact(Fraction(9884375, 100000)) == "98.84375"
        assert format_exact(Fraction(1, 2**60)) == "0.000000000000000000867361737988403547205962240695953369140625"


def test_explanation_exact_of_numeric_and_label_steps() -> None:
    number = Step(
        key="n", label="N", formula="f", inputs=[], exact=Fraction(1, 3), value=Decimal("0.33"), source=SOURCE
    )
    label = Step(key="p", label="Predikat", formula="matrix", inputs=[], exact=None, value="Baik", source=SOURCE)
    explanation = Explanation((number, label))
    assert explanation.exact("n") == Fraction(1, 3)
    with pytest.raises(KeyError, match="is a label"):
        explanation.exact("p")
    assert label.render().splitlines()[2] == "    value   : Baik"
