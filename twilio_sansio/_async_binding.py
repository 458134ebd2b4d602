"""How the async client binds the core's operation builders to the network.

The async twin of :mod:`twilio_sansio._sync_binding`: ``get = call(MessageOperations.get)``
gives ``await client.messages.get(sid)`` the builder's exact signature and docstring.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Concatenate, Generic, ParamSpec, TypeVar, overload

from twilio_sansio.core.errors import NoMoreResults
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.steps import Job

if TYPE_CHECKING:
    from twilio_sansio.aclient import AsyncClient

O = TypeVar("O")  # noqa: E741 - the core operations object a namespace wraps
P = ParamSpec("P")
T = TypeVar("T")
B = TypeVar("B")


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


class _IteratorBinding(Generic[O, P, T, B]):
    """A descriptor turning a first-page builder into a method returning an iterator."""

    def __init__(
        self,
        build: Callable[Concatenate[O, P], Operation[Page[T]]],
        wrap: Callable[[AsyncClient, Operation[Page[T]]], B],
    ) -> None:
        self.build = build
        self.wrap = wrap
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, namespace: None, owner: type) -> _IteratorBinding[O, P, T, B]: ...

    @overload
    def __get__(self, namespace: AsyncNamespace[O], owner: type) -> Callable[P, B]: ...

    def __get__(
        self, namespace: AsyncNamespace[O] | None, owner: type
    ) -> _IteratorBinding[O, P, T, B] | Callable[P, B]:
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
) -> _IteratorBinding[O, P, T, AsyncPageIterator[T]]:
    """Bind a first-page builder: the method returns an async iterator over pages."""
    return _IteratorBinding(build, AsyncPageIterator)


def records(
    build: Callable[Concatenate[O, P], Operation[Page[T]]],
) -> _IteratorBinding[O, P, T, AsyncRecordIterator[T]]:
    """Bind a first-page builder: the method returns an async iterator over records."""
    return _IteratorBinding(
        build, lambda client, first: AsyncRecordIterator(AsyncPageIterator(client, first))
    )


class AsyncPageIterator(Generic[T]):
    """Pages of a listing, one request per page, made only when the next page is asked for.

    ``async for page in iterator`` ends after the last page; ``await iterator.next()``
    raises :class:`~twilio_sansio.NoMoreResults` instead.

    Attributes:
        cursor: The URI of the next page, or None after the last page (save it and resume
            with ``namespace.get_page_at(cursor)``).
    """

    def __init__(self, client: AsyncClient, first: Operation[Page[T]]) -> None:
        self._client = client
        self._first: Operation[Page[T]] | None = first
        self._last: Page[T] | None = None
        self.cursor: str | None = None

    def __aiter__(self) -> AsyncIterator[Page[T]]:
        return self

    async def __anext__(self) -> Page[T]:
        if self._first is not None:
            operation: Operation[Page[T]] | None = self._first
            self._first = None
        elif self._last is not None:
            operation = self._last.next_operation()
        else:
            operation = None
        if operation is None:
            self._last = None
            raise StopAsyncIteration
        page = await self._client.send(operation)
        self._last = page
        self.cursor = page.cursor if page.has_next else None
        return page

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
