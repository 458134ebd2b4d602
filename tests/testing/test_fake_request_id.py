"""The fake answers with a Twilio-Request-Id, as Twilio does, readable on results and errors."""

from __future__ import annotations

import pytest

from twilio_sansio import APIError
from twilio_sansio.testing import FakeTwilio


def test_results_pages_and_errors_carry_distinct_request_ids() -> None:
    fake = FakeTwilio(seed=1)
    with fake.client() as client:
        sent = client.messages.send_message("+15005550006", "+14155550100", "hi")
        page = client.messages.get_page()
        with pytest.raises(APIError) as info:
            client.messages.get("SM" + "0" * 32)
    ids = [sent.request_id, page.request_id, info.value.request_id]
    assert all(isinstance(i, str) and i.startswith("RQ") and len(i) == 34 for i in ids), ids
    assert len(set(ids)) == 3


def test_request_ids_leave_seeded_sids_unchanged() -> None:
    def first_sid(extra_requests: int) -> str:
        fake = FakeTwilio(seed=7)
        with fake.client() as client:
            for _ in range(extra_requests):
                client.messages.get_page()
            return client.messages.send_message("+15005550006", "+14155550100", "x").sid

    assert first_sid(0) == first_sid(3)
