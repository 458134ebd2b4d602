"""Conferences (API 2010): the model and the operations on ``/Accounts/{sid}/Conferences``.

Twilio creates a conference when its first participant joins (by TwiML ``<Conference>``
or :class:`~twilio_sansio.core.resources.participants.ParticipantOperations`), so there
is no create here, nor a delete: a finished conference stays on record.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.encoding import ParamValue, twilio_params
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Choice, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import RecordOperations
from twilio_sansio.core.time_range import RangeFilter, RangePages, conference_time, date_filters
from twilio_sansio.core.times import format_form_date
from twilio_sansio.core.validation import check_page_size, check_text

CONFERENCE_SID_PREFIX = "CF"


class ConferenceStatus(OpenStrEnum):
    """Where a conference is in its life."""

    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"


class ConferenceEndReason(OpenStrEnum):
    """Why a conference ended."""

    CONFERENCE_ENDED_VIA_API = "conference-ended-via-api"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT = "participant-with-end-conference-on-exit-left"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED = (
        "participant-with-end-conference-on-exit-kicked"
    )
    LAST_PARTICIPANT_KICKED = "last-participant-kicked"
    LAST_PARTICIPANT_LEFT = "last-participant-left"


class Conference(Record):
    """A conference (``CF…``), as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    friendly_name = Text()
    status = Choice(ConferenceStatus)
    region = Text()
    reason_conference_ended = Choice(ConferenceEndReason)
    call_sid_ending_conference = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    api_version = Text()
    uri = Text()
    subresource_uris = Object()


def day_filter(value: date | datetime | None) -> str | None:
    """Format a day filter (``DateCreated``…) as ``YYYY-MM-DD``, or None if absent.

    Twilio filters these listings by day: an aware datetime stands for its day in UTC.

    Raises:
        InvalidArgument: ``value`` is not a date, or is a naive datetime.
    """
    return None if value is None else format_form_date(value)


class ConferenceOperations(RecordOperations["ConferenceOperations", Conference]):
    """Builds the operations on conferences; the clients bind these to the network."""

    __slots__ = ()

    model = Conference
    list_key = "conferences"
    path = "Conferences"
    sid_name = "conference_sid"
    sid_prefixes = (CONFERENCE_SID_PREFIX,)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Conference]:
        """Update a conference with Twilio's parameters.

        ``Status="completed"`` ends it; ``AnnounceUrl`` plays an announcement to every
        participant.

        Args:
            sid: The conference (``CF…``).
            **params: The parameters to change, by Twilio's names.

        Returns:
            The operation that updates the conference and parses the updated record.

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

    def get_page(
        self,
        /,
        *,
        date_created: date | datetime | None = None,
        date_created_after: date | datetime | None = None,
        date_created_before: date | datetime | None = None,
        date_updated: date | datetime | None = None,
        date_updated_after: date | datetime | None = None,
        date_updated_before: date | datetime | None = None,
        friendly_name: str | None = None,
        status: ConferenceStatus | str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Conference]]:
        """List conferences, newest first, one page per operation.

        The date filters are days (``YYYY-MM-DD``); an aware datetime stands for its day
        in UTC.

        Args:
            date_created: Only conferences created on this day (``DateCreated``).
            date_created_after: Only conferences created on or after this day
                (``DateCreated>``).
            date_created_before: Only conferences created on or before this day
                (``DateCreated<``).
            date_updated: Only conferences last updated on this day (``DateUpdated``).
            date_updated_after: Only conferences updated on or after this day
                (``DateUpdated>``).
            date_updated_before: Only conferences updated on or before this day
                (``DateUpdated<``).
            friendly_name: Only conferences with this friendly name.
            status: Only conferences in this status (``init``, ``in-progress``,
                ``completed``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed (a naive datetime, an empty name, a
                page size outside 1..1000).
        """
        query: dict[str, ParamValue] = {
            "DateCreated": day_filter(date_created),
            "DateCreated>": day_filter(date_created_after),
            "DateCreated<": day_filter(date_created_before),
            "DateUpdated": day_filter(date_updated),
            "DateUpdated>": day_filter(date_updated_after),
            "DateUpdated<": day_filter(date_updated_before),
            "FriendlyName": (
                check_text("friendly_name", friendly_name) if friendly_name is not None else None
            ),
            "Status": check_text("status", status) if status is not None else None,
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)

    def get_page_in_range(
        self,
        /,
        start: datetime,
        end: datetime,
        *,
        friendly_name: str | None = None,
        status: ConferenceStatus | str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **params: ParamValue,
    ) -> RangePages[Conference]:
        """List the conferences created in ``[start, end)``, newest first, page by page.

        Twilio's day-granular ``DateCreated>``/``DateCreated<`` filters narrow the
        search; conferences outside the range are dropped from the pages, and paging
        stops at most one page past the range.

        Args:
            start: The first instant (inclusive), timezone-aware.
            end: The end (exclusive), timezone-aware.
            friendly_name: Only conferences with this name.
            status: Only conferences in this status.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            cursor: Resume from a saved cursor (``iterator.pages.cursor``) of this range
                listing instead of its first page; the filters travel in the cursor, so
                the other arguments are checked but not sent again.
            **params: Any other filter, by Twilio's name.

        Raises:
            InvalidArgument: a naive datetime, ``start > end``, a malformed filter, or a
                cursor that is not a page of this listing on the product's host.
        """
        window = date_filters(start, end, after_key="DateCreated>", before_key="DateCreated<")
        first = self.get_page(
            friendly_name=friendly_name,
            status=status,
            date_created_after=window["DateCreated>"],
            date_created_before=window.get("DateCreated<"),
            page_size=page_size,
            **twilio_params(params),
        )
        if cursor is not None:
            first = self.lister.at(cursor, self._path())
        return RangePages(first, RangeFilter(start, end, conference_time))
