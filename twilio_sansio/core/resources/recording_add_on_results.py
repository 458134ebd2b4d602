"""Add-on results of a recording (API 2010), their payloads, and where a payload's data is.

An add-on that analyses recordings (transcription, sentiment...) leaves one result
(``XR…``) per run under ``Recordings/{RE…}/AddOnResults``, and each result one payload
(``XH…``) or more under ``…/AddOnResults/{XR…}/Payloads``. A payload's data is not in the
API: ``…/Payloads/{XH…}/Data.json`` answers 307 with ``redirect_to``, a short-lived URL of
the data elsewhere. :meth:`RecordingAddOnResultPayloadOperations.get_data` reads that
URL and requests nothing from it: the account's credentials never go to another host.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import UnexpectedResponseError, decode_json
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import Choice, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation, json_object
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import (
    GrandchildOperations,
    ListingOperations,
    page_query,
)

RECORDING_SID_PREFIX = "RE"
ADD_ON_RESULT_SID_PREFIX = "XR"
PAYLOAD_SID_PREFIX = "XH"
DATA_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
"""The statuses Twilio may answer a payload's data with (the documents say 307)."""


class AddOnResultStatus(OpenStrEnum):
    """Where an add-on's run on a recording is."""

    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INIT = "init"
    PROCESSING = "processing"
    QUEUED = "queued"


class RecordingAddOnResult(Record):
    """The result (``XR…``) of one add-on's run on a recording, as Twilio reports it.

    ``reference_sid`` is the recording; ``subresource_uris`` names its ``payloads``.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    status = Choice(AddOnResultStatus)
    add_on_sid = Text()
    add_on_configuration_sid = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    date_completed = Timestamp()
    reference_sid = Text()
    subresource_uris = Object()


class RecordingAddOnResultPayload(Record):
    """One payload (``XH…``) of an add-on result: what the add-on produced, and its type."""

    __slots__ = ()

    sid = Sid()
    add_on_result_sid = Text()
    account_sid = Text()
    label = Text()
    add_on_sid = Text()
    add_on_configuration_sid = Text()
    content_type = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    reference_sid = Text()
    subresource_uris = Object()


class RecordingAddOnResultPayloadData(Record):
    """Where a payload's data is: ``redirect_to``, a URL off Twilio's API host."""

    __slots__ = ()

    redirect_to = Text()


def _payload_data(request: Request, response: Response) -> RecordingAddOnResultPayloadData:
    """Parse the answer to a payload's data: a redirect (or 200) naming the data's URL.

    The URL is the body's ``redirect_to``, else the ``Location`` header (resolved against
    the request's URL).

    Raises:
        APIError: Twilio answered with an error.
        UnexpectedResponseError: the answer names no URL or is not Twilio's JSON.
    """
    if response.status not in DATA_REDIRECT_STATUSES:
        data = json_object(request, response)
    else:
        data = _redirect_body(request, response)
        location = response.header("location")
        if not data.get("redirect_to") and location:
            data = {**data, "redirect_to": urljoin(request.url, location)}
    if not data.get("redirect_to"):
        raise UnexpectedResponseError(
            response.status,
            response.body[:200].decode("utf-8", "replace"),
            "a payload's data without redirect_to or Location",
            request.method,
            request.url,
            response_info=response.info,
        )
    record = RecordingAddOnResultPayloadData.from_json(data)
    record._set_response(response.info)
    return record


def _redirect_body(request: Request, response: Response) -> dict[str, Any]:
    """The JSON object of a redirect's body; ``{}`` for an empty or non-object body."""
    if not response.body.strip():
        return {}
    try:
        data = decode_json(response.status, response.body, request.method, request.url)
    except UnexpectedResponseError:
        return {}
    return data if isinstance(data, dict) else {}


