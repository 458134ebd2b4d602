"""Generic requests (``endpoints.request``) to Prism serving Verify, Lookups, Messaging, Content.

``nox -s conformance`` also starts Prism on Verify v2, Lookups v2, Messaging v1 and
Content v1 and passes their base URLs in ``TWILIO_PRISM_<PRODUCT>_URL``. A few requests
per document, through both clients: form bodies, a JSON body (Content, Lookups), PUT (the
JSON operations of Content and Lookups), a header parameter (Messaging's
``X-Twilio-Api-Version``), DELETE and a ``meta`` page followed to its next page. Prism
refuses a request that breaks the document with ``sl-violations``; every case must get a
2xx without violations. Offline (no Prism), the cases are still checked against the
documents' paths and methods.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.conformance import _oai
from tests.conformance.cases import ACCOUNT, TOKEN
from tests.conformance.test_prism import (
    MAX_PAGES,
    AsyncRecordingTransport,
    Recorder,
    SyncRecordingTransport,
)
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import TwilioError
from twilio_sansio.core.resources.endpoints import EndpointOperations

#: The document Prism serves for each product, as ``noxfile.py`` starts them.
PRODUCT_DOCUMENTS = {
    "verify": "twilio_verify_v2.json",
    "lookups": "twilio_lookups_v2.json",
    "messaging": "twilio_messaging_v1.json",
    "content": "twilio_content_v1.json",
}

VERIFY_SERVICE = "VA" + "0123456789abcdef" * 2
MESSAGING_SERVICE = "MG" + "0123456789abcdef" * 2
BRAND = "BN" + "0123456789abcdef" * 2
CONTENT = "HX" + "0123456789abcdef" * 2
TEXT = {"twilio/text": {"body": "Hello {{1}}"}}


@dataclass(frozen=True)
class Generic:
    """One ``endpoints`` call: the method name and its arguments."""

    label: str
    call: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)


GENERIC = [
    # Verify v2: form bodies, a meta page, a DELETE
    Generic("verify-create-service", "request", ("POST", "verify", "/v2/Services"),
            {"FriendlyName": "Shop", "CodeLength": 6}),
    Generic("verify-start", "request",
            ("POST", "verify", f"/v2/Services/{VERIFY_SERVICE}/Verifications"),
            {"To": "+15017122661", "Channel": "sms"}),
    Generic("verify-check", "request",
            ("POST", "verify", f"/v2/Services/{VERIFY_SERVICE}/VerificationCheck"),
            {"To": "+15017122661", "Code": "123456"}),
    Generic("verify-services", "get_page", ("verify", "/v2/Services", None), {"page_size": 5}),
    Generic("verify-delete-service", "request",
            ("DELETE", "verify", f"/v2/Services/{VERIFY_SERVICE}")),
    # Lookups v2: query parameters; JSON bodies on POST and PUT
    Generic("lookups-fetch", "request", ("GET", "lookups", "/v2/PhoneNumbers/+14159929960"),
            {"Fields": "line_type_intelligence"}),
    Generic("lookups-override-put", "request",
            ("PUT", "lookups", "/v2/PhoneNumbers/+14159929960/Overrides/line_type_intelligence"),
            {"json": {"line_type": "mobile", "reason": "ported"}}),
    Generic("lookups-batch-json", "request", ("POST", "lookups", "/v2/batch/query"),
            {"json": {"phone_numbers": [{"phone_number": "+14159929960"}]}}),
    # Messaging v1: a form, a header parameter, a meta page
    Generic("messaging-create-service", "request", ("POST", "messaging", "/v1/Services"),
            {"FriendlyName": "Alerts"}),
    Generic("messaging-usa2p-header", "request",
            ("GET", "messaging", f"/v1/Services/{MESSAGING_SERVICE}/Compliance/Usa2p"),
            {"headers": {"X-Twilio-Api-Version": "v1.0"}}),
    Generic("messaging-services", "get_page", ("messaging", "/v1/Services", "services")),
    # Content v1: JSON on POST and PUT, a meta page, a DELETE
    Generic("content-create-json", "request", ("POST", "content", "/v1/Content"),
            {"json": {"friendly_name": "greeting", "language": "en", "types": TEXT}}),
    Generic("content-update-put", "request", ("PUT", "content", f"/v1/Content/{CONTENT}"),
            {"json": {"friendly_name": "greeting", "language": "en", "types": TEXT}}),
    Generic("content-list", "get_page", ("content", "/v1/Content", None), {"page_size": 2}),
    Generic("content-delete", "request", ("DELETE", "content", f"/v1/Content/{CONTENT}")),
]  # fmt: skip


def _product(case: Generic) -> str:
    return str(case.args[1] if case.call == "request" else case.args[0])


@pytest.fixture(scope="module")
def product_urls() -> dict[str, str]:
    """The base URL of each product's Prism, from ``nox -s conformance``."""
    names = {product: f"TWILIO_PRISM_{product.upper()}_URL" for product in PRODUCT_DOCUMENTS}
    urls = {product: os.environ.get(name, "") for product, name in names.items()}
    if not all(urls.values()):
        pytest.skip(f"no Prism mock: run `nox -s conformance` (sets {', '.join(names.values())})")
    return urls


