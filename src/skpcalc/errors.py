"""Exceptions raised by skpcalc.

Every exception the library raises on purpose derives from :class:`SkpCalcError`, and each one also
derives from the matching built-in (``ValueError``, ``TypeError`` or ``LookupError``), so callers that
only catch built-ins keep working.

::

    SkpCalcError(Exception)
    ├── InvalidInputError(SkpCalcError, ValueError)        .field .value .allowed
    │   ├── OutOfRangeError
    │   ├── InconsistentInputError
    │   ├── InvalidTypeError(InvalidInputError, TypeError)
    │   │   └── FloatInputError
    │   └── FormatError                                    (interchange documents)
    ├── UnknownRuleSetError(SkpCalcError, LookupError)     .key .available
    └── NotInForceError(SkpCalcError, LookupError)         .rule_set .start .end .in_force
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


class SkpCalcError(Exception):
    """Base class of every error skpcalc raises on purpose."""


def _show(value: object) -> str:
    """Render an offending value for a message; long values are shortened."""
    try:
        text = repr(value)
    except ValueError:  # e.g. an int too long to convert to text
        text = f"<{type(value).__name__} too large to show>"
    return text if len(text) <= 80 else text[:77] + "..."


class InvalidInputError(SkpCalcError, ValueError):
    """An input value is not acceptable.

    Attributes:
        field: where the value was found, e.g. ``"activities[0].target.quantity"``.
        value: the offending value, as given.
        allowed: what would have been accepted, in words.
    """

    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field}: got {_show(value)}; allowed: {allowed}")

    def at(self, prefix: str) -> InvalidInputError:
        """Return the same error with ``prefix`` put in front of its field path."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return type(self)(field, self.value, self.allowed)


class OutOfRangeError(InvalidInputError):
    """A number lies outside the range the regulation or the library allows."""


class InconsistentInputError(InvalidInputError):
    """Values that are each valid do not fit together (e.g. a period that ends before it starts)."""


class InvalidTypeError(InvalidInputError, TypeError):
    """A value has a type the field does not accept."""


class FloatInputError(InvalidTypeError):
    """A ``float`` was given where an exact number is required.

    Binary floats cannot represent most decimal fractions (``2.28`` is stored as
    ``2.279999…``), which moves results across regulatory boundaries. Pass ``Decimal``,
    ``int`` or ``str`` instead.
    """


class FormatError(InvalidInputError):
    """An interchange document (plain dict / JSON) does not follow the documented format."""


class UnknownRuleSetError(SkpCalcError, LookupError):
    """No rule set is registered under the given key.

    Attributes:
        key: the key that was asked for.
        available: the valid keys.
    """

    def __init__(self, key: str, available: Iterable[str]) -> None:
        self.key = key
        self.available = tuple(available)
        super().__init__(f"unknown rule set {key!r}; available: {', '.join(self.available)}")

    def __str__(self) -> str:
        # LookupError's str() would quote the whole message; keep it readable.
        return str(self.args[0])


class NotInForceError(SkpCalcError, LookupError):
    """A rule set was asked to judge a period outside the period it is in force.

    Attributes:
        rule_set: key of the rule set.
        start: first day of the period asked for.
        end: last day of the period asked for.
        in_force: the rule set's own period, in words.
    """

    def __init__(self, rule_set: str, start: date, end: date, in_force: str) -> None:
        self.rule_set = rule_set
        self.start = start
        self.end = end
        self.in_force = in_force
        super().__init__(
            f"rule set {rule_set!r} is in force {in_force}; the period {start.isoformat()} to "
            f"{end.isoformat()} lies (partly) outside it. Choose the rule set in force for the "
            f"period, or apply it anyway with allow_outside_in_force=True (command line: --allow-outside-in-force)"
        )

    def __str__(self) -> str:
        return str(self.args[0])
