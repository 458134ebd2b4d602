"""Sphinx configuration of the twilio-sansio documentation (``nox -s docs``).

Pages are MyST Markdown; the API reference is autodoc over Google-style docstrings
(napoleon). Nothing here reaches the network: no intersphinx, no link checking.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))
sys.path.insert(0, str(DOCS.parent))

from twilio_sansio import __version__  # noqa: E402

project = "twilio-sansio"
author = "twilio-sansio developers"
copyright = "twilio-sansio developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "twilio_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# Only pages are built: build output, the local extension and anything not a page stay out.
exclude_patterns = ["_build", "_ext", "**/README.md", "Thumbs.db", ".DS_Store"]

# MyST: anchors on headings down to ###, so a page can link to [a section](page.md#anchor).
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]

# autodoc and napoleon: Google-style docstrings, members in source order, type hints shown
# in the signature (they are the documented contract), never imported at build time from
# the network.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True
# Napoleon writes a parameter named ``from_`` as ``from\_`` only with this on; otherwise
# rST reads the trailing underscore as a link and shows ``from``.
strip_signature_backslash = True
# Shown by name, not expanded into the whole union at every ``**params``.
autodoc_type_aliases = {"ParamValue": "twilio_sansio.core.encoding.ParamValue"}
add_module_names = False
python_use_unqualified_type_names = True

# Cross-references are checked (-n): references to names outside this project (the standard
# library, attrs, trio, httpx) cannot resolve without intersphinx, which needs the network.
nitpick_ignore_regex = [
    ("py:.*", r"(typing|collections\.abc|datetime|decimal|enum|ssl|types|contextlib|os|json)\..*"),
    ("py:.*", r"xml\..*"),  # the fake's deliveries read TwiML answers with ElementTree
    ("py:.*", r"(attrs|trio|anyio|httpx|urllib3|jwt|phonenumbers|pytest|_pytest)(\..*)?"),
    ("py:class", r"(.*\.)?[A-Z]"),  # type variables (T, R) in generic signatures
    ("py:class", r"twilio_sansio\._base\.TransportT"),  # the clients' transport type variable
    ("py:class", r"twilio_sansio\.twiml\._element\._Child"),  # a parent's allowed children
]
# Internal helpers that public signatures or docstrings name; their users never build them.
nitpick_ignore = [
    ("py:class", "twilio_sansio.core.config.BaseUrls"),
    ("py:meth", "BaseUrls.confine"),
    ("py:data", "DEADLINE_POOL_CLASSES"),
    ("py:class", "twilio_sansio.core.paging.Lister"),
    ("py:class", "twilio_sansio.core.time_range.RangeFilter"),
    ("py:class", "twilio_sansio.testing.fake.faults.Hang"),
    ("py:class", "Hang"),
    ("py:class", "FakeTransport"),
    ("py:class", "AsyncFakeTransport"),
    ("py:func", "twilio_sansio.core.encoding.path_segment"),
    ("py:func", "date_filters"),
    ("py:func", "content_url_job"),
]

html_theme = "furo"
html_title = f"twilio-sansio {__version__}"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_show_sourcelink = False
pygments_style = "friendly"
pygments_dark_style = "monokai"