class RecordingAddOnResultOperations(
    ListingOperations["RecordingAddOnResultOperations", RecordingAddOnResult]
):
    """Builds the operations on the add-on results of a recording."""

    __slots__ = ()

    model = RecordingAddOnResult
    list_key = "add_on_results"
    path = "Recordings/{}/AddOnResults"
    sid_name = "sid"
    sid_prefixes = (ADD_ON_RESULT_SID_PREFIX,)
    parent_name = "recording_sid"
    parent_prefixes = (RECORDING_SID_PREFIX,)

    def get(self, /, recording_sid: str, sid: str) -> Operation[RecordingAddOnResult]:
        """Fetch one add-on result of a recording.

        Args:
            recording_sid: The recording (``RE…``).
            sid: The result (``XR…``).

        Returns:
            The operation that fetches and parses the :class:`RecordingAddOnResult`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(recording_sid, sid)

    def delete(self, /, recording_sid: str, sid: str) -> Operation[None]:
        """Delete one add-on result and its payloads; one already gone (404) is not an error.

        Args:
            recording_sid: The recording (``RE…``).
            sid: The result (``XR…``).

        Returns:
            The operation that deletes the result.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._delete_item(recording_sid, sid)

    def get_page(
        self, /, recording_sid: str, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[RecordingAddOnResult]]:
        """List the add-on results of a recording, one page per operation.

        Args:
            recording_sid: The recording (``RE…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or the page size is malformed.
        """
        self._check_parent_sid(recording_sid)
        return self._first_page(page_query(page_size, params), recording_sid)


class RecordingAddOnResultPayloadOperations(
    GrandchildOperations["RecordingAddOnResultPayloadOperations", RecordingAddOnResultPayload]
):
    """Builds the operations on the payloads of a recording's add-on result."""

    __slots__ = ()

    model = RecordingAddOnResultPayload
    list_key = "payloads"
    path = "Recordings/{}/AddOnResults/{}/Payloads"
    sid_name = "sid"
    sid_prefixes = (PAYLOAD_SID_PREFIX,)
    outer_name = "recording_sid"
    outer_prefixes = (RECORDING_SID_PREFIX,)
    parent_name = "add_on_result_sid"
    parent_prefixes = (ADD_ON_RESULT_SID_PREFIX,)

    def get(
        self, /, recording_sid: str, add_on_result_sid: str, sid: str
    ) -> Operation[RecordingAddOnResultPayload]:
        """Fetch one payload of an add-on result.

        Args:
            recording_sid: The recording (``RE…``).
            add_on_result_sid: The result (``XR…``).
            sid: The payload (``XH…``).

        Returns:
            The operation that fetches and parses the :class:`RecordingAddOnResultPayload`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._fetch(self._nested_item_path(recording_sid, add_on_result_sid, sid))

    def delete(self, /, recording_sid: str, add_on_result_sid: str, sid: str) -> Operation[None]:
        """Delete one payload; one already gone (404) is not an error.

        Args:
            recording_sid: The recording (``RE…``).
            add_on_result_sid: The result (``XR…``).
            sid: The payload (``XH…``).

        Returns:
            The operation that deletes the payload.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._remove(self._nested_item_path(recording_sid, add_on_result_sid, sid))

    def get_page(
        self,
        /,
        recording_sid: str,
        add_on_result_sid: str,
        *,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[RecordingAddOnResultPayload]]:
        """List the payloads of an add-on result, one page per operation.

        Args:
            recording_sid: The recording (``RE…``).
            add_on_result_sid: The result (``XR…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a SID or the page size is malformed.
        """
        query = page_query(page_size, params)
        return self._nested_first_page(recording_sid, add_on_result_sid, query)

    def get_data(
        self, /, recording_sid: str, add_on_result_sid: str, sid: str
    ) -> Operation[RecordingAddOnResultPayloadData]:
        """Find where a payload's data is, without downloading it.

        Twilio answers with a redirect (307) whose ``redirect_to`` is a short-lived URL
        of the data on another host; the operation reads it from the answer (or its
        ``Location``) and follows nothing. Fetch the URL without the account's
        credentials.

        Args:
            recording_sid: The recording (``RE…``).
            add_on_result_sid: The result (``XR…``).
            sid: The payload (``XH…``).

        Returns:
            The operation that asks and parses the
            :class:`RecordingAddOnResultPayloadData`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        payload = self._nested_item_path(recording_sid, add_on_result_sid, sid)
        path = payload.removesuffix(".json") + "/Data.json"
        request = self.config.request("GET", self.product, path)
        return Operation(request, _payload_data)
