"""Every builder, through both clients, against Prism serving Twilio's own API description.

Prism answers a request whose path, query or form body breaks the document (a SID
pattern, an enum, an integer, boolean or date-time format, a required field, the content
type) with an error and an ``sl-violations`` header; anything else gets the document's
example. Every case must get a 2xx without violations, and the response must parse into
its model with every field readable (no ``MalformedValue``). Paging is capped at two
pages: Prism's example pages repeat their ``next_page_uri`` forever.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from operator import attrgetter
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conformance import _oai
from tests.conformance._drive import call_method, first_request, namespace_of, pages_method
from tests.conformance._models import read_record
from tests.conformance.cases import ACCOUNT, CASES, EXCLUDED, TOKEN, Case, builders
from twilio_sansio.core.errors import APIError, TwilioError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import Record
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources.endpoints import EndpointOperations

MAX_PAGES = 2


class Recorder:
    """What a client exchanged with Prism, and a readable account of what went wrong."""

    def __init__(self) -> None:
        self.exchanges: list[tuple[Request, Response]] = []
        self.excused: dict[int, str] = {}

    def excuse_next_page(self, cursor: str | None) -> None:
        """Excuse the last exchange if it was the document's own next-page URI, verbatim.

        The client only re-roots a next-page URI onto its base URL; when Prism rejects
        the document's own example link (``StartTime=2008-01-02`` is no date-time), the
        fault is the document's. Anything else is re-raised by the caller.
        """
        request, _ = self.exchanges[-1]
        sent, given = urlsplit(request.url), urlsplit(cursor or "")
        if cursor is None or (sent.path, sent.query) != (given.path, given.query):
            raise AssertionError(f"a next-page request that is not the cursor: {request.url}")
        self.excused[len(self.exchanges) - 1] = "the document's own next_page_uri"

    def record(self, request: Request, response: Response) -> None:
        """Keep one exchange."""
        self.exchanges.append((request, response))

    def problems(self) -> list[str]:
        """Each exchange that was not a 2xx, or whose request Prism found fault with.

        Prism also reports where the document's own examples break its schemas (relative
        ``uri`` values are not ``format: uri``); those are not the client's doing.
        """
        found = []
        for index, (request, response) in enumerate(self.exchanges):
            if index in self.excused:
                continue
            violations = request_violations(response)
            if 200 <= response.status < 300 and not violations:
                continue
            detail = violations or response.body[:300].decode("utf-8", "replace")
            body = request.body.decode("utf-8", "replace")
            found.append(f"{request.method} {request.url} {body!r} -> {response.status}: {detail}")
        return found


def request_violations(response: Response) -> list[str]:
    """Prism's complaints about the request (``sl-violations`` located in ``request``)."""
    header = response.header("sl-violations")
    if not header:
        return []
    return [
        f"{'.'.join(v['location'])}: {v['message']}"
        for v in json.loads(header)
        if v.get("location", [""])[0] == "request"
    ]


class SyncRecordingTransport:
    """A sync transport that sends through urllib3 and records every exchange."""

    def __init__(self, recorder: Recorder) -> None:
        from twilio_sansio.transports.urllib3_sync import Urllib3Transport

        self.inner = Urllib3Transport()
        self.recorder = recorder

    def send(self, request: Request, *, timeout: float) -> Response:
        """Send, then record."""
        response = self.inner.send(request, timeout=timeout)
        self.recorder.record(request, response)
        return response

    def close(self) -> None:
        """Close the pool."""
        self.inner.close()


class AsyncRecordingTransport:
    """An async transport that sends through the default one and records every exchange."""

    def __init__(self, recorder: Recorder) -> None:
        from twilio_sansio.transports.h11_async import H11Transport

        self.inner = H11Transport()
        self.recorder = recorder

    async def send(self, request: Request) -> Response:
        """Send, then record."""
        response = await self.inner.send(request)
        self.recorder.record(request, response)
        return response

    async def aclose(self) -> None:
        """Close the pool."""
        await self.inner.aclose()


def read_everything(result: Any) -> int:
    """Read every field of every record in ``result``; return how many records were read."""
    if result is None:
        return 0
    if isinstance(result, Record):
        read_record(result)
        return 1
    if isinstance(result, Page):
        for record in result.records:
            read_record(record)
        return len(result.records)
    if isinstance(result, list):
        return sum(read_everything(item) for item in result)
    raise AssertionError(f"unexpected result {result!r}")


def run_sync(case: Case, urls: dict[str, str], recorder: Recorder) -> None:
    """Send ``case`` through ``Client`` (and its page iterator, capped) and read the results."""
    from twilio_sansio.client import Client

    transport = SyncRecordingTransport(recorder)  # the client closes only a transport it made
    try:
        with Client(ACCOUNT, TOKEN, base_url=urls, transport=transport) as client:
            _run_sync_in(client, case, recorder)
    finally:
        transport.close()


