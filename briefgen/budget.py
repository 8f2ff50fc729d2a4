"""Time and memory budgets for the programs briefgen runs (pandoc, the Typst compiler).

A run that takes too long is killed at its deadline; one that needs too much memory is stopped
by its own limit (pandoc's `+RTS -M`, an address-space rlimit for the Typst worker).  Either
way the artifact fails with one line naming the budget and the option that changes it, and the
build goes on with the other artifacts.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.errors import RenderError

DEFAULT_RENDER_SECONDS = 60.0
DEFAULT_RENDER_MEMORY_MB = 1024


@dataclass(frozen=True)
class Budget:
    """What one pandoc or Typst run may use."""

    seconds: float = DEFAULT_RENDER_SECONDS
    memory_mb: int = DEFAULT_RENDER_MEMORY_MB

    @property
    def memory_bytes(self) -> int:
        return self.memory_mb * 2**20

    def too_slow(self, program: str) -> RenderError:
        return RenderError(f"{program} took longer than {self.seconds:g} s and was stopped (--render-timeout)")

    def too_big(self, program: str) -> RenderError:
        return RenderError(f"{program} needed more than {self.memory_mb} MB of memory and was stopped "
                           f"(--render-memory)")


def run_limited(command: Sequence[str], data: bytes, budget: Budget, program: str, cwd: str | None = None,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `command` with `data` on stdin, killed when the budget's time runs out (output captured)."""
    try:
        return subprocess.run(list(command), input=data, capture_output=True, timeout=budget.seconds, check=False,
                              cwd=cwd, env=env)
    except subprocess.TimeoutExpired:
        raise budget.too_slow(program) from None
    except OSError as error:
        raise RenderError(f"could not run {program}: {error}") from None
