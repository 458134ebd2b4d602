"""How the async client binds the core's operation builders to the network.

The async twin of :mod:`twilio_sansio._sync_binding`: ``get = call(MessageOperations.get)``
gives ``await client.messages.get(sid)`` the builder's exact signature and docstring.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Concatenate, Generic, ParamSpec, TypeVar, overload

from twilio_sansio.core.errors import NoMoreResults
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageChain, PageSequence
from twilio_sansio.core.steps import Job

if TYPE_CHECKING:
    from twilio_sansio.aclient import AsyncClient

O = TypeVar("O")  # noqa: E741 - the core operations object a namespace wraps
P = ParamSpec("P")
T = TypeVar("T")
B = TypeVar("B")
S = TypeVar("S")


class AsyncNamespace(Generic[O]):
    """A group of methods on one resource, bound to an :class:`~twilio_sansio.AsyncClient`.

    Attributes:
        operations: The core builder of this resource's operations.
    """

    def __init__(self, client: AsyncClient, operations: O) -> None:
        self.client = client
        self.operations = operations


class _AwaitBinding(Generic[O, P, B, T]):
    """A descriptor turning a core builder into an async client method."""

    def __init__(self, build: Callable[Concatenate[O, P], B]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        self.name = getattr(build, "__name__", "method")

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    async def finish(self, client: AsyncClient, built: B) -> T:
        """Carry out what the builder returned."""
        raise NotImplementedError

    @overload
    def __get__(self, namespace: None, owner: type) -> _AwaitBinding[O, P, B, T]: ...

    @overload
    def __get__(self, namespace: AsyncNamespace[O], owner: type) -> Callable[P, Awaitable[T]]: ...

    def __get__(
        self, namespace: AsyncNamespace[O] | None, owner: type
    ) -> _AwaitBinding[O, P, B, T] | Callable[P, Awaitable[T]]:
        if namespace is None:
            return self
        build, operations, client, finish = (
            self.build,
            namespace.operations,
            namespace.client,
            self.finish,
        )

        def method(*args: P.args, **kwargs: P.kwargs) -> Awaitable[T]:
            # Built eagerly, so bad arguments raise at the call, before any await.
            return finish(client, build(operations, *args, **kwargs))

        method.__name__ = self.name
        method.__doc__ = self.__doc__
        return method


class call(_AwaitBinding[O, P, Operation[T], T]):
    """Bind a builder of one operation: ``await`` sends it and returns its result."""

    async def finish(self, client: AsyncClient, built: Operation[T]) -> T:
        """Send the operation."""
        return await client.send(built)


class run(_AwaitBinding[O, P, Job[T], T]):
    """Bind a builder of a multi-step job: ``await`` runs it under one deadline."""

    async def finish(self, client: AsyncClient, built: Job[T]) -> T:
        """Run the job."""
        return await client.run(built)


class _IteratorBinding(Generic[O, P, S, B]):
    """A descriptor turning a builder of what to page into a method returning an iterator."""

    def __init__(
        self,
        build: Callable[Concatenate[O, P], S],
        wrap: Callable[[AsyncClient, S], B],
    ) -> None:
        self.build = build
        self.wrap = wrap
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, namespace: None, owner: type) -> _IteratorBinding[O, P, S, B]: ...

    @overload
    def __get__(self, namespace: AsyncNamespace[O], owner: type) -> Callable[P, B]: ...

    def __get__(
        self, namespace: AsyncNamespace[O] | None, owner: type
    ) -> _IteratorBinding[O, P, S, B] | Callable[P, B]:
        if namespace is None:
            return self
        build, wrap, operations, client = (
            self.build,
            self.wrap,
            namespace.operations,
            namespace.client,
        )

        def method(*args: P.args, **kwargs: P.kwargs) -> B:
            return wrap(client, build(operations, *args, **kwargs))

        method.__doc__ = self.__doc__
        return method


def pages(
    build: Callable[Concatenate[O, P], Operation[Page[T]]],
) -> _IteratorBinding[O, P, Operation[Page[T]], AsyncPageIterator[T]]:
    """Bind a first-page builder: the method returns an async iterator over pages."""
    return _IteratorBinding(
        build, lambda client, first: AsyncPageIterator(client, PageChain(first))
    )


def records(
    build: Callable[Concatenate[O, P], Operation[Page[T]]],
) -> _IteratorBinding[O, P, Operation[Page[T]], AsyncRecordIterator[T]]:
    """Bind a first-page builder: the method returns an async iterator over records."""
    return _IteratorBinding(
        build,
        lambda client, first: AsyncRecordIterator(AsyncPageIterator(client, PageChain(first))),
    )


def sequence_pages(
    build: Callable[Concatenate[O, P], PageSequence[T]],
) -> _IteratorBinding[O, P, PageSequence[T], AsyncPageIterator[T]]:
    """Bind a builder of paging state (a time range, ...): the method iterates pages."""
    return _IteratorBinding(build, AsyncPageIterator)


def sequence_records(
    build: Callable[Concatenate[O, P], PageSequence[T]],
) -> _IteratorBinding[O, P, PageSequence[T], AsyncRecordIterator[T]]:
    """Bind a builder of paging state (a time range, ...): the method iterates records."""
    return _IteratorBinding(
        build, lambda client, state: AsyncRecordIterator(AsyncPageIterator(client, state))
    )


class AsyncPageIterator(Generic[T]):
    """Pages of a listing, one request per page, made only when the next page is asked for.

    ``async for page in iterator`` ends after the last page; ``await iterator.next()``
    raises :class:`~twilio_sansio.NoMoreResults` instead. What to fetch next is decided by
    the core's paging state (:class:`~twilio_sansio.core.paging.PageSequence`).
    """

    def __init__(self, client: AsyncClient, state: PageSequence[T]) -> None:
        self._client = client
        self.state = state

    @property
    def cursor(self) -> str | None:
        """The URI of the next page, or None after the last page (or before the first).

        Save it and resume later with ``namespace.get_page_at(cursor)``.
        """
        return self.state.cursor

    def __aiter__(self) -> AsyncIterator[Page[T]]:
        return self

    async def __anext__(self) -> Page[T]:
        operation = self.state.next_operation()
        if operation is None:
            raise StopAsyncIteration
        return self.state.accept(await self._client.send(operation))

    async def next(self) -> Page[T]:
        """Fetch and return the next page.

        Raises:
            NoMoreResults: the last page was already returned.
        """
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            raise NoMoreResults("no more pages") from None


class AsyncRecordIterator(Generic[T]):
    """Records across pages, lazily: a page is fetched only when its records are needed.

    Attributes:
        pages: The underlying page iterator.
    """

    def __init__(self, pages: AsyncPageIterator[T]) -> None:
        self.pages = pages
        self._buffer: list[T] = []
        self._index = 0

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        while self._index >= len(self._buffer):
            self._buffer = (await self.pages.__anext__()).records
            self._index = 0
        record = self._buffer[self._index]
        self._index += 1
        return record

    async def next(self) -> T:
        """Return the next record, fetching the next page if needed.

        Raises:
            NoMoreResults: there are no more records.
        """
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            raise NoMoreResults("no more records") from None
