"""Output formats: table, JSON array, JSON lines, CSV, and one record."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.cli._support import RECIPIENT, SENDER, invoke
from twilio_sansio.cli.commands.numbers import AVAILABLE
from twilio_sansio.cli.output import Column, TableWriter, fit, json_of, text_of
from twilio_sansio.core.resources.available_numbers import AvailablePhoneNumber
from twilio_sansio.core.resources.messages import Message
from twilio_sansio.testing.fake import FakeTwilio

LONG = "A long body that goes on " * 4


@pytest.fixture
def two_messages(fake: FakeTwilio) -> list[str]:
    """Send two messages, one with media and a long body; return their SIDs, newest first."""
    with fake.client() as client:
        first = client.messages.send_message(
            SENDER, RECIPIENT, "short", media_urls=["https://example.com/cat.jpg"]
        )
        second = client.messages.send_message(SENDER, "+14155550123", LONG)
    assert first.sid is not None
    assert second.sid is not None
    return [second.sid, first.sid]


def test_table_aligns_columns_and_cuts_long_bodies(
    fake: FakeTwilio, two_messages: list[str]
) -> None:
    result = invoke("messages", "list", fake=fake)
    assert result.code == 0
    header, *rows = result.out.splitlines()
    assert header.split()[:3] == ["SID", "SENT", "(UTC)"]
    body_at = header.index("BODY")
    assert [row[:34] for row in rows] == two_messages
    assert rows[0][body_at:] == LONG[:39] + "…"
    assert rows[1][body_at:] == "short"
    assert header.index("TO") == rows[0].index("+14155550123") == rows[1].index(RECIPIENT)


def test_json_is_an_array_of_twilio_objects(fake: FakeTwilio, two_messages: list[str]) -> None:
    result = invoke("messages", "list", "--format", "json", fake=fake)
    records = json.loads(result.out)
    assert [record["sid"] for record in records] == two_messages
    assert records[1]["num_media"] == "1"
    assert records[0]["body"] == LONG
    assert "subresource_uris" in records[0]  # Twilio's object, not a summary


def test_jsonl_is_one_twilio_object_a_line(fake: FakeTwilio, two_messages: list[str]) -> None:
    result = invoke("messages", "list", "--format", "jsonl", fake=fake)
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [record["sid"] for record in records] == two_messages
    assert records[0]["from"] == SENDER


def test_csv_has_a_header_and_a_row_per_record(fake: FakeTwilio, two_messages: list[str]) -> None:
    result = invoke("messages", "list", "--format", "csv", fake=fake)
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [row["sid"] for row in rows] == two_messages
    assert rows[0]["body"] == LONG
    assert rows[0]["to"] == "+14155550123"
    assert rows[0]["status"] == "delivered"


@pytest.mark.parametrize(
    ("format_name", "expected"),
    [
        ("json", "[]\n"),
        ("jsonl", ""),
        ("table", "SID  SENT (UTC)  FROM  TO  STATUS  MEDIA  BODY\n"),
    ],
)
def test_an_empty_listing(fake: FakeTwilio, format_name: str, expected: str) -> None:
    result = invoke("messages", "list", "--format", format_name, fake=fake)
    assert (result.code, result.out) == (0, expected)


def test_an_empty_csv_listing_still_has_its_header(fake: FakeTwilio) -> None:
    result = invoke("messages", "list", "--format", "csv", fake=fake)
    assert result.out.startswith("sid,date_created,")
    assert len(result.out.splitlines()) == 1


def test_send_prints_the_message_fields_that_are_set(fake: FakeTwilio) -> None:
    result = invoke("messages", "send", "--to", RECIPIENT, "--body", "hi", fake=fake)
    assert result.code == 0
    shown = dict(line.split(None, 1) for line in result.out.splitlines())
    assert shown["status"] == "queued"
    assert shown["body"] == "hi"
    assert shown["from"] == SENDER
    assert shown["sid"].startswith("SM")
    assert "price" not in shown  # not set yet: left out rather than shown empty


def test_send_as_json_prints_twilio_s_object(fake: FakeTwilio) -> None:
    result = invoke(
        "messages", "send", "--to", RECIPIENT, "--media-url", "https://example.com/a.png",
        "--media-url", "https://example.com/b.png", "--format", "json", fake=fake,
    )  # fmt: skip
    message = json.loads(result.out)
    assert message["sid"].startswith("MM")
    assert message["num_media"] == "2"


def test_table_columns_are_sized_from_the_first_page_only() -> None:
    out = io.StringIO()
    writer = TableWriter(
        out, [Column("NAME", lambda m: m.raw["name"], 10), Column("N", lambda m: "1")]
    )
    writer.begin()
    writer.write([Message.from_json({"name": "ab"})])
    writer.write([Message.from_json({"name": "abcdefgh"})])
    writer.end()
    lines = out.getvalue().splitlines()
    assert lines == ["NAME  N", "ab    1", "abc…  1"]  # later rows keep the first widths


def test_cells_are_single_lines() -> None:
    assert text_of("two\nlines") == "two lines"
    assert text_of(None) == ""
    assert text_of({"sms": True}) == '{"sms":true}'
    assert fit("abcdef", 4) == "abc…"
    assert fit("ab", 4) == "ab  "


ISO_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


@pytest.mark.parametrize("format_name", ["json", "jsonl", "csv"])
def test_listings_write_times_in_iso_8601(
    fake: FakeTwilio, two_messages: list[str], format_name: str
) -> None:
    result = invoke("messages", "list", "--format", format_name, fake=fake)
    if format_name == "json":
        records = json.loads(result.out)
    elif format_name == "jsonl":
        records = [json.loads(line) for line in result.out.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(result.out)))
    table = invoke("messages", "list", fake=fake).out.splitlines()
    for record, row in zip(records, table[1:], strict=True):
        for key in ("date_created", "date_sent"):
            assert ISO_SECOND.fullmatch(record[key]), (key, record[key])
        assert record["date_sent"].replace("T", " ").rstrip("Z") in row
    if format_name != "csv":
        assert records[0]["subresource_uris"]  # still Twilio's whole object


def test_one_record_as_json_has_iso_times_too(fake: FakeTwilio) -> None:
    result = invoke("messages", "send", "--to", RECIPIENT, "--body", "hi", "--format", "json",
                    fake=fake)  # fmt: skip
    assert ISO_SECOND.fullmatch(json.loads(result.out)["date_created"])


def test_a_time_that_does_not_parse_is_written_as_sent() -> None:
    message = Message.from_json({"sid": "SM1", "date_created": "yesterday", "body": "Mon"})
    assert json_of(message) == {"sid": "SM1", "date_created": "yesterday", "body": "Mon"}


def test_short_columns_are_never_cut(fake: FakeTwilio) -> None:
    with fake.client() as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "hi")
    assert sent.sid is not None
    fake.set_message_status(sent.sid, "partially_delivered")
    _header, row = invoke("messages", "list", fake=fake).out.splitlines()
    assert "partially_delivered" in row.split()


def test_a_long_region_is_shown_whole() -> None:
    out = io.StringIO()
    writer = TableWriter(out, AVAILABLE.columns)
    number = {"phone_number": "+442071234567", "region": "Greater London", "iso_country": "GB"}
    writer.begin()
    writer.write([AvailablePhoneNumber.from_json(number)])
    writer.end()
    assert "Greater London  GB" in out.getvalue()
