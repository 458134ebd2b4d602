"""Time-range iteration as pure state: which records fall in ``[start, end)``, and when to stop.

Theory of operation
-------------------
Twilio lists calls, messages, conferences and alerts newest first. To read the records
whose time falls in ``[start, end)``, a client:

1. narrows the search on the server with Twilio's range filters (:func:`date_filters`
   for the day-granular filters of API 2010, :func:`instant_filters` for Monitor's
   ``StartDate``/``EndDate``). They only narrow: the server may still send records
   outside the range, never withhold one inside it;
2. drops, from every page it returns, the records outside the range
   (:meth:`RangeFilter.apply`);
3. stops as soon as a page shows that the listing has moved past ``start``: in
   newest-first order no later page can hold a record in range, so at most one page past
   the last record needed is ever fetched (:class:`RangePages`);
4. ends like any listing otherwise: at Twilio's last page, after a run of empty pages,
   or with :class:`~twilio_sansio.core.paging.PageLoopError` on a repeated next URI.

A record's time comes from a function of the record (``time_of``); :func:`first_time`
builds one from attribute names, and :data:`message_time`, :data:`call_time`,
:data:`conference_time` and :data:`alert_time` are the ones the resources use. A record
whose time is unknown (None: a queued message has no ``date_sent`` yet, and its
``date_created`` is the fallback; None only if both are missing) cannot be said to be in
the range, so it is dropped; it does not stop the iteration either, because it says
nothing about where the listing is.

Nothing here sends anything. A driver is a loop::

    state = RangePages(operations.get_page(**filters), RangeFilter(start, end, message_time))
    while (operation := state.next_operation()) is not None:
        yield state.accept(send(operation))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any, Generic, TypeAlias, TypeVar

from twilio_sansio.core._value import Value, replace
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Links, Page
from twilio_sansio.core.times import require_aware
from twilio_sansio.core.values import MalformedValue

T = TypeVar("T")

TimeOf: TypeAlias = Callable[[Any], datetime | None]
"""A function giving a record's time, or None when the record has none."""

_ONE_DAY = timedelta(days=1)
_ONE_SECOND = timedelta(seconds=1)


