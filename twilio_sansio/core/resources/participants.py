"""Conference participants (API 2010): the model and their operations.

The path is ``/Accounts/{sid}/Conferences/{conference}/Participants``. A participant is
addressed by its call's SID (``CA…``) or by the label it was given when it was added. A
conference that has not started yet can be joined by its friendly name.
"""

from __future__ import annotations

import re
from datetime import timedelta

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Boolean, Choice, Field, Record, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.phone import normalize_address
from twilio_sansio.core.resources._listing import ListingOperations
from twilio_sansio.core.resources.conferences import CONFERENCE_SID_PREFIX
from twilio_sansio.core.times import parse_duration
from twilio_sansio.core.validation import check_flag, check_page_size, check_sid, check_text

CALL_SID_PREFIX = "CA"
# Anything shaped like a SID is taken for one and must have the right prefix; any other
# text is a label (or, for create, a conference's friendly name).
_SID_SHAPE = re.compile(r"[A-Z]{2}[0-9a-fA-F]{32}\Z")


class ParticipantStatus(OpenStrEnum):
    """Where a participant's call is."""

    QUEUED = "queued"
    CONNECTING = "connecting"
    RINGING = "ringing"
    CONNECTED = "connected"
    COMPLETE = "complete"
    FAILED = "failed"


def _milliseconds(value: object) -> timedelta | None:
    seconds = parse_duration(value)
    return None if seconds is None else seconds / 1000


class Participant(Record):
    """A call connected to a conference.

    ``queue_time`` is how long the call waited before it was placed (Twilio sends
    milliseconds; only in the answer to a create).
    """

    __slots__ = ()

    call_sid = Text()
    conference_sid = Text()
    account_sid = Text()
    label = Text()
    status = Choice(ParticipantStatus)
    muted = Boolean()
    hold = Boolean()
    coaching = Boolean()
    call_sid_to_coach = Text()
    start_conference_on_enter = Boolean()
    end_conference_on_exit = Boolean()
    queue_time = Field(_milliseconds)
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


def _sid_or_name(name: str, value: object, prefix: str) -> str:
    if isinstance(value, str) and _SID_SHAPE.match(value):
        return check_sid(name, value, prefix)
    return check_text(name, value)


def check_participant(call_sid: object) -> str:
    """Return ``call_sid`` if it names a participant: a call SID or a label.

    Raises:
        InvalidArgument: it is not a string, is empty, holds a NUL, or is a SID with a
            prefix other than ``CA``.
    """
    return _sid_or_name("call_sid", call_sid, CALL_SID_PREFIX)


class ParticipantOperations(ListingOperations["ParticipantOperations", Participant]):
    """Builds the operations on a conference's participants."""

    __slots__ = ()

    model = Participant
    list_key = "participants"
    path = "Conferences/{}/Participants"
    sid_name = "call_sid"
    sid_prefixes = (CALL_SID_PREFIX,)
    parent_name = "conference_sid"
    parent_prefixes = (CONFERENCE_SID_PREFIX,)

    def _check_own_sid(self, sid: object) -> None:
        """A participant is named by its call's SID or by its label."""
        check_participant(sid)

    def create(
        self, /, conference_sid: str, from_: str, to: str, **params: ParamValue
    ) -> Operation[Participant]:
        """Call ``to`` and add the call to a conference.

        Args:
            conference_sid: The conference (``CF…``), or the friendly name of one that
                has not started yet (Twilio starts it).
            from_: The caller ID: a Twilio number or verified caller ID, or
                ``client:name``; for a SIP ``to``, the SIP user name.
            to: Who to call: a phone number, ``sip:…``, ``client:…`` or ``app:AP…``.
            **params: Any other parameter, by Twilio's name (``Label``, ``Muted``,
                ``StatusCallback``, ``Record``…).

        Returns:
            The operation that adds the participant and parses the new
            :class:`Participant`.

        Raises:
            InvalidArgument: the conference is malformed, or an address is not valid.
        """
        _sid_or_name("conference_sid", conference_sid, CONFERENCE_SID_PREFIX)
        region = self.config.default_region
        to = normalize_address(to, region)
        if to[:4].lower() == "sip:":
            # Twilio takes the SIP user name here, which may be all digits.
            from_ = check_text("from_", from_)
        else:
            from_ = normalize_address(from_, region)
        form = {"From": from_, "To": to, **params}
        return self._post(self._path(conference_sid), form)

    def get(self, /, conference_sid: str, call_sid: str) -> Operation[Participant]:
        """Fetch one participant of a conference.

        Args:
            conference_sid: The conference (``CF…``).
            call_sid: The participant's call (``CA…``) or label.

        Returns:
            The operation that fetches the :class:`Participant`.

        Raises:
            InvalidArgument: the conference SID or the participant is malformed.
        """
        return self._get_item(conference_sid, call_sid)

    def update(
        self, /, conference_sid: str, call_sid: str, **params: ParamValue
    ) -> Operation[Participant]:
        """Update a participant with Twilio's parameters (``Muted``, ``Hold``, ``AnnounceUrl``…).

        Args:
            conference_sid: The conference (``CF…``).
            call_sid: The participant's call (``CA…``) or label.
            **params: The parameters to change, by Twilio's names.

        Returns:
            The operation that updates the participant and parses the updated record.

        Raises:
            InvalidArgument: an identifier is malformed or a parameter cannot be encoded.
        """
        return self._post(self._item_path(conference_sid, call_sid), params)

    def delete(self, /, conference_sid: str, call_sid: str) -> Operation[None]:
        """Remove a participant from a conference, hanging up its call.

        A participant that is already gone (404) is not an error, as in the Go library, so
        a retried delete stays safe.

        Args:
            conference_sid: The conference (``CF…``).
            call_sid: The participant's call (``CA…``) or label.

        Returns:
            The operation that removes the participant.

        Raises:
            InvalidArgument: an identifier is malformed.
        """
        return self._delete_item(conference_sid, call_sid)

    def get_page(
        self,
        /,
        conference_sid: str,
        *,
        muted: bool | None = None,
        hold: bool | None = None,
        coaching: bool | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Participant]]:
        """List the participants of a conference, one page per operation.

        Args:
            conference_sid: The conference (``CF…``).
            muted: Only participants that are (True) or are not (False) muted.
            hold: Only participants that are (True) or are not (False) on hold.
            coaching: Only participants that are (True) or are not (False) coaching.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or a filter is malformed.
        """
        self._check_parent_sid(conference_sid)
        query: dict[str, ParamValue] = {
            "Muted": check_flag("muted", muted),
            "Hold": check_flag("hold", hold),
            "Coaching": check_flag("coaching", coaching),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query, conference_sid)
