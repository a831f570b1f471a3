"""Reading plain dicts (parsed JSON) with errors that name the path of the offending value."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from skpcalc._validate import enum_member
from skpcalc.errors import FormatError, InvalidInputError
from skpcalc.explain import Step
from skpcalc.numeric import Rounding, RoundingPolicy, parse_number
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.base import Evidence, Source

T = TypeVar("T")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def obj(data: object, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """``data`` as a dict with all ``required`` keys and no keys beyond ``required + optional``."""
    keys = ", ".join(required + optional)
    if not isinstance(data, Mapping):
        raise FormatError(path or "document", data, f"an object with the keys {keys}")
    for key in data:
        if key not in required and key not in optional:
            raise FormatError(f"{path}.{key}" if path else str(key), data[key], f"no such key; the keys are {keys}")
    for key in required:
        if key not in data:
            raise FormatError(f"{path}.{key}" if path else key, None, f"a value: the key {key!r} is required")
    return dict(data)


def seq(data: object, path: str) -> list[Any]:
    """``data`` as a list."""
    if not isinstance(data, list | tuple):
        raise FormatError(path, data, "a list")
    return list(data)


def text(data: object, path: str) -> str:
    """``data`` as a string."""
    if not isinstance(data, str):
        raise FormatError(path, data, "a string")
    return data


def whole(data: object, path: str) -> int:
    """``data`` as an int (not a bool)."""
    if isinstance(data, bool) or not isinstance(data, int):
        raise FormatError(path, data, "an integer")
    return data


def figure(data: object, path: str) -> Decimal:
    """A computed figure read back from a result: any finite exact number."""
    return parse_number(data, path, bounded=False)


def optional_figure(data: object, path: str) -> Decimal | None:
    """A computed figure, or None."""
    return None if data is None else figure(data, path)


def day(data: object, path: str) -> date:
    """``data`` as a ``YYYY-MM-DD`` date."""
    if isinstance(data, str) and _DATE.fullmatch(data):
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise FormatError(path, data, "an existing calendar day written YYYY-MM-DD") from None
    raise FormatError(path, data, "a date written YYYY-MM-DD")


def period(data: object, path: str) -> AppraisalPeriod:
    """``{"start": ..., "end": ...}`` as an :class:`AppraisalPeriod`."""
    fields = obj(data, path, ("start", "end"))
    return build(
        path, AppraisalPeriod, start=day(fields["start"], f"{path}.start"), end=day(fields["end"], f"{path}.end")
    )


def rounding(data: object, path: str) -> RoundingPolicy:
    """``{"places": int, "mode": "half_up" | "up" | "down"}`` as a :class:`RoundingPolicy`."""
    fields = obj(data, path, ("places", "mode"))
    places = whole(fields["places"], f"{path}.places")
    mode = enum_member(Rounding, fields["mode"], f"{path}.mode")
    return build(path, RoundingPolicy, places=places, mode=mode)


def period_to_dict(value: AppraisalPeriod) -> dict[str, str]:
    """Interchange form of a period."""
    return {"start": value.start.isoformat(), "end": value.end.isoformat()}


def build(path: str, constructor: Callable[..., T], **kwargs: Any) -> T:
    """Call ``constructor``; an input error is re-raised with its field placed under ``path``."""
    try:
        return constructor(**kwargs)
    except InvalidInputError as error:
        field = error.field
        prefix = f"{getattr(constructor, '__name__', '')}."
        field = field.removeprefix(prefix)
        raise type(error)(f"{path}.{field}" if path else field, error.value, error.allowed) from None


def decimal_text(value: Decimal | None) -> str | None:
    """A Decimal as its exact string (None stays None)."""
    return None if value is None else str(value)


def step_to_dict(step: Step) -> dict[str, Any]:
    """Interchange form of an explanation step: a numeric step has ``exact`` as ``n/d``, a label step null."""
    return {
        "key": step.key,
        "label": step.label,
        "formula": step.formula,
        "inputs": [[name, text] for name, text in step.inputs],
        "exact": None if step.exact is None else f"{step.exact.numerator}/{step.exact.denominator}",
        "value": str(step.value),
        "source": {"reference": step.source.reference, "evidence": step.source.evidence.value},
    }


def step(data: object, path: str) -> Step:
    """An explanation step from its interchange form."""
    fields = obj(data, path, ("key", "label", "formula", "inputs", "exact", "value", "source"))
    source = obj(fields["source"], f"{path}.source", ("reference", "evidence"))
    inputs = []
    for i, pair in enumerate(seq(fields["inputs"], f"{path}.inputs")):
        items = seq(pair, f"{path}.inputs[{i}]")
        if len(items) != 2:
            raise FormatError(f"{path}.inputs[{i}]", pair, "a [name, value] pair")
        inputs.append((text(items[0], f"{path}.inputs[{i}][0]"), text(items[1], f"{path}.inputs[{i}][1]")))
    exact: Fraction | None = None
    value: Decimal | str = text(fields["value"], f"{path}.value")
    if fields["exact"] is not None:
        exact_text = text(fields["exact"], f"{path}.exact")
        try:
            exact = Fraction(exact_text)
        except (ValueError, ZeroDivisionError):
            raise FormatError(f"{path}.exact", exact_text, "an exact fraction written n/d, or null") from None
        value = figure(value, f"{path}.value")
    return Step(
        key=text(fields["key"], f"{path}.key"),
        label=text(fields["label"], f"{path}.label"),
        formula=text(fields["formula"], f"{path}.formula"),
        inputs=inputs,
        exact=exact,
        value=value,
        source=Source(
            reference=text(source["reference"], f"{path}.source.reference"),
            evidence=enum_member(Evidence, source["evidence"], f"{path}.source.evidence"),
        ),
    )
