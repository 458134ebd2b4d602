"""The element every TwiML builder is, and the descriptor that declares its children.

A parent names the children it may hold once, as the type argument of ``Container``
(``class Gather(Container["GatherChild"])``, with ``GatherChild = Say | Play | Pause``):
mypy reads it to type ``append`` and ``nest``, and the run-time check reads the same union.
Each child gets a method, mostly declared in one line, ``say = adds(Say)``: the method
``parent.say(...)`` takes exactly the arguments of ``Say(...)``, adds the new element and
returns it. A method that is not declared does not exist, so ``dial.say(...)`` fails in
mypy and in Python alike.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any, ClassVar, Generic, ParamSpec, Self, TypeVar, overload

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.twiml._attributes import (
    AttributeValue,
    attribute_name,
    attribute_value,
    checked_name,
    checked_text,
)
from twilio_sansio.twiml._choices import check_choice, choices_for
from twilio_sansio.twiml._xml import serialize

_Arguments = ParamSpec("_Arguments")
_Child = TypeVar("_Child", bound="TwiML")


class TwiML:
    """One TwiML element: a name, attributes, optional text and child elements.

    Subclasses are the verbs and nouns; build documents from a ``VoiceResponse`` or a
    ``MessagingResponse``. ``str(element)`` is ``element.to_xml()``.
    """

    tag: ClassVar[str]
    """The element's name in TwiML (``Say``, ``Dial``, ``say-as``)."""

    __slots__ = ("_attributes", "_children", "_text")

    def __init__(self, text: str | None = None, /, **keywords: AttributeValue | None) -> None:
        self._text = None if text is None else checked_text(text, f"the text of <{self.tag}>")
        self._children: list[TwiML] = []
        self._attributes: dict[str, str] = {}
        closed_sets = choices_for(type(self))
        for keyword, value in keywords.items():
            if value is None:
                continue
            if keyword in closed_sets:
                check_choice(keyword, value, closed_sets[keyword])
            name = attribute_name(keyword)
            self._attributes[name] = attribute_value(value, f"{self.tag}.{name}")

    @property
    def text(self) -> str | None:
        """The element's text (before its children), or None."""
        return self._text

    @property
    def attributes(self) -> Sequence[tuple[str, str]]:
        """The element's attributes, as Twilio reads them, in ``(name, value)`` pairs."""
        return tuple(self._attributes.items())

    @property
    def children(self) -> Sequence[TwiML]:
        """The child elements, in document order."""
        return tuple(self._children)

    def set_attribute(self, name: str, value: AttributeValue) -> Self:
        """Set an attribute by Twilio's own name, for one these builders do not know yet.

        Args:
            name: the attribute as TwiML spells it (``callerId``), used verbatim.
            value: rendered like a keyword argument (booleans as ``true``/``false``).

        Returns:
            This element, to chain calls.

        Raises:
            InvalidArgument: ``name`` is not an XML name, or ``value`` cannot be rendered.
        """
        self._attributes[checked_name(name)] = attribute_value(value, f"{self.tag}.{name}")
        return self

    def to_xml(self, xml_declaration: bool = True) -> str:
        """The element and everything in it as an XML document.

        Args:
            xml_declaration: start with ``<?xml version="1.0" encoding="UTF-8"?>``.

        Returns:
            The document as text (encode it as UTF-8 to send it).
        """
        return serialize(self, xml_declaration=xml_declaration)

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.to_xml(xml_declaration=False)}>"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None

    def _add(self, child: _Child) -> _Child:
        if type(child) not in child_classes(type(self)):
            raise InvalidArgument(f"<{child.tag}> cannot be placed in <{self.tag}>")
        self._children.append(child)
        return child


class Container(TwiML, Generic[_Child]):
    """An element that holds children of the classes in ``_Child``.

    Children are normally added with the element's methods (``response.say(...)``);
    ``append`` and ``nest`` add an element built on its own, as in the official SDK.
    """

    __slots__ = ()

    def append(self, child: _Child) -> Self:
        """Add an element built separately.

        Args:
            child: an element this one may hold.

        Returns:
            This element, to chain calls (the official SDK's ``append``).

        Raises:
            InvalidArgument: TwiML does not allow ``child`` here.
        """
        self._add(child)
        return self

    def nest(self, child: _Child) -> _Child:
        """Add an element built separately and return it.

        Args:
            child: an element this one may hold.

        Returns:
            ``child``, to keep building inside it.

        Raises:
            InvalidArgument: TwiML does not allow ``child`` here.
        """
        return self._add(child)


def child_classes(parent: type[TwiML]) -> frozenset[type[TwiML]]:
    """The element classes ``parent`` may hold: the members of its ``Container`` argument.

    Args:
        parent: an element class.

    Returns:
        The allowed child classes; empty for an element that holds none.
    """
    known = _CHILD_CLASSES.get(parent)
    if known is None:
        known = _CHILD_CLASSES[parent] = _declared_children(parent)
    return known


_CHILD_CLASSES: dict[type[TwiML], frozenset[type[TwiML]]] = {}


def _declared_children(parent: type[TwiML]) -> frozenset[type[TwiML]]:
    for klass in parent.__mro__:
        for base in vars(klass).get("__orig_bases__", ()):
            if typing.get_origin(base) is Container:
                (allowed,) = typing.get_args(base)
                if isinstance(allowed, typing.ForwardRef):
                    namespace = vars(sys.modules[klass.__module__])
                    allowed = eval(allowed.__forward_arg__, namespace)
                return frozenset(typing.get_args(allowed) or (allowed,))
    return frozenset()


class adds(Generic[_Arguments, _Child]):  # a declaration, read like a function
    """Declare a child: ``say = adds(Say)`` makes ``parent.say(...)`` add and return a Say.

    Args:
        element: the child's class; the method takes exactly its constructor's arguments.
    """

    def __init__(self, element: Callable[_Arguments, _Child]) -> None:
        self._build: Callable[_Arguments, _Child] = element
        declared: object = element
        if not (isinstance(declared, type) and issubclass(declared, TwiML)):
            raise TypeError("adds() takes a TwiML element class")
        self.__doc__ = f"Add a <{declared.tag}> element and return it (see {declared.__name__})."

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: TwiML, owner: type[Any]) -> Callable[_Arguments, _Child]: ...

    def __get__(
        self, instance: TwiML | None, owner: type[Any]
    ) -> Self | Callable[_Arguments, _Child]:
        if instance is None:
            return self
        build = self._build

        def add_child(*args: _Arguments.args, **kwargs: _Arguments.kwargs) -> _Child:
            return instance._add(build(*args, **kwargs))

        add_child.__doc__ = self.__doc__
        return add_child
