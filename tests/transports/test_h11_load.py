"""1,000 concurrent tasks through one ``AsyncClient`` on H11Transport: nobody misses a deadline.

Issue 14's case: on httpx, 1,000 tasks x 3 GETs against an instant server made about 100
requests a second and missed deadlines (p99 24-30 s). Here every call must succeed within
a 10 s deadline while at most 20 requests are in flight, the rest queued in FIFO order.
How fast it goes is a benchmark's business (``benchmarks/``), not this test's.
"""

from __future__ import annotations

import anyio
import pytest

from tests.clients.conftest import ACCOUNT, MESSAGE_SID, TOKEN, message_json
from tests.transports._support import BACKENDS, run_on
from twilio_sansio import AsyncClient, RetryPolicy, TwilioError
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN, H11Transport

TASKS = 1_000
CALLS_PER_TASK = 3
DEADLINE = 10.0


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_thousand_tasks_all_finish_within_their_deadline(backend: str) -> None:
    reply = Reply.json(message_json())

    async def main(server: LoopbackServer) -> tuple[int, list[TwilioError]]:
        transport = H11Transport()
        fetched = 0
        errors: list[TwilioError] = []

        async def worker() -> None:
            nonlocal fetched
            for _ in range(CALLS_PER_TASK):
                try:
                    message = await client.messages.get(MESSAGE_SID)
                except TwilioError as exc:
                    errors.append(exc)
                else:
                    assert message.sid == MESSAGE_SID
                    fetched += 1

        try:
            async with (
                AsyncClient(
                    ACCOUNT,
                    TOKEN,
                    base_url=server.base_url,
                    timeout=DEADLINE,
                    retry=RetryPolicy.none(),
                    transport=transport,
                ) as client,
                anyio.create_task_group() as group,
            ):
                for _ in range(TASKS):
                    group.start_soon(worker)
        finally:
            await transport.aclose()
        return fetched, errors

    with LoopbackServer(lambda request: reply) as server:
        fetched, errors = run_on(backend, main, server)
    assert errors == []  # DeadlineExceeded above all
    assert fetched == TASKS * CALLS_PER_TASK
    assert server.connections_opened <= DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN
    assert server.errors == []
