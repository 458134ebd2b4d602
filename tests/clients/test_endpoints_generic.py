"""client.endpoints on every client kind: JSON bodies, PUT and PATCH, headers, request ids."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests._drivers import KINDS
from tests.clients.conftest import ACCOUNT, TOKEN, Harness, collect
from twilio_sansio import APIError
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply

SERVICE = "VA" + "1" * 32


class Recorder:
    """Answers like a v1/v2 product and records each request."""

    def __init__(self) -> None:
        self.seen: list[Request] = []

    def __call__(self, request: Request) -> Reply:
        self.seen.append(request)
        path = request.url.split("?")[0].split("/", 3)[3]
        rid = (("Twilio-Request-Id", f"RQ{len(self.seen):032d}"),)
        if path.endswith("Gone"):
            return Reply(204, rid)
        if path.endswith("Missing"):
            body = {"code": 20404, "message": "not found", "status": 404}
            return Reply.json(body, status=404, headers=rid)
        if path == "v2/Services" and request.method == "GET":
            page = 0 if "Page=" not in request.url else 1
            following = f"{self.base}/v2/Services?PageSize=1&Page=1" if page == 0 else None
            meta = {"key": "services", "page": page, "page_size": 1, "next_page_url": following}
            return Reply.json({"services": [{"sid": f"VA{page:032d}"}], "meta": meta}, headers=rid)
        return Reply.json({"sid": SERVICE, "echo": request.method}, headers=rid)

    base = ""


@pytest.fixture
def recorder() -> Iterator[tuple[Recorder, str]]:
    handler = Recorder()
    with LoopbackServer(handler) as running:
        handler.base = running.base_url
        yield handler, running.base_url
    assert running.errors == []


@pytest.fixture(params=KINDS)
def harness(request: pytest.FixtureRequest, recorder: tuple[Recorder, str]) -> Harness:
    return Harness(request.param, recorder[1])


def test_put_with_a_json_body_and_a_header(
    harness: Harness, recorder: tuple[Recorder, str]
) -> None:
    handler, _ = recorder
    record = harness.run(
        lambda c: c.endpoints.request(
            "PUT", "content", "/v1/Content/HX1", json={"a": [1, "é"]}, headers={"If-Match": "e1"}
        )
    )
    sent = handler.seen[-1]
    assert sent.method == "PUT"
    assert json.loads(sent.body) == {"a": [1, "é"]}
    assert sent.header("content-type") == "application/json"
    assert sent.header("if-match") == "e1"
    assert sent.header("authorization") is not None
    assert record.raw == {"sid": SERVICE, "echo": "PUT"}
    assert record.request_id == f"RQ{1:032d}"


def test_patch_with_a_form(harness: Harness, recorder: tuple[Recorder, str]) -> None:
    handler, _ = recorder
    record = harness.run(
        lambda c: c.endpoints.request("PATCH", "accounts", "/v1/Messaging/GeoPermissions", A="1")
    )
    assert handler.seen[-1].body == b"A=1"
    assert record.sid == SERVICE


def test_a_204_is_none(harness: Harness) -> None:
    assert harness.run(lambda c: c.endpoints.request("POST", "verify", "/v2/Gone")) is None


def test_an_error_carries_the_request_id(harness: Harness) -> None:
    with pytest.raises(APIError) as caught:
        harness.run(lambda c: c.endpoints.request("GET", "lookups", "/v2/Missing"))
    assert caught.value.request_id == f"RQ{1:032d}"


def test_meta_pages_are_followed(harness: Harness) -> None:
    sids = harness.run(
        lambda c: collect(c.endpoints.iterate("verify", "/v2/Services", None, page_size=1))
    )
    assert [r.sid for r in sids] == [f"VA{0:032d}", f"VA{1:032d}"]
    page = harness.run(lambda c: c.endpoints.get_page("verify", "/v2/Services", "services"))
    assert page.request_id is not None


def test_page_headers_go_with_every_page(harness: Harness, recorder: tuple[Recorder, str]) -> None:
    handler, _ = recorder
    headers = {"X-Twilio-Webhook-Enabled": "true"}
    sids = harness.run(
        lambda c: collect(
            c.endpoints.iterate("verify", "/v2/Services", None, page_size=1, headers=headers)
        )
    )
    assert [r.sid for r in sids] == [f"VA{0:032d}", f"VA{1:032d}"]
    pages = harness.run(
        lambda c: collect(
            c.endpoints.get_page_iterator("verify", "/v2/Services", None, headers=headers)
        )
    )
    assert len(pages) == 2
    page = harness.run(
        lambda c: c.endpoints.get_page("verify", "/v2/Services", "services", headers=headers)
    )
    assert page.cursor is not None
    harness.run(lambda c: c.endpoints.get_page_at("verify", None, page.cursor, headers=headers))
    assert len(handler.seen) == 6
    assert [sent.header("x-twilio-webhook-enabled") for sent in handler.seen] == ["true"] * 6
    assert [sent.url.split("?")[1] for sent in handler.seen[:2]] == [
        "PageSize=1",
        "PageSize=1&Page=1",
    ]


@pytest.mark.parametrize("bad", [{"If-Match": "a\r\nX-Evil: 1"}, {"Content-Type": "text/x"}])
def test_bad_page_headers_are_refused_before_sending(
    harness: Harness, recorder: tuple[Recorder, str], bad: dict[str, str]
) -> None:
    handler, _ = recorder
    for build in (
        lambda c: c.endpoints.get_page("verify", "/v2/Services", None, headers=bad),
        lambda c: collect(c.endpoints.iterate("verify", "/v2/Services", None, headers=bad)),
        lambda c: c.endpoints.get_page_at("verify", None, "/v2/Services?Page=1", headers=bad),
    ):
        with pytest.raises(ValueError, match=r"header|Content-Type"):
            harness.run(build)
    assert handler.seen == []


def test_bad_headers_are_refused_before_sending(
    harness: Harness, recorder: tuple[Recorder, str]
) -> None:
    handler, _ = recorder
    bad: dict[str, Any] = {"Authorization": "Bearer x"}
    with pytest.raises(ValueError, match="client's own"):
        harness.run(lambda c: c.endpoints.request("GET", "verify", "/v2/X", headers=bad))
    assert handler.seen == []


def test_the_token_is_not_in_the_request_id_repr(harness: Harness) -> None:
    record = harness.run(lambda c: c.endpoints.request("POST", "verify", "/v2/Services", A="1"))
    assert TOKEN not in repr(record.response_info)
    assert ACCOUNT not in repr(record.response_info)
