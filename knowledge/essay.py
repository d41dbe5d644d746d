"""The essay the knowledge base is built from, split into numbered paragraphs.

Numbering: the essay's blank-line separated blocks. ¶0 is the title, ¶1 … ¶19 the
body (abstract, keywords, text, conclusion) and the last number the reference list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

ATTRIBUTION = (
    '"The role and importance of political parties in the Republic of Kazakhstan and the '
    'essence of the political process" (English translation, as published)'
)


@dataclass(frozen=True)
class Reference:
    number: int
    text: str


@dataclass(frozen=True)
class Essay:
    text: str
    paragraphs: tuple[str, ...]  # index = paragraph number
    references: tuple[Reference, ...]

    @property
    def title(self) -> str:
        return self.paragraphs[0]

    @property
    def references_paragraph(self) -> int:
        return len(self.paragraphs) - 1

    def label(self, number: int) -> str:
        """How a paragraph is named to a reader: 'title', '¶7', 'references'."""
        if number == 0:
            return "title"
        if number == self.references_paragraph:
            return "references"
        return f"¶{number}"

    def contains(self, number: int, quote: str) -> bool:
        """True when `quote` stands verbatim in paragraph `number` (whitespace-normalized)."""
        if not 0 <= number < len(self.paragraphs):
            return False
        return collapse_spaces(quote) in collapse_spaces(self.paragraphs[number])

    def reference(self, number: int) -> Reference | None:
        return next((r for r in self.references if r.number == number), None)


def collapse_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def parse_essay(text: str) -> Essay:
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    start = next(i for i, b in enumerate(blocks) if b == "References")
    reference_lines = "\n".join(blocks[start:])
    references = tuple(
        Reference(int(m.group(1)), m.group(2).strip()) for m in re.finditer(r"^(\d+)\.\s+(.+)$", reference_lines, re.MULTILINE)
    )
    return Essay(text=text, paragraphs=(*blocks[:start], reference_lines), references=references)


@cache
def load_essay() -> Essay:
    text = resources.files("knowledge").joinpath("data/essay.txt").read_text(encoding="utf-8")
    return parse_essay(text)
