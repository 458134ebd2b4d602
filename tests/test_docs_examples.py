"""Every Python example in the documentation runs, against the fake Twilio, and passes.

How the examples run (the conventions every page follows):

- Each page under ``docs/`` is one test. Its fenced ``python`` blocks run in order in one
  namespace, like a session: a later block may use what an earlier one defined.
- The examples are written as a user writes them: ``Client.from_env()``,
  ``AsyncClient.from_env()``, ``Client("AC…", token)``... While they run,
  ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN`` hold the fake's credentials and the
  default transports (urllib3, h11) are replaced by a fresh :class:`FakeTwilio` of the
  page, so every request they make reaches the fake, never the network.
- A block whose fence line is preceded by ``<!-- no-run: reason -->`` is shown but not
  run (a fragment, a shell session, an example that needs a real web server); the reason
  is required.
- A page may need records Twilio makes by itself (recordings, alerts): :data:`SETUP`
  seeds them in the page's fake before its first block runs.
- A block that defines ``test_*`` functions (a pytest example) has them called, with the
  fixtures they name (``fake_twilio``) built here.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from twilio_sansio.testing import FakeTwilio
from twilio_sansio.testing.fake import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN

DOCS = Path(__file__).resolve().parent.parent / "docs"
_FENCE = re.compile(
    r"(?P<marker><!--\s*no-run:\s*(?P<reason>[^>]*?)\s*-->\s*\n)?^```python\n(?P<code>.*?)^```",
    re.DOTALL | re.MULTILINE,
)
_CREDENTIAL_VARIABLES = ("TWILIO_API_KEY", "TWILIO_API_SECRET", "DEBUG_HTTP_TRAFFIC")


def _a_call_in_progress(fake: FakeTwilio) -> None:
    fake.seed_call(status="in-progress", to="+15005550006", **{"from": "+14155550100"})


def _four_days_of_activity(fake: FakeTwilio) -> None:
    """Calls, conferences and alerts spread over the last four days, oldest first."""
    now = datetime.now(UTC)
    for hours_ago in (100, 75, 50, 30, 20, 2):
        when = now - timedelta(hours=hours_ago)
        stamp, ended = format_datetime(when), format_datetime(when + timedelta(minutes=3))
        fake.seed_call(
            status="completed", date_created=stamp, start_time=stamp, end_time=ended, duration="180"
        )
        fake.seed_conference(status="completed", date_created=stamp, friendly_name="standup")
        fake.seed_alert(date_created=when)


def _a_finished_call_with_events(fake: FakeTwilio) -> None:
    call = fake.seed_call(status="completed", duration="42")
    fake.seed_call_event(call["sid"])
    fake.seed_call_notification(call["sid"])


def _a_conference_in_progress(fake: FakeTwilio) -> None:
    conference = fake.seed_conference(friendly_name="standup", status="in-progress")
    fake.seed_participant(conference["sid"])
    fake.seed_participant(conference["sid"])
    fake.seed_conference_recording(conference["sid"])


def _a_queue_with_callers(fake: FakeTwilio) -> None:
    queue = fake.seed_queue("support")
    fake.seed_queue_member(queue["sid"])
    fake.seed_queue_member(queue["sid"])


def _a_transcribed_recording(fake: FakeTwilio) -> None:
    fake.seed_transcription(transcription_text="Please call me back about my order.")


def _a_number_and_an_installed_add_on(fake: FakeTwilio) -> None:
    fake.seed_incoming_number("+14155550123")
    fake.seed_installed_add_on(sid="XE" + "5f" * 16, extensions=[("Lookups", "lookups")])


def _a_recording_analysed_by_an_add_on(fake: FakeTwilio) -> None:
    recording = fake.seed_recording()
    result = fake.seed_add_on_result(recording["sid"])
    fake.seed_add_on_result_payload(result["sid"], label="transcript")


SETUP: dict[str, Callable[[FakeTwilio], None]] = {
    "reference/resources/call-events.md": _a_finished_call_with_events,
    "reference/resources/call-media.md": _a_call_in_progress,
    "reference/resources/call-recordings.md": _a_call_in_progress,
    "reference/resources/call-user-defined-messages.md": _a_call_in_progress,
    "reference/resources/incoming-number-add-ons.md": _a_number_and_an_installed_add_on,
    "reference/resources/recording-add-on-results.md": _a_recording_analysed_by_an_add_on,
    "reference/resources/recordings.md": _a_transcribed_recording,
    "reference/resources/conference-recordings.md": _a_conference_in_progress,
    "reference/resources/participants.md": _a_conference_in_progress,
    "reference/resources/queue-members.md": _a_queue_with_callers,
    "reference/resources/transcriptions.md": _a_transcribed_recording,
    "how-to/calls.md": _a_call_in_progress,
    "how-to/time-ranges.md": _four_days_of_activity,
}
"""Seeding for pages whose examples read what Twilio makes by itself, by page path."""


def _pages() -> list[Any]:
    if not DOCS.is_dir():
        return []
    skipped = {"_build"}
    return [
        pytest.param(path, id=str(path.relative_to(DOCS)))
        for path in sorted(DOCS.rglob("*.md"))
        if not skipped & set(path.relative_to(DOCS).parts)
    ]


def _blocks(text: str) -> Iterator[tuple[int, str | None, str]]:
    """Yield ``(line, skip reason or None, code)`` for each python block of a page."""
    for found in _FENCE.finditer(text):
        line = text.count("\n", 0, found.start("code")) + 1
        marker = found.group("marker")
        reason = found.group("reason") if marker else None
        if marker and not reason:
            raise AssertionError(f"line {line}: a no-run marker needs a reason")
        yield line, reason, found.group("code")


@pytest.fixture
def page_fake(monkeypatch: pytest.MonkeyPatch) -> FakeTwilio:
    """A fresh fake behind the default transports and Twilio's environment variables."""
    fake = FakeTwilio(seed=2010, deliver_messages=True)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", DEFAULT_ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", DEFAULT_AUTH_TOKEN)
    for name in _CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(
        "twilio_sansio.transports.urllib3_sync.Urllib3Transport",
        lambda *args, **kwargs: fake.transport(),
    )
    monkeypatch.setattr(
        "twilio_sansio.transports.h11_async.H11Transport",
        lambda *args, **kwargs: fake.async_transport(),
    )
    return fake


