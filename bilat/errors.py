"""bilat's exceptions, one hierarchy.

    BilatError                 anything bilat raises on purpose; str() is one line
    ├── InputError             a file, line, record or URL that cannot be read
    ├── StoreError             the database cannot be opened or migrated
    └── MissingExtra           an optional part is not installed (message names the extra)
"""


class BilatError(Exception):
    """Base class; the CLI prints str(error) as a one-line message."""


class InputError(BilatError):
    def __init__(self, origin: str, problem: str, reason: str = "unreadable"):
        super().__init__(f"{origin}: {problem}")
        self.origin, self.problem, self.reason = origin, problem, reason


class StoreError(BilatError):
    pass


class MissingExtra(BilatError):
    def __init__(self, extra: str, module: str):
        super().__init__(f"{module} is not installed: pip install 'bilat[{extra}]'")
