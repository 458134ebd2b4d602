"""The benchmark session: ``nox -f benchmarks/noxfile.py -s bench`` (never run by CI).

The official SDK, aiohttp, pyperf, py-spy, pyinstrument and uvloop are installed in this
session's virtualenv only, pinned to exact versions so that runs compare. Arguments after
``--`` go to ``run.py`` (``--quick`` for a smoke test, ``--skip STEP``).
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

BENCH_REQUIREMENTS = (
    "twilio==9.13.0",
    "aiohttp==3.14.5",
    "aiohttp-retry==2.9.1",
    "pyperf==2.10.0",
    "py-spy==0.4.3",
    "pyinstrument==5.1.3",
    "uvloop==0.23.0",
)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Run the benchmark suite and write benchmarks/RESULTS.md (about 10 minutes)."""
    session.install("-e", f"{ROOT}[trio]", *BENCH_REQUIREMENTS)
    session.chdir(HERE)
    session.run("python", str(HERE / "run.py"), *session.posargs)
