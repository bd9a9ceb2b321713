"""One exception hierarchy for synoptic::

    SynopticError
    ├── InputError              no usable input (every article rejected, nothing given)
    ├── ConfigError             a setting out of range or a name no registry knows
    ├── ModelIntegrityError     a packaged model file's sha256 is not the pinned one
    └── MissingDependencyError  an optional extra is not installed

Bad *individual* inputs are not exceptions: the pipeline turns them into
`synoptic.model.Rejection` values and goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synoptic.model import Rejection

__all__ = [
    "ConfigError",
    "InputError",
    "MissingDependencyError",
    "ModelIntegrityError",
    "SynopticError",
]


class SynopticError(Exception):
    """Base class of every error synoptic raises on purpose."""


class InputError(SynopticError):
    """No usable input: nothing was given, or every article was rejected.

    Attributes:
        rejected: The inputs that were rejected on the way (to report them).
    """

    def __init__(self, message: str, rejected: Sequence[Rejection] = ()) -> None:
        super().__init__(message)
        self.rejected = tuple(rejected)


class ConfigError(SynopticError, ValueError):
    """A setting is out of range, or names an implementation no registry knows."""


class ModelIntegrityError(SynopticError):
    """A packaged model file is not the one synoptic was tested with (its sha256 differs)."""


class MissingDependencyError(SynopticError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed; install it with: pip install 'synoptic[{extra}]'"
        )
        self.package = package
        self.extra = extra
