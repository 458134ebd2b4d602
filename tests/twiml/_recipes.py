"""Random TwiML recipes: a tree of builder calls that either library can replay.

A recipe names methods and keyword arguments only, exactly as a user writes them, so the
same recipe can be applied to ``twilio_sansio.twiml`` and to the official ``twilio``
package. What a parent may hold, and which arguments each child takes, is read from the
builders themselves (their ``adds`` declarations, SSML methods and ``__init__``
annotations): every verb, noun and keyword is reachable.
"""

from __future__ import annotations

import collections.abc
import inspect
import random
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from twilio_sansio.twiml import MessagingResponse, TwiML, VoiceResponse
from twilio_sansio.twiml._element import Container, adds

_BASE_METHODS = frozenset(dir(Container))
_Result = TypeVar("_Result")


def cache(read: Callable[[type[TwiML]], _Result]) -> Callable[[type[TwiML]], _Result]:
    """Remember what ``read`` found for each class (functools.cache, typed for classes)."""
    found: dict[type[TwiML], _Result] = {}

    def remembered(element: type[TwiML]) -> _Result:
        if element not in found:
            found[element] = read(element)
        return found[element]

    return remembered


# Characters a recipe's text is drawn from: markup, quotes, whitespace, and non-ASCII
# letters and symbols. No carriage return: the official package writes it raw in text,
# where a parser reads it back as a line feed (ours writes a character reference).
_ALPHABET = "abcXYZ 019<>&\"'=/;:\n\t-_.éüß中文😀\u00a0\u2028"


@dataclass
class Call:
    """One builder call: ``parent.method(**arguments)``, then the calls on its result."""

    method: str
    element: type[TwiML]
    arguments: dict[str, Any]
    children: list[Call] = field(default_factory=list)


@dataclass
class Recipe:
    """A whole document: which response to start from and the calls on it."""

    response: str  # "VoiceResponse" or "MessagingResponse"
    calls: list[Call]

    def all_calls(self) -> Iterator[Call]:
        """Every call of the recipe, depth first."""
        stack = list(self.calls)
        while stack:
            call = stack.pop()
            yield call
            stack.extend(call.children)


@cache
def child_methods(parent: type[TwiML]) -> dict[str, type[TwiML]]:
    """The methods that add a child to ``parent``, and the class each one adds."""
    found: dict[str, type[TwiML]] = {}
    for name in dir(parent):
        if name.startswith("_") or name in _BASE_METHODS:
            continue
        declared = inspect.getattr_static(parent, name)
        if isinstance(declared, adds):
            found[name] = declared._build  # type: ignore[assignment]
        elif inspect.isfunction(declared):
            found[name] = typing.get_type_hints(declared)["return"]
    return found


@cache
def parameters(element: type[TwiML]) -> dict[str, Any]:
    """The keyword arguments of an element class and their evaluated annotations."""
    hints = typing.get_type_hints(element.__init__)
    return {name: hints[name] for name in inspect.signature(element).parameters}


@cache
def required(element: type[TwiML]) -> frozenset[str]:
    """The arguments an element class cannot do without."""
    return frozenset(
        name
        for name, parameter in inspect.signature(element).parameters.items()
        if parameter.default is inspect.Parameter.empty
    )


def text(rng: random.Random) -> str:
    """A short random text, possibly empty, with characters that need escaping."""
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 12)))


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [m for arg in typing.get_args(annotation) for m in _members(arg)]
    return [annotation]


def value_for(annotation: Any, rng: random.Random) -> Any:
    """A random value of an annotation's type (lists for ``Sequence`` members)."""
    options = [member for member in _members(annotation) if member is not type(None)]
    chosen = rng.choice(options)
    origin = typing.get_origin(chosen)
    if origin is typing.Literal:
        return rng.choice(typing.get_args(chosen))
    if origin in (collections.abc.Sequence, list, tuple):
        (item,) = typing.get_args(chosen)[:1]
        return [value_for(item, rng) for _ in range(rng.randrange(1, 4))]
    if chosen is bool:
        return rng.random() < 0.5
    if chosen is int:
        return rng.randrange(-5, 5000)
    if chosen is float:
        return rng.choice([0.3, 0.55, 0.9, 1.0, 2.5])
    if chosen is str:
        return text(rng)
    raise AssertionError(f"no values for {chosen!r}")


