"""The built-in fake's state file: where it is, kept between commands, locked, reset."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.cli._support import RECIPIENT, invoke
from twilio_sansio.cli.state import state_path


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
