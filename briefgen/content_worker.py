"""Event contents (summaries, quotations) computed in a process of their own during a first build.

Started when the build starts, the worker loads the summarizer's libraries (SciPy and NLTK through
sumy: about a second of CPU) on another core while the build reads and groups the corpus; then
it computes the contents the packs need while the build's threads render (this is Python work
that would otherwise hold the GIL the rendering threads need).  Like the Typst workers, it is a
child process reading requests on stdin: it ends when the build closes the pipe or kills it, and
it ignores Ctrl-C (the build handles it).

Protocol, in order: the parent writes frames (8-byte big-endian length, then a pickle of
pack.event_content's arguments); the worker answers each with a frame holding ("ok", EventContent)
or ("error", exception).  Pickle is safe here: both ends are this build's own processes.
"""

from __future__ import annotations

import pickle
import queue
import signal
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import Future, InvalidStateError
from pathlib import Path
from typing import BinaryIO

_LENGTH_BYTES = 8


class ContentWorkerGone(Exception):
    """The worker process ended before answering (killed, out of memory)."""


def _write_frame(stream: BinaryIO, value) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(_LENGTH_BYTES, "big") + data)
    stream.flush()


def _read_frame(stream: BinaryIO):
    """The next value, or None at the end of the stream."""
    header = stream.read(_LENGTH_BYTES)
    if len(header) < _LENGTH_BYTES:
        return None
    size = int.from_bytes(header, "big")
    data = stream.read(size)
    return pickle.loads(data) if len(data) == size else None


# the worker (child process) ------------------------------------------------------------------------

def serve(requests: BinaryIO, replies: BinaryIO) -> int:
    from briefgen.pack import event_content
    import briefgen.lexrank  # noqa: F401  (SciPy, NLTK: loaded before the first request arrives)

    while (arguments := _read_frame(requests)) is not None:
        try:
            reply = ("ok", event_content(*arguments))
        except Exception as error:  # the build reports it as its own
            reply = ("error", error)
        try:
            _write_frame(replies, reply)
        except (pickle.PicklingError, TypeError, AttributeError):
            _write_frame(replies, ("error", RuntimeError(repr(reply[1]))))
    return 0


# the parent's side -----------------------------------------------------------------------------------

class ContentWorker:
    """The build's handle on the worker: `submit` returns a Future per request at once (a thread
    writes the requests: the pipe holds less than a few of them), resolved in order by a thread
    reading the replies.  If the worker goes away, pending and later requests fail with
    ContentWorkerGone (the build then computes those contents itself)."""

    def __init__(self) -> None:
        # `python -m` puts its working folder first on sys.path: run where briefgen itself is installed
        self._process = subprocess.Popen([sys.executable, "-m", "briefgen.content_worker"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent)
        self._pending: deque[Future] = deque()
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._gone = False
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._write_requests, name="content-requests", daemon=True),
                         threading.Thread(target=self._read_replies, name="content-replies", daemon=True)]
        for thread in self._threads:
            thread.start()

    def submit(self, *arguments) -> Future:
        future: Future = Future()
        with self._lock:
            if self._gone:
                future.set_exception(ContentWorkerGone())
                return future
            self._pending.append(future)
        self._requests.put(arguments)
        return future

    def _write_requests(self) -> None:
        while (arguments := self._requests.get()) is not None:
            try:
                _write_frame(self._process.stdin, arguments)
            except OSError:
                return  # the worker has gone: the reader fails the pending futures

    def _read_replies(self) -> None:
        while (reply := _read_frame(self._process.stdout)) is not None:
            with self._lock:
                future = self._pending.popleft()
            status, value = reply
            _settle(future, value, failed=status != "ok")
        with self._lock:
            self._gone = True
            pending, self._pending = list(self._pending), deque()
        for future in pending:
            _settle(future, ContentWorkerGone(), failed=True)

    def close(self) -> None:
        """Stop the worker at once (whatever it is computing is no longer wanted)."""
        self._process.kill()
        self._process.wait()
        self._requests.put(None)
        for thread in self._threads:
            thread.join()
        for stream in (self._process.stdin, self._process.stdout):
            try:
                stream.close()
            except OSError:
                pass  # a write the worker never read: nothing to keep


def _settle(future: Future, value, failed: bool) -> None:
    try:
        if failed:
            future.set_exception(value)
        else:
            future.set_result(value)
    except InvalidStateError:
        pass  # cancelled by the build (Ctrl-C): nobody waits for it


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(serve(sys.stdin.buffer, sys.stdout.buffer))