FIXTURES: dict[str, Callable[[], Any]] = {"fake_twilio": FakeTwilio}


@pytest.mark.parametrize("page", _pages())
def test_the_examples_of_a_page_run(page: Path, page_fake: FakeTwilio) -> None:
    relative = str(page.relative_to(DOCS))
    if relative in SETUP:
        SETUP[relative](page_fake)
    namespace: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    ran = 0
    for line, reason, code in _blocks(page.read_text(encoding="utf-8")):
        if reason is not None:
            continue
        try:
            exec(compile(code, f"{page}:{line}", "exec"), namespace)
        except Exception as exc:
            raise AssertionError(f"the example at {relative}:{line} failed: {exc!r}") from exc
        for name, value in list(namespace.items()):
            if (
                name.startswith("test_")
                and callable(value)
                and name not in namespace.get("__docs_ran__", set())
            ):
                wanted = inspect.signature(value).parameters
                value(**{parameter: FIXTURES[parameter]() for parameter in wanted})
                namespace.setdefault("__docs_ran__", set()).add(name)
        ran += 1
    if ran == 0:
        pytest.skip(f"{relative} has no runnable python example")


def test_the_guides_have_examples() -> None:
    assert len(_pages()) >= 3
    runnable = sum(
        1
        for param in _pages()
        for _, reason, _ in _blocks(param.values[0].read_text(encoding="utf-8"))
        if reason is None
    )
    assert runnable >= 10