def call_for(
    method: str, element: type[TwiML], rng: random.Random, depth: int, *, every: bool = False
) -> Call:
    """A random call of ``method``: required arguments always, others half the time.

    With ``every``, every argument is given and no children are added.
    """
    arguments = {
        name: value_for(annotation, rng)
        for name, annotation in parameters(element).items()
        if every or name in required(element) or rng.random() < 0.5
    }
    if every:
        return Call(method, element, arguments)
    call = Call(method, element, arguments)
    methods = child_methods(element)
    if methods and depth < 5:
        for _ in range(rng.randrange(0, 4)):
            name = rng.choice(sorted(methods))
            call.children.append(call_for(name, methods[name], rng, depth + 1))
    return call


def random_recipe(rng: random.Random) -> Recipe:
    """A random voice (three times in four) or messaging document."""
    response: type[TwiML] = VoiceResponse if rng.random() < 0.75 else MessagingResponse
    methods = child_methods(response)
    calls = [
        call_for(name, methods[name], rng, 1)
        for name in (rng.choice(sorted(methods)) for _ in range(rng.randrange(0, 6)))
    ]
    return Recipe(response.__name__, calls)


def _paths_to_parents() -> dict[type[TwiML], tuple[type[TwiML], list[tuple[str, type[TwiML]]]]]:
    """For each element that holds children: the shortest route to it from a response."""
    routes: dict[type[TwiML], tuple[type[TwiML], list[tuple[str, type[TwiML]]]]] = {}
    todo: list[tuple[type[TwiML], type[TwiML], list[tuple[str, type[TwiML]]]]] = [
        (VoiceResponse, VoiceResponse, []),
        (MessagingResponse, MessagingResponse, []),
    ]
    while todo:
        response, element, route = todo.pop(0)
        if element in routes:
            continue
        routes[element] = (response, route)
        for name, child in child_methods(element).items():
            todo.append((response, child, [*route, (name, child)]))
    return routes


def every_method_with_every_argument(rng: random.Random) -> Iterator[Recipe]:
    """One recipe per (parent, method) pair, calling the method with every argument."""
    for parent, (response, route) in _paths_to_parents().items():
        for name, child in sorted(child_methods(parent).items()):
            leaf = call_for(name, child, rng, 0, every=True)
            for step, element in reversed(route):
                arguments = {
                    argument: value_for(parameters(element)[argument], rng)
                    for argument in required(element)
                }
                leaf = Call(step, element, arguments, [leaf])
            yield Recipe(response.__name__, [leaf])


def build(recipe: Recipe, responses: Mapping[str, Callable[[], Any]], *, lists: bool) -> Any:
    """Apply a recipe to one library's response classes and return the response.

    Args:
        recipe: the calls.
        responses: the response classes by name.
        lists: pass list values as lists; otherwise space-join them first (the official
            package renders a list as Python's ``repr`` of it, not as Twilio reads it).
    """
    root = responses[recipe.response]()
    stack: list[tuple[Any, Call]] = [(root, call) for call in recipe.calls]
    while stack:
        parent, call = stack.pop(0)
        arguments = {
            name: (
                value
                if lists or not isinstance(value, list)
                else " ".join(str(item) for item in value)
            )
            for name, value in call.arguments.items()
        }
        child = getattr(parent, call.method)(**arguments)
        stack.extend((child, grandchild) for grandchild in call.children)
    return root


def reachable_classes() -> set[type[TwiML]]:
    """Every element class a document can contain, found from the two responses."""
    seen: set[type[TwiML]] = set()
    todo: list[type[TwiML]] = [VoiceResponse, MessagingResponse]
    while todo:
        element = todo.pop()
        if element in seen:
            continue
        seen.add(element)
        todo.extend(child_methods(element).values())
    return seen
