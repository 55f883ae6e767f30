"""Domain errors. Only the CLI turns them into messages and exit codes."""
from __future__ import annotations


class BriefingError(Exception):
    """A failure the user can act on. ``str(error)`` is the one-line message."""
    exit_code = 1


class ConfigError(BriefingError):
    """config.yaml is wrong; carries every problem found, each as 'config.yaml:LINE: key: message'."""
    exit_code = 2

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems in the configuration")


class UsageError(BriefingError):
    exit_code = 2


class InputError(BriefingError):
    """No usable article could be read."""


class ModelError(BriefingError):
    """The spaCy pipeline is not installed."""


class OutputError(BriefingError):
    """An output could not be written; the previous outputs are left as they were."""
