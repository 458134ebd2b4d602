"""Development sessions: tests, lint, typecheck, and ci (all of them)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "lint", "typecheck"]

PYTHON = "3.11"


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
