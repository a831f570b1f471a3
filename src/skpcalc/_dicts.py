"""Reading plain dicts (parsed JSON) with errors that name the path of the offending value."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from skpcalc.errors import FormatError, InvalidInputError
from skpcalc.numeric import parse_number
from skpcalc.period import AppraisalPeriod

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
