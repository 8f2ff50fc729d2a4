"""content_worker.py: event contents computed in a child process are the ones this process computes."""

from __future__ import annotations

import pytest

from briefgen.content_worker import ContentWorker, ContentWorkerGone
from briefgen.pack import Options, event_content
from conftest import make_unit

TEXT = """Leaders met in Astana on 4 July 2024 for the SCO summit and signed the Astana Declaration.

"We are building a fairer world order," Xi Jinping said at the meeting."""


def test_the_worker_gives_this_process_s_content_then_reports_that_it_has_gone(catalog):
    event = catalog.event("astana-2024")
    arguments = (event, [make_unit(TEXT, date="2024-07-04")], catalog, Options(), None)
    worker = ContentWorker()
    try:
        first, second = worker.submit(*arguments), worker.submit(*arguments[:-1], "en")
        assert first.result(timeout=120) == event_content(*arguments)
        assert second.result(timeout=120) == event_content(*arguments[:-1], "en")
        failing = worker.submit(event, [make_unit(TEXT)], catalog, "not options", None)
        with pytest.raises(AttributeError):  # the worker's own error, raised here
            failing.result(timeout=120)
    finally:
        worker.close()
    with pytest.raises(ContentWorkerGone):
        worker.submit(*arguments).result(timeout=10)
