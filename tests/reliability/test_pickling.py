"""Nothing that holds credentials can be pickled: a pickle would carry the secret in clear.

``Client`` refused already (its connection pool holds locks); ``ClientConfig`` and its
``Credentials`` pickled the auth token as it is, and so did an ``AsyncClient`` over the
h11 transport. All of them now raise the ``TypeError`` pickle expects, saying why,
without the secret; copying a configuration still works (it never changes).
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from tests.reliability._support import ACCOUNT, TOKEN
from twilio_sansio import AsyncClient, Client
from twilio_sansio.transports.h11_async import H11Transport

HOLDERS: dict[str, Callable[[], Any]] = {
    "Client": lambda: Client(ACCOUNT, TOKEN),
    "AsyncClient": lambda: AsyncClient(ACCOUNT, TOKEN, transport=H11Transport()),
    "ClientConfig": lambda: Client(ACCOUNT, TOKEN).config,
    "Credentials": lambda: Client(ACCOUNT, TOKEN).config.credentials,
    "a view's ClientConfig": lambda: Client(ACCOUNT, TOKEN).for_subaccount("AC" + "1" * 32),
}


@pytest.mark.parametrize("holder", list(HOLDERS))
@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_what_holds_credentials_refuses_pickling(holder: str, protocol: int) -> None:
    value = HOLDERS[holder]()
    with pytest.raises(TypeError, match="cannot be pickled") as caught:
        pickle.dumps(value, protocol)
    assert TOKEN not in str(caught.value)


def test_a_config_copies_as_itself() -> None:
    config = Client(ACCOUNT, TOKEN).config
    assert copy.copy(config) is config
    assert copy.deepcopy(config) is config
    assert copy.deepcopy({"config": config})["config"] is config