def _run_sync_in(client: Any, case: Case, recorder: Recorder) -> None:
    namespace = attrgetter(namespace_of(case.operations)[0])(client)
    method = call_method(case.operations, case.method)
    result = getattr(namespace, method)(*case.args, **case.kwargs)
    if method != case.method:  # paging state: the page iterator
        read_everything(_take_pages(result, recorder))
        return
    read_everything(result)
    iterator = pages_method(case.operations, case.method)
    if iterator is not None:
        pages = getattr(namespace, iterator)(*case.args, **case.kwargs)
        read_everything(_take_pages(pages, recorder))


def _take_pages(iterator: Any, recorder: Recorder) -> list[Page[Any]]:
    taken: list[Page[Any]] = []
    while len(taken) < MAX_PAGES:
        try:
            page = next(iterator)
        except StopIteration:
            break
        except APIError:
            if not taken:
                raise
            recorder.excuse_next_page(taken[-1].cursor)
            break
        taken.append(page)
    return taken


def run_async(case: Case, urls: dict[str, str], recorder: Recorder) -> None:
    """Send ``case`` through ``AsyncClient`` on trio, as :func:`run_sync` does."""
    import trio

    from twilio_sansio.aclient import AsyncClient

    async def take_pages(iterator: Any) -> list[Page[Any]]:
        taken: list[Page[Any]] = []
        while len(taken) < MAX_PAGES:
            try:
                page = await iterator.__anext__()
            except StopAsyncIteration:
                break
            except APIError:
                if not taken:
                    raise
                recorder.excuse_next_page(taken[-1].cursor)
                break
            taken.append(page)
        return taken

    async def main() -> None:
        transport = AsyncRecordingTransport(recorder)
        try:
            await in_client(AsyncClient(ACCOUNT, TOKEN, base_url=urls, transport=transport))
        finally:
            await transport.aclose()

    async def in_client(client: AsyncClient) -> None:
        async with client:
            namespace = attrgetter(namespace_of(case.operations)[0])(client)
            method = call_method(case.operations, case.method)
            built = getattr(namespace, method)(*case.args, **case.kwargs)
            if method != case.method:
                read_everything(await take_pages(built))
                return
            assert isinstance(built, Awaitable)
            read_everything(await built)
            iterator = pages_method(case.operations, case.method)
            if iterator is not None:
                pages = getattr(namespace, iterator)(*case.args, **case.kwargs)
                read_everything(await take_pages(pages))

    trio.run(main)


@pytest.mark.parametrize("kind", ["sync", "trio"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_prism_accepts_the_request_and_the_model_reads_the_answer(
    case: Case, kind: str, prism_urls: dict[str, str]
) -> None:
    recorder = Recorder()
    run = run_sync if kind == "sync" else run_async
    try:
        run(case, prism_urls, recorder)
    except TwilioError as error:
        problems = "\n".join(recorder.problems()) or "(no exchange)"
        pytest.fail(f"{case.id} via {kind}: {error!r}\n{problems}")
    assert recorder.exchanges, f"{case.id} sent nothing"
    assert not recorder.problems(), "\n".join(recorder.problems())


def test_every_builder_has_a_case_or_a_reason() -> None:
    covered = {(case.operations, case.method) for case in CASES}
    missing = [
        f"{cls.__name__}.{method}"
        for cls, method in builders()
        if (cls, method) not in covered and (cls, method) not in EXCLUDED
    ]
    assert not missing, f"builders without a conformance case: {missing}"
    assert not set(EXCLUDED) & covered, "a builder is both excluded and covered"
    assert set(EXCLUDED) <= set(builders()), "EXCLUDED names a builder that no longer exists"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_each_case_addresses_an_operation_of_the_documents(case: Case) -> None:
    """Offline: the request's method and path match a path template of the documents."""
    if _oai.oai_folder() is None:
        pytest.skip("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    request = first_request(case)
    product = _oai.product_of_url(request.url)
    op = _oai.match(product, request.method, request.url)
    assert op is not None, f"{case.id}: {request.method} {request.url} is in no document"
    if case.operations is not EndpointOperations:
        assert _oai.COVERED_PATHS[product].search(op.path), (case.id, op.path)
    json.dumps(op.operation_id)


def test_the_referee_is_awake(prism_urls: dict[str, str]) -> None:
    """A request that breaks the document (an unknown status) is refused, with violations."""
    from tests.conformance.cases import CALL
    from twilio_sansio.client import Client

    recorder = Recorder()
    transport = SyncRecordingTransport(recorder)
    try:
        with (
            Client(ACCOUNT, TOKEN, base_url=prism_urls, transport=transport) as client,
            pytest.raises(APIError),
        ):
            client.calls.update(CALL, Status="bogus")
    finally:
        transport.close()
    ((_, response),) = recorder.exchanges
    assert response.status == 400
    assert any("Status" in v for v in request_violations(response))
