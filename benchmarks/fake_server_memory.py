"""What ``twilio-sansio fake-server`` keeps per request: its heap growth over N GETs.

``python benchmarks/fake_server_memory.py [N]`` (default 30,000) serves the command
line's fake (``record=False``) on 127.0.0.1, sends N GETs of one message page over one
keep-alive connection, and prints how many requests the loopback server kept, how much
the Python heap grew meanwhile (``tracemalloc``, both threads) and the peak RSS (which
includes tracemalloc's own bookkeeping). Issue 15: before the fix the server kept every
request.
"""

from __future__ import annotations

import base64
import http.client
import os
import resource
import sys
import tracemalloc

from twilio_sansio.cli.commands.fake import logging_fake


def main(count: int) -> None:
    """Send ``count`` GETs to a fresh fake-server and print what it kept."""
    with open(os.devnull, "w", encoding="utf-8") as log:
        fake = logging_fake(log)
        with fake.serve() as server:
            pair = f"{fake.account_sid}:{fake.auth_token}".encode()
            headers = {"Authorization": "Basic " + base64.b64encode(pair).decode()}
            path = f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json?PageSize=1"
            connection = http.client.HTTPConnection("127.0.0.1", server.port)
            tracemalloc.start()
            before = tracemalloc.take_snapshot()
            for _ in range(count):
                connection.request("GET", path, headers=headers)
                connection.getresponse().read()
            after = tracemalloc.take_snapshot()
            connection.close()
            kept = len(server.loopback.requests)
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(
        f"{count} GETs: loopback.requests kept {kept}, "
        f"Python heap grew {grown / 1e6:.1f} MB, peak RSS {peak:.0f} MB"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30_000)
