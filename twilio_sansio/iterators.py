"""Iterators over a listing's pages and records, for both clients.

A listing method returns one of these; nothing is sent when it is made. A page iterator
makes exactly one request per page, when the next page is asked for, and a record
iterator fetches a page only when its records are needed: it is always clear when a
request happens. What to fetch next is the core's decision
(:class:`~twilio_sansio.core.paging.PageSequence`); these classes only send it. A time
range's page iterator never returns a page without records in range: one ``next()``
fetches on until a page has some, or the range is over.

When the core ends a listing early (a run of empty pages), the reason is shown with the
debug traffic (``debug=True``, ``DEBUG_HTTP_TRAFFIC``) and logged on the ``twilio_sansio``
logger at DEBUG, once.

``for`` / ``async for`` end after the last page; an explicit ``next()`` raises
:class:`~twilio_sansio.NoMoreResults` instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from twilio_sansio.core.errors import NoMoreResults
from twilio_sansio.core.paging import Page, PageSequence

if TYPE_CHECKING:
    from twilio_sansio._traffic import TrafficLog
    from twilio_sansio.aclient import AsyncClient
    from twilio_sansio.client import Client

T = TypeVar("T")

__all__ = ["AsyncPageIterator", "AsyncRecordIterator", "PageIterator", "RecordIterator"]


class _Cursor(Generic[T]):
    """What both page iterators share: the core's paging state and its cursor."""

    def __init__(self, state: PageSequence[T], traffic: TrafficLog) -> None:
        self.state = state
        self._traffic = traffic
        self._told = False

    @property
    def cursor(self) -> str | None:
        """The URI of the next page, or None after the last page (or before the first).

        Save it and resume later with ``namespace.get_page_at(cursor)``.
        """
        return self.state.cursor

    def _wanted(self, page: Page[T]) -> bool:
        """Whether to give ``page`` to the caller (or fetch on, past an empty range page)."""
        return bool(page.records) or not self.state.skips_empty_pages

    def _ended(self) -> None:
        """Show (once) why the listing ended early, if it did."""
        reason = self.state.end_reason
        if reason is not None and not self._told:
            self._told = True
            self._traffic.note(f"listing ended: {reason}")


class _Buffer(Generic[T]):
    """What both record iterators share: the records of the page being read."""

    def __init__(self) -> None:
        self._records: list[T] = []
        self._index = 0

    def _exhausted(self) -> bool:
        return self._index >= len(self._records)

    def _pop(self) -> T:
        record = self._records[self._index]
        self._index += 1
        return record

    def _refill(self, page: Page[T]) -> None:
        self._records, self._index = page.records, 0


class PageIterator(_Cursor[T]):
    """Pages of a listing on :class:`~twilio_sansio.Client`, one request per page."""

    def __init__(self, client: Client, state: PageSequence[T]) -> None:
        super().__init__(state, client._traffic)
        self._client = client

    def __iter__(self) -> Iterator[Page[T]]:
        return self

    def __next__(self) -> Page[T]:
        while (operation := self.state.next_operation()) is not None:
            page = self.state.accept(self._client.send(operation))
            if self._wanted(page):
                return page
        self._ended()
        raise StopIteration

    def next(self) -> Page[T]:
        """Fetch and return the next page.

        Raises:
            NoMoreResults: the last page was already returned.
        """
        try:
            return self.__next__()
        except StopIteration:
            raise NoMoreResults("no more pages") from None


class AsyncPageIterator(_Cursor[T]):
    """Pages of a listing on :class:`~twilio_sansio.AsyncClient`, one request per page."""

    def __init__(self, client: AsyncClient, state: PageSequence[T]) -> None:
        super().__init__(state, client._traffic)
        self._client = client

    def __aiter__(self) -> AsyncIterator[Page[T]]:
        return self

    async def __anext__(self) -> Page[T]:
        while (operation := self.state.next_operation()) is not None:
            page = self.state.accept(await self._client.send(operation))
            if self._wanted(page):
                return page
        self._ended()
        raise StopAsyncIteration

    async def next(self) -> Page[T]:
        """Fetch and return the next page.

        Raises:
            NoMoreResults: the last page was already returned.
        """
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            raise NoMoreResults("no more pages") from None


class RecordIterator(_Buffer[T]):
    """Records across pages on :class:`~twilio_sansio.Client`, a page at a time.

    Attributes:
        pages: The underlying page iterator (its ``cursor`` says where the listing goes on).
    """

    def __init__(self, pages: PageIterator[T]) -> None:
        super().__init__()
        self.pages = pages

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        while self._exhausted():
            self._refill(next(self.pages))
        return self._pop()

    def next(self) -> T:
        """Return the next record, fetching the next page if needed.

        Raises:
            NoMoreResults: there are no more records.
        """
        try:
            return self.__next__()
        except StopIteration:
            raise NoMoreResults("no more records") from None


class AsyncRecordIterator(_Buffer[T]):
    """Records across pages on :class:`~twilio_sansio.AsyncClient`, a page at a time.

    Attributes:
        pages: The underlying page iterator (its ``cursor`` says where the listing goes on).
    """

    def __init__(self, pages: AsyncPageIterator[T]) -> None:
        super().__init__()
        self.pages = pages

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        while self._exhausted():
            self._refill(await self.pages.__anext__())
        return self._pop()

    async def next(self) -> T:
        """Return the next record, fetching the next page if needed.

        Raises:
            NoMoreResults: there are no more records.
        """
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            raise NoMoreResults("no more records") from None
