"""``operation_under_policy`` is ``under_policy(operation_job(...))`` in one generator.

Both jobs are driven side by side through the same scripted outcomes (responses of every
kind, transport errors of every kind), with the same clock and the same random draws;
they must yield the same steps and end the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings, strategies as st

from tests.core._support import json_response, make_config
from twilio_sansio.core.errors import (
    ConnectError,
    DeadlineExceeded,
    ResponseTooLarge,
    TransportError,
    TwilioError,
)
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.messages import MessageOperations
from twilio_sansio.core.retry import RetryPolicy, operation_under_policy, under_policy
from twilio_sansio.core.steps import Attempt, Job, Moment, Now, Sleep, operation_job

MESSAGE = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
MESSAGE_JSON = {"sid": MESSAGE, "status": "delivered", "body": "hi"}

OUTCOMES: dict[str, Callable[[], Response | TransportError]] = {
    "200": lambda: json_response(MESSAGE_JSON),
    "201": lambda: json_response(MESSAGE_JSON, status=201),
    "200 not json": lambda: Response(200, (("content-type", "text/html"),), b"<html>"),
    "404": lambda: json_response({"code": 20404, "message": "nope", "status": 404}, status=404),
    "429": lambda: json_response({"code": 20429, "message": "slow"}, status=429),
    "429 retry-after": lambda: Response(429, (("retry-after", "1"),), b"{}"),
    "429 final": lambda: json_response({"code": 60203, "message": "max"}, status=429),
    "503": lambda: Response(503, (), b"down"),
    "connect": lambda: ConnectError("refused"),
    "broken after sending": lambda: TransportError("reset", request_sent=True),
    "broken before sending": lambda: TransportError("reset", request_sent=False),
    "deadline": lambda: DeadlineExceeded("slow"),
    "too large": lambda: ResponseTooLarge("big", status=200),
}


def drive(
    job: Job[Any], outcomes: list[str], time_left: float | None
) -> tuple[list[tuple[Any, ...]], tuple[str, Any]]:
    """Run ``job`` through ``outcomes``; return the steps it took and how it ended."""
    steps: list[tuple[Any, ...]] = []
    script = iter(outcomes)
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = job.send(value) if error is None else job.throw(error)
        except StopIteration as stop:
            return steps, ("returned", getattr(stop.value, "sid", stop.value))
        except TwilioError as exc:
            return steps, ("raised", (type(exc), str(exc)))
        value, error = None, None
        if isinstance(step, Attempt):
            steps.append(("attempt", step.request))
            outcome = OUTCOMES[next(script, "200")]()
            if isinstance(outcome, TransportError):
                error = outcome
            else:
                value = outcome
        elif isinstance(step, Now):
            steps.append(("now",))
            value = Moment(1_700_000_000.0, time_left)
        elif isinstance(step, Sleep):
            steps.append(("sleep", step.seconds, step.reason))
        else:
            raise AssertionError(f"unexpected step {step!r}")


@settings(max_examples=300)
@given(
    outcomes=st.lists(st.sampled_from(sorted(OUTCOMES)), max_size=5),
    max_attempts=st.integers(min_value=1, max_value=4),
    method=st.sampled_from(["get", "delete", "send_message"]),
    time_left=st.one_of(st.none(), st.floats(min_value=-1.0, max_value=100.0)),
)
def test_the_one_generator_takes_the_same_steps_and_ends_the_same_way(
    outcomes: list[str], max_attempts: int, method: str, time_left: float | None
) -> None:
    operations = MessageOperations(make_config(None))
    if method == "send_message":
        operation: Any = operations.send_message("+14155550101", "+14155550100", "hi")
    else:
        operation = getattr(operations, method)(MESSAGE)

    def policy() -> RetryPolicy:
        return RetryPolicy(max_attempts=max_attempts, random=lambda: 0.5)

    one = drive(operation_under_policy(operation, policy()), outcomes, time_left)
    layered = drive(under_policy(operation_job(operation), policy()), outcomes, time_left)
    assert one == layered
