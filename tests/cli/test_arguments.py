"""Parsing the command line: dates, name=value pairs, ports, and usage errors."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.cli._support import invoke
from twilio_sansio.cli.arguments import (
    EARLIEST,
    LATEST,
    key_value,
    moment,
    port_number,
    positive_int,
    time_window,
)
from twilio_sansio.cli.parser import build_parser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-31", datetime(2026, 1, 31, tzinfo=UTC)),
        ("2026-01-31T09:30", datetime(2026, 1, 31, 9, 30, tzinfo=UTC)),
        ("2026-01-31T09:30:00Z", datetime(2026, 1, 31, 9, 30, tzinfo=UTC)),
        (
            "2026-01-31T09:30:00+02:00",
            datetime(2026, 1, 31, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_dates_and_date_times_naive_meaning_utc(text: str, expected: datetime) -> None:
    parsed = moment(text)
    assert parsed == expected
    assert parsed.tzinfo is not None


@pytest.mark.parametrize("text", ["yesterday", "2026-13-01", "31/01/2026", ""])
def test_what_is_not_an_iso_date_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        moment(text)


def test_a_bad_date_is_a_usage_error() -> None:
    result = invoke("messages", "list", "--since", "last week")
    assert result.code == 2
    assert "not an ISO date" in result.err


def test_a_missing_bound_is_open() -> None:
    parser = build_parser()
    since = parser.parse_args(["messages", "list", "--since", "2026-01-01"])
    until = parser.parse_args(["messages", "list", "--until", "2026-01-01"])
    neither = parser.parse_args(["messages", "list"])
    assert time_window(since) == (datetime(2026, 1, 1, tzinfo=UTC), LATEST)
    assert time_window(until) == (EARLIEST, datetime(2026, 1, 1, tzinfo=UTC))
    assert time_window(neither) is None


def test_name_value_pairs() -> None:
    assert key_value("Body=a=b") == ("Body", "a=b")
    assert key_value("Empty=") == ("Empty", "")
    for bad in ("novalue", "=x"):
        with pytest.raises(argparse.ArgumentTypeError):
            key_value(bad)


def test_numbers() -> None:
    assert positive_int("3") == 3
    assert port_number("0") == 0
    for bad in ("0", "-1", "x"):
        with pytest.raises(argparse.ArgumentTypeError):
            positive_int(bad)
    for bad in ("65536", "-1", "http"):
        with pytest.raises(argparse.ArgumentTypeError):
            port_number(bad)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["messages"],
        ["messages", "send", "--body", "no recipient"],
        ["calls", "make", "--to", "+14105551234"],  # neither --url nor --twiml
        ["calls", "make", "--to", "+14105551234", "--url", "u", "--twiml", "t"],
        ["messages", "list", "--format", "xml"],
        ["messages", "list", "--limit", "0"],
        ["webhook", "sign", "--url", "https://x", "--param", "novalue"],
        ["numbers", "search", "US", "--type", "premium"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    result = invoke(*argv)
    assert result.code == 2
    assert "error:" in result.err


def test_help_exits_0() -> None:
    result = invoke("--help")
    assert result.code == 0
    assert "messages send and list messages" in " ".join(result.out.split())


@pytest.mark.parametrize(
    "argv",
    [
        ["messages", "list", "--sinc", "2026-01-01"],
        ["messages", "list", "--form", "json"],
        ["calls", "make", "--to", "+14105551234", "--url", "https://e.com/t", "--tw", "t"],
        ["token", "--identity", "alice", "--tt", "60"],
    ],
)
def test_an_abbreviated_option_is_refused(argv: list[str]) -> None:
    result = invoke(*argv)
    assert result.code == 2
    assert f"unrecognized arguments: {argv[-2]}" in result.err


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["mesages", "list"], "messages"),
        (["calls", "lsit"], "list"),
        (["numbers", "serach", "US"], "search"),
        (["messages", "list", "--format", "jsonn"], "json"),
    ],
)
def test_a_typo_gets_the_closest_choice(argv: list[str], suggestion: str) -> None:
    result = invoke(*argv)
    assert result.code == 2
    assert f"did you mean {suggestion!r}?" in result.err


def test_a_choice_far_from_every_other_gets_no_suggestion() -> None:
    result = invoke("zzzzzz")
    assert result.code == 2
    assert "invalid choice: 'zzzzzz' (choose from" in result.err
    assert "did you mean" not in result.err
