"""String enums that keep working when Twilio adds a value.

Twilio adds statuses, directions and categories over time. A plain
:class:`~enum.StrEnum` raises :class:`ValueError` on a value it does not declare, which
would turn a harmless API addition into a crash while reading a page of records.
:class:`OpenStrEnum` instead returns a stand-in member for the new value.
"""

from __future__ import annotations

import enum
from typing import Any, Self

from twilio_sansio.core.errors import InvalidArgument

__all__ = ["OpenStrEnum"]

# Stand-in members per enum class, by value. Kept outside the classes (not in
# ``_value2member_map_``) so that ``value in SomeEnum`` keeps meaning "declared".
_PSEUDO_MEMBERS: dict[type[Any], dict[str, Any]] = {}
# Beyond this many distinct undeclared values per class, stand-ins are still returned
# but no longer cached (so identity is not guaranteed): a bound on memory if a
# misbehaving server sends a stream of distinct values.
_MAX_PSEUDO_MEMBERS = 1024


class OpenStrEnum(enum.StrEnum):
    """A :class:`~enum.StrEnum` that accepts values Twilio adds after it was written.

    Subclass it like any StrEnum::

        class MessageStatus(OpenStrEnum):
            QUEUED = "queued"
            SENT = "sent"

    ``MessageStatus("sent")`` is the declared member. ``MessageStatus("new-value")``
    returns a stand-in: an instance of ``MessageStatus`` whose ``value`` and ``str()``
    are ``"new-value"``, that equals (and hashes like) the plain string, whose ``name``
    is its value and whose :attr:`is_known` is False. The same undeclared value gives
    the same object each time. Stand-ins are not listed by iteration, ``len()`` or
    ``in``: those still describe the declared members only.

    Raises:
        InvalidArgument: When called with something that is not a string.

    """

    @classmethod
    def _missing_(cls, value: object) -> Self:
        if not isinstance(value, str):
            raise InvalidArgument(f"{value!r} is not a valid {cls.__qualname__}: expected a string")
        text = str.__str__(value)  # a plain str, even if value is a str subclass
        cache: dict[str, Self] = _PSEUDO_MEMBERS.setdefault(cls, {})
        member = cache.get(text)
        if member is not None:
            return member
        member = str.__new__(cls, text)
        member._value_ = text
        member._name_ = text
        if len(cache) < _MAX_PSEUDO_MEMBERS:
            member = cache.setdefault(text, member)
        return member

    @property
    def is_known(self) -> bool:
        """Whether this is a declared member (True) or a stand-in for a new value (False).

        Returns:
            True for members declared in the class body, False for values Twilio added
            later.

        """
        return type(self)._member_map_.get(self._name_) is self

    @property
    def friendly(self) -> str:
        """The value for people, as twilio-go's ``Friendly()``: ``in-progress`` → ``In Progress``.

        Hyphens and underscores become spaces and each word starts with a capital, for
        declared members and for values Twilio adds later alike (``queued`` → ``Queued``,
        ``no-answer`` → ``No Answer``). An enum may override it where Twilio's wording is
        not a simple transform of the value.
        """
        words = self._value_.replace("-", " ").replace("_", " ").split()
        return " ".join(word[:1].upper() + word[1:] for word in words)

    def __repr__(self) -> str:
        if self.is_known:
            return super().__repr__()
        return f"<{type(self).__name__} (undeclared): {self._value_!r}>"
