"""The shared test driver: client kinds, scenarios written once, and collecting iterables."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import trio

from tests._clock import DEFAULT_START, ManualClock
from tests._drivers import Driver, collect, run_without_suspending, settle
from twilio_sansio import AsyncClient, Client


def test_an_unknown_client_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="curio"):
        Driver("curio", Client, AsyncClient)


def test_a_scenario_that_never_suspends_runs_to_its_end() -> None:
    async def scenario() -> object:
        return await settle(40) + 2

    assert run_without_suspending(scenario()) == 42


def test_a_scenario_that_suspends_under_the_sync_client_fails() -> None:
    async def scenario() -> None:
        await trio.sleep(0)

    with pytest.raises(AssertionError, match="suspended"):
        run_without_suspending(scenario())


def test_collect_lists_an_iterable_at_once_and_an_async_one_when_awaited() -> None:
    async def numbers() -> AsyncIterator[int]:
        for number in range(3):
            yield number

    assert collect(iter([1, 2])) == [1, 2]
    assert trio.run(settle, collect(numbers())) == [0, 1, 2]


def test_the_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock()
    assert clock() == clock() == DEFAULT_START
    clock.advance(90)
    assert (clock() - DEFAULT_START).total_seconds() == 90
