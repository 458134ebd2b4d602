"""The built-in fake's state file: where it is, kept between commands, locked, reset."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from tests.cli._support import RECIPIENT, invoke
from twilio_sansio.cli.state import lock_path, locked, state_path
from twilio_sansio.testing.fake import DEFAULT_ACCOUNT_SID, FakeTwilio


def test_the_state_path_follows_the_variable_then_xdg_then_home() -> None:
    assert state_path({"TWILIO_SANSIO_FAKE_STATE": "/x/s.json", "XDG_CACHE_HOME": "/c"}) == Path(
        "/x/s.json"
    )
    assert state_path({"XDG_CACHE_HOME": "/c", "HOME": "/h"}) == Path(
        "/c/twilio-sansio/fake-state.json"
    )
    assert state_path({"XDG_CACHE_HOME": "relative", "HOME": "/h"}) == Path(
        "/h/.cache/twilio-sansio/fake-state.json"
    )
    assert state_path({"HOME": "/h"}) == Path("/h/.cache/twilio-sansio/fake-state.json")


def test_listing_does_not_write_the_state(builtin_env: dict[str, str], state: Path) -> None:
    result = invoke("messages", "list", environ=builtin_env)
    assert result.code == 0
    assert "using the built-in fake Twilio" in result.err
    assert not state.exists()


def test_concurrent_commands_lose_no_writes(builtin_env: dict[str, str]) -> None:
    codes: list[int] = []

    def send_three(worker: int) -> None:
        for number in range(3):
            body = f"worker {worker} message {number}"
            codes.append(invoke("messages", "send", "--to", RECIPIENT, "--body", body,
                                environ=builtin_env).code)  # fmt: skip

    workers = [threading.Thread(target=send_three, args=(n,)) for n in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert codes == [0] * 18
    listed = invoke("messages", "list", "--format", "jsonl", environ=builtin_env)
    assert len(listed.out.splitlines()) == 18


def test_a_corrupt_state_is_reported_and_reset_clears_it(
    builtin_env: dict[str, str], state: Path
) -> None:
    state.parent.mkdir(parents=True)
    state.write_text("{not json", encoding="utf-8")
    broken = invoke("messages", "list", environ=builtin_env)
    assert broken.code == 1
    assert "fake reset" in broken.err
    assert "Traceback" not in broken.err

    reset = invoke("fake", "reset", environ=builtin_env)
    assert reset.code == 0
    assert str(state) in reset.out
    assert invoke("messages", "list", environ=builtin_env).code == 0


def test_fake_path_prints_the_state_file(builtin_env: dict[str, str], state: Path) -> None:
    assert invoke("fake", "path", environ=builtin_env).out == f"{state}\n"


def test_a_read_only_command_creates_no_directory(tmp_path: Path) -> None:
    state = tmp_path / "missing" / "deeper" / "fake-state.json"
    environ = {"TWILIO_SANSIO_FAKE_STATE": str(state)}
    for argv in (["messages", "list"], ["calls", "list"], ["numbers", "list"]):
        assert invoke(*argv, environ=environ).code == 0
    assert list(tmp_path.iterdir()) == []


def test_the_state_is_private_to_its_owner(builtin_env: dict[str, str], state: Path) -> None:
    assert (
        invoke("messages", "send", "--to", RECIPIENT, "--body", "hi", environ=builtin_env).code == 0
    )
    assert stat.S_IMODE(state.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    assert stat.S_IMODE(lock_path(state).stat().st_mode) == 0o600


def test_a_symlink_planted_at_the_temporary_name_is_not_followed(
    builtin_env: dict[str, str], state: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    state.parent.mkdir(mode=0o700)
    (state.parent / f".{state.name}.{os.getpid()}.tmp").symlink_to(victim)
    assert (
        invoke("messages", "send", "--to", RECIPIENT, "--body", "hi", environ=builtin_env).code == 0
    )
    assert victim.read_text(encoding="utf-8") == "precious"
    assert "hi" in state.read_text(encoding="utf-8")


def test_a_state_file_that_is_a_symlink_is_refused(
    builtin_env: dict[str, str], state: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    FakeTwilio().save(elsewhere)
    before = elsewhere.read_bytes()
    state.parent.mkdir()
    state.symlink_to(elsewhere)
    for argv in (["messages", "list"], ["messages", "send", "--to", RECIPIENT, "--body", "x"]):
        refused = invoke(*argv, environ=builtin_env)
        assert refused.code == 1
        assert "symbolic link" in refused.err
        assert "Traceback" not in refused.err
    assert elsewhere.read_bytes() == before
    assert state.is_symlink()


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"version": 1, "tables": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001,
        "\udcff not text",
        "[]",
        '{"version": 1, "tables": []}',
        '{"version": 1, "tables": {"messages": {"SM1": 5}}}',
        '{"version": 1, "tables": {"accounts": {"' + DEFAULT_ACCOUNT_SID + '": {}}}}',
    ],
    ids=["deep-array", "deep-object", "not-utf8", "array", "tables-array", "record-number",
         "account-empty"],
)  # fmt: skip
def test_a_hostile_state_is_a_clean_error(
    builtin_env: dict[str, str], state: Path, content: str
) -> None:
    state.parent.mkdir()
    state.write_bytes(content.encode("utf-8", "surrogateescape"))
    for argv in (["messages", "list"], ["messages", "send", "--to", RECIPIENT, "--body", "x"]):
        broken = invoke(*argv, environ=builtin_env)
        assert broken.code == 1, broken.err
        assert "is not valid" in broken.err
        assert "fake reset" in broken.err


def test_records_with_fields_of_the_wrong_types_never_escape_as_a_traceback(
    builtin_env: dict[str, str], state: Path
) -> None:
    message = {"account_sid": DEFAULT_ACCOUNT_SID, "sid": [], "date_created": 7, "status": {}}
    state.parent.mkdir()
    state.write_text(
        json.dumps({"version": 1, "tables": {"messages": {"SM1": message}}}), encoding="utf-8"
    )
    for argv in (
        ["messages", "list", "--since", "2026-01-01"],
        ["messages", "list", "--format", "csv"],
        ["messages", "send", "--to", RECIPIENT, "--body", "x"],
    ):
        outcome = invoke(*argv, environ=builtin_env)  # an exception would escape here
        assert outcome.code in (0, 1), outcome.err
        assert outcome.code == 0 or "is not valid" in outcome.err


def test_a_failed_save_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        FakeTwilio().save(tmp_path / "state.json")
    assert list(tmp_path.iterdir()) == []


def test_reset_removes_the_lock_file_too(builtin_env: dict[str, str], state: Path) -> None:
    assert (
        invoke("messages", "send", "--to", RECIPIENT, "--body", "hi", environ=builtin_env).code == 0
    )
    assert lock_path(state).exists()
    assert invoke("fake", "reset", environ=builtin_env).code == 0
    assert list(state.parent.iterdir()) == []


def test_reset_of_a_missing_state_creates_nothing(tmp_path: Path) -> None:
    state = tmp_path / "never" / "fake-state.json"
    assert invoke("fake", "reset", environ={"TWILIO_SANSIO_FAKE_STATE": str(state)}).code == 0
    assert list(tmp_path.iterdir()) == []


def _waits_for_a_lock(thread: threading.Thread, patience: float = 5.0) -> bool:
    """Whether ``thread`` is (or, within ``patience`` seconds, comes to be) blocked in flock."""
    wchan = Path(f"/proc/self/task/{thread.native_id}/wchan")
    give_up = time.monotonic() + patience
    while time.monotonic() < give_up:
        if "lock" in wchan.read_text(encoding="ascii"):
            return True
        time.sleep(0.01)
    return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
def test_a_lock_file_removed_while_waited_for_is_not_shared(tmp_path: Path) -> None:
    state = tmp_path / "fake-state.json"
    events: list[str] = []
    newcomer_holds = threading.Event()
    newcomer_may_leave = threading.Event()

    def waiter() -> None:
        with locked(state):  # waits on the file reset is about to remove
            events.append("waiter in")

    def newcomer() -> None:
        with locked(state):  # takes the new lock file at once
            events.append("newcomer in")
            newcomer_holds.set()
            newcomer_may_leave.wait(5)
            events.append("newcomer out")

    with locked(state):
        waiting = threading.Thread(target=waiter)
        waiting.start()
        assert _waits_for_a_lock(waiting)
        lock_path(state).unlink()  # what fake reset does, holding the lock
        arriving = threading.Thread(target=newcomer)
        arriving.start()
        assert newcomer_holds.wait(5)
    # The waiter now gets the removed file's lock: it must notice and wait its turn.
    waiting.join(0.3)
    newcomer_may_leave.set()
    waiting.join(5)
    arriving.join(5)
    assert events == ["newcomer in", "newcomer out", "waiter in"]
