"""Pages of records and the operation that fetches the next one.

Twilio pages in two shapes, and both read into the same :class:`Page`:

- API 2010: the records under a resource key (``"messages"``) beside ``page``,
  ``page_size`` and a *relative* ``next_page_uri``;
- newer APIs (Monitor, ...): the records under ``meta.key`` beside a ``meta`` object with
  an *absolute* ``next_page_url``.

A page never fetches anything. ``page.next_operation()`` returns the operation for the next
page, or None on the last page. The next URI is re-rooted onto the configured base URL of
the product; a next URI on any other host is refused, so credentials never leave for a
host the caller did not choose.

The paging state (:class:`PageChain`, and
:class:`~twilio_sansio.core.time_range.RangePages`) makes every listing end:

- a next URI it has already followed (a page pointing at itself, or A -> B -> A) raises
  :class:`PageLoopError` instead of fetching it again;
- an empty page with a next URI is followed (filtered listings return them, and Twilio's
  own libraries follow them), but after :data:`MAX_EMPTY_PAGES` empty pages in a row the
  listing ends, and the state's ``end_reason`` says why (the clients log it at DEBUG).

Inside a job (:mod:`twilio_sansio.core.steps`), :func:`pages_job` fetches every page of a
listing, so no job writes its own paging loop.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import urlsplit

from twilio_sansio.core._value import Value
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import Params, fit_for_url, requote_url
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.http import Headers, Request, Response, ResponseInfo
from twilio_sansio.core.model import builds_plain_records
from twilio_sansio.core.operation import Operation, json_object_and_info
from twilio_sansio.core.steps import Job, operation_job
from twilio_sansio.core.values import MalformedValue

T = TypeVar("T")

MAX_EMPTY_PAGES = 3
"""How many empty pages in a row a listing follows before it ends (with its next URI)."""

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


def follow(
    config: ClientConfig,
    url: str,
    *,
    status: int = 200,
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> Request:
    """Build the GET for a URL that Twilio's answer gave (a next page, a redirect).

    The URL is checked as every request's is (dot segments, a base URL's path prefix);
    a refusal is the answer's fault, not the caller's, so it is raised as
    :class:`~twilio_sansio.core.errors.UnexpectedResponseError` with ``status``, the
    status of the answer that gave the URL.

    Raises:
        UnexpectedResponseError: the URL leaves a configured base URL's path prefix.
    """
    try:
        return config.request_for_url("GET", url, extra_headers=extra_headers)
    except InvalidArgument as refused:
        raise UnexpectedResponseError(status, url[:200], str(refused)) from None


class Lister(Value, Generic[T]):
    """How one listing is fetched and read: the product, the records' key and model.

    Attributes:
        config: The caller's configuration (credentials and base URLs).
        product: The Twilio product serving the listing (``"api"``, ``"monitor"``).
        key: The JSON key of the records in API 2010 pages (``"messages"``).
        from_json: Builds one record from its JSON object.
        extra_headers: Headers sent with every page of the listing, the next pages too
            (checked by whoever made the lister).
    """

    __slots__ = ("config", "extra_headers", "from_json", "key", "product")
    __match_args__ = ("config", "product", "key", "from_json", "extra_headers")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    config: ClientConfig
    product: str
    key: str
    from_json: Callable[[dict[str, Any]], T]
    extra_headers: Headers

    def __init__(
        self,
        config: ClientConfig,
        product: str,
        key: str,
        from_json: Callable[[dict[str, Any]], T],
        extra_headers: Headers = (),
    ) -> None:
        _set = object.__setattr__
        _set(self, "config", config)
        _set(self, "product", product)
        _set(self, "key", key)
        _set(self, "from_json", from_json)
        _set(self, "extra_headers", extra_headers)

    def first(self, path: str, query: Params) -> Operation[Page[T]]:
        """Return the operation for the first page of ``path`` with ``query``."""
        request = self.config.request(
            "GET", self.product, path, query=query, extra_headers=self.extra_headers
        )
        return Operation(request, self.parse)

    def at(self, cursor: str, path: str | None = None) -> Operation[Page[T]]:
        """Return the operation for the page a cursor (a next-page URI) points to.

        Args:
            cursor: A next-page URI (or URL) from an earlier page.
            path: The listing's path (as given to :meth:`first`); when given, the cursor
                must be a page of exactly that listing, not of another one on the host.

        Raises:
            InvalidArgument: the cursor is not a path or a URL on the product's host, or
                not a page of ``path``.
        """
        url = self.resolve(cursor)
        if url is None:
            raise InvalidArgument(f"cursor {cursor!r:.120} is not a page of this listing's host")
        if path is not None:
            listing = urlsplit(self.config.urls.root(self.product) + path).path
            if urlsplit(url).path != listing:
                raise InvalidArgument(
                    f"cursor {cursor!r:.120} is not a page of this listing ({listing})"
                )
        request = self.config.request_for_url("GET", url, extra_headers=self.extra_headers)
        return Operation(request, self.parse)

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
        data, info = json_object_and_info(request, response)
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
        model = builds_plain_records(self.from_json)
        try:
            if model is not None:
                records: list[T] = model._from_json_items(items)  # type: ignore[assignment]
            else:
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
            response_info=info,
        )


class Page(Value, Generic[T]):
    """One page of a listing.

    Attributes:
        records: The records of this page, in Twilio's order.
        paging: Twilio's paging fields as sent (``page``, ``page_size``, ``next_page_uri``…
            for API 2010; the ``meta`` object for newer APIs).
        cursor: The next page's URI as Twilio sent it, or None on the last page. Save it
            to resume the listing later (``namespace.get_page_at(cursor)``).
        response_info: The status and headers of the response the page was read from.
    """

    __slots__ = ("cursor", "lister", "paging", "records", "response_info")
    __match_args__ = ("records", "paging", "cursor", "lister", "response_info")
    _init_fields = __match_args__
    _eq_fields = ("records", "paging", "cursor")
    _repr_fields = ("records", "paging", "cursor", "response_info")

    records: list[T]
    paging: Mapping[str, Any]
    cursor: str | None
    lister: Lister[T]
    response_info: ResponseInfo | None

    def __init__(
        self,
        records: list[T],
        paging: Mapping[str, Any],
        cursor: str | None,
        lister: Lister[T],
        response_info: ResponseInfo | None = None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "records", records)
        _set(self, "paging", paging)
        _set(self, "cursor", cursor)
        _set(self, "lister", lister)
        _set(self, "response_info", response_info)

    @property
    def request_id(self) -> str | None:
        """Twilio's id of the request that fetched this page (``Twilio-Request-Id``)."""
        return self.response_info.request_id if self.response_info is not None else None

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
        """Whether Twilio sent a next page URI (:meth:`next_operation` would follow it)."""
        return self.cursor is not None

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the operation that fetches the next page, or None after the last page.

        An empty page with a next URI has a next page, as Twilio says. A page knows
        nothing of the pages before it: walk a listing with :class:`PageChain`, which
        also ends repeated links and long runs of empty pages.

        Raises:
            UnexpectedResponseError: the next URI points at another host than the
                product's base URL, or leaves a base URL's path prefix (the request is
                never built, so no credentials leave).
        """
        if self.cursor is None:
            return None
        url = self.lister.resolve(self.cursor)
        if url is None:
            raise UnexpectedResponseError(
                200,
                self.cursor[:200],
                "the next page URI is not on the product's host; refusing to follow it",
            )
        request = follow(self.lister.config, url, extra_headers=self.lister.extra_headers)
        return Operation(request, self.lister.parse)

    def __iter__(self) -> Iterator[T]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)


class PageLoopError(UnexpectedResponseError):
    """A listing's next page URI points at a page the listing already fetched.

    Twilio never links back, so following it would fetch the same pages for ever (a page
    pointing at itself, or A -> B -> A). Nothing is sent for the repeated URI.

    Attributes:
        status: 200: the page that carried the link was a success.
        excerpt: The start of the repeated URI as Twilio sent it.
    """

    def __init__(self, uri: str) -> None:
        super().__init__(
            200, uri[:200], "the next page URI repeats a page already fetched; refusing to loop"
        )


class PageSequence(Protocol[T]):
    """The paging state a driver walks: what to fetch next, and what to make of a page.

    A driver loops: ``operation = state.next_operation()``; stop on None; otherwise send
    it and hand the page to ``state.accept(page)``, which returns the page to give the
    caller (a driver passes over a page with no records when ``skips_empty_pages``). When
    the listing ends, ``end_reason`` says why if it ended early (for the debug log).
    :class:`PageChain` follows Twilio's next-page links;
    :class:`~twilio_sansio.core.time_range.RangePages` also stops at a time range.
    """

    @property
    def cursor(self) -> str | None:
        """Where the listing goes on (a next-page URI), or None."""
        ...

    @property
    def end_reason(self) -> str | None:
        """Why the listing ended before Twilio's last page, or None."""
        ...

    @property
    def skips_empty_pages(self) -> bool:
        """Whether a page with no records is not given to the caller (a driver fetches on)."""
        ...

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the operation for the next page, or None when the listing is over."""
        ...

    def accept(self, page: Page[T]) -> Page[T]:
        """Take the page fetched with :meth:`next_operation`'s operation."""
        ...


