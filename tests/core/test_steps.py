"""Jobs driven by hand: one operation, and the media-URL fan-out with its redirects."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from tests.core._support import json_response, make_config
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.errors import APIError, ConnectError, UnexpectedResponseError
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.media import media_urls_job
from twilio_sansio.core.resources.messages import Message, MessageOperations
from twilio_sansio.core.steps import Exchange, Gather, Job, operation_job

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
TOKEN = "not-a-real-auth-token"
MESSAGE = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
API = "https://api.twilio.com"
BASE = f"/2010-04-01/Accounts/{ACCOUNT}"
MEDIA_LIST = f"{API}{BASE}/Messages/{MESSAGE}/Media.json"
AUTH = "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
CDN = "https://s3-external-1.amazonaws.com/media.twiliocdn.com/AC01/abc123"


def config(base_url: str | None = None) -> ClientConfig:
    return make_config(base_url, account=ACCOUNT, token=TOKEN)


def media_sid(i: int) -> str:
    return f"ME{i:032x}"


def media_uri(i: int) -> str:
    return f"{BASE}/Messages/{MESSAGE}/Media/{media_sid(i)}.json"


def content_url(i: int, root: str = API) -> str:
    return root + media_uri(i).removesuffix(".json")


def media_json(i: int) -> dict[str, Any]:
    return {
        "sid": media_sid(i),
        "parent_sid": MESSAGE,
        "account_sid": ACCOUNT,
        "content_type": "image/png",
        "uri": media_uri(i),
    }


def media_page(indexes: list[int], next_uri: str | None) -> Response:
    body = {"media_list": [media_json(i) for i in indexes], "next_page_uri": next_uri}
    return json_response(body)


def exchange_of(step: object) -> Exchange:
    assert isinstance(step, Exchange), f"expected an Exchange, got {step!r}"
    return step


def returned(job: Job[Any], value: object) -> object:
    """Send ``value`` into ``job`` and return what the job returns; fail if it yields."""
    try:
        step = job.send(value)
    except StopIteration as stop:
        return stop.value
    pytest.fail(f"the job yielded {step!r} instead of returning")


def redirect(status: int, location: str) -> Response:
    return Response(status, [("location", location)])


# operation_job


def test_operation_job_yields_one_exchange_and_returns_the_parsed_result() -> None:
    operation = MessageOperations(config()).get(MESSAGE)
    job = operation_job(operation)
    step = exchange_of(next(job))
    assert step.request == operation.request
    message = returned(job, json_response({"sid": MESSAGE, "status": "sent"}))
    assert isinstance(message, Message)
    assert message.sid == MESSAGE


def test_operation_job_raises_what_the_parser_raises() -> None:
    job = operation_job(MessageOperations(config()).get(MESSAGE))
    next(job)
    with pytest.raises(APIError) as info:
        job.send(json_response({"code": 20404, "message": "not found"}, 404))
    assert info.value.code == 20404


def test_an_error_thrown_into_an_operation_job_propagates() -> None:
    job = operation_job(MessageOperations(config()).get(MESSAGE))
    next(job)
    error = ConnectError("connection refused")
    with pytest.raises(ConnectError) as info:
        job.throw(error)
    assert info.value is error


# media_urls_job: listing and fan-out


def gathered(job: Job[Any], pages: list[Response]) -> Gather:
    """Drive the listing part of a media job through ``pages``; return its Gather."""
    step = next(job)
    for page in pages:
        exchange_of(step)
        step = job.send(page)
    assert isinstance(step, Gather), f"expected a Gather, got {step!r}"
    return step


def test_media_urls_job_lists_every_page_then_gathers_one_job_per_media_in_order() -> None:
    job = media_urls_job(config(), MESSAGE)
    first = exchange_of(next(job))
    assert first.request.method == "GET"
    assert first.request.url == f"{MEDIA_LIST}?PageSize=1000"
    assert first.request.header("authorization") == AUTH
    next_uri = f"{BASE}/Messages/{MESSAGE}/Media.json?PageSize=1000&Page=1&PageToken=PA1"
    second = exchange_of(job.send(media_page([1, 2], next_uri)))
    assert second.request.url == API + next_uri
    assert second.request.header("authorization") == AUTH
    step = job.send(media_page([3], None))
    assert isinstance(step, Gather)
    assert len(step.jobs) == 3
    urls = [exchange_of(next(sub)).request.url for sub in step.jobs]
    assert urls == [content_url(1), content_url(2), content_url(3)]
    results = [CDN + "/1", CDN + "/2", CDN + "/3"]
    assert returned(job, results) == results


def test_media_urls_job_without_media_returns_an_empty_list_without_gathering() -> None:
    job = media_urls_job(config(), MESSAGE)
    next(job)
    assert returned(job, media_page([], None)) == []


def test_media_urls_job_ends_after_a_run_of_empty_pages_with_next_uris() -> None:
    job = media_urls_job(config(), MESSAGE)
    next(job)
    step = job.send(media_page([], f"{BASE}/Messages/{MESSAGE}/Media.json?Page=1"))
    assert exchange_of(step).request.url == f"{MEDIA_LIST}?Page=1"
    step = job.send(media_page([], f"{BASE}/Messages/{MESSAGE}/Media.json?Page=2"))
    assert exchange_of(step).request.url == f"{MEDIA_LIST}?Page=2"
    assert returned(job, media_page([], f"{BASE}/Messages/{MESSAGE}/Media.json?Page=3")) == []


def test_media_urls_job_raises_when_listing_fails() -> None:
    job = media_urls_job(config(), MESSAGE)
    next(job)
    with pytest.raises(APIError) as info:
        job.send(json_response({"code": 20404, "message": "no such message"}, 404))
    assert info.value.status == 404


# content_url_job, driven through the Gather


def content_job(base_url: str | None = None) -> Job[Any]:
    step = gathered(media_urls_job(config(base_url), MESSAGE), [media_page([1], None)])
    (job,) = step.jobs
    return job


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_host_is_returned_without_requesting_it(status: int) -> None:
    job = content_job()
    request = exchange_of(next(job)).request
    assert request.url == content_url(1)
    assert request.header("authorization") == AUTH
    assert request.header("range") == "bytes=0-0"
    assert returned(job, redirect(status, CDN)) == CDN


def test_a_relative_redirect_on_the_api_host_is_followed_with_credentials() -> None:
    job = content_job()
    next(job)
    hop = f"{BASE}/Messages/{MESSAGE}/Media/{media_sid(1)}/Content"
    request = exchange_of(job.send(redirect(307, hop))).request
    assert request.method == "GET"
    assert request.url == API + hop
    assert request.header("authorization") == AUTH
    assert request.header("range") == "bytes=0-0"
    assert returned(job, redirect(302, CDN)) == CDN


def test_an_on_host_redirect_is_re_rooted_onto_the_configured_base_url() -> None:
    root = "https://proxy.example.com/tw"
    job = content_job(root)
    assert exchange_of(next(job)).request.url == content_url(1, root)
    hop = f"{API}{BASE}/Messages/{MESSAGE}/Media/{media_sid(1)}/Content"
    request = exchange_of(job.send(redirect(302, hop))).request
    assert request.url == f"{root}{BASE}/Messages/{MESSAGE}/Media/{media_sid(1)}/Content"


def test_five_on_host_redirects_are_followed() -> None:
    job = content_job()
    next(job)
    for hop in range(5):
        exchange_of(job.send(redirect(302, f"/hop/{hop}")))
    assert returned(job, Response(200)) == f"{API}/hop/4"


def test_more_than_five_on_host_redirects_is_an_unexpected_response() -> None:
    job = content_job()
    next(job)
    for hop in range(5):
        exchange_of(job.send(redirect(302, f"/hop/{hop}")))
    with pytest.raises(UnexpectedResponseError, match="redirects"):
        job.send(redirect(302, "/hop/5"))


@pytest.mark.parametrize("status", [200, 206])
def test_a_content_url_answered_directly_is_returned(status: int) -> None:
    job = content_job()
    next(job)
    assert returned(job, Response(status, [("content-type", "image/png")], b"\x89")) == (
        content_url(1)
    )


def test_a_404_for_the_content_is_an_api_error() -> None:
    job = content_job()
    next(job)
    with pytest.raises(APIError) as info:
        job.send(json_response({"code": 20404, "message": "gone", "status": 404}, 404))
    assert info.value.status == 404
    assert info.value.code == 20404
    assert info.value.url == content_url(1)


def test_a_redirect_without_location_is_an_unexpected_response() -> None:
    job = content_job()
    next(job)
    with pytest.raises(UnexpectedResponseError, match="Location"):
        job.send(Response(302))


def test_a_redirect_to_a_malformed_url_is_an_unexpected_response() -> None:
    job = content_job()
    next(job)
    with pytest.raises(UnexpectedResponseError):
        job.send(redirect(302, "https://[::1/x"))


def test_a_media_record_without_a_uri_fails_its_job() -> None:
    body = {"media_list": [{"sid": media_sid(1)}], "next_page_uri": None}
    step = gathered(
        media_urls_job(config(), MESSAGE),
        [json_response(body)],
    )
    with pytest.raises(UnexpectedResponseError, match="uri"):
        next(step.jobs[0])


def test_a_media_uri_on_another_host_is_never_requested() -> None:
    record = {**media_json(1), "uri": "https://evil.example.com/x.json"}
    body = {"media_list": [record], "next_page_uri": None}
    step = gathered(
        media_urls_job(config(), MESSAGE),
        [json_response(body)],
    )
    with pytest.raises(UnexpectedResponseError, match="another host"):
        next(step.jobs[0])


@pytest.mark.parametrize("status", [301, 307, 308])
def test_a_redirect_loop_reports_the_status_it_got(status: int) -> None:
    job = content_job()
    next(job)
    for hop in range(5):
        exchange_of(job.send(redirect(status, f"/hop/{hop}")))
    with pytest.raises(UnexpectedResponseError, match="redirects") as info:
        job.send(redirect(status, "/hop/5"))
    assert info.value.status == status


def test_a_redirect_out_of_the_base_urls_prefix_is_twilios_fault_and_not_followed() -> None:
    job = content_job("https://proxy.example.com/tw")
    next(job)
    with pytest.raises(UnexpectedResponseError, match="path prefix") as info:
        job.send(redirect(302, "https://proxy.example.com/tw/../admin"))
    assert info.value.status == 302
