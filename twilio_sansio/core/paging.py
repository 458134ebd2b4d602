"""Pages of records and the operation that fetches the next one.

Twilio pages in two shapes, and both read into the same :class:`Page`:

- API 2010: the records under a resource key (``"messages"``) beside ``page``,
  ``page_size`` and a *relative* ``next_page_uri``;
- newer APIs (Monitor, ...): the records under ``meta.key`` beside a ``meta`` object with
  an *absolute* ``next_page_url``.

A page never fetches anything. ``page.next_operation()`` returns the operation for the next
page, or None on the last page, and also on an empty page even if Twilio sent a next URI,
so any finite sequence of pages ends. The next URI is re-rooted onto the configured base
URL of the product; a next URI on any other host is refused, so credentials never leave
for a host the caller did not choose.

Inside a job (:mod:`twilio_sansio.core.steps`), :func:`pages_job` fetches every page of a
listing, so no job writes its own paging loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import urlsplit

import attrs

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import Params, fit_for_url, requote_url
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation, json_object
from twilio_sansio.core.steps import Job, operation_job
from twilio_sansio.core.values import MalformedValue

T = TypeVar("T")

_PAGE_FIELDS_2010 = (
    "page",
    "page_size",
    "start",
    "end",
    "uri",
    "first_page_uri",
    "next_page_uri",
    "previous_page_uri",
)


@attrs.frozen(slots=True)
class Lister(Generic[T]):
    """How one listing is fetched and read: the product, the records' key and model.

    Attributes:
        config: The caller's configuration (credentials and base URLs).
        product: The Twilio product serving the listing (``"api"``, ``"monitor"``).
        key: The JSON key of the records in API 2010 pages (``"messages"``).
        from_json: Builds one record from its JSON object.
    """

    config: ClientConfig
    product: str
    key: str
    from_json: Callable[[dict[str, Any]], T]

    def first(self, path: str, query: Params) -> Operation[Page[T]]:
        """Return the operation for the first page of ``path`` with ``query``."""
        return Operation(self.config.request("GET", self.product, path, query=query), self.parse)

    def at(self, cursor: str) -> Operation[Page[T]]:
        """Return the operation for the page a cursor (a next-page URI) points to.

        Raises:
            InvalidArgument: the cursor is not a path or a URL on the product's host.
        """
        url = self.resolve(cursor)
        if url is None:
            raise InvalidArgument(f"cursor {cursor!r:.120} is not a page of this listing's host")
        return Operation(self.config.request_for_url("GET", url), self.parse)

    def resolve(self, uri: str) -> str | None:
        """Re-root a next-page URI onto the configured base URL, or None if it is foreign.

        A URI holding whitespace or control characters (which could split or bend the
        request line) is refused too; other non-ASCII text is percent-encoded as UTF-8.
        """
        if not isinstance(uri, str) or not uri or not fit_for_url(uri):
            return None
        uri = requote_url(uri)
        root = self.config.urls.root(self.product)
        if uri.startswith("/") and not uri.startswith("//"):
            return root + uri.partition("#")[0]
        try:
            parts = urlsplit(uri)
        except ValueError:  # "https://[::1/x": a malformed IPv6 host
            return None
        if parts.scheme not in ("http", "https") or parts.username or parts.password:
            return None
        netloc = parts.netloc.lower()
        if netloc not in self.config.urls.trusted_netlocs(self.product):
            return None
        root_parts = urlsplit(root)
        path = parts.path
        if netloc == root_parts.netloc.lower() and path.startswith(root_parts.path + "/"):
            path = path[len(root_parts.path) :]
        return root + path + (f"?{parts.query}" if parts.query else "")

    def parse(self, request: Request, response: Response) -> Page[T]:
        """Read a list response of either shape into a :class:`Page`.

        Raises:
            APIError: Twilio answered with an error.
            UnexpectedResponseError: the body is not a page of this listing.
        """
        data = json_object(request, response)
        meta = data.get("meta")
        if isinstance(meta, dict):
            meta_key = meta.get("key")
            key = meta_key if isinstance(meta_key, str) else self.key
            paging: Mapping[str, Any] = meta
            next_uri = meta.get("next_page_url")
        else:
            key = self.key
            paging = {k: data[k] for k in _PAGE_FIELDS_2010 if k in data}
            next_uri = data.get("next_page_uri")
        items = data.get(key)
        if not isinstance(items, list):
            raise UnexpectedResponseError(
                response.status,
                response.body[:200].decode("utf-8", "replace"),
                f"a list page without its {key!r} records",
                request.method,
                request.url,
            )
        try:
            records = [self.from_json(item) for item in items]
        except MalformedValue as exc:
            raise UnexpectedResponseError(
                response.status,
                str(exc),
                "a list page with a malformed record",
                request.method,
                request.url,
            ) from None
        return Page(
            records=records,
            paging=paging,
            cursor=next_uri if isinstance(next_uri, str) and next_uri else None,
            lister=self,
        )


@attrs.frozen(slots=True)
class Page(Generic[T]):
    """One page of a listing.

    Attributes:
        records: The records of this page, in Twilio's order.
        paging: Twilio's paging fields as sent (``page``, ``page_size``, ``next_page_uri``…
            for API 2010; the ``meta`` object for newer APIs).
        cursor: The next page's URI as Twilio sent it, or None on the last page. Save it
            to resume the listing later (``namespace.get_page_at(cursor)``).
    """

    records: list[T]
    paging: Mapping[str, Any]
    cursor: str | None
    lister: Lister[T] = attrs.field(repr=False, eq=False)

    @property
    def page(self) -> int | None:
        """The zero-based page number Twilio reported, if any."""
        value = self.paging.get("page")
        return value if isinstance(value, int) else None

    @property
    def page_size(self) -> int | None:
        """The page size Twilio reported, if any."""
        value = self.paging.get("page_size")
        return value if isinstance(value, int) else None

    @property
    def has_next(self) -> bool:
        """Whether :meth:`next_operation` would return an operation."""
        return self.cursor is not None and bool(self.records)

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the operation that fetches the next page, or None after the last page.

        An empty page is the last page even if Twilio sent a next URI.

        Raises:
            UnexpectedResponseError: the next URI points at another host than the
                product's base URL (the request is never built, so no credentials leave).
        """
        if self.cursor is None or not self.records:
            return None
        url = self.lister.resolve(self.cursor)
        if url is None:
            raise UnexpectedResponseError(
                200,
                self.cursor[:200],
                "the next page URI is not on the product's host; refusing to follow it",
            )
        return Operation(self.lister.config.request_for_url("GET", url), self.lister.parse)

    def __iter__(self) -> Iterator[T]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)