def _builder(case: Generic) -> Callable[..., Any]:
    config = ClientConfig(ACCOUNT, Credentials.from_auth_token(ACCOUNT, TOKEN), BaseUrls())
    method: Callable[..., Any] = getattr(EndpointOperations(config), case.call)
    return method


def test_every_product_document_has_cases() -> None:
    assert {_product(case) for case in GENERIC} == set(PRODUCT_DOCUMENTS)
    methods = {case.args[0] for case in GENERIC if case.call == "request"}
    assert {"GET", "POST", "PUT", "DELETE"} <= methods
    assert any("json" in case.kwargs for case in GENERIC)
    assert any("headers" in case.kwargs for case in GENERIC)


@pytest.mark.parametrize("case", GENERIC, ids=[case.label for case in GENERIC])
def test_each_generic_case_addresses_an_operation_of_its_document(case: Generic) -> None:
    """Offline: method and path match the document; JSON only where it takes JSON."""
    folder = _oai.oai_folder()
    if folder is None:
        pytest.skip("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    request = _builder(case)(*case.args, **case.kwargs).request
    document = _oai._load(folder / PRODUCT_DOCUMENTS[_product(case)])
    path = request.url.split("://", 1)[1].split("/", 1)[1].split("?")[0]
    found = None
    for template, item in document["paths"].items():
        op = _oai.DocOperation("", request.method, template, "", {})
        if request.method.lower() in item and op.pattern.match("/" + path):
            found = item[request.method.lower()]
    assert found is not None, f"{case.label}: {request.method} /{path} is in no operation"
    declared = set(found.get("requestBody", {}).get("content", {}))
    if request.body:
        assert request.header("content-type") in declared, (case.label, declared)


def _run(case: Generic, urls: dict[str, str], kind: str, recorder: Recorder) -> Any:
    if kind == "sync":
        from twilio_sansio.client import Client

        transport = SyncRecordingTransport(recorder)
        try:
            with Client(ACCOUNT, TOKEN, base_url=urls, transport=transport) as client:
                if case.call == "get_page":
                    pages = client.endpoints.get_page_iterator(*case.args, **case.kwargs)
                    return [page for page, _ in zip(pages, range(MAX_PAGES), strict=False)]
                return client.endpoints.request(*case.args, **case.kwargs)
        finally:
            transport.close()
    import trio

    from twilio_sansio.aclient import AsyncClient

    async def main() -> Any:
        transport = AsyncRecordingTransport(recorder)
        try:
            async with AsyncClient(ACCOUNT, TOKEN, base_url=urls, transport=transport) as client:
                if case.call == "get_page":
                    pages = client.endpoints.get_page_iterator(*case.args, **case.kwargs)
                    taken = []
                    async for page in pages:
                        taken.append(page)
                        if len(taken) == MAX_PAGES:
                            break
                    return taken
                return await client.endpoints.request(*case.args, **case.kwargs)
        finally:
            await transport.aclose()

    return trio.run(main)


@pytest.mark.parametrize("kind", ["sync", "trio"])
@pytest.mark.parametrize("case", GENERIC, ids=[case.label for case in GENERIC])
def test_prism_accepts_the_generic_request(
    case: Generic, kind: str, product_urls: dict[str, str]
) -> None:
    recorder = Recorder()
    try:
        result = _run(case, product_urls, kind, recorder)
    except TwilioError as error:
        problems = "\n".join(recorder.problems()) or "(no exchange)"
        pytest.fail(f"{case.label} via {kind}: {error!r}\n{problems}")
    assert recorder.exchanges, f"{case.label} sent nothing"
    assert not recorder.problems(), "\n".join(recorder.problems())
    if case.call == "get_page":
        assert result, "no page"
        assert isinstance(result[0].paging.get("key"), str), "a page without meta.key"
        assert result[0].request_id is None or result[0].request_id.startswith("RQ")
    elif case.args[0] != "DELETE":
        assert result is None or result.raw


def test_the_referee_checks_json_bodies(product_urls: dict[str, str]) -> None:
    """A JSON body without Content's required ``types`` is refused, with violations."""
    bad = Generic("content-no-types", "request", ("POST", "content", "/v1/Content"),
                  {"json": {"friendly_name": "x"}})  # fmt: skip
    recorder = Recorder()
    with pytest.raises(TwilioError):
        _run(bad, product_urls, "sync", recorder)
    assert recorder.problems()
