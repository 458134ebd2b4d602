"""Closed sets of values, read from the builders' own ``Literal`` annotations.

The annotations that let mypy refuse ``method="PUT"`` are also the run-time check, so the
two never disagree: an attribute annotated with ``Literal`` values (and no plain ``str``)
accepts only those strings; a ``Sequence`` of ``Literal`` values accepts lists of them.
The sets are read once per element class, on its first use.
"""

from __future__ import annotations

import collections.abc
import types
import typing
from collections.abc import Mapping

from twilio_sansio.core.errors import InvalidArgument


class Choices(typing.NamedTuple):
    """The strings an attribute accepts, alone and as the items of a list."""

    alone: frozenset[str] | None
    """Strings accepted as the value, or None when any string is."""
    in_a_list: frozenset[str] | None
    """Strings accepted as list items, or None when any string is."""


def _members(annotation: object) -> tuple[object, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return tuple(m for arg in typing.get_args(annotation) for m in _members(arg))
    return (annotation,)


def _literal_strings(members: tuple[object, ...]) -> frozenset[str] | None:
    if str in members:
        return None
    found = {
        value
        for member in members
        if typing.get_origin(member) is typing.Literal
        for value in typing.get_args(member)
        if isinstance(value, str)
    }
    return frozenset(found) or None


def choices_of(annotation: object) -> Choices:
    """The closed sets an annotation declares.

    Args:
        annotation: an evaluated parameter annotation.

    Returns:
        The strings accepted as the value and as list items (None where open).
    """
    members = _members(annotation)
    item_members = tuple(
        item
        for member in members
        if typing.get_origin(member) is collections.abc.Sequence
        for item in _members(typing.get_args(member)[0])
    )
    return Choices(_literal_strings(members), _literal_strings(item_members))


def choices_for(element: type) -> Mapping[str, Choices]:
    """The closed attribute sets of an element class, by keyword.

    Args:
        element: a TwiML element class; its ``__init__`` annotations are read.

    Returns:
        Only the keywords with a closed set.
    """
    known = _CHOICES.get(element)
    if known is None:
        known = _CHOICES[element] = _read_choices(element)
    return known


_CHOICES: dict[type, Mapping[str, Choices]] = {}


def _read_choices(element: type) -> Mapping[str, Choices]:
    hints = typing.get_type_hints(element.__init__)  # type: ignore[misc]
    found = {name: choices_of(hint) for name, hint in hints.items() if name != "return"}
    return {name: found for name, found in found.items() if found != Choices(None, None)}


def check_choice(keyword: str, value: object, allowed: Choices) -> None:
    """Refuse a string outside an attribute's closed set.

    Args:
        keyword: the keyword argument, named in the error.
        value: its value; booleans and numbers are not checked here.
        allowed: the attribute's closed sets.

    Raises:
        InvalidArgument: ``value`` (or an item of it) is a string not in the set.
    """
    if isinstance(value, str):
        if allowed.alone is not None and value not in allowed.alone:
            raise InvalidArgument(f"{keyword}={value!r}: expected one of {sorted(allowed.alone)}")
    elif isinstance(value, list | tuple) and allowed.in_a_list is not None:
        for item in value:
            if item not in allowed.in_a_list:
                raise InvalidArgument(
                    f"{keyword} holds {item!r}: expected items of {sorted(allowed.in_a_list)}"
                )
