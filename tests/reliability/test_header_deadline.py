"""The wait for a response's headers is bounded by the call's deadline, not per read.

A server that keeps the header phase alive with small writes, each well inside any
per-read timeout (``100 Continue`` interim responses, or the head dripped a byte at a
time), must not stretch a call past its deadline: every client kind ends the call with
``DeadlineExceeded`` within the deadline + 0.2 s, after one request.
"""

from __future__ import annotations

import pytest

from tests.reliability._raw_server import RawServer, Script, header_drip, interim_flood
from tests.reliability._support import (
    DEADLINE_SLACK,
    KINDS,
    METHODS,
    Resources,
    call_for,
    leaks_since,
    record,
    run_call,
)
from twilio_sansio import DeadlineExceeded

DEADLINE = 2.0
GIVE_UP = 4 * DEADLINE
"""When the server stops the fault and closes: an unbounded client fails, it does not hang."""
FAULTS: dict[str, Script] = {
    "100 Continue every 0.2 s": interim_flood(0.2, GIVE_UP),
    "head dripped a byte every 0.5 s": header_drip(0.5, GIVE_UP),
}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_slow_header_phase_ends_at_the_deadline(fault: str, kind: str, method: str) -> None:
    before = Resources.now()
    with RawServer(FAULTS[fault]) as server:
        outcome = run_call(kind, call_for(method), server.base_url, timeout=DEADLINE)
    leaks = leaks_since(before)
    record(fault, kind, method, server.requests, outcome, leaks)

    assert server.errors == []
    assert type(outcome.error) is DeadlineExceeded, repr(outcome.error)
    assert outcome.elapsed <= DEADLINE + DEADLINE_SLACK, f"took {outcome.elapsed:.2f} s"
    assert server.requests == 1
    assert not leaks, leaks
