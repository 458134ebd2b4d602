from __future__ import annotations

import email.utils
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest
from hypothesis import given, strategies as st

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.times import (
    _parse_timestamp_slow,
    format_form_date,
    format_form_datetime,
    parse_date,
    parse_duration,
    parse_timestamp,
    require_aware,
)
from twilio_sansio.core.values import MalformedValue

UTC_DATETIMES = st.datetimes(
    min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
OFFSETS = st.builds(
    timezone, st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timedelta(minutes=m))
)
AWARE_DATETIMES = st.datetimes(
    min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30), timezones=OFFSETS
)


class NoOffset(tzinfo):
    """A tzinfo that knows no offset: datetimes using it are naive."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def test_importing_times_module_does_not_import_email_utils() -> None:
    code = "import sys, twilio_sansio.core.times; print('email.utils' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


# -- parse_timestamp ---------------------------------------------------------------------


def test_parse_timestamp_reads_api_2010_rfc_2822_as_utc() -> None:
    parsed = parse_timestamp("Fri, 24 May 2019 17:44:46 +0000")
    assert parsed == datetime(2019, 5, 24, 17, 44, 46, tzinfo=UTC)
    assert parsed is not None
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-07-30T20:00:00Z", datetime(2015, 7, 30, 20, 0, 0, tzinfo=UTC)),
        ("2015-07-30T20:00:00.123Z", datetime(2015, 7, 30, 20, 0, 0, 123000, tzinfo=UTC)),
        ("2015-07-30T20:00:00.123456Z", datetime(2015, 7, 30, 20, 0, 0, 123456, tzinfo=UTC)),
        ("2015-07-30T20:00:00+00:00", datetime(2015, 7, 30, 20, 0, 0, tzinfo=UTC)),
        ("2015-07-30T20:00:00", datetime(2015, 7, 30, 20, 0, 0, tzinfo=UTC)),
    ],
)
def test_parse_timestamp_reads_iso_8601_as_utc(text: str, expected: datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is UTC


def test_parse_timestamp_keeps_a_non_zero_offset() -> None:
    for text in ("Sat, 04 May 2019 17:44:46 +0200", "2019-05-04T17:44:46+02:00"):
        parsed = parse_timestamp(text)
        assert parsed == datetime(2019, 5, 4, 15, 44, 46, tzinfo=UTC)
        assert parsed is not None
        assert parsed.utcoffset() == timedelta(hours=2)


def test_parse_timestamp_reads_minus_zero_offset_and_single_digit_days_as_utc() -> None:
    assert parse_timestamp("Sat, 4 May 2019 17:44:46 -0000") == datetime(
        2019, 5, 4, 17, 44, 46, tzinfo=UTC
    )
    parsed = parse_timestamp("4 May 2019 17:44:46 GMT")
    assert parsed is not None
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize("value", [None, ""])
def test_parse_timestamp_of_null_or_empty_is_none(value: object) -> None:
    assert parse_timestamp(value) is None


def test_parse_timestamp_returns_an_aware_datetime_unchanged() -> None:
    value = datetime(2019, 5, 24, tzinfo=UTC)
    assert parse_timestamp(value) is value


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "Fri, 31 Feb 2019 17:44:46 +0000",
        "Fri, 24 Foo 2019 17:44:46 +0000",
        "Fri, 24 May 2019 25:44:46 +0000",
        "2019-13-01T00:00:00Z",
        "2019-05-24T17:44:46+25:00",
        "Fri, 24 May 2019 17:44:46 +9999",
        " ",
        42,
        1.5,
        ["2019-05-24"],
        datetime(2019, 5, 24),
        date(2019, 5, 24),
    ],
)
def test_parse_timestamp_raises_malformed_value_for_non_timestamps(value: object) -> None:
    with pytest.raises(MalformedValue):
        parse_timestamp(value)


def test_malformed_value_is_a_value_error_but_not_invalid_argument() -> None:
    with pytest.raises(MalformedValue) as caught:
        parse_timestamp("yesterday")
    assert isinstance(caught.value, ValueError)
    assert not isinstance(caught.value, InvalidArgument)
    assert "yesterday" in str(caught.value)


@given(UTC_DATETIMES.map(lambda d: d.replace(microsecond=0)))
def test_parse_timestamp_round_trips_rfc_2822(value: datetime) -> None:
    text = email.utils.format_datetime(value)
    assert parse_timestamp(text) == value


@given(UTC_DATETIMES.map(lambda d: d.replace(microsecond=0)))
def test_parse_timestamp_fast_path_agrees_with_email_utils(value: datetime) -> None:
    text = email.utils.format_datetime(value)
    assert parse_timestamp(text) == email.utils.parsedate_to_datetime(text)


@given(UTC_DATETIMES)
def test_parse_timestamp_round_trips_iso_8601_with_z(value: datetime) -> None:
    text = value.isoformat().replace("+00:00", "Z")
    parsed = parse_timestamp(text)
    assert parsed == value
    assert parsed is not None
    assert parsed.tzinfo is UTC


@given(AWARE_DATETIMES)
def test_parse_timestamp_round_trips_iso_8601_with_any_offset(value: datetime) -> None:
    assert parse_timestamp(value.isoformat()) == value


@given(st.text(max_size=40))
def test_parse_timestamp_of_arbitrary_text_raises_only_malformed_value(text: str) -> None:
    try:
        parsed = parse_timestamp(text)
    except MalformedValue:
        return
    assert parsed is None or parsed.utcoffset() is not None


@given(
    st.from_regex(
        r"[A-Z][a-z]{2}, [0-9]{1,2} [A-Z][a-z]{2} [0-9]{2,4} [0-9]{2}:[0-9]{2}:[0-9]{2} "
        r"[+-][0-9]{4}",
        fullmatch=True,
    )
)
def test_parse_timestamp_of_rfc_2822_lookalikes_raises_only_malformed_value(text: str) -> None:
    try:
        parsed = parse_timestamp(text)
    except MalformedValue:
        return
    assert parsed is not None
    assert parsed.utcoffset() is not None


def _general_path(text: str) -> datetime | type[MalformedValue] | None:
    try:
        return _parse_timestamp_slow(text)
    except MalformedValue:
        return MalformedValue


@given(
    st.from_regex(
        r"[A-Za-z]{3}, [0-9]{1,2} [A-Za-z]{3} [0-9]{4} [0-9a]{2}:[0-9]{2}:[0-9]{2} "
        r"[+-]0000|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
        r"(?:Z|[+-][0-9]{2}:[0-9]{2})?",
        fullmatch=True,
    )
)
def test_the_fast_paths_answer_as_the_general_path_does(text: str) -> None:
    # The fast paths only skip work: any text they take, the general path reads the same,
    # to the tzinfo (UTC itself for a zero offset).
    try:
        parsed: datetime | type[MalformedValue] | None = parse_timestamp(text)
    except MalformedValue:
        parsed = MalformedValue
    expected = _general_path(text)
    assert parsed == expected
    if isinstance(parsed, datetime) and isinstance(expected, datetime):
        assert parsed.tzinfo == expected.tzinfo
        assert (parsed.tzinfo is UTC) == (expected.tzinfo is UTC)


# -- parse_date --------------------------------------------------------------------------


def test_parse_date_reads_iso_dates() -> None:
    assert parse_date("2019-05-24") == date(2019, 5, 24)


@pytest.mark.parametrize("value", [None, ""])
def test_parse_date_of_null_or_empty_is_none(value: object) -> None:
    assert parse_date(value) is None


def test_parse_date_returns_a_date_unchanged() -> None:
    value = date(2019, 5, 24)
    assert parse_date(value) is value


@pytest.mark.parametrize(
    "value",
    [
        "2019-5-24",
        "20190524",
        "2019-02-30",
        "2019-W21-5",
        "2019-05-24T00:00:00Z",
        20190524,
        datetime(2019, 5, 24),
    ],
)
def test_parse_date_raises_malformed_value_for_non_dates(value: object) -> None:
    with pytest.raises(MalformedValue):
        parse_date(value)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_parse_date_round_trips_iso_format(value: date) -> None:
    assert parse_date(value.isoformat()) == value


@given(st.text(max_size=20))
def test_parse_date_of_arbitrary_text_raises_only_malformed_value(text: str) -> None:
    try:
        parsed = parse_date(text)
    except MalformedValue:
        return
    assert parsed is None or type(parsed) is date


# -- parse_duration ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15", timedelta(seconds=15)),
        (15, timedelta(seconds=15)),
        ("0", timedelta(0)),
        ("1.5", timedelta(seconds=1.5)),
        (2.5, timedelta(seconds=2.5)),
        ("-1", timedelta(seconds=-1)),
        (None, None),
        ("", None),
    ],
)
def test_parse_duration_reads_seconds(value: object, expected: timedelta | None) -> None:
    assert parse_duration(value) == expected


def test_parse_duration_returns_a_timedelta_unchanged() -> None:
    value = timedelta(seconds=3)
    assert parse_duration(value) is value


@pytest.mark.parametrize(
    "value",
    [True, "abc", " 15", "1_000", "1e3", float("nan"), float("inf"), 10**20, "9" * 5000, [15]],
)
def test_parse_duration_raises_malformed_value_for_non_seconds(value: object) -> None:
    with pytest.raises(MalformedValue):
        parse_duration(value)


@given(st.integers(0, 10**9))
def test_parse_duration_round_trips_integer_seconds(seconds: int) -> None:
    assert parse_duration(str(seconds)) == timedelta(seconds=seconds)
    assert parse_duration(seconds) == timedelta(seconds=seconds)


@given(st.one_of(st.text(max_size=30), st.floats(), st.integers()))
def test_parse_duration_of_arbitrary_values_raises_only_malformed_value(value: object) -> None:
    try:
        parsed = parse_duration(value)
    except MalformedValue:
        return
    assert parsed is None or isinstance(parsed, timedelta)


# -- require_aware and the form formatters -----------------------------------------------


def test_require_aware_returns_the_same_aware_datetime() -> None:
    value = datetime(2019, 5, 24, tzinfo=UTC)
    assert require_aware(value, "start") is value


@pytest.mark.parametrize("value", [datetime(2019, 5, 24), datetime(2019, 5, 24, tzinfo=NoOffset())])
def test_require_aware_rejects_naive_datetimes_naming_the_parameter(value: datetime) -> None:
    with pytest.raises(InvalidArgument, match="start_time: naive datetime") as caught:
        require_aware(value, "start_time")
    assert "tzinfo=UTC" in str(caught.value)


def test_require_aware_rejects_non_datetimes() -> None:
    with pytest.raises(InvalidArgument, match="start"):
        require_aware("2019-05-24", "start")  # type: ignore[arg-type]


def test_format_form_datetime_writes_utc_with_z_and_whole_seconds() -> None:
    value = datetime(2019, 5, 24, 17, 44, 46, 999999, tzinfo=UTC)
    assert format_form_datetime(value) == "2019-05-24T17:44:46Z"


def test_format_form_datetime_converts_other_offsets_to_utc() -> None:
    value = datetime(2019, 5, 24, 19, 44, 46, tzinfo=timezone(timedelta(hours=2)))
    assert format_form_datetime(value) == "2019-05-24T17:44:46Z"


def test_format_form_datetime_rejects_naive_datetimes_with_a_hint() -> None:
    with pytest.raises(InvalidArgument, match="naive datetime: pass an aware datetime"):
        format_form_datetime(datetime(2019, 5, 24))


@pytest.mark.parametrize("value", [date(2019, 5, 24), "2019-05-24T00:00:00Z", 0])
def test_format_form_datetime_rejects_non_datetimes(value: object) -> None:
    with pytest.raises(InvalidArgument):
        format_form_datetime(value)  # type: ignore[arg-type]


def test_format_form_datetime_rejects_datetimes_out_of_range_in_utc() -> None:
    value = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
    with pytest.raises(InvalidArgument, match="range"):
        format_form_datetime(value)


def test_format_form_datetime_pads_early_years() -> None:
    assert format_form_datetime(datetime(5, 1, 2, 3, 4, 5, tzinfo=UTC)) == "0005-01-02T03:04:05Z"


@given(AWARE_DATETIMES)
def test_format_form_datetime_round_trips_through_parse_timestamp(value: datetime) -> None:
    text = format_form_datetime(value)
    assert text.endswith("Z")
    assert len(text) == 20
    assert parse_timestamp(text) == value.replace(microsecond=0)


def test_format_form_date_writes_iso_date() -> None:
    assert format_form_date(date(2019, 5, 4)) == "2019-05-04"


def test_format_form_date_converts_an_aware_datetime_to_its_utc_date() -> None:
    value = datetime(2019, 5, 24, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert format_form_date(value) == "2019-05-25"


def test_format_form_date_rejects_naive_datetimes() -> None:
    with pytest.raises(InvalidArgument, match="naive"):
        format_form_date(datetime(2019, 5, 24))


@pytest.mark.parametrize("value", ["2019-05-24", 20190524, None])
def test_format_form_date_rejects_non_dates(value: object) -> None:
    with pytest.raises(InvalidArgument, match="date"):
        format_form_date(value)  # type: ignore[arg-type]


@given(st.dates())
def test_format_form_date_round_trips_through_parse_date(value: date) -> None:
    assert parse_date(format_form_date(value)) == value
