"""Listings stream: each page is written before the next one is asked for."""

from __future__ import annotations

import io

import pytest

from tests.cli._support import invoke, send_many
from twilio_sansio.cli import main
from twilio_sansio.testing.fake import FakeTwilio


def list_requests(fake: FakeTwilio) -> int:
    return sum(1 for request in fake.requests if request.method == "GET")


class Probe(io.StringIO):
    """Output that notes how many pages the fake had served when the first record came."""

    def __init__(self, fake: FakeTwilio) -> None:
        super().__init__()
        self.fake = fake
        self.pages_at_first_record: int | None = None

    def write(self, text: str) -> int:
        if self.pages_at_first_record is None and "SM" in text:
            self.pages_at_first_record = list_requests(self.fake)
        return super().write(text)


@pytest.fixture(scope="module")
def full_fake() -> FakeTwilio:
    fake = FakeTwilio(seed=7)
    send_many(fake, 500)
    return fake


@pytest.mark.parametrize("format_name", ["table", "json", "jsonl", "csv"])
def test_the_first_record_is_written_after_one_page(
    full_fake: FakeTwilio, format_name: str
) -> None:
    full_fake.requests.clear()
    out = Probe(full_fake)
    code = main(
        ["messages", "list", "--format", format_name],
        fake=full_fake,
        stdout=out,
        stderr=io.StringIO(),
        environ={},
    )
    assert code == 0
    assert out.pages_at_first_record == 1
    assert list_requests(full_fake) == 10  # 500 messages, 50 a page
    assert out.getvalue().count("SM") >= 500


def test_a_limit_stops_asking_for_pages(full_fake: FakeTwilio) -> None:
    full_fake.requests.clear()
    result = invoke("messages", "list", "--format", "jsonl", "--limit", "70", fake=full_fake)
    assert result.code == 0
    assert len(result.out.splitlines()) == 70
    assert list_requests(full_fake) == 1
    assert "PageSize=70" in full_fake.requests[0].url


def test_a_limit_beyond_one_page_takes_the_records_it_needs(full_fake: FakeTwilio) -> None:
    full_fake.requests.clear()
    result = invoke("messages", "list", "--format", "csv", "--limit", "1500", fake=full_fake)
    assert len(result.out.splitlines()) == 1 + 500
    assert list_requests(full_fake) == 1  # one page of up to 1000


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only(full_fake: FakeTwilio) -> None:
    quiet = invoke("messages", "list", "--format", "jsonl", "--limit", "120", fake=full_fake)
    assert quiet.err == ""

    terminal = Terminal()
    code = main(
        ["messages", "list", "--format", "jsonl", "--limit", "120"],
        fake=full_fake,
        stdout=io.StringIO(),
        stderr=terminal,
        environ={},
    )
    assert code == 0
    assert "\r\033[K120 messages…" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\033[K")
