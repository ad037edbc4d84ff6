"""Domain errors: what went wrong, named by field, so every layer above can report it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sessions.domain.messages import Text


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str
    value: Any = None


class DomainError(Exception):
    """Base of every refusal the core can make."""

    title = "Invalid request"

    def __init__(self, detail: str, errors: list[FieldError] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors: list[FieldError] = list(errors or [])


@dataclass
class _Collector:
    """Collects several field errors so one answer can name all of them."""

    errors: list[FieldError] = field(default_factory=list)

    def add(self, field_name: str, message: str, value: Any = None) -> None:
        self.errors.append(FieldError(field_name, message, value))

    def raise_if_any(self, detail: str = Text("The request has invalid fields.")) -> None:
        if self.errors:
            raise InvalidInput(detail, self.errors)


class InvalidInput(DomainError):
    """Well-formed input that breaks a rule (HTTP 422)."""

    title = "Invalid input"

    @classmethod
    def single(cls, field_name: str, message: str, value: Any = None) -> InvalidInput:
        return cls(message, [FieldError(field_name, message, value)])


ErrorCollector = _Collector


class NotFound(DomainError):
    title = "Not found"


class AlreadyExists(DomainError):
    title = "Already exists"


class StaleVersion(DomainError):
    """The client's If-Match names a version that is no longer current."""

    title = "Precondition failed"