def _fingerprint(url: str) -> bytes:
    return hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Links(Generic[T]):
    """The guards of one walk along a listing's next-page links.

    Follows each page's next URI, but never one already followed (:class:`PageLoopError`)
    and not past :data:`MAX_EMPTY_PAGES` empty pages in a row. Remembers a 16-byte
    fingerprint per page fetched, not the URIs. :class:`PageChain` and
    :class:`~twilio_sansio.core.time_range.RangePages` walk with it.

    Args:
        first: The operation for the first page (its URL counts as followed).

    Attributes:
        empty_run: How many empty pages in a row were accepted last.
        end_reason: Why the walk ended before Twilio's last page, or None.
    """

    def __init__(self, first: Operation[Page[T]]) -> None:
        self._pending: Operation[Page[T]] | None = first
        self._seen = {_fingerprint(first.request.url)}
        self._last: Page[T] | None = None
        self.empty_run = 0
        self.end_reason: str | None = None

    @property
    def last(self) -> Page[T] | None:
        """The last page accepted, or None before the first."""
        return self._last

    @property
    def cursor(self) -> str | None:
        """The last page's next URI, or None before the first page and once the walk ended."""
        if self._last is None or self.end_reason is not None or self._empty_run_over():
            return None
        return self._last.cursor

    def _empty_run_over(self) -> bool:
        return self.empty_run >= MAX_EMPTY_PAGES

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the operation for the next page (the same one until :meth:`accept`), or None.

        Raises:
            PageLoopError: the next URI was already followed in this walk.
            UnexpectedResponseError: the next URI is on another host.
        """
        if self._pending is not None:
            return self._pending
        last = self._last
        if last is None or last.cursor is None or self.end_reason is not None:
            return None
        if self._empty_run_over():
            self.end_reason = (
                f"{self.empty_run} empty pages in a row; the listing ends here although "
                f"Twilio sent a next page URI ({last.cursor[:120]!r})"
            )
            return None
        operation = last.next_operation()
        if operation is None:  # pragma: no cover - a page with a cursor has a next operation
            return None
        fingerprint = _fingerprint(operation.request.url)
        if fingerprint in self._seen:
            raise PageLoopError(last.cursor)
        self._seen.add(fingerprint)
        self._pending = operation
        return operation

    def accept(self, page: Page[T]) -> None:
        """Take the page fetched with the pending operation."""
        self._pending = None
        self._last = page
        self.empty_run = 0 if page.records else self.empty_run + 1


class PageChain(Generic[T]):
    """The plain paging state: the first page, then each page's next-page link.

    It ends after the last page, after :data:`MAX_EMPTY_PAGES` empty pages in a row (see
    ``end_reason``), or raises :class:`PageLoopError` on a link to a page already fetched.
    Every page is given to the caller, empty or not.

    Args:
        first: The operation for the first page.
    """

    skips_empty_pages = False
    """A plain listing gives the caller every page as Twilio sent it."""

    def __init__(self, first: Operation[Page[T]]) -> None:
        self._links = Links(first)

    @property
    def cursor(self) -> str | None:
        """The next page's URI after the last accepted page, or None at the end or start."""
        return self._links.cursor

    @property
    def end_reason(self) -> str | None:
        """Why the listing ended before Twilio's last page (a run of empty pages), or None."""
        return self._links.end_reason

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the first page's operation, then each next page's, then None.

        Asking again before :meth:`accept` returns the same operation.

        Raises:
            PageLoopError: the next page URI repeats a page already fetched.
            UnexpectedResponseError: the next page URI is on another host.
        """
        return self._links.next_operation()

    def accept(self, page: Page[T]) -> Page[T]:
        """Take a fetched page; return it unchanged."""
        self._links.accept(page)
        return page


def pages_job(
    pages: PageSequence[T], *, max_pages: int | None = None, max_records: int | None = None
) -> Job[list[Page[T]]]:
    """Fetch every page of a listing from inside a job; return the pages in order.

    Use it with ``yield from``: ``pages = yield from pages_job(PageChain(first))``. Each
    page is one :class:`~twilio_sansio.core.steps.Exchange` under the client's retry
    policy, and the listing ends as ``pages`` says (a :class:`PageChain` after the last
    page, a :class:`~twilio_sansio.core.time_range.RangePages` once past its range). A
    page with no records is left out when ``pages.skips_empty_pages``.

    Args:
        pages: The paging state to walk.
        max_pages: Refuse a listing of more pages than this (None: no bound).
        max_records: Refuse a listing of more records than this (None: no bound).

    Raises:
        APIError: Twilio answered a page with an error.
        PageLoopError: a next URI repeats a page already fetched.
        UnexpectedResponseError: a page is malformed, its next URI is on another host, or
            the listing goes past ``max_pages`` or ``max_records``.
    """
    fetched: list[Page[T]] = []
    count = records = 0
    operation = pages.next_operation()
    while operation is not None:
        if max_pages is not None and count >= max_pages:
            raise UnexpectedResponseError(
                200,
                (pages.cursor or "")[:200],
                f"the listing goes on past {max_pages} pages; refusing to fetch more",
            )
        page = pages.accept((yield from operation_job(operation)))
        count += 1
        records += len(page.records)
        if max_records is not None and records > max_records:
            raise UnexpectedResponseError(
                200,
                (pages.cursor or "")[:200],
                f"the listing holds more than {max_records} records; refusing to read more",
            )
        if page.records or not pages.skips_empty_pages:
            fetched.append(page)
        operation = pages.next_operation()
    return fetched