class PageSequence(Protocol[T]):
    """The paging state a driver walks: what to fetch next, and what to make of a page.

    A driver loops: ``operation = state.next_operation()``; stop on None; otherwise send
    it and hand the page to ``state.accept(page)``, which returns the page to give the
    caller. :class:`PageChain` follows Twilio's next-page links;
    :class:`~twilio_sansio.core.time_range.RangePages` also stops at a time range.
    """

    @property
    def cursor(self) -> str | None:
        """Where the listing goes on (a next-page URI), or None."""
        ...

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the operation for the next page, or None when the listing is over."""
        ...

    def accept(self, page: Page[T]) -> Page[T]:
        """Take the page fetched with :meth:`next_operation`'s operation."""
        ...


class PageChain(Generic[T]):
    """The plain paging state: the first page, then each page's next-page link.

    Args:
        first: The operation for the first page.
    """

    def __init__(self, first: Operation[Page[T]]) -> None:
        self._first: Operation[Page[T]] | None = first
        self._last: Page[T] | None = None

    @property
    def cursor(self) -> str | None:
        """The next page's URI after the last accepted page, or None at the end or start."""
        if self._last is None or not self._last.has_next:
            return None
        return self._last.cursor

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the first page's operation, then each next page's, then None.

        Raises:
            UnexpectedResponseError: the next page URI is on another host.
        """
        if self._first is not None:
            return self._first
        return self._last.next_operation() if self._last is not None else None

    def accept(self, page: Page[T]) -> Page[T]:
        """Take a fetched page; return it unchanged."""
        self._first = None
        self._last = page
        return page


def pages_job(pages: PageSequence[T]) -> Job[list[Page[T]]]:
    """Fetch every page of a listing from inside a job; return the pages in order.

    Use it with ``yield from``: ``pages = yield from pages_job(PageChain(first))``. Each
    page is one :class:`~twilio_sansio.core.steps.Exchange` under the client's retry
    policy, and the listing ends as ``pages`` says (a :class:`PageChain` after the last
    page, a :class:`~twilio_sansio.core.time_range.RangePages` once past its range).

    Raises:
        APIError: Twilio answered a page with an error.
        UnexpectedResponseError: a page is malformed or its next URI is on another host.
    """
    fetched: list[Page[T]] = []
    operation = pages.next_operation()
    while operation is not None:
        fetched.append(pages.accept((yield from operation_job(operation))))
        operation = pages.next_operation()
    return fetched
