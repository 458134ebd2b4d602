"""Streaming a listing: page by page to a writer, with a limit and progress on a terminal."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from twilio_sansio.cli.arguments import time_window
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.output import View, Writer, time_rule, writer_for

if TYPE_CHECKING:
    from twilio_sansio.client import Client
    from twilio_sansio.core.paging import Page

MAX_PAGE_SIZE = 1000
ERASE_LINE = "\r\033[K"


class Progress:
    """A count of records on stderr while the next page is fetched; only on a terminal.

    The count is erased before each page is written, so that it never mixes with rows
    when stdout is the same terminal.
    """

    def __init__(self, stderr: TextIO, noun: str) -> None:
        self.stderr = stderr
        self.noun = noun
        self.active = _is_terminal(stderr)

    def update(self, count: int) -> None:
        """Show that ``count`` records have been written so far."""
        if self.active:
            self.stderr.write(f"{ERASE_LINE}{count} {self.noun}…")
            self.stderr.flush()

    def erase(self) -> None:
        """Erase the count."""
        if self.active:
            self.stderr.write(ERASE_LINE)
            self.stderr.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def stream_pages(
    pages: Iterable[Page[Any]],
    writer: Writer,
    out: TextIO,
    *,
    limit: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the records of ``pages`` as they arrive; return how many were written.

    A page is requested only after the previous one is written and flushed, and none
    after ``limit`` records, so memory holds one page whatever the listing's length. The
    first page is fetched before anything is written, so that a listing refused at once
    (a 404, bad credentials) leaves stdout empty rather than holding a JSON array's ``[``.
    """
    count = 0
    remaining = iter(pages)
    first = next(remaining, None)
    writer.begin()
    try:
        for page in itertools.chain(() if first is None else (first,), remaining):
            records = page.records if limit is None else page.records[: limit - count]
            if progress is not None:
                progress.erase()
            writer.write(records)
            out.flush()
            count += len(records)
            if progress is not None:
                progress.update(count)
            if limit is not None and count >= limit:
                break
        writer.end()
        out.flush()
    finally:
        if progress is not None:
            progress.erase()
    return count


def list_records(
    context: Context,
    view: View,
    pages_of: Callable[[Client, int | None], Iterable[Page[Any]]],
) -> int:
    """Run a list command: ask ``pages_of(client, page_size)`` for pages and stream them.

    With ``--limit`` below Twilio's page size, pages are asked for no larger than needed.
    """
    args = context.args
    page_size = min(args.limit, MAX_PAGE_SIZE) if args.limit is not None else None
    with context.session.client(read_only=True) as client:
        writer = writer_for(args.format, view, context.stdout)
        progress = Progress(context.stderr, view.noun)
        stream_pages(
            pages_of(client, page_size),
            writer,
            context.stdout,
            limit=args.limit,
            progress=progress,
        )
    return 0


def list_in_window(
    context: Context, view: View, namespace_of: Callable[[Client], Any], **filters: Any
) -> int:
    """Run a list command over a namespace, within ``--since``/``--until`` when given.

    A record is in the window when its time by the view's rule (``view.time_rule``, the
    range iterators' rule, which the table's time column shows too) is in
    ``[since, until)``. Twilio's own range filters are not sent: ``StartTime>`` and
    ``DateSent>`` compare a field that is null on a call not yet started or a message not
    yet sent, and would leave out records whose time (their creation) is in the window.
    The listing is newest first, so paging still stops one page past ``since``.

    Args:
        context: The command's context (``--since``, ``--until``, ``--limit``, ``--format``).
        view: How the records are shown, and their time rule.
        namespace_of: Picks the client's namespace to list (``lambda c: c.calls``); it
            offers ``get_page_iterator`` and ``operations.get_page``.
        **filters: Twilio's filters, passed as keyword arguments.

    Returns:
        The exit status (0).
    """
    assert view.time_rule is not None, f"{view.noun} have no time rule"
    rule = view.time_rule

    def pages_of(client: Client, page_size: int | None) -> Iterable[Page[Any]]:
        from twilio_sansio.core.time_range import RangeFilter, RangePages

        namespace = namespace_of(client)
        window = time_window(context.args)
        if window is None:
            pages: Iterable[Page[Any]] = namespace.get_page_iterator(**filters, page_size=page_size)
            return pages
        first = namespace.operations.get_page(**filters, page_size=page_size)
        return client.page_iterator(RangePages(first, RangeFilter(*window, time_rule(rule))))

    return list_records(context, view, pages_of)
