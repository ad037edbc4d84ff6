"""Messages that can be said in the reader's language.

The core speaks English, but a refusal such as the DST one is read by people in six languages
(PRODUCT.md, "Languages"). A `Text` is an ordinary `str` (the English sentence, so every caller
and test keeps working) that also remembers its template and values: the edges look the
template up in the reader's catalogue (`sessions.languages`) and fill the same values in.
Values that are themselves `Text` are said in the reader's language too.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = params
        return made
