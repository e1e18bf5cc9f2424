"""An attribute worked out on its first reading and kept on the instance, as
``functools.cached_property`` does, without asking for the instance's ``__dict__`` (issue 15).

``cached_property`` writes into ``instance.__dict__``: asking for it gives the instance a dict
object of its own, and Python 3.11 then reads none of that instance's attributes by its quick
path (the specialised ``LOAD_ATTR_WITH_HINT`` gives way on such a dict every time). :class:`kept`
sets the value through ``object.__setattr__`` instead (past a frozen dataclass's own
``__setattr__`` too): it lands among the instance's inline values, and every later reading of it
is an ordinary attribute's (the descriptor has no ``__set__``, so the instance's value wins).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_O = TypeVar("_O")
_T = TypeVar("_T")


class kept(Generic[_O, _T]):
    """``@kept`` over a method of no arguments: its result, made once an instance."""

    def __init__(self, make: Callable[[_O], _T]) -> None:
        self.make = make
        self.name = make.__name__
        self.__doc__ = make.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> kept[_O, _T]: ...

    @overload
    def __get__(self, obj: _O, owner: type | None = None) -> _T: ...

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.make(obj)
        object.__setattr__(obj, self.name, value)
        return value
