"""Monitor alerts on the fake Twilio: seeding, filters, Monitor's pages, list vs fetch."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.core._support import openapi_document
from tests.testing.fake._support import Through, collect, exchange, json_of
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources.alerts import DETAIL_FIELDS, seed_alert

MONITOR = "https://monitor.twilio.com"
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
OTHER_ACCOUNT = "AC" + "7" * 32


def _seed_hours(fake: FakeTwilio, hours: list[int]) -> dict[int, str]:
    """Seed one alert per hour after START (errors on odd hours); return hour -> SID."""
    return {
        hour: seed_alert(
            fake.store,
            fake.account_sid,
            date_created=START + timedelta(hours=hour),
            log_level="error" if hour % 2 else "warning",
        )["sid"]
        for hour in hours
    }


def test_alerts_are_listed_newest_first_whatever_order_they_were_seeded(
    through: Through,
) -> None:
    sids = _seed_hours(through.fake, [2, 0, 4, 1, 3])

    def scenario(client: Any) -> Any:
        return collect(client.alerts.iterate(page_size=2))

    listed = through.run(scenario)
    assert [alert.sid for alert in listed] == [sids[hour] for hour in (4, 3, 2, 1, 0)]
    assert listed[0].date_created == START + timedelta(hours=4)


def test_fetch_shows_the_details_a_list_leaves_out(through: Through) -> None:
    sid = seed_alert(
        through.fake.store, through.fake.account_sid, response_body="oops", error_code=11205
    )["sid"]

    def scenario(client: Any) -> Any:
        if through.is_async:

            async def run() -> Any:
                return await client.alerts.get(sid), await client.alerts.get_page()

            return run()
        return client.alerts.get(sid), client.alerts.get_page()

    fetched, page = through.run(scenario)
    assert fetched.response_body == "oops"
    assert fetched.request_variables
    assert fetched.error_code == 11205
    assert fetched.more_info == "https://www.twilio.com/docs/errors/11205"
    [listed] = page.records
    assert listed.sid == sid
    assert all(name not in listed.raw for name in DETAIL_FIELDS)
    assert all(name in fetched.raw for name in DETAIL_FIELDS)


def test_log_level_filter(fake: FakeTwilio) -> None:
    sids = _seed_hours(fake, [0, 1, 2, 3])
    with fake.client() as client:
        errors = [alert.sid for alert in client.alerts.iterate(log_level="error")]
        warnings = [alert.sid for alert in client.alerts.iterate(log_level="warning")]
        debug = list(client.alerts.iterate(log_level="debug"))
    assert errors == [sids[3], sids[1]]
    assert warnings == [sids[2], sids[0]]
    assert debug == []


def test_start_and_end_dates_are_inclusive(fake: FakeTwilio) -> None:
    sids = _seed_hours(fake, [0, 1, 2, 3, 4])
    with fake.client() as client:
        middle = client.alerts.get_page(
            start_date=START + timedelta(hours=1), end_date=START + timedelta(hours=3)
        )
        later = client.alerts.get_page(start_date=START + timedelta(hours=3, seconds=1))
        that_day = client.alerts.get_page(start_date=date(2026, 3, 1), end_date=date(2026, 3, 1))
        day_before = client.alerts.get_page(end_date=date(2026, 2, 28))
    assert [alert.sid for alert in middle.records] == [sids[3], sids[2], sids[1]]
    assert [alert.sid for alert in later.records] == [sids[4]]
    assert len(that_day.records) == 5
    assert day_before.records == []


def test_iterating_a_time_range(through: Through) -> None:
    sids = _seed_hours(through.fake, [0, 1, 2, 3, 4])
    begin, end = START + timedelta(hours=1), START + timedelta(hours=3)

    def scenario(client: Any) -> Any:
        return collect(client.alerts.iterate_in_range(begin, end, page_size=1))

    listed = through.run(scenario)
    assert [alert.sid for alert in listed] == [sids[2], sids[1]]


def test_a_malformed_date_is_400(fake: FakeTwilio) -> None:
    response = exchange(fake, "GET", f"{MONITOR}/v1/Alerts?StartDate=yesterday")
    assert (response.status, json_of(response)["code"]) == (400, 21200)


def test_pages_carry_monitors_meta_with_absolute_urls(fake: FakeTwilio) -> None:
    sids = _seed_hours(fake, [0, 1, 2])
    first = json_of(exchange(fake, "GET", f"{MONITOR}/v1/Alerts?LogLevel=warning&PageSize=1"))
    meta = first["meta"]
    assert [alert["sid"] for alert in first["alerts"]] == [sids[2]]
    assert (meta["key"], meta["page"], meta["page_size"]) == ("alerts", 0, 1)
    assert meta["previous_page_url"] is None
    for name in ("first_page_url", "next_page_url", "url"):
        parts = urlsplit(meta[name])
        assert (parts.scheme, parts.netloc, parts.path) == (
            "https",
            "monitor.twilio.com",
            "/v1/Alerts",
        )
        assert parse_qs(parts.query)["LogLevel"] == ["warning"]
    second = json_of(exchange(fake, "GET", meta["next_page_url"]))
    assert [alert["sid"] for alert in second["alerts"]] == [sids[0]]
    assert second["meta"]["page"] == 1
    assert second["meta"]["next_page_url"] is None
    assert second["meta"]["previous_page_url"].startswith(MONITOR + "/v1/Alerts?")
    back = json_of(exchange(fake, "GET", second["meta"]["previous_page_url"]))
    assert [alert["sid"] for alert in back["alerts"]] == [sids[2]]


def test_urls_name_the_host_the_request_reached(fake: FakeTwilio) -> None:
    sid = seed_alert(fake.store, fake.account_sid)["sid"]
    listed = json_of(exchange(fake, "GET", "http://127.0.0.1:8080/v1/Alerts"))
    fetched = json_of(exchange(fake, "GET", f"http://127.0.0.1:8080/v1/Alerts/{sid}"))
    assert listed["meta"]["url"].startswith("http://127.0.0.1:8080/v1/Alerts")
    assert listed["alerts"][0]["url"] == f"http://127.0.0.1:8080/v1/Alerts/{sid}"
    assert fetched["url"] == f"http://127.0.0.1:8080/v1/Alerts/{sid}"


def test_only_the_signing_accounts_alerts_are_seen(fake: FakeTwilio) -> None:
    foreign = seed_alert(fake.store, OTHER_ACCOUNT)["sid"]
    mine = seed_alert(fake.store, fake.account_sid)["sid"]
    with fake.client() as client:
        listed = [alert.sid for alert in client.alerts.iterate()]
        with pytest.raises(APIError) as caught:
            client.alerts.get(foreign)
    assert listed == [mine]
    assert (caught.value.status, caught.value.code) == (404, 20404)


def test_an_unknown_alert_is_404(fake: FakeTwilio) -> None:
    response = exchange(fake, "GET", f"{MONITOR}/v1/Alerts/NO{'0' * 32}")
    assert (response.status, json_of(response)["code"]) == (404, 20404)


def test_seeded_alerts_are_monitor_shaped(fake: FakeTwilio) -> None:
    moment = datetime(2026, 11, 26, 18, 4, 11, 500, tzinfo=UTC)
    record = seed_alert(fake.store, fake.account_sid, date_created=moment, error_code=12300)
    assert record["date_created"] == "2026-11-26T18:04:11Z"
    assert record["date_generated"] == record["date_updated"] == record["date_created"]
    assert record["error_code"] == "12300"
    assert record["sid"].startswith("NO")
    assert "ErrorCode=12300" in record["alert_text"]


def test_every_schema_property_is_present(fake: FakeTwilio) -> None:
    document = openapi_document("twilio_monitor_v1.json")
    schemas = document["components"]["schemas"]
    sid = seed_alert(fake.store, fake.account_sid)["sid"]
    page = json_of(exchange(fake, "GET", f"{MONITOR}/v1/Alerts"))
    fetched = json_of(exchange(fake, "GET", f"{MONITOR}/v1/Alerts/{sid}"))
    page_schema = document["paths"]["/v1/Alerts"]["get"]["responses"]["200"]["content"]
    page_properties = page_schema["application/json"]["schema"]["properties"]
    assert set(page) >= set(page_properties)
    assert set(page["meta"]) >= set(page_properties["meta"]["properties"])
    for schema, payload in (
        ("monitor.v1.alert", page["alerts"][0]),
        ("monitor.v1.alert-instance", fetched),
    ):
        missing = set(schemas[schema]["properties"]) - set(payload)
        assert not missing, f"the fake's {schema} lacks {sorted(missing)}"
