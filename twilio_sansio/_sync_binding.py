"""How the sync client binds the core's operation builders to the network.

A namespace (``client.messages``) declares each method once, naming the core builder it
runs: ``get = call(MessageOperations.get)``. The descriptor gives the method the builder's
exact signature (mypy sees it through ``ParamSpec``) and its docstring; calling it builds
the operation, which validates the arguments before anything is sent, then hands it to
the client.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    Protocol,
    TypeVar,
    overload,
)

from twilio_sansio.core.errors import NoMoreResults
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageChain, PageSequence
from twilio_sansio.core.steps import Job

if TYPE_CHECKING:
    from twilio_sansio.client import Client

O = TypeVar("O")  # noqa: E741 - the core operations object a namespace wraps
O_co = TypeVar("O_co", covariant=True)
P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")


class SyncNamespace(Generic[O]):
    """A group of methods on one resource, bound to a :class:`~twilio_sansio.Client`.

    Attributes:
        operations: The core builder of this resource's operations, for building an
            operation to send elsewhere (``client.messages.operations.get(sid)``).
    """

    def __init__(self, client: Client, operations: O) -> None:
        self.client = client
        self.operations = operations


class _Binding(Generic[O, P, T, R]):
    """A descriptor turning a core builder into a client method."""

    def __init__(self, build: Callable[Concatenate[O, P], T]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        self.name = getattr(build, "__name__", "method")

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def finish(self, client: Client, built: T) -> R:
        """Turn what the builder returned into the method's result."""
        raise NotImplementedError

    @overload
    def __get__(self, namespace: None, owner: type) -> _Binding[O, P, T, R]: ...

    @overload
    def __get__(self, namespace: SyncNamespace[O], owner: type) -> Callable[P, R]: ...

    def __get__(
        self, namespace: SyncNamespace[O] | None, owner: type
    ) -> _Binding[O, P, T, R] | Callable[P, R]:
        if namespace is None:
            return self
        build, operations, client, finish = (
            self.build,
            namespace.operations,
            namespace.client,
            self.finish,
        )

        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return finish(client, build(operations, *args, **kwargs))

        method.__name__ = self.name
        method.__doc__ = self.__doc__
        return method


class call(_Binding[O, P, Operation[T], T]):
    """Bind a builder of one operation: the method sends it and returns its result."""

    def finish(self, client: Client, built: Operation[T]) -> T:
        """Send the operation."""
        return client.send(built)


class run(_Binding[O, P, Job[T], T]):
    """Bind a builder of a multi-step job: the method runs it under one deadline."""

    def finish(self, client: Client, built: Job[T]) -> T:
        """Run the job."""
        return client.run(built)


class pages(_Binding[O, P, Operation[Page[T]], "PageIterator[T]"]):
    """Bind a first-page builder: the method returns an iterator over pages."""

    def finish(self, client: Client, built: Operation[Page[T]]) -> PageIterator[T]:
        """Wrap the first-page operation; nothing is sent yet."""
        return PageIterator(client, PageChain(built))


class records(_Binding[O, P, Operation[Page[T]], "RecordIterator[T]"]):
    """Bind a first-page builder: the method returns an iterator over records."""

    def finish(self, client: Client, built: Operation[Page[T]]) -> RecordIterator[T]:
        """Wrap the first-page operation; nothing is sent yet."""
        return RecordIterator(PageIterator(client, PageChain(built)))


class sequence_pages(_Binding[O, P, PageSequence[T], "PageIterator[T]"]):
    """Bind a builder of paging state (a time range, ...): the method iterates pages."""

    def finish(self, client: Client, built: PageSequence[T]) -> PageIterator[T]:
        """Wrap the paging state; nothing is sent yet."""
        return PageIterator(client, built)


class sequence_records(_Binding[O, P, PageSequence[T], "RecordIterator[T]"]):
    """Bind a builder of paging state (a time range, ...): the method iterates records."""

    def finish(self, client: Client, built: PageSequence[T]) -> RecordIterator[T]:
        """Wrap the paging state; nothing is sent yet."""
        return RecordIterator(PageIterator(client, built))


class HasOperations(Protocol[O_co]):
    """Anything with core ``operations``: a namespace of either client."""

    @property
    def operations(self) -> O_co:
        """The core builder."""
        ...


class local(Generic[O, P, T]):
    """Bind a pure helper of the core (one that sends nothing, such as a URL builder)."""

    def __init__(self, build: Callable[Concatenate[O, P], T]) -> None:
        self.build = build
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, namespace: None, owner: type) -> local[O, P, T]: ...

    @overload
    def __get__(self, namespace: HasOperations[O], owner: type) -> Callable[P, T]: ...

    def __get__(
        self, namespace: HasOperations[O] | None, owner: type
    ) -> local[O, P, T] | Callable[P, T]:
        if namespace is None:
            return self
        return functools.partial(self.build, namespace.operations)


class PageIterator(Generic[T]):
    """Pages of a listing, one request per page, made only when the next page is asked for.

    ``for page in iterator`` ends after the last page; ``iterator.next()`` raises
    :class:`~twilio_sansio.NoMoreResults` instead. Nothing is sent until the first page is
    asked for, and never more than one request per page. What to fetch next is decided by
    the core's paging state (:class:`~twilio_sansio.core.paging.PageSequence`).
    """

    def __init__(self, client: Client, state: PageSequence[T]) -> None:
        self._client = client
        self.state = state

    @property
    def cursor(self) -> str | None:
        """The URI of the next page, or None after the last page (or before the first).

        Save it and resume later with ``namespace.get_page_at(cursor)``.
        """
        return self.state.cursor

    def __iter__(self) -> Iterator[Page[T]]:
        return self

    def __next__(self) -> Page[T]:
        operation = self.state.next_operation()
        if operation is None:
            raise StopIteration
        return self.state.accept(self._client.send(operation))

    def next(self) -> Page[T]:
        """Fetch and return the next page.

        Raises:
            NoMoreResults: the last page was already returned.
        """
        try:
            return self.__next__()
        except StopIteration:
            raise NoMoreResults("no more pages") from None


class RecordIterator(Generic[T]):
    """Records across pages, lazily: a page is fetched only when its records are needed.

    Attributes:
        pages: The underlying page iterator (its ``cursor`` says where the listing goes on).
    """

    def __init__(self, pages: PageIterator[T]) -> None:
        self.pages = pages
        self._buffer: Iterator[T] = iter(())

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        while True:
            for record in self._buffer:
                return record
            self._buffer = iter(next(self.pages).records)

    def next(self) -> T:
        """Return the next record, fetching the next page if needed.

        Raises:
            NoMoreResults: there are no more records.
        """
        try:
            return self.__next__()
        except StopIteration:
            raise NoMoreResults("no more records") from None


def first_library_error(group: BaseExceptionGroup[Any]) -> BaseException:
    """Return the first library error in an exception group, or the group itself."""
    from twilio_sansio.core.errors import TwilioError

    for leaf in _leaves(group):
        if isinstance(leaf, TwilioError):
            return leaf
    return group


def _leaves(group: BaseExceptionGroup[Any]) -> Iterator[BaseException]:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            yield from _leaves(exc)
        else:
            yield exc
