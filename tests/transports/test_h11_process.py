"""H11Transport across processes and event loops: a forked child never touches the
parent's connections, and a second event loop never uses the first one's."""

from __future__ import annotations

import asyncio
import os
import time
import warnings

import pytest

from tests.transports._support import BACKENDS, run_on
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport


def echo_path(request: Request) -> Reply:
    return Reply(200, (), request.url.rsplit("/", 1)[1].encode())


def fork() -> int:
    # Python 3.12+ warns that forking a process with threads (the server's) may deadlock;
    # the child here only runs the transport and leaves with os._exit.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_forked_child_opens_its_own_connections(backend: str) -> None:
    """The fork happens while the parent's loop runs with an idle pooled connection: the
    child fetches on a new connection, and the parent then reuses its own, undisturbed."""

    async def main(server: LoopbackServer) -> tuple[bytes, int]:
        transport = H11Transport()

        async def fetch(path: str) -> bytes:
            return (await transport.send(Request("GET", server.url(path)))).body

        try:
            await fetch("/warm")
            pid = fork()
            if pid == 0:
                try:
                    # asyncio refuses the parent's loop in a child (get_running_loop checks
                    # the pid): there the child starts its own, as a worker process would.
                    if backend == "asyncio":
                        body = asyncio.run(fetch("/child"))
                    else:
                        body = await fetch("/child")
                    os._exit(0 if body == b"child" else 1)
                except BaseException as exc:
                    os.write(2, repr(exc).encode())
                finally:
                    os._exit(2)
            _, status = os.waitpid(pid, 0)
            return await fetch("/parent"), os.waitstatus_to_exitcode(status)
        finally:
            await transport.aclose()

    with LoopbackServer(echo_path) as server:
        after, child_exit_code = run_on(backend, main, server)
    assert child_exit_code == 0
    assert after == b"parent"
    paths = [request.url.rsplit("/", 1)[1] for request in server.requests]
    assert paths == ["warm", "child", "parent"]
    # One connection for the parent (warm, then parent), one of the child's own.
    assert server.connections_opened == 2
    assert server.errors == []


def test_a_transport_used_in_a_second_event_loop_opens_new_connections() -> None:
    """On trio: an asyncio connection left behind by a closed loop can only be dropped
    (its descriptor released), and asyncio warns when it is collected."""
    transport = H11Transport()

    async def fetch(server: LoopbackServer) -> bytes:
        return (await transport.send(Request("GET", server.url("/again")))).body

    with LoopbackServer(echo_path) as server:
        assert run_on("trio", fetch, server) == b"again"
        assert run_on("trio", fetch, server) == b"again"
        run_on("trio", transport.aclose)
        deadline = time.monotonic() + 2
        while server.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.open_connections == 0
    assert server.connections_opened == 2
