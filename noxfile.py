"""Development sessions: tests, load, lint, typecheck, conformance, docs, ci, bench."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "lint", "typecheck"]

PYTHON = "3.11"
ROOT = Path(__file__).resolve().parent
PRISM_VERSION = "5.14.2"
PRISM_DIR = ROOT / ".nox" / "prism"  # git-ignored; npm's install is kept between runs
PRISM_DOCUMENTS = {
    "api": "twilio_api_v2010.json",
    "monitor": "twilio_monitor_v1.json",
    # endpoints.request's generic calls (tests/conformance/test_prism_products.py)
    "verify": "twilio_verify_v2.json",
    "lookups": "twilio_lookups_v2.json",
    "messaging": "twilio_messaging_v1.json",
    "content": "twilio_content_v1.json",
}
PRISM_READY_SECONDS = 60.0


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite with branch coverage of the package."""
    session.install("-e", ".[test,trio]")
    session.run(
        "pytest",
        "--cov=twilio_sansio",
        "--cov-branch",
        "--cov-report=term:skip-covered",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def load(session: nox.Session) -> None:
    """Run the slow load tests (``-m slow``), which the plain test run deselects.

    Thousands of requests through both clients against the fake Twilio in its own
    process; about a minute on 2 cores.
    """
    session.install("-e", ".[test,trio]")
    session.run("pytest", "tests/load", "-m", "slow", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """Type-check the package and the tests with mypy --strict."""
    session.install("-e", ".[test,trio]")
    session.run("mypy")


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """Everything CI checks besides the README's Quick start."""
    session.notify("lint")
    session.notify("typecheck")
    session.notify("load")
    session.notify("conformance")
    session.notify("docs")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site; any Sphinx warning (a broken link or reference) fails.

    Internal links, cross-references and the toctree are checked by ``-W``; external links
    are not (no network in CI). The site is written to ``docs/_build/html``.
    """
    session.install("-e", ".[docs,trio]")
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-n",
        "-E",
        "-q",
        "-b",
        "html",
        "docs",
        "docs/_build/html",
        *session.posargs,
    )


def _oai_dir() -> Path:
    configured = os.environ.get("TWILIO_OAI_DIR")
    return Path(configured) if configured else ROOT.parent / "shared" / "twilio-oai"


def _install_prism(session: nox.Session) -> Path:
    """Install Stoplight Prism from npm into .nox/prism unless that version is there."""
    prism = PRISM_DIR / "node_modules" / ".bin" / "prism"
    installed = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if prism.exists() and f'"version": "{PRISM_VERSION}"' in installed.read_text("utf-8"):
        return prism
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    session.run(
        "npm",
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        "--prefix",
        str(PRISM_DIR),
        f"@stoplight/prism-cli@{PRISM_VERSION}",
        external=True,
    )
    return prism


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    """Wait until Prism answers at ``url`` (a 404 at / means it is serving), bounded."""
    # Prism serves only the document's paths: any HTTP answer at / (its 404) means ready.
    deadline = time.monotonic() + PRISM_READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text("utf-8", "replace")[-2000:]
            raise RuntimeError(f"Prism for {url} exited ({process.returncode}):\n{tail}")
        try:
            urllib.request.urlopen(url + "/", timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    tail = log.read_text("utf-8", "replace")[-2000:]
    raise RuntimeError(f"Prism at {url} did not answer in {PRISM_READY_SECONDS:.0f} s:\n{tail}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the process group this session started for one Prism (SIGTERM, then SIGKILL)."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Send every operation through both clients to Prism serving Twilio's own documents.

    One Prism per document of ``PRISM_DOCUMENTS``: API 2010 and Monitor for the typed
    namespaces, and Verify, Lookups, Messaging and Content for ``endpoints.request``.
    """
    oai = _oai_dir()
    missing = [name for name in PRISM_DOCUMENTS.values() if not (oai / name).is_file()]
    if missing:
        session.skip(f"Twilio's OpenAPI documents are not in {oai} (set TWILIO_OAI_DIR)")
    if shutil.which("npm") is None or shutil.which("node") is None:
        session.error("the conformance session needs Node.js and npm (for Stoplight Prism)")
    session.install("-e", ".[test,trio]")
    prism = _install_prism(session)
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="prism-")))
        env = {"TWILIO_OAI_DIR": str(oai)}
        started: dict[str, subprocess.Popen[bytes]] = {}
        for product, name in PRISM_DOCUMENTS.items():
            # Patch copies, never the documents themselves.
            encoded, patched = work / f"encoded-{name}", work / name
            tools = oai / "tools"
            session.run(
                "python", str(tools / "add_form_encoding.py"), str(oai / name), str(encoded)
            )
            session.run("python", str(tools / "add_twilio_errors.py"), str(encoded), str(patched))
            port = _free_port()
            log = work / f"prism-{product}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), str(patched)],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=PRISM_DIR,
                    start_new_session=True,  # its own process group, stopped as a whole
                )
            stack.callback(_stop, process)
            started[product] = process
            env[f"TWILIO_PRISM_{product.upper()}_URL"] = f"http://127.0.0.1:{port}"
        for product, process in started.items():
            url = env[f"TWILIO_PRISM_{product.upper()}_URL"]
            _wait_until_ready(process, url, work / f"prism-{product}.log")
        session.run(
            "pytest", "tests/conformance", "-p", "no:cacheprovider", *session.posargs, env=env
        )


BENCH_REQUIREMENTS = (
    "twilio==9.13.0",
    "aiohttp==3.14.5",
    "aiohttp-retry==2.9.1",
    "pyperf==2.10.0",
    "py-spy==0.4.3",
    "pyinstrument==5.1.3",
    "uvloop==0.23.0",
    "httpx==0.29.0",  # the former async transport's reference rows (no longer in [trio])
    "trustme==1.2.1",  # the benchmark server's throwaway CA for the TLS workloads
)
"""The contenders and tools of the benchmarks, pinned so that runs compare; never in CI."""


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmark against the official SDK and raw HTTP; write benchmarks/RESULTS.md.

    About 10 minutes on 2 cores; ``-- --quick`` for a smoke test, ``-- --skip STEP`` to
    leave a step out. Not part of CI.
    """
    session.install("-e", f"{ROOT}[trio]", *BENCH_REQUIREMENTS)
    session.chdir(ROOT / "benchmarks")
    session.run("python", str(ROOT / "benchmarks" / "run.py"), *session.posargs)
