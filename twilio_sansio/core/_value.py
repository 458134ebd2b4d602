"""The base of the core's immutable values: slotted classes with value equality, no attrs.

The core's values (requests, responses, operations, steps, pages, the retry policy, the
configuration) were attrs classes; importing attrs (and the ``inspect`` it pulls in) cost
about a fifth of a client's start-up. :class:`Value` gives the same behaviour by hand:
each class writes its own ``__init__`` (converters and validation inline, and
``object.__setattr__`` to set its slots) and names its fields in three class tuples;
equality, hashing, ``repr()``, pickling, copying and :func:`replace` follow from them.

- ``_init_fields``: the constructor's parameters, in order, each named like the slot it fills
  (a leading underscore dropped: slot ``_raw``, parameter ``raw``). :func:`replace`
  rebuilds from them, and pickling keeps every slot.
- ``_eq_fields``: the slots compared by ``==`` (as a tuple, between instances of exactly
  one class, as attrs compares) and hashed, unless the class sets ``__hash__ = None``.
- ``_repr_fields``: the slots ``repr()`` shows, as ``Name(field=value, ...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, dataclass_transform

V = TypeVar("V", bound="Value")

__all__ = ["Value", "replace", "slot_setters", "type_field"]


def type_field(*, init: bool = True) -> Any:
    """Describe a field to type checkers only (under ``TYPE_CHECKING``): never called.

    A slot cannot have a class attribute of its name, so this serves a class whose
    subclasses have no ``__init__`` of their own (a model), for the constructor type
    checkers derive for them.
    """
    raise NotImplementedError  # pragma: no cover


# For type checkers only: the annotated fields of a subclass are read-only, as attrs'
# frozen classes were (each subclass writes its own ``__init__``, which they keep).
@dataclass_transform(frozen_default=True, field_specifiers=(type_field,))
class Value:
    """An immutable slotted value whose subclasses name their fields in class tuples.

    Setting or deleting an attribute raises :class:`AttributeError`.
    """

    __slots__ = ("__weakref__",)

    _init_fields: ClassVar[tuple[str, ...]] = ()
    _eq_fields: ClassVar[tuple[str, ...]] = ()
    _repr_fields: ClassVar[tuple[str, ...]] = ()
    _slot_names: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names: list[str] = []
        for klass in reversed(cls.__mro__):
            slots = klass.__dict__.get("__slots__", ())
            for name in (slots,) if isinstance(slots, str) else slots:
                if name not in ("__weakref__", "__dict__") and name not in names:
                    names.append(name)
        cls._slot_names = tuple(names)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def _eq_key(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._eq_fields])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._eq_key() == other._eq_key()

    def __ne__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._eq_key() != other._eq_key()

    def __hash__(self) -> int:
        return hash((self.__class__.__qualname__, *self._eq_key()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._repr_fields)
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({shown})"

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._slot_names if hasattr(self, name)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __replace__(self: V, **changes: Any) -> V:
        return replace(self, **changes)


def replace(value: V, **changes: Any) -> V:
    """Return a copy of ``value`` with some constructor arguments changed (``attrs.evolve``).

    The copy is built by the class's constructor, so it is converted and validated as
    any new instance is.

    Raises:
        TypeError: ``changes`` names no parameter of the constructor.
    """
    cls = type(value)
    arguments = {}
    for name in cls._init_fields:
        parameter = name.lstrip("_")
        arguments[parameter] = (
            changes.pop(parameter) if parameter in changes else getattr(value, name)
        )
    if changes:
        raise TypeError(f"{cls.__name__} has no field {', '.join(map(repr, changes))}")
    return cls(**arguments)


def slot_setters(cls: type[Value], *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """Return the ``__set__`` of each named slot of ``cls``, for its ``__init__``.

    Calling a slot's own setter is the quickest way past the frozen ``__setattr__``
    (faster than ``object.__setattr__``), which counts for values built on every request.
    """
    return tuple(vars(cls)[name].__set__ for name in names)
