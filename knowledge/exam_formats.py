"""Practice-test questions pasted as they are: a multiple-choice question is answered from its stem,
and a test's instruction ("Fill in the blank:", "Заполните пропуск:", "Бос орынды толтыр:"), the
label of an exam ticket ("Билет №7.") or the number of an exam sheet's item ("3. Explain the role of…") asks
nothing itself.

"Political stability in Kazakhstan is of interest to: a) only neighbouring countries b) …" is the
essay's question about who is interested in that stability; its options name countries, the world
and organisations the essay never discusses, and matched with the stem they drowned it.
"""

from __future__ import annotations

import re

from knowledge.normalize import detect_language, named_terms

_FLAGS = re.IGNORECASE

# an option's mark: "a)", "(b)", "А)", "ә)" at the start or after a space, a colon or a question mark ("Н. А. Назарбаев"
# has none)
_MARK = r"(?:^|(?<=[\s:?;,]))\(?({letters})\)\s"
_LATIN = "abcde"
_CYRILLIC = "абвгдеәс"  # Kazakh tests mark А) В) С) Д) (letters shaped like the Latin ones), Russian а) б) в) г)
_FIRST = re.compile(_MARK.format(letters="a|а"), _FLAGS)
_MARKS = re.compile(_MARK.format(letters="|".join(_LATIN + _CYRILLIC)), _FLAGS)
_INSTRUCTION = re.compile(
    r"^\W*(?:fill in the (?:blanks?|gaps?)|fill the (?:blanks?|gaps?)|complete the sentence|choose the (?:correct|right) (?:answer|option)"
    r"|заполните пропуски?|заполни пропуски?|вставьте пропущенное слово|вставь пропущенное слово|выберите (?:правильный|верный) ответ"
    r"|бос орынды толтыр\w*|бос орындарды толтыр\w*|дұрыс жауапты таңда\w*|дурыс жауапты танда\w*)\s*[:.\-–—]?\s*",
    _FLAGS,
)
# the number of a sheet's item: "1. Explain…", "1.Explain…", "2.) …", "7) Сипаттаңыз…", "№3. …" (not "2.5", not "3
# dimensions"); never the number of what one word after it names in the singular ("2.ref", "10.reference in the essay",
# "5.источника", "9.абзац о чем", "20.века"), though "3. References of the essay", "11. Reference list of the essay" and
# "2) Paragraph 5 summary" are items
_NUMBERED = (
    r"(?!(?i:(?:ref|reference|source|источник[аеу]?|ссылк[аеу]|сілтеме(?!лер)\w*|әдебиет(?!тер)\w*)\b(?!\s+list\b)(?!\s+of\s+the\b)"
    r"|(?:абзац(?!ы\b|тар)\w*|paragraph|para|par|pp?|century|век[аеу]?|ғасыр\w*)\b(?!\.?\s*\d)))"
)
_ITEM_NUMBER = re.compile(rf"^\s*(?:№\s*)?\d{{1,2}}\s*(?:\.\)|[.)])\s*(?=[^\W\d]){_NUMBERED}")
# an exam ticket's label before its items: "Билет №7. 1) …", "билет 3. …", "Ticket 12: …"
# ("№" reads "No" once the message is cleaned)
# (its mark after the number: "Билет 3 на экзамене — что там будет?" is no label)
_TICKET = re.compile(r"^\W*(?:билет|билеті|exam ticket|ticket)\s*(?:(?:№|no\.?)\s*)?\d{1,3}\s*[.):]\s*(?=\S)", _FLAGS)
# …and a seminar plan's task, before what names a term of the essay ("Task 1 - name the author of the article", "Q3:
# Explain …", "Задание 2. …", "3-тапсырма: …"; not "Q3: discuss in groups")
_TASK = re.compile(
    r"^\W*(?:task|q|question|задание|вопрос|тапсырма|сұрақ)\s*(?:(?:№|no\.?)\s*)?\d{1,3}\s*(?:[.):]|\s[-–—])\s*(?=\S)"
    r"|^\W*\d{1,2}\s*-?\s*(?:тапсырма|сұрақ)\s*[.):]\s*(?=\S)",
    _FLAGS,
)
_UNDERSCORES = re.compile(r"_{2,}")  # a blank to fill: what is asked
_DOTS = re.compile(r"\.{3,}|…")  # …and after a test's instruction, dots too (elsewhere they only trail off)


def question_stem(text: str) -> str:
    """The question a pasted test item asks: without its item number, its instruction, its blanks and,
    when it offers two options or more, its options; the text itself when nothing would be left."""
    text = _ITEM_NUMBER.sub("", _TICKET.sub("", text, count=1), count=1)
    task = _TASK.match(text)
    if task is not None and named_terms(text[task.end() :], detect_language(text[task.end() :])):
        text = text[task.end() :]
    stem = _INSTRUCTION.sub("", text, count=1)
    stem = _UNDERSCORES.sub(" ", _DOTS.sub(" ", stem) if stem != text else stem)
    first = _FIRST.search(stem)
    if first is not None and len(_MARKS.findall(stem, first.start())) >= 2:
        stem = stem[: first.start()]
    if stem == text:
        return text
    stem = re.sub(r"\s+", " ", stem).strip(" :;,-–—")
    # a stem that names no term of the essay only frames its options ("True or false: a) … b) …", "Which
    # statement is correct?", "Two questions: a) … b) …"): they are the question
    return stem if named_terms(stem, detect_language(stem)) else text