def check_range(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Check a time range given by the caller and return it in UTC.

    Args:
        start: The first instant of the range (inclusive); timezone-aware.
        end: The instant the range ends (exclusive); timezone-aware.

    Returns:
        ``(start, end)`` converted to :data:`datetime.UTC`.

    Raises:
        InvalidArgument: ``start`` or ``end`` is not a datetime, is naive, cannot be
            expressed in UTC, or ``start`` is after ``end``.
    """
    start_utc = _to_utc(require_aware(start, "start"), "start")
    end_utc = _to_utc(require_aware(end, "end"), "end")
    if start_utc > end_utc:
        raise InvalidArgument(
            f"start ({start_utc.isoformat()}) is after end ({end_utc.isoformat()})"
        )
    return start_utc, end_utc


def _to_utc(value: datetime, name: str) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise InvalidArgument(f"{name}: out of range in UTC: {value!r}") from None


def date_filters(
    start: datetime, end: datetime, *, after_key: str, before_key: str
) -> dict[str, date]:
    """Return Twilio's day-granular range filters that cover ``[start, end)``.

    For API 2010's ``StartTime>``/``StartTime<`` (calls), ``DateSent>``/``DateSent<``
    (messages) and ``DateCreated>``/``DateCreated<`` (conferences). They only narrow the
    search: records outside ``[start, end)`` still come back and are dropped by
    :class:`RangeFilter`.

    Args:
        start: The first instant of the range (inclusive); timezone-aware.
        end: The instant the range ends (exclusive); timezone-aware.
        after_key: The name of the lower-bound filter (``"DateSent>"``).
        before_key: The name of the upper-bound filter (``"DateSent<"``).

    Returns:
        ``{after_key: start's UTC date, before_key: the day after end's UTC date}``;
        ``before_key`` is left out when ``end`` falls on the last representable day.

    Raises:
        InvalidArgument: the range is invalid (see :func:`check_range`).
    """
    start_utc, end_utc = check_range(start, end)
    # The keys end in ">" and "<" because Twilio's documented forms are written
    # "DateSent>=YYYY-MM-DD" and "DateSent<=YYYY-MM-DD": in a query string those are the
    # keys "DateSent>" and "DateSent<". Twilio compares UTC days, not instants. The lower
    # bound is documented as "on or after" that day for every listing (StartTime>,
    # DateSent>, DateCreated>), so start's own day is a safe lower bound. The upper bound
    # is documented inconsistently: "on or before" for DateSent<, "before" (exclusive) for
    # StartTime<, "on or before midnight of this date" for DateCreated<. The day after
    # end's day is safe under every reading: a record before end falls on end's day or
    # earlier, which is before that day and before its midnight.
    filters = {after_key: start_utc.date()}
    end_day = end_utc.date()
    if end_day < date.max:
        filters[before_key] = end_day + _ONE_DAY
    return filters


def instant_filters(
    start: datetime, end: datetime, *, after_key: str, before_key: str
) -> dict[str, datetime]:
    """Return range filters to the second that cover ``[start, end)``.

    For Monitor's ``StartDate``/``EndDate`` (alerts), which take a date and time and are
    documented as "on or after" and "on or before". Twilio's timestamps are sent as whole
    seconds, so ``start`` is rounded down and ``end`` up to the second: the filters never
    exclude a record in range.

    Args:
        start: The first instant of the range (inclusive); timezone-aware.
        end: The instant the range ends (exclusive); timezone-aware.
        after_key: The name of the lower-bound filter (``"StartDate"``).
        before_key: The name of the upper-bound filter (``"EndDate"``).

    Returns:
        ``{after_key: start floored to the second, before_key: end rounded up to the
        second}``, both in UTC; ``before_key`` is left out when rounding up would leave
        the representable range.

    Raises:
        InvalidArgument: the range is invalid (see :func:`check_range`).
    """
    start_utc, end_utc = check_range(start, end)
    filters = {after_key: start_utc.replace(microsecond=0)}
    end_floor = end_utc.replace(microsecond=0)
    if end_floor == end_utc:
        filters[before_key] = end_utc
    elif end_floor < datetime.max.replace(microsecond=0, tzinfo=UTC):
        filters[before_key] = end_floor + _ONE_SECOND
    return filters


def first_time(*attributes: str) -> TimeOf:
    """Build a ``time_of`` function: the first of ``attributes`` a record has a time in.

    An attribute that is missing, None, not a datetime, or malformed (reading it raises
    :class:`~twilio_sansio.core.values.MalformedValue`) is skipped, and the next one is
    tried. The module imports no resource model: any object with those attributes works.

    Args:
        *attributes: Attribute names, most specific first (``"date_sent", "date_created"``).

    Returns:
        A function of a record returning its time, or None when no attribute has one.

    Raises:
        InvalidArgument: no attribute name was given.
    """
    if not attributes:
        raise InvalidArgument("first_time needs at least one attribute name")
    names = tuple(attributes)

    def time_of(record: Any) -> datetime | None:
        for name in names:
            try:
                value = getattr(record, name, None)
            except MalformedValue:
                continue
            if isinstance(value, datetime):
                return value
        return None

    time_of.__name__ = time_of.__qualname__ = f"first_time({', '.join(map(repr, names))})"
    time_of.__doc__ = f"The record's first time among {', '.join(names)}, or None."
    return time_of


message_time: TimeOf = first_time("date_sent", "date_created")
"""A message's time: when it was sent, or when it was created if it was not sent yet."""

call_time: TimeOf = first_time("start_time", "date_created")
"""A call's time: when it started, or when it was created if it has not started."""

conference_time: TimeOf = first_time("date_created")
"""A conference's time: when it was created."""

alert_time: TimeOf = first_time("date_created")
"""An alert's time: when it was logged."""


class RangePage(Value, Generic[T]):
    """What :meth:`RangeFilter.apply` found on one page.

    Attributes:
        records: The page's records whose time is in the range, in the page's order.
        done: Whether no later page can hold a record in the range: the page's last record
            with a known time is older than ``start``.
    """

    __slots__ = ("done", "records")
    __match_args__ = ("records", "done")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    records: list[T]
    done: bool

    def __init__(self, records: list[T], done: bool) -> None:
        object.__setattr__(self, "records", records)
        object.__setattr__(self, "done", done)


class RangeFilter(Value, Generic[T]):
    """The records of a newest-first listing whose time falls in ``[start, end)``.

    The range is checked and converted to UTC on construction.

    Attributes:
        start: The first instant of the range (inclusive), in UTC.
        end: The instant the range ends (exclusive), in UTC.
        time_of: The time of a record, or None when it has none (see :func:`first_time`).
            A naive datetime is taken to be UTC, as every Twilio timestamp is.

    Raises:
        InvalidArgument: the range is invalid (see :func:`check_range`).
    """

    __slots__ = ("end", "start", "time_of")
    __match_args__ = ("start", "end", "time_of")
    _init_fields = _eq_fields = __match_args__
    _repr_fields = ("start", "end")

    start: datetime
    end: datetime
    time_of: Callable[[T], datetime | None]

    def __init__(
        self, start: datetime, end: datetime, time_of: Callable[[T], datetime | None]
    ) -> None:
        start, end = check_range(start, end)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "time_of", time_of)

    @property
    def empty(self) -> bool:
        """Whether no instant is in the range (``start == end``)."""
        return self.start == self.end

    def when(self, record: T) -> datetime | None:
        """Return the record's time (aware), or None when it has none."""
        value = self.time_of(record)
        if value is not None and value.utcoffset() is None:
            value = value.replace(tzinfo=UTC)
        return value

    def contains(self, record: T) -> bool:
        """Whether the record's time is known and in ``[start, end)``."""
        value = self.when(record)
        return value is not None and self.start <= value < self.end

    def apply(self, records: Iterable[T]) -> RangePage[T]:
        """Keep the records in the range and say whether the listing has moved past it.

        Args:
            records: One page's records (a :class:`~twilio_sansio.core.paging.Page`
                works), newest first.

        Returns:
            The records in range, in order, and whether later pages can be skipped. Only
            the page's *last* record with a known time decides ``done``; in newest-first
            order it is the oldest, and a record slightly out of order earlier on the page
            never ends the listing too soon. Records without a time are dropped and do not
            decide ``done``.
        """
        kept: list[T] = []
        last: datetime | None = None
        start, end = self.start, self.end
        for record in records:
            value = self.when(record)
            if value is None:
                continue
            last = value
            if start <= value < end:
                kept.append(record)
        return RangePage(kept, last is not None and last < start)


