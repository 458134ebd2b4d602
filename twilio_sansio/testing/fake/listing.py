"""List pages in Twilio's two shapes, with its paging tokens.

API 2010 pages carry ``page``, ``page_size``, ``start``, ``end``, ``uri``,
``first_page_uri``, ``next_page_uri`` and ``previous_page_uri`` (relative URIs) beside the
records; Monitor's pages carry a ``meta`` object with absolute URLs. In both, the next page
is named by ``PageToken=PA<key>`` (the records after that key) and the previous by
``PageToken=PB<key>``, so that pages stay stable while records are added, as Twilio's do.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.store import Record, public
from twilio_sansio.testing.fake.wire import Incoming, invalid_parameter, json_response, with_query

Rows = Iterator[tuple[str, Record]]
Render = Callable[[Record], Any]

MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 50
_PAGING_KEYS = ("Page", "PageSize", "PageToken")


def _window(incoming: Incoming, rows: Rows, size: int) -> tuple[list[tuple[str, Record]], bool]:
    """Return the records of the requested page and whether more follow it."""
    token = incoming.value("PageToken")
    if token is None:
        page = incoming.integer("Page", default=0, low=0, high=10**9)
        chosen = list(islice(rows, page * size, page * size + size + 1))
        return chosen[:size], len(chosen) > size
    if token.startswith("PA"):
        after = token[2:]
        for key, _ in rows:
            if key == after:
                break
        chosen = list(islice(rows, size + 1))
        return chosen[:size], len(chosen) > size
    if token.startswith("PB"):
        before = token[2:]
        kept: deque[tuple[str, Record]] = deque(maxlen=size)
        for key, record in rows:
            if key == before:
                return list(kept), True
            kept.append((key, record))
        return list(kept), False
    raise invalid_parameter(f"PageToken {token!r} is not valid")


def _links(
    incoming: Incoming, path: str, size: int, page: int, rows: list[tuple[str, Record]], more: bool
) -> tuple[str, str, str | None, str | None]:
    base = (*incoming.query_without(*_PAGING_KEYS), ("PageSize", str(size)))
    here = (
        with_query(path, incoming.query)
        if incoming.query
        else with_query(path, (*base, ("Page", "0")))
    )
    first = with_query(path, (*base, ("Page", "0")))
    following = (
        with_query(path, (*base, ("Page", str(page + 1)), ("PageToken", "PA" + rows[-1][0])))
        if more and rows
        else None
    )
    previous = (
        with_query(path, (*base, ("Page", str(page - 1)), ("PageToken", "PB" + rows[0][0])))
        if page > 0 and rows
        else None
    )
    return here, first, following, previous


def page_2010(incoming: Incoming, key: str, rows: Rows, render: Render = public) -> Response:
    """Answer a list request of API 2010 with one page of ``rows`` (newest first).

    Args:
        incoming: The list request (``PageSize``, ``Page``, ``PageToken`` are read).
        key: The name of the records' array (``"messages"``).
        rows: ``(key, record)`` pairs in listing order, already filtered.
        render: Turns a stored record into its JSON.
    """
    size = incoming.integer("PageSize", default=DEFAULT_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE)
    page = incoming.integer("Page", default=0, low=0, high=10**9)
    chosen, more = _window(incoming, rows, size)
    here, first, following, previous = _links(incoming, incoming.path, size, page, chosen, more)
    start = page * size
    return json_response(
        200,
        {
            key: [render(record) for _, record in chosen],
            "end": start + max(len(chosen) - 1, 0),
            "first_page_uri": first,
            "next_page_uri": following,
            "page": page,
            "page_size": size,
            "previous_page_uri": previous,
            "start": start,
            "uri": here,
        },
    )


def page_meta(incoming: Incoming, key: str, rows: Rows, render: Render = public) -> Response:
    """Answer a list request of Twilio's newer APIs (``meta`` object, absolute URLs)."""
    size = incoming.integer("PageSize", default=DEFAULT_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE)
    page = incoming.integer("Page", default=0, low=0, high=10**9)
    chosen, more = _window(incoming, rows, size)
    here, first, following, previous = _links(incoming, incoming.path, size, page, chosen, more)
    origin = incoming.origin
    return json_response(
        200,
        {
            key: [render(record) for _, record in chosen],
            "meta": {
                "first_page_url": origin + first,
                "key": key,
                "next_page_url": origin + following if following else None,
                "page": page,
                "page_size": size,
                "previous_page_url": origin + previous if previous else None,
                "url": origin + here,
            },
        },
    )
