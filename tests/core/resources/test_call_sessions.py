"""What a call's streams, real-time transcriptions and Siprec sessions share.

Each is stopped by its SID or its name, on a call in progress; every operation checks the
call's SID and the session's before building anything. The kinds' own parameters and
models are tested in their own modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.core._support import assert_request, make_config
from tests.core.resources.test_calls import CALL, CALLS
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.call_siprec import CallSiprecOperations
from twilio_sansio.core.resources.call_streams import CallStreamOperations
from twilio_sansio.core.resources.call_transcriptions import CallTranscriptionOperations


@dataclass(frozen=True)
class Kind:
    """One kind of session: its operations, a SID of its own and what create needs."""

    operations: type[Any]
    sid: str
    segment: str
    create_arguments: tuple[Any, ...] = ()

    def build(self) -> Any:
        return self.operations(make_config())

    @property
    def sessions(self) -> str:
        return f"{CALLS}/{CALL}/{self.segment}"


KINDS = [
    Kind(CallStreamOperations, "MZ" + "a" * 32, "Streams", ("wss://agent.example.com/media",)),
    Kind(CallTranscriptionOperations, "GT" + "a" * 32, "Transcriptions"),
    Kind(CallSiprecOperations, "SR" + "a" * 32, "Siprec"),
]


@pytest.fixture(params=KINDS, ids=[kind.segment for kind in KINDS])
def kind(request: pytest.FixtureRequest) -> Kind:
    chosen: Kind = request.param
    return chosen


def test_update_and_stop_post_status_stopped_by_sid_or_name(kind: Kind) -> None:
    operations = kind.build()
    for operation in (
        operations.update(CALL, kind.sid),
        operations.update(CALL, kind.sid, status="stopped"),
        operations.stop(CALL, kind.sid),
    ):
        assert_request(
            operation.request, "POST", f"{kind.sessions}/{kind.sid}.json", b"Status=stopped"
        )
    assert operations.stop(CALL, "my agent").request.url == f"{kind.sessions}/my%20agent.json"


@pytest.mark.parametrize("call_sid", ["", "CA1", "CA" + "z" * 32, None, "own"])
def test_every_operation_refuses_a_bad_call_sid(kind: Kind, call_sid: Any) -> None:
    operations = kind.build()
    call_sid = kind.sid if call_sid == "own" else call_sid
    builds: list[Callable[[], object]] = [
        lambda: operations.create(call_sid, *kind.create_arguments),
        lambda: operations.update(call_sid, kind.sid),
        lambda: operations.stop(call_sid, kind.sid),
    ]
    for build in builds:
        with pytest.raises(InvalidArgument):
            build()


@pytest.mark.parametrize("sid", ["", None, "..", "RE" + "a" * 32, "x\x00"])
def test_update_and_stop_refuse_a_bad_session(kind: Kind, sid: Any) -> None:
    operations = kind.build()
    with pytest.raises(InvalidArgument):
        operations.update(CALL, sid)
    with pytest.raises(InvalidArgument):
        operations.stop(CALL, sid)


def test_a_session_of_another_kind_is_refused(kind: Kind) -> None:
    for other in KINDS:
        if other is not kind:
            with pytest.raises(InvalidArgument):
                kind.build().stop(CALL, other.sid)


@pytest.mark.parametrize("status", ["in-progress", "paused", "x", ""])
def test_update_refuses_any_status_but_stopped(kind: Kind, status: str) -> None:
    with pytest.raises(InvalidArgument):
        kind.build().update(CALL, kind.sid, status=status)
