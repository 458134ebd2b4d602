"""The fake Twilio's engine: credentials, routing, errors, paging, faults and its state."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests._clock import ManualClock
from twilio_sansio import APIError, Client, DeadlineExceeded, UnexpectedResponseError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing.fake import FakeTwilio, Fault, Hang

SENDER = "+15005550006"
RECIPIENT = "+14155550100"


def _auth(user: str, password: str) -> tuple[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return ("authorization", f"Basic {token}")


def _get(fake: FakeTwilio, path: str, *, auth: tuple[str, str] | None = None) -> Response:
    headers = [auth or _auth(fake.account_sid, fake.auth_token)]
    answer = fake.handle(Request("GET", "https://api.twilio.com" + path, headers))
    assert isinstance(answer, Response)
    return answer


def _body(response: Response) -> Any:
    return json.loads(response.body)


def _messages_path(fake: FakeTwilio) -> str:
    return f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"


class TestCredentials:
    def test_wrong_auth_token_is_401_20003(self, fake: FakeTwilio) -> None:
        response = _get(fake, _messages_path(fake), auth=_auth(fake.account_sid, "wrong"))
        assert response.status == 401
        assert _body(response)["code"] == 20003

    def test_no_credentials_is_401(self, fake: FakeTwilio) -> None:
        answer = fake.handle(Request("GET", "https://api.twilio.com" + _messages_path(fake)))
        assert isinstance(answer, Response)
        assert answer.status == 401

    def test_a_401_challenges_for_basic_credentials(self, fake: FakeTwilio) -> None:
        anonymous = fake.handle(Request("GET", "https://api.twilio.com" + _messages_path(fake)))
        wrong = _get(fake, _messages_path(fake), auth=_auth(fake.account_sid, "wrong"))
        for answer in (anonymous, wrong):
            assert isinstance(answer, Response)
            challenge = answer.header("www-authenticate") or ""
            assert challenge.startswith("Basic realm=")
        assert _get(fake, _messages_path(fake)).header("www-authenticate") is None

    def test_wrong_token_through_the_client_is_an_api_error(self, fake: FakeTwilio) -> None:
        with (
            Client(fake.account_sid, "not-the-token", transport=fake.transport()) as client,
            pytest.raises(APIError) as caught,
        ):
            client.messages.get_page()
        assert (caught.value.status, caught.value.code) == (401, 20003)
        assert caught.value.more_info == "https://www.twilio.com/docs/errors/20003"

    def test_another_accounts_path_is_not_found(self, fake: FakeTwilio) -> None:
        other = "AC" + "9" * 32
        response = _get(fake, f"/2010-04-01/Accounts/{other}/Messages.json")
        assert (response.status, _body(response)["code"]) == (404, 20404)


class TestRouting:
    def test_unknown_sid_is_404_20404(self, fake: FakeTwilio) -> None:
        with fake.client() as client, pytest.raises(APIError) as caught:
            client.messages.get("SM" + "0" * 32)
        assert (caught.value.status, caught.value.code) == (404, 20404)

    def test_unknown_path_is_404(self, fake: FakeTwilio) -> None:
        response = _get(fake, "/2010-04-01/Nowhere.json")
        assert response.status == 404

    def test_wrong_method_is_405(self, fake: FakeTwilio) -> None:
        answer = fake.handle(
            Request(
                "DELETE",
                "https://api.twilio.com" + _messages_path(fake),
                [_auth(fake.account_sid, fake.auth_token)],
            )
        )
        assert isinstance(answer, Response)
        assert (answer.status, _body(answer)["code"]) == (405, 20004)

    def test_every_request_is_recorded(self, fake: FakeTwilio) -> None:
        with fake.client() as client:
            client.messages.send_message(SENDER, RECIPIENT, "one")
            client.messages.get_page()
        assert [request.method for request in fake.requests] == ["POST", "GET"]


class TestPaging:
    def _send(self, fake: FakeTwilio, count: int) -> list[str]:
        with fake.client() as client:
            return [
                client.messages.send_message(SENDER, RECIPIENT, f"message {index}").sid
                for index in range(count)
            ]

    def test_pages_are_newest_first_and_complete(self, fake: FakeTwilio) -> None:
        sent = self._send(fake, 7)
        with fake.client() as client:
            pages = list(client.messages.get_page_iterator(page_size=3))
        assert [len(page.records) for page in pages] == [3, 3, 1]
        listed = [message.sid for page in pages for message in page.records]
        assert listed == list(reversed(sent))

    def test_a_message_sent_while_paging_does_not_shift_pages(self, fake: FakeTwilio) -> None:
        sent = self._send(fake, 4)
        with fake.client() as client:
            first = client.messages.get_page(page_size=2)
            client.messages.send_message(SENDER, RECIPIENT, "late")
            following = first.next_operation()
            assert following is not None
            second = client.send(following)
        listed = [message.sid for message in (*first.records, *second.records)]
        assert listed == list(reversed(sent))

    def test_page_size_out_of_range_is_400(self, fake: FakeTwilio) -> None:
        response = _get(fake, _messages_path(fake) + "?PageSize=1001")
        assert response.status == 400

    def test_filters_by_recipient(self, fake: FakeTwilio) -> None:
        with fake.client() as client:
            client.messages.send_message(SENDER, RECIPIENT, "to the first")
            other = client.messages.send_message(SENDER, "+14155550199", "to the second")
            found = list(client.messages.iterate(to="+14155550199"))
        assert [message.sid for message in found] == [other.sid]

    @staticmethod
    def _one_message_a_day() -> tuple[FakeTwilio, list[str]]:
        """A fake with a message sent at noon on 20, 21 and 22 November 2026, oldest first."""
        clock = ManualClock(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
        fake = FakeTwilio(seed=3, clock=clock)
        sids = []
        with fake.client() as client:
            for _ in range(3):
                sids.append(str(client.messages.send_message(SENDER, RECIPIENT, "hi").sid))
                clock.advance(24 * 3600)
        return fake, sids

    def test_date_sent_filters_are_inclusive_days(self) -> None:
        fake, sids = self._one_message_a_day()
        with fake.client() as client:
            found = [
                message.sid
                for message in client.messages.iterate(date_sent_after=date(2026, 11, 21))
            ]
        assert found == [sids[2], sids[1]]

    @pytest.mark.parametrize(
        "day", ["2026-11-21", "2026-11-21T00:00:00Z", "2026-11-21T23:59:59Z", "2026-11-21T10:00"]
    )
    def test_a_date_filter_takes_a_day_or_a_date_and_time_on_that_day(self, day: str) -> None:
        fake, sids = self._one_message_a_day()
        for key, expected in (
            ("DateSent", [sids[1]]),
            ("DateSent%3E", [sids[2], sids[1]]),
            ("DateSent%3C", [sids[1], sids[0]]),
        ):
            answer = _get(fake, f"{_messages_path(fake)}?{key}={day}")
            assert [m["sid"] for m in _body(answer)["messages"]] == expected, key

    @pytest.mark.parametrize("listing", ["Conferences", "Recordings"])
    def test_other_date_filters_take_a_date_and_time_too(
        self, fake: FakeTwilio, listing: str
    ) -> None:
        fake.seed_conference()
        fake.seed_recording()
        key = listing.lower()
        path = f"/2010-04-01/Accounts/{fake.account_sid}/{listing}.json"
        today = fake.store.now().date()
        tomorrow = today + timedelta(days=1)
        on_the_day = _body(_get(fake, f"{path}?DateCreated={today}T00:00:00Z"))
        the_day_after = _body(_get(fake, f"{path}?DateCreated={tomorrow}T00:00:00Z"))
        assert (len(on_the_day[key]), len(the_day_after[key])) == (1, 0)


class TestFaults:
    def test_rate_limit_answers_429_with_retry_after_then_recovers(self, fake: FakeTwilio) -> None:
        rule = fake.faults.add(Fault.rate_limited(retry_after=2), times=1, method="GET")
        first = _get(fake, _messages_path(fake))
        second = _get(fake, _messages_path(fake))
        assert (first.status, first.header("retry-after")) == (429, "2")
        assert _body(first)["code"] == 20429
        assert second.status == 200
        assert rule.hits == 1

    def test_faults_match_by_path(self, fake: FakeTwilio) -> None:
        fake.faults.add(Fault.server_error(503), times=None, path=r"/Calls\.json$")
        assert _get(fake, _messages_path(fake)).status == 200
        calls = f"/2010-04-01/Accounts/{fake.account_sid}/Calls.json"
        assert _get(fake, calls).status == 503

    def test_html_502_is_an_unexpected_response(self, fake: FakeTwilio) -> None:
        rule = fake.faults.add(Fault.bad_gateway_html(), times=None)
        with fake.client() as client, pytest.raises(UnexpectedResponseError) as caught:
            client.messages.get_page()
        assert caught.value.status == 502
        assert "Bad Gateway" in str(caught.value)
        assert rule.hits == 3  # a GET is tried three times by the default policy

    def test_hang_is_returned_as_is(self, fake: FakeTwilio) -> None:
        fake.faults.add(Fault.hang())
        assert isinstance(fake.handle(Request("GET", "https://api.twilio.com/")), Hang)

    def test_a_hang_ends_at_the_sync_clients_deadline(self, fake: FakeTwilio) -> None:
        fake.faults.add(Fault.hang())
        started = datetime.now(UTC)
        with fake.client(timeout=0.3) as client, pytest.raises(DeadlineExceeded):
            client.messages.get_page()
        assert datetime.now(UTC) - started < timedelta(seconds=0.3 + 0.2)

    def test_a_hang_ends_at_the_async_clients_deadline(self, fake: FakeTwilio) -> None:
        import trio

        fake.faults.add(Fault.hang())

        async def main() -> None:
            async with fake.async_client(timeout=0.3) as client:
                await client.messages.get_page()

        started = datetime.now(UTC)
        with pytest.raises(DeadlineExceeded):
            trio.run(main)
        assert datetime.now(UTC) - started < timedelta(seconds=0.3 + 0.2)

    def test_times_must_be_positive(self, fake: FakeTwilio) -> None:
        with pytest.raises(ValueError, match="times"):
            fake.faults.add(Fault.server_error(), times=0)


class TestState:
    def test_save_and_load_keep_every_record(self, fake: FakeTwilio, tmp_path: Path) -> None:
        with fake.client() as client:
            sent = client.messages.send_message(SENDER, RECIPIENT, "kept")
        path = tmp_path / "state" / "fake.json"
        fake.save(path)
        restored = FakeTwilio()
        restored.load(path)
        with restored.client() as client:
            assert client.messages.get(sent.sid).body == "kept"

    def test_a_file_that_is_not_a_state_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "other.json"
        path.write_text('{"version": 99}')
        with pytest.raises(ValueError, match="not a saved fake Twilio state"):
            FakeTwilio().load(path)

    def test_reset_forgets_records_but_keeps_the_account(self, fake: FakeTwilio) -> None:
        with fake.client() as client:
            client.messages.send_message(SENDER, RECIPIENT, "gone")
            fake.reset()
            assert list(client.messages.iterate()) == []

    def test_the_same_seed_gives_the_same_sids(self) -> None:
        first, second = FakeTwilio(seed=7), FakeTwilio(seed=7)
        with first.client() as one, second.client() as two:
            assert (
                one.messages.send_message(SENDER, RECIPIENT, "a").sid
                == two.messages.send_message(SENDER, RECIPIENT, "a").sid
            )


def test_the_pytest_fixture_is_installed(fake_twilio: FakeTwilio) -> None:
    with fake_twilio.client() as client:
        message = client.messages.send_message(SENDER, RECIPIENT, "from the fixture")
    assert fake_twilio.requests[-1].method == "POST"
    assert message.status == "queued"


def test_record_false_keeps_no_history() -> None:
    fake = FakeTwilio(record=False)
    with fake.client() as client:
        client.messages.send_message(SENDER, RECIPIENT, "unrecorded")
        assert len(list(client.messages.iterate())) == 1
    assert fake.requests == []
    assert fake.exchanges == []
