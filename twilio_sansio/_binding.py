"""How a namespace's methods reach the network: declared once, for both clients.

A namespace (``client.messages``) declares each method once, naming the core builder it
runs: ``get = call(MessageOperations.get)``. On a :class:`~twilio_sansio.Client` the
method returns the result; on an :class:`~twilio_sansio.AsyncClient` it returns an
awaitable of it. Either way, calling it builds the operation first, so bad arguments raise
:class:`~twilio_sansio.InvalidArgument` at the call, before anything is sent or awaited.

The descriptors' ``__get__`` overloads tell type checkers which of the two a method
returns (from the namespace's client type); at run time a method hands what the builder
returned to the client (``send``, ``run``, ``page_iterator`` or ``record_iterator``), and
the client decides how to carry it out. A bound method keeps the builder's signature
(without its ``self``), docstring and name, so ``inspect.signature``, ``help()`` and
notebooks show the real parameters; it is built once per namespace instance.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    Self,
    TypeVar,
    overload,
)

from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageSequence
from twilio_sansio.core.steps import Job

if TYPE_CHECKING:
    import inspect

    from twilio_sansio.aclient import AsyncClient
    from twilio_sansio.client import Client
    from twilio_sansio.iterators import (
        AsyncPageIterator,
        AsyncRecordIterator,
        PageIterator,
        RecordIterator,
    )

O = TypeVar("O")  # noqa: E741 - the core operations object a namespace wraps
C = TypeVar("C")
P = ParamSpec("P")
T = TypeVar("T")
B = TypeVar("B")

__all__ = ["Namespace", "call", "local", "pages", "records", "run"]


class Namespace(Generic[O, C]):
    """A group of methods on one resource, bound to a client of either kind.

    Attributes:
        client: The client the methods send through.
        operations: The core builder of this resource's operations, for building an
            operation to send elsewhere (``client.messages.operations.get(sid)``).
    """

    def __init__(self, client: C, operations: O) -> None:
        self.client = client
        self.operations = operations

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self.client!r}>"


class _Binding(Generic[O, P, B]):
    """A descriptor turning a core builder into a client method.

    Subclasses name the client method that carries out what the builder returns, and
    declare (for type checkers) what the method returns on each kind of client.
    """

    carry_out = ""
    """The name of the client method that takes what the builder returned."""

    def __init__(self, build: Callable[Concatenate[O, P], B]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        self.name = getattr(build, "__name__", "method")
        self._signature: inspect.Signature | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def signature(self) -> inspect.Signature:
        """The method's signature: the builder's, without ``self`` and its return type."""
        if self._signature is None:
            import inspect  # ~7 ms: imported when a client first uses a method, not built

            built = inspect.signature(self.build)
            parameters = list(built.parameters.values())[1:]
            self._signature = built.replace(
                parameters=parameters, return_annotation=inspect.Signature.empty
            )
        return self._signature

    def carrier(self, namespace: Namespace[O, Any]) -> Callable[[B], Any]:
        """The client's method that carries out what the builder returns."""
        carry_out: Callable[[B], Any] = getattr(namespace.client, self.carry_out)
        return carry_out

    def bind(self, namespace: Namespace[O, Any]) -> Callable[..., Any]:
        """Return the method of ``namespace`` (cached on it: later reads skip this)."""
        build, operations = self.build, namespace.operations
        carry_out = self.carrier(namespace)

        def method(*args: Any, **kwargs: Any) -> Any:
            return carry_out(build(operations, *args, **kwargs))

        method.__name__ = self.name
        method.__qualname__ = f"{type(namespace).__qualname__}.{self.name}"
        method.__doc__ = self.__doc__
        method.__module__ = type(namespace).__module__
        method.__wrapped__ = build  # type: ignore[attr-defined]
        method.__signature__ = self.signature()  # type: ignore[attr-defined]
        vars(namespace)[self.name] = method
        return method


class call(_Binding[O, P, Operation[T]]):
    """Bind a builder of one operation: the method sends it and returns its result."""

    carry_out = "send"

    @overload
    def __get__(self, namespace: None, owner: type) -> Self: ...

    @overload
    def __get__(self, namespace: Namespace[O, Client], owner: type) -> Callable[P, T]: ...

    @overload
    def __get__(
        self, namespace: Namespace[O, AsyncClient], owner: type
    ) -> Callable[P, Awaitable[T]]: ...

    def __get__(self, namespace: Namespace[O, Any] | None, owner: type) -> Any:
        return self if namespace is None else self.bind(namespace)


class run(_Binding[O, P, Job[T]]):
    """Bind a builder of a multi-step job: the method runs it under one deadline."""

    carry_out = "run"

    @overload
    def __get__(self, namespace: None, owner: type) -> Self: ...

    @overload
    def __get__(self, namespace: Namespace[O, Client], owner: type) -> Callable[P, T]: ...

    @overload
    def __get__(
        self, namespace: Namespace[O, AsyncClient], owner: type
    ) -> Callable[P, Awaitable[T]]: ...

    def __get__(self, namespace: Namespace[O, Any] | None, owner: type) -> Any:
        return self if namespace is None else self.bind(namespace)


class pages(_Binding[O, P, Operation[Page[T]] | PageSequence[T]]):
    """Bind a first-page builder (or one of paging state): the method iterates pages.

    Nothing is sent when the method is called: the iterator makes one request per page,
    when the next page is asked for.
    """

    carry_out = "page_iterator"

    @overload
    def __get__(self, namespace: None, owner: type) -> Self: ...

    @overload
    def __get__(
        self, namespace: Namespace[O, Client], owner: type
    ) -> Callable[P, PageIterator[T]]: ...

    @overload
    def __get__(
        self, namespace: Namespace[O, AsyncClient], owner: type
    ) -> Callable[P, AsyncPageIterator[T]]: ...

    def __get__(self, namespace: Namespace[O, Any] | None, owner: type) -> Any:
        return self if namespace is None else self.bind(namespace)


class records(_Binding[O, P, Operation[Page[T]] | PageSequence[T]]):
    """Bind a first-page builder (or one of paging state): the method iterates records.

    Nothing is sent when the method is called: a page is fetched when its records are
    needed.
    """

    carry_out = "record_iterator"

    @overload
    def __get__(self, namespace: None, owner: type) -> Self: ...

    @overload
    def __get__(
        self, namespace: Namespace[O, Client], owner: type
    ) -> Callable[P, RecordIterator[T]]: ...

    @overload
    def __get__(
        self, namespace: Namespace[O, AsyncClient], owner: type
    ) -> Callable[P, AsyncRecordIterator[T]]: ...

    def __get__(self, namespace: Namespace[O, Any] | None, owner: type) -> Any:
        return self if namespace is None else self.bind(namespace)


def _as_it_is(value: T) -> T:
    return value


class local(_Binding[O, P, T]):
    """Bind a pure helper of the core (one that sends nothing, such as a URL builder).

    The method is the same on both clients: it returns the helper's result directly.
    """

    def carrier(self, namespace: Namespace[O, Any]) -> Callable[[T], T]:
        """Nothing to carry out: the helper's result is the method's."""
        return _as_it_is

    @overload
    def __get__(self, namespace: None, owner: type) -> Self: ...

    @overload
    def __get__(self, namespace: Namespace[O, Any], owner: type) -> Callable[P, T]: ...

    def __get__(self, namespace: Namespace[O, Any] | None, owner: type) -> Any:
        return self if namespace is None else self.bind(namespace)
