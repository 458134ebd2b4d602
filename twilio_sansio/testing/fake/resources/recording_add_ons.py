"""Add-on results of recordings on the fake, their payloads, and where the data is.

The fake runs no add-on: a test stores a result of a recording with
:func:`seed_add_on_result` (``XR…``, by default completed) and its payloads with
:func:`seed_add_on_result_payload` (``XH…``, with the URL its data is at). Results are
fetched, listed (newest first) and deleted under ``Recordings/{RE…}/AddOnResults``;
deleting a result deletes its payloads. Payloads are fetched, listed and deleted under
``…/AddOnResults/{XR…}/Payloads``, and ``…/Payloads/{XH…}/Data.json`` answers 307 with
``redirect_to`` (and ``Location``) naming the data's URL, as Twilio does. A recording
that is deleted has none of these.
"""

from __future__ import annotations

from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_page,
    account_path,
    answer_record,
    find,
    named_record,
    seeded,
    seeded_parent,
    stamp,
    subresource_uris,
)
from twilio_sansio.testing.fake.resources.recordings import RECORDINGS, visible
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import Incoming, json_response, no_content, not_found

ADD_ON_RESULTS = "recording_add_on_results"
"""The table of the recordings' add-on results (records carry ``reference_sid``)."""
PAYLOADS = "recording_add_on_result_payloads"
"""The table of the results' payloads (records carry ``add_on_result_sid``)."""
DATA_STATUS = 307

result_routes = Resource(ACCOUNT + "/Recordings/{ReferenceSid}/AddOnResults")
payload_routes = Resource(
    ACCOUNT + "/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads"
)
data_routes = Resource(
    ACCOUNT + "/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data"
)


def seed_add_on_result(
    store: FakeStore, account_sid: str, recording_sid: str, **fields: Any
) -> Record:
    """Store the result of an add-on's run on a recording (by default completed).

    Args:
        store: The fake's state.
        account_sid: The account of the recording.
        recording_sid: The recording (``RE…``) of that account.
        **fields: Any JSON field to set instead of its default (``status="failed"``...).

    Returns:
        The stored record.

    Raises:
        KeyError: ``recording_sid`` is not a recording of ``account_sid``.
    """
    recording = seeded_parent(store, RECORDINGS, recording_sid, account_sid)
    sid = fields.pop("sid", None) or store.new_sid("XR")
    now = stamp(store)
    base = account_path(account_sid, f"/Recordings/{recording['sid']}/AddOnResults/{sid}")
    record: Record = {
        "sid": sid,
        "account_sid": account_sid,
        "status": "completed",
        "add_on_sid": store.new_sid("XB"),
        "add_on_configuration_sid": store.new_sid("XE"),
        "date_created": now,
        "date_updated": now,
        "date_completed": now,
        "reference_sid": recording["sid"],
        "subresource_uris": subresource_uris(base, "payloads"),
    }
    return seeded(store, ADD_ON_RESULTS, record, fields)


def seed_add_on_result_payload(
    store: FakeStore,
    account_sid: str,
    add_on_result_sid: str,
    *,
    data_url: str = "https://data.example.com/payload.json",
    **fields: Any,
) -> Record:
    """Store a payload of an add-on result, whose data is at ``data_url``.

    Args:
        store: The fake's state.
        account_sid: The account of the result.
        add_on_result_sid: The result (``XR…``) of that account.
        data_url: Where the payload's data is: ``Data.json`` redirects there.
        **fields: Any JSON field to set instead of its default (``label``,
            ``content_type``...).

    Returns:
        The stored record.

    Raises:
        KeyError: ``add_on_result_sid`` is not a result of ``account_sid``.
    """
    result = seeded_parent(store, ADD_ON_RESULTS, add_on_result_sid, account_sid)
    sid = fields.pop("sid", None) or store.new_sid("XH")
    now = stamp(store)
    base = account_path(
        account_sid,
        f"/Recordings/{result['reference_sid']}/AddOnResults/{result['sid']}/Payloads/{sid}",
    )
    record: Record = {
        "sid": sid,
        "add_on_result_sid": result["sid"],
        "account_sid": account_sid,
        "label": "transcript",
        "add_on_sid": result["add_on_sid"],
        "add_on_configuration_sid": result["add_on_configuration_sid"],
        "content_type": "application/json",
        "date_created": now,
        "date_updated": now,
        "reference_sid": result["reference_sid"],
        "subresource_uris": {"data": f"{base}/Data.json"},
        "_data_url": data_url,
    }
    return seeded(store, PAYLOADS, record, fields)


def _recording(incoming: Incoming) -> Record:
    record = find(incoming, RECORDINGS, incoming.params["ReferenceSid"])
    if not visible(record):
        raise not_found(incoming.path)
    return record


def _result(incoming: Incoming, param: str) -> Record:
    recording = _recording(incoming)
    return named_record(incoming, ADD_ON_RESULTS, param, reference_sid=recording["sid"])


def _payload(incoming: Incoming, param: str) -> Record:
    result = _result(incoming, "AddOnResultSid")
    return named_record(incoming, PAYLOADS, param, add_on_result_sid=result["sid"])


@result_routes.fetch
def result_fetch(incoming: Incoming) -> Response:
    """GET /Recordings/{ReferenceSid}/AddOnResults/{Sid}.json."""
    return answer_record(_result(incoming, "Sid"))


@result_routes.delete
def result_delete(incoming: Incoming) -> Response:
    """DELETE /Recordings/{ReferenceSid}/AddOnResults/{Sid}.json, and its payloads (204)."""
    result = _result(incoming, "Sid")
    incoming.store.remove(ADD_ON_RESULTS, result["sid"])
    incoming.store.remove_where(PAYLOADS, lambda row: row["add_on_result_sid"] == result["sid"])
    return no_content()


@result_routes.listing
def result_listing(incoming: Incoming) -> Response:
    """GET /Recordings/{ReferenceSid}/AddOnResults.json, newest first."""
    recording = _recording(incoming)
    return account_page(
        incoming,
        ADD_ON_RESULTS,
        "add_on_results",
        lambda row: row["reference_sid"] == recording["sid"],
    )


@payload_routes.fetch
def payload_fetch(incoming: Incoming) -> Response:
    """GET …/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json."""
    return answer_record(_payload(incoming, "Sid"))


@payload_routes.delete
def payload_delete(incoming: Incoming) -> Response:
    """DELETE …/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json (204)."""
    payload = _payload(incoming, "Sid")
    incoming.store.remove(PAYLOADS, payload["sid"])
    return no_content()


@payload_routes.listing
def payload_listing(incoming: Incoming) -> Response:
    """GET …/AddOnResults/{AddOnResultSid}/Payloads.json, newest first."""
    result = _result(incoming, "AddOnResultSid")
    return account_page(
        incoming, PAYLOADS, "payloads", lambda row: row["add_on_result_sid"] == result["sid"]
    )


@data_routes.route("GET", data_routes.collection)
def payload_data(incoming: Incoming) -> Response:
    """GET …/Payloads/{PayloadSid}/Data.json: 307 to where the data is."""
    url = _payload(incoming, "PayloadSid")["_data_url"]
    return json_response(DATA_STATUS, {"redirect_to": url}, headers=(("location", url),))


ROUTES = (result_routes, payload_routes, data_routes)
"""The routes of the add-on results of recordings, their payloads and data."""