class RangePages(Generic[T]):
    """The state of one time-range iteration over a newest-first listing's pages.

    The driver asks :meth:`next_operation` what to fetch, sends it, and hands the page to
    :meth:`accept`, which returns the page with only its records in range. Nothing is
    fetched for an empty range (``start == end``), and nothing after the first page that
    shows the listing has moved past ``start``. Like a plain listing
    (:class:`~twilio_sansio.core.paging.PageChain`), it follows empty pages up to
    :data:`~twilio_sansio.core.paging.MAX_EMPTY_PAGES` in a row and raises
    :class:`~twilio_sansio.core.paging.PageLoopError` on a next URI it already followed.

    To resume a saved :attr:`cursor`, start from the page it points to:
    ``RangePages(operations.get_page_at(cursor), range_filter)``, or the range builders'
    ``cursor=`` argument.

    Args:
        first: The operation for the first page, with the server's range filters
            already applied (see :func:`date_filters`), or for the saved cursor's page.
        range_filter: Which records are in range and how to tell their time.

    Attributes:
        range_filter: The filter this iteration applies.
        pages_accepted: How many pages were accepted so far.
    """

    skips_empty_pages = True
    """A driver gives the caller only pages with records in range, as twilio-go does."""

    def __init__(self, first: Operation[Page[T]], range_filter: RangeFilter[T]) -> None:
        self.range_filter = range_filter
        self.pages_accepted = 0
        self._links = Links(first)
        self._done = range_filter.empty

    @property
    def done(self) -> bool:
        """Whether the iteration is known to be over (:meth:`next_operation` returns None).

        After the listing's last page it turns True when :meth:`next_operation` is asked.
        """
        return self._done

    @property
    def end_reason(self) -> str | None:
        """Why the listing ended before both its last page and the range's start, or None."""
        return self._links.end_reason

    @property
    def cursor(self) -> str | None:
        """The next page's URI, or None when the iteration is over (or has not started).

        Resume later with the range builder's ``cursor=`` argument (or
        ``RangePages(namespace.get_page_at(cursor), range_filter)``).
        """
        return None if self._done else self._links.cursor

    def next_operation(self) -> Operation[Page[T]] | None:
        """Return the operation for the next page to fetch, or None when the iteration is over.

        Asking again before :meth:`accept` returns the same request.

        Raises:
            PageLoopError: Twilio's next page URI repeats a page already fetched.
            UnexpectedResponseError: Twilio's next page URI points at another host (see
                :meth:`~twilio_sansio.core.paging.Page.next_operation`).
        """
        if self._done:
            return None
        operation = self._links.next_operation()
        if operation is None:
            self._done = True
        return operation

    def accept(self, page: Page[T]) -> Page[T]:
        """Take the page fetched with :meth:`next_operation`'s operation.

        Args:
            page: The page as Twilio sent it.

        Returns:
            A copy of the page with only its records in range, in order, and Twilio's
            paging fields. Its ``cursor`` is the page's own, or None once the iteration is
            over; it may be empty even when the iteration goes on, so drive the paging
            with :meth:`next_operation`, not with the returned page (the clients'
            iterators pass over such pages: :attr:`skips_empty_pages`).

        Raises:
            InvalidArgument: the iteration is already over; no page was expected.
        """
        if self._done:
            raise InvalidArgument("the time-range iteration is over; no page was expected")
        found = self.range_filter.apply(page.records)
        self._links.accept(page)
        self.pages_accepted += 1
        if found.done:
            self._done = True
        return replace(page, records=found.records, cursor=None if found.done else page.cursor)
