"""attrs validators shared by the value objects; each error names ``Class.field``."""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from skpcalc.errors import InvalidInputError, InvalidTypeError, OutOfRangeError
from skpcalc.numeric import check_converted

E = TypeVar("E", bound=enum.StrEnum)

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Class.attribute``: how an error names a field of a value object."""
    return f"{type(instance).__name__}.{attribute.name}"


def number(*, low: int, high: int | None = None, low_open: bool = False, optional: bool = False) -> Validator:
    """Validator for a converted number in ``[low, high]`` (``(low, high]`` with ``low_open``)."""
    lower = f"> {low}" if low_open else f">= {low}"
    allowed = lower if high is None else f"{lower} and <= {high}"
    if optional:
        allowed += ", or None"

    def validate(instance: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
        name = field_name(instance, attribute)
        if value is None:  # only the converter of an optional field lets None through
            return
        check_converted(name, value)
        too_low = value <= low if low_open else value < low
        if too_low or (high is not None and value > high):
            raise OutOfRangeError(name, value, allowed)

    return validate


def text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """A non-empty string without leading or trailing blanks."""
    allowed = "a non-empty string without leading or trailing spaces"
    if not isinstance(value, str):
        raise InvalidTypeError(field_name(instance, attribute), value, allowed)
    if not value or value != value.strip():
        raise InvalidInputError(field_name(instance, attribute), value, allowed)


class _NotASequence(tuple[Any, ...]):  # noqa: SLOT001 (carries the offending value)
    """Empty tuple standing in for a value that is not a list or tuple (see :func:`as_tuple`)."""

    raw: object


def as_tuple(value: object) -> tuple[Any, ...]:
    """Converter core: a list or tuple becomes a tuple; anything else is left for the validator."""
    if isinstance(value, tuple | list):
        return tuple(value)
    marker = _NotASequence()
    marker.raw = value
    return marker


def tuple_of(item_type: type, *, non_empty: bool) -> Validator:
    """Validator for a tuple whose items are all ``item_type`` (and, if asked, at least one)."""
    allowed = f"a list or tuple of {item_type.__name__}" + (" with at least one item" if non_empty else "")

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        name = field_name(instance, attribute)
        if isinstance(value, _NotASequence):
            raise InvalidTypeError(name, value.raw, allowed)
        if not isinstance(value, tuple) or not all(isinstance(item, item_type) for item in value):
            raise InvalidTypeError(name, value, allowed)
        if non_empty and not value:
            raise InvalidInputError(name, value, allowed)

    return validate


def instance_of(kind: type) -> Validator:
    """Validator: the value is an instance of ``kind``."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidTypeError(field_name(instance, attribute), value, f"a {kind.__name__}")

    return validate


def flag(value: object, field: str) -> bool:
    """``value`` if it is a bool; anything else (``"no"``, ``0``) raises an error naming ``field``."""
    if not isinstance(value, bool):
        raise InvalidTypeError(field, value, "True or False")
    return value


def enum_member(kind: type[E], value: object, field: str) -> E:
    """The member of ``kind`` given as itself or by its value; otherwise an error naming ``field``.

    Values match regardless of letter case and surrounding blanks (``"di atas ekspektasi"`` is
    ``Rating.ABOVE``); the member keeps the canonical spelling. A member of another enum is refused
    even when its text is the same.
    """
    if isinstance(value, kind):
        return value
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        wanted = " ".join(value.split()).casefold()
        for member in kind:
            if member.value.casefold() == wanted:
                return member
    allowed = ", ".join(repr(member.value) for member in kind)
    raise InvalidInputError(field, value, f"one of {allowed}")
