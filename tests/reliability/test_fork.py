"""A ``Client`` used before ``os.fork()`` keeps working in both processes, each on its own.

The parent makes calls (so a connection is pooled and the fan-out thread pool exists),
then forks; parent and child then make many calls at once through the same ``Client``
object against one loopback server. Each call asks for its own message SID and checks
the answer names it: a process that read the other's response would see a foreign SID.
The child reports its tally through a pipe and leaves with ``os._exit``. An
``AsyncClient`` over the h11 transport on trio is forked between two runs the same way.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import trio

from tests.reliability._support import (
    ACCOUNT,
    API,
    MESSAGE_SID,
    NO_RETRY,
    TOKEN,
    async_transport_for,
    message_json,
)
from twilio_sansio import AsyncClient, Client, TwilioError
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply

CALLS_PER_PROCESS = 150
CHILD_WAIT_SECONDS = 30.0
MEDIA_COUNT = 4
PARENT_TAG, CHILD_TAG = "a", "b"


def message_sid(tag: str, index: int) -> str:
    """A message SID that says which process asked for it, and which call."""
    return f"SM{tag * 8}{index:024x}"


def media_sid(index: int) -> str:
    """The SID of a message's ``index``-th media."""
    return f"ME{index:032x}"


def answer(request: Request) -> Reply:
    """Echo the SID asked for: a message, its media listing, or a media's content."""
    path = request.url.split("?", 1)[0]
    tail = path.rsplit("/Messages/", 1)[-1]
    sid = tail.split("/", 1)[0].removesuffix(".json")
    if tail.endswith("/Media.json"):
        media = [
            {"sid": media_sid(i), "uri": f"{API}/Messages/{sid}/Media/{media_sid(i)}.json"}
            for i in range(MEDIA_COUNT)
        ]
        return Reply.json({"media_list": media, "page": 0, "next_page_uri": None})
    if "/Media/" in tail:
        return Reply(302, (("Location", f"https://media.example.com/{sid}/{tail[-34:]}"),))
    return Reply.json(message_json(sid))


def tally_messages(client: Client, tag: str) -> dict[str, Any]:
    """Fetch ``CALLS_PER_PROCESS`` messages; count foreign answers and library errors."""
    wrong, errors = 0, []
    for index in range(CALLS_PER_PROCESS):
        wanted = message_sid(tag, index)
        try:
            got = client.messages.get(wanted).sid
        except TwilioError as exc:
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
            continue
        wrong += got != wanted
    return {"wrong": wrong, "errors": errors}


def tally_media(client: Client, tag: str) -> dict[str, Any]:
    """Resolve the media of a few messages (a fan-out on the thread pool) and check them."""
    wrong, errors = 0, []
    for index in range(5):
        wanted = message_sid(tag, index)
        try:
            urls = client.messages.get_media_urls(wanted)
        except TwilioError as exc:
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
            continue
        wrong += len(urls) != MEDIA_COUNT or any(f"/{wanted}/" not in url for url in urls)
    return {"wrong": wrong, "errors": errors}


async def tally_messages_async(client: AsyncClient, tag: str) -> dict[str, Any]:
    """:func:`tally_messages` on an ``AsyncClient``."""
    wrong, errors = 0, []
    for index in range(CALLS_PER_PROCESS):
        wanted = message_sid(tag, index)
        try:
            got = (await client.messages.get(wanted)).sid
        except TwilioError as exc:
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
            continue
        wrong += got != wanted
    return {"wrong": wrong, "errors": errors}


