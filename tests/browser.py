"""Headless Chromium (Debian's `chromium`) driven over the DevTools protocol, for the browser tests.

Why the DevTools protocol over a websocket (websocket-client) rather than Selenium or Playwright:
it needs only the browser (no matching chromedriver, no browser download), and it reports exactly
what the tests check: console messages and exceptions, every request the page makes, values
computed by the page, and screenshots.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def find_browser() -> str | None:
    return next((path for path in map(shutil.which, BROWSERS) if path), None)


def fontconfig_file(folder: Path, font_dirs: tuple[str, ...]) -> Path:
    """A fontconfig file adding briefgen's pip-installed Noto fonts to the system's, so the browser
    draws every script as a reader's machine with those fonts would."""
    dirs = "".join(f"<dir>{directory}</dir>" for directory in font_dirs)
    path = folder / "fonts.conf"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{dirs}'
                    f'<cachedir>{folder / "cache"}</cachedir></fontconfig>', encoding="utf-8")
    return path


@dataclass
class PageReport:
    """What one page did while loading."""

    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


class Chromium:
    """One headless browser; `open(url)` loads a page in a fresh tab and returns a Tab."""

    def __init__(self, executable: str, env: dict[str, str] | None = None):
        self.profile = tempfile.mkdtemp(prefix="briefgen-chromium-")
        arguments = [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
                     "--remote-allow-origins=*", f"--user-data-dir={self.profile}", "--window-size=1200,900",
                     "about:blank"]
        self.process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        env={**os.environ, **(env or {})})
        self.port = self._wait_for_port()

    def _wait_for_port(self, seconds: float = 30) -> int:
        active = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if active.is_file() and active.read_text().strip():
                return int(active.read_text().split()[0])
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode}")
            time.sleep(0.05)
        raise TimeoutError("chromium did not open its DevTools port")

    def open(self, url: str) -> "Tab":
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/json/new?about:blank", method="PUT")
        with urllib.request.urlopen(request, timeout=10) as response:
            target = json.load(response)
        tab = Tab(target["webSocketDebuggerUrl"])
        tab.navigate(url)
        return tab

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


class Tab:
    def __init__(self, websocket_url: str):
        import websocket

        self.socket = websocket.create_connection(websocket_url, timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)
        self.report = PageReport()
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params) -> dict:
        number = next(self.ids)
        self.socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._record(message)

    def _record(self, message: dict) -> None:
        method, params = message.get("method"), message.get("params", {})
        self.events.append(message)
        if method == "Network.requestWillBeSent":
            self.report.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.report.console_errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                                       for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            self.report.console_errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.report.console_errors.append(params["entry"].get("text", ""))

    def navigate(self, url: str, seconds: float = 30) -> None:
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + seconds
        while not any(event.get("method") == "Page.loadEventFired" for event in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load")
            self._record(json.loads(self.socket.recv()))
        self.evaluate("document.fonts.ready.then(() => true)")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.socket.close()


def fonts_used(tab: Tab) -> set[str]:
    """The font families Chromium drew the page's text with (DevTools' platform fonts, per element)."""
    tab.call("DOM.enable")
    tab.call("CSS.enable")
    root = tab.call("DOM.getDocument", depth=-1)["root"]["nodeId"]
    families = set()
    for node in tab.call("DOM.querySelectorAll", nodeId=root, selector="body, body *")["nodeIds"]:
        for font in tab.call("CSS.getPlatformFontsForNode", nodeId=node)["fonts"]:
            families.add(font["familyName"])
    return families


def characters_without_glyph(text: str, families: set[str], env: dict[str, str]) -> set[str]:
    """The characters of `text` that none of `families` has: what the browser drew as a box.
    (Chromium names the first font of an element even for the characters it had no glyph for,
    so the check is whether any font it used covers each character.)"""
    import unicodedata

    from fontTools.ttLib import TTFont

    covered: set[int] = set()
    for family in families:
        found = subprocess.run(["fc-match", "-f", "%{file}\n%{index}", family], capture_output=True, text=True,
                               env={**os.environ, **env}, check=False).stdout.split("\n")
        if len(found) == 2 and found[0]:
            covered |= set(TTFont(found[0], fontNumber=int(found[1] or 0), lazy=True).getBestCmap())
    return {char for char in set(text) if ord(char) not in covered and not char.isspace()
            and unicodedata.category(char) not in ("Cf", "Cc")}
