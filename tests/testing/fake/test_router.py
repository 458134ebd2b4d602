"""Routes of the fake: the resource decorators and the order templates are tried in."""

from __future__ import annotations

from tests.testing.fake._support import json_of, send, send_raw
from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.router import Resource, Router
from twilio_sansio.testing.fake.wire import Incoming, no_content


def _answer(incoming: Incoming) -> Response:
    return no_content()


def test_a_resource_answers_on_its_collection_and_on_one_record() -> None:
    queues = Resource("/Queues")
    queues.listing(_answer)
    queues.create(_answer)
    queues.fetch(_answer)
    queues.update(_answer)
    queues.delete(_answer)

    assert [(route.method, route.template) for route in queues.routes] == [
        ("GET", "/Queues.json"),
        ("POST", "/Queues.json"),
        ("GET", "/Queues/{Sid}.json"),
        ("POST", "/Queues/{Sid}.json"),
        ("DELETE", "/Queues/{Sid}.json"),
    ]


def test_a_resource_names_one_record_by_its_key() -> None:
    members = Resource("/Queues/{QueueSid}/Members", key="CallSid")
    members.fetch(_answer)

    route, parameters, _ = _resolve(members, "GET", "/Queues/QU1/Members/Front.json")

    assert route is not None
    assert parameters == {"QueueSid": "QU1", "CallSid": "Front"}


def test_the_decorators_hand_back_the_handler_unchanged() -> None:
    assert Resource("/Keys").fetch(_answer) is _answer


def test_a_router_tries_included_routes_in_the_order_declared() -> None:
    first, second = Resource("/Things"), Resource("/Things")
    first.route("GET", "/Things/{Sid}")(_answer)

    def other(incoming: Incoming) -> Response:
        return no_content()

    second.fetch(other)
    router = Router()
    router.include(first, second)

    route, _, _ = router.resolve("GET", "/Things/TH1.json")

    assert route is not None
    assert route.handler is _answer


def test_one_media_record_is_json_though_its_content_path_fits_too(fake: FakeTwilio) -> None:
    status, message = send(
        fake,
        "POST",
        "/Messages.json",
        {"From": "+15005550006", "To": "+14155550100", "MediaUrl": "https://e.com/a.jpg"},
    )
    assert status == 201
    _, page = send(fake, "GET", f"/Messages/{message['sid']}/Media.json")
    media_sid = page["media_list"][0]["sid"]

    response = send_raw(fake, "GET", f"/Messages/{message['sid']}/Media/{media_sid}.json")

    assert response.status == 200
    assert json_of(response)["sid"] == media_sid


def _resolve(resource: Resource, method: str, path: str) -> tuple[object, dict[str, str], bool]:
    router = Router()
    router.include(resource)
    return router.resolve(method, path)
