"""Dataclasses <-> JSON-ready dicts, so the store can keep facts as JSON and read them back."""
from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any

from bilat import model


def to_dict(obj: Any) -> Any:
    """A dataclass (or tuple/list of them) as plain dicts and lists."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_dict(x) for x in obj]
    return obj


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def from_dict(cls: Any, data: Any) -> Any:
    """Rebuild `cls` (a dataclass, tuple[...] or optional type) from `to_dict` output."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_dict(inner[0], data) if len(inner) == 1 else data
    if origin is tuple:
        item = typing.get_args(cls)[0]
        return tuple(from_dict(item, x) for x in data)
    if dataclasses.is_dataclass(cls):
        hints = _hints(cls)
        return cls(**{k: from_dict(hints[k], v) for k, v in data.items() if k in hints})
    return tuple(data) if isinstance(data, list) else data