def in_both_processes(
    client: Any, work: Callable[[Any, str], dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fork; run ``work`` in parent and child at once; return (parent's, child's) tally."""
    read_end, write_end = os.pipe()
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 1
        try:
            os.close(read_end)
            os.close(go_write)
            os.read(go_read, 1)
            result = work(client, CHILD_TAG)
            os.write(write_end, json.dumps(result).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    os.close(go_read)
    try:
        os.write(go_write, b"!")  # both start together, so their requests interleave
        parent = work(client, PARENT_TAG)
        child = json.loads(read_all(read_end, pid) or b'{"wrong": -1, "errors": ["no report"]}')
    finally:
        os.close(read_end)
        os.close(go_write)
        reap(pid)
    return parent, child


def read_all(fd: int, pid: int) -> bytes:
    """Read the child's report until it closes the pipe, giving up after a while."""
    chunks = []
    give_up = time.monotonic() + CHILD_WAIT_SECONDS
    os.set_blocking(fd, False)
    while time.monotonic() < give_up:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            time.sleep(0.01)
            continue
        if not chunk:
            break
        chunks.append(chunk)
    else:
        os.kill(pid, signal.SIGKILL)
    return b"".join(chunks)


def reap(pid: int) -> None:
    """Wait for the child (killing it if it outstays its welcome)."""
    give_up = time.monotonic() + CHILD_WAIT_SECONDS
    while time.monotonic() < give_up:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """The loopback server both processes call."""
    with LoopbackServer(answer) as server:
        yield server
    assert server.errors == []


@pytest.fixture
def used_client(server: LoopbackServer) -> Iterator[Client]:
    """A ``Client`` with a pooled connection and a started thread pool."""
    with Client(ACCOUNT, TOKEN, base_url=server.base_url, timeout=5.0, retry=NO_RETRY) as client:
        assert client.messages.get(MESSAGE_SID).sid == MESSAGE_SID
        assert len(client.messages.get_media_urls(MESSAGE_SID)) == MEDIA_COUNT
        yield client


def test_parent_and_child_each_get_their_own_responses(used_client: Client) -> None:
    parent, child = in_both_processes(used_client, tally_messages)
    assert parent == {"wrong": 0, "errors": []}
    assert child == {"wrong": 0, "errors": []}


def test_fan_out_works_in_the_child_and_the_parent(used_client: Client) -> None:
    parent, child = in_both_processes(used_client, tally_media)
    assert parent == {"wrong": 0, "errors": []}
    assert child == {"wrong": 0, "errors": []}


def idle(client: Client, tag: str) -> dict[str, Any]:
    """Work that sends nothing: the child only starts and ends."""
    return {"wrong": 0, "errors": []}


def test_the_parent_keeps_its_pooled_connections(
    used_client: Client, server: LoopbackServer
) -> None:
    # The child drops only its copies of the parent's sockets (no shutdown, no TLS close
    # alert), so the parent's pooled connections stay open and serve its next calls.
    opened = server.connections_opened
    in_both_processes(used_client, idle)
    for index in range(3):
        wanted = message_sid(PARENT_TAG, index)
        assert used_client.messages.get(wanted).sid == wanted
    assert server.connections_opened == opened


def test_an_async_client_on_trio_serves_parent_and_child(server: LoopbackServer) -> None:
    # Trio only: between two asyncio.run calls H11Transport abandons the first loop's
    # connection, whose asyncio transport then warns when collected (a ResourceWarning
    # the transport documents, about the finished loop rather than the fork), and pytest
    # reports it at the end of the session, whatever this test does.
    client = AsyncClient(
        ACCOUNT,
        TOKEN,
        base_url=server.base_url,
        timeout=5.0,
        retry=NO_RETRY,
        transport=async_transport_for("trio-h11"),
    )

    async def warm() -> None:
        assert (await client.messages.get(MESSAGE_SID)).sid == MESSAGE_SID

    def work(client: AsyncClient, tag: str) -> dict[str, Any]:
        return dict(trio.run(tally_messages_async, client, tag))

    trio.run(warm)
    try:
        parent, child = in_both_processes(client, work)
    finally:
        trio.run(client.transport.aclose)
    assert parent == {"wrong": 0, "errors": []}
    assert child == {"wrong": 0, "errors": []}
