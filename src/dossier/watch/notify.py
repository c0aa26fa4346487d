"""`watch --notify COMMAND`: a command the user gives, run once per poll that changed something, with the poll's
report and its changes as JSON on standard input. Dossier holds nobody's credentials: the command sends the mail,
posts to the chat or writes the file. A command that fails (exits non-zero, cannot start, runs past its time) is
reported in one line and the watch goes on."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from typing import Any

NOTIFY_TIMEOUT = 60.0  # seconds a notify command may run


@dataclass(frozen=True, slots=True)
class Notifier:
    command: str  # run by the shell, as the user wrote it
    timeout: float = NOTIFY_TIMEOUT

    def __call__(self, payload: dict[str, Any]) -> str | None:
        """Run the command with `payload` as JSON on its standard input; None when it succeeded, else why not
        (one line)."""
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8") + b"\n"
        try:  # through the shell on purpose: the command is the user's own, pipes and quotes included
            done = subprocess.run(self.command, shell=True, input=data, capture_output=True,
                                  timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired:
            return f"notify command ran past {self.timeout:g}s and was stopped"
        except OSError as problem:
            return f"notify command could not start: {problem.strerror or problem}"
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()
            tail = f": {said[-1][:200]}" if said else ""
            return f"notify command failed with exit status {done.returncode}{tail}"
        return None
