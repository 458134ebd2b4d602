"""Messages and Media through every client kind, over real sockets."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.clients.conftest import (
    ACCOUNT,
    API,
    MEDIA_COUNT,
    MESSAGE_SID,
    TOKEN,
    FakeApi,
    Harness,
    collect,
    media_sid,
)
from twilio_sansio import (
    APIError,
    DeadlineExceeded,
    InvalidArgument,
    Message,
    MessageStatus,
    NoMoreResults,
    UnexpectedResponseError,
)
from twilio_sansio.testing import LoopbackServer, Reply


def test_send_message_posts_the_form_and_parses_the_message(
    harness: Harness, server: LoopbackServer
) -> None:
    message = harness.run(
        lambda c: c.messages.send_message(
            "+1 410 555 1234", "+14105556789", "hi ✓", media_urls=["https://e.com/a.jpg"]
        )
    )
    assert isinstance(message, Message)
    assert message.sid == MESSAGE_SID
    assert message.status is MessageStatus.QUEUED
    (sent,) = server.requests
    assert sent.method == "POST"
    assert sent.url == f"{server.base_url}{API}/Messages.json"
    assert sent.body == (
        b"From=%2B14105551234&To=%2B14105556789&Body=hi%20%E2%9C%93"
        b"&MediaUrl=https%3A%2F%2Fe.com%2Fa.jpg"
    )
    assert sent.header("authorization") is not None
    assert (sent.header("user-agent") or "").startswith("twilio-sansio/")


def test_get_returns_the_message(harness: Harness) -> None:
    message = harness.run(lambda c: c.messages.get(MESSAGE_SID))
    assert message.sid == MESSAGE_SID
    assert message.to == "+14105556789"


def test_iterate_walks_three_pages_one_request_each(
    harness: Harness, server: LoopbackServer
) -> None:
    sids = harness.run(lambda c: collect(c.messages.iterate(page_size=2)))
    assert len(sids) == 6
    assert len(server.requests) == 3
    assert "PageSize=2" in server.requests[0].url
    assert server.requests[2].url.endswith("Page=2")


def test_page_iterator_next_raises_no_more_results_after_the_last_page(
    harness: Harness, server: LoopbackServer
) -> None:
    def walk(client: Any) -> Any:
        pages = client.messages.get_page_iterator(page_size=2)
        if harness.is_async:

            async def go() -> list[Any]:
                seen = [await pages.next() for _ in range(3)]
                with pytest.raises(NoMoreResults):
                    await pages.next()
                return seen

            return go()
        seen = [pages.next() for _ in range(3)]
        with pytest.raises(NoMoreResults):
            pages.next()
        return seen

    pages = harness.run(walk)
    assert [p.page for p in pages] == [0, 1, 2]
    assert pages[0].cursor is not None
    assert pages[2].cursor is None
    assert len(server.requests) == 3


def test_building_an_iterator_sends_nothing(harness: Harness, server: LoopbackServer) -> None:
    harness.run(lambda c: c.messages.iterate(page_size=2) and None)
    assert server.requests == []


def test_get_media_urls_resolves_every_media_concurrently_in_order(harness: Harness) -> None:
    started = time.monotonic()
    urls = harness.run(lambda c: c.messages.get_media_urls(MESSAGE_SID))
    elapsed = time.monotonic() - started
    assert urls == [f"https://media.example.com/{media_sid(i)}.jpg" for i in range(MEDIA_COUNT)]
    # Ten media delayed 200 ms each: sequentially that is 2 s.
    assert elapsed < 0.8


def test_get_media_urls_never_sends_credentials_off_the_api_host(
    harness: Harness, server: LoopbackServer
) -> None:
    harness.run(lambda c: c.messages.get_media_urls(MESSAGE_SID))
    assert all(r.url.startswith(server.base_url) for r in server.requests)
    content = [r for r in server.requests if "/Media/" in r.url]
    assert len(content) == MEDIA_COUNT
    assert all(r.header("range") == "bytes=0-0" for r in content)


def test_get_media_urls_raises_the_first_failure(harness: Harness, api: FakeApi) -> None:
    api.overrides[f"{API}/Messages/{MESSAGE_SID}/Media/{media_sid(3)}"] = Reply.json(
        {"code": 20404, "message": "gone", "status": 404}, status=404
    )
    with pytest.raises(APIError) as caught:
        harness.run(lambda c: c.messages.get_media_urls(MESSAGE_SID))
    assert caught.value.code == 20404


def test_twilio_404_is_an_api_error_with_code_20404(harness: Harness) -> None:
    with pytest.raises(APIError) as caught:
        harness.run(lambda c: c.messages.get("SM" + "9" * 32))
    error = caught.value
    assert (error.status, error.code, error.method) == (404, 20404, "GET")
    assert error.more_info == "https://www.twilio.com/docs/errors/20404"
    assert error.url.endswith(f"/Messages/SM{'9' * 32}.json")


def test_delete_of_a_missing_message_is_not_an_error(harness: Harness) -> None:
    assert harness.run(lambda c: c.messages.delete("SM" + "9" * 32)) is None


def test_html_502_is_an_unexpected_response_error(harness: Harness, api: FakeApi) -> None:
    api.overrides[f"{API}/Messages/{MESSAGE_SID}.json"] = Reply(
        502, (("content-type", "text/html"),), b"<html><body>Bad Gateway</body></html>"
    )
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(lambda c: c.messages.get(MESSAGE_SID))
    assert caught.value.status == 502
    assert "Bad Gateway" in caught.value.excerpt


def test_a_drip_fed_body_is_cut_at_the_deadline(harness: Harness, api: FakeApi) -> None:
    api.overrides[f"{API}/Messages/{MESSAGE_SID}.json"] = Reply(
        200, (("content-type", "application/json"),), b'{"sid": "' + b"x" * 200 + b'"}', drip=0.05
    )
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        harness.run(lambda c: c.messages.get(MESSAGE_SID), timeout=0.5)
    assert time.monotonic() - started < 0.5 + 0.2


def test_invalid_input_fails_before_any_request(harness: Harness, server: LoopbackServer) -> None:
    with pytest.raises(InvalidArgument):
        harness.run(lambda c: c.messages.send_message("+1410555", "+14105556789", "x"))
    with pytest.raises(InvalidArgument):
        harness.run(lambda c: c.messages.get("XX" + "1" * 32))
    with pytest.raises(InvalidArgument):
        harness.run(lambda c: c.messages.get_page_iterator(page_size=1001))
    assert server.requests == []


def test_debug_traffic_shows_requests_without_the_token(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    harness.run(lambda c: c.messages.get(MESSAGE_SID), debug=True)
    err = capsys.readouterr().err
    assert f"GET {API}/Messages/{MESSAGE_SID}.json HTTP/1.1" in err
    assert "HTTP/1.1 200 OK" in err
    assert "authorization: Basic [redacted]" in err
    assert TOKEN not in err
    import base64

    assert base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode() not in err


def test_debug_traffic_is_read_from_the_environment(
    harness: Harness, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEBUG_HTTP_TRAFFIC", "true")
    harness.run(lambda c: c.messages.get(MESSAGE_SID))
    assert "HTTP/1.1 200 OK" in capsys.readouterr().err


def test_media_namespace_lists_a_message_media(harness: Harness) -> None:
    page = harness.run(lambda c: c.media.get_page(MESSAGE_SID))
    assert [m.sid for m in page.records] == [media_sid(i) for i in range(MEDIA_COUNT)]
    assert page.next_operation() is None
