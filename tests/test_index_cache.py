"""The built KB kept between processes (knowledge.index_cache): read back, it answers exactly
as a fresh build; any change to the data or the code is a new file; a damaged or unwritable
cache only means building again. So with the other things a start would derive again (the
lexicon, the dialogue acts' phrases): each kind its own file, read back as it was built."""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

import pytest

from knowledge.answers import ask
from knowledge.dialogue import _read_phrases
from knowledge.eval_sets import EVAL_DIR, load_cases
from knowledge.index_cache import ABANDONED_AFTER, built, cache_dir, digest, kept, load_or_build
from knowledge.kb import DATA_DIR, KnowledgeBase, load_kb
from knowledge.lexicon import Lexicon, raw_concepts
from knowledge.normalize import surface_form


def _never() -> KnowledgeBase:
    raise AssertionError("built again although a good file was there")


def _questions() -> list[str]:
    names = ("dev_first_contact.yaml", "dev_students2_ru.yaml", "dev_students2_kk.yaml", "dev_codeswitch.yaml")
    found = [case.question for name in names for case in load_cases(EVAL_DIR / name)]
    return [*found, "modernizaton", "модернизацыя", "жанғыру", "what is democracy and who is Bell"]  # typos: the fuzzy paths


def _outcome(kb: KnowledgeBase, question: str) -> tuple[object, ...]:
    a = ask(kb, question)
    return (a.outcome, a.lang, a.entry.id if a.entry else None, round(a.score, 6), a.ranked, [s.entry_id for s in a.suggestions])


def test_a_cached_kb_answers_exactly_like_a_fresh_build(tmp_path: Path) -> None:
    built = load_or_build("k", load_kb, tmp_path)
    assert len(list(tmp_path.glob("kb-k.pickle"))) == 1
    cached = load_or_build("k", _never, tmp_path)
    assert cached is not built and cached.entries.keys() == built.entries.keys()
    questions = _questions()
    assert len(questions) > 500
    for question in questions:
        assert _outcome(cached, question) == _outcome(built, question), question


def test_a_damaged_file_is_built_again_and_replaced(tmp_path: Path) -> None:
    (tmp_path / "kb-k.pickle").write_bytes(b"not a pickle")
    built = load_or_build("k", load_kb, tmp_path)
    assert built.entries
    assert load_or_build("k", _never, tmp_path).entries.keys() == built.entries.keys()


def test_the_lexicon_and_the_dialogue_phrases_read_back_as_they_were_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAIASAT_CACHE_DIR", str(tmp_path))
    fresh = Lexicon(raw_concepts(), surface_form)
    assert vars(built("lexicon", lambda: Lexicon(raw_concepts(), surface_form))) == vars(fresh)
    read = built("lexicon", _never)
    assert vars(read) == vars(fresh) and fresh.concepts
    assert all(read.token(word, lang) == fresh.token(word, lang) for word, lang in (("модернизация", "kk"), ("parties", "en")))
    phrases = _read_phrases()
    assert built("dialogue", _read_phrases) == phrases and phrases
    assert built("dialogue", _never) == phrases
    assert sorted(p.name.split("-")[0] for p in tmp_path.glob("*.pickle")) == ["dialogue", "lexicon"]


def test_each_kind_keeps_its_own_newest_builds(tmp_path: Path) -> None:
    for n in range(7):
        load_or_build(f"k{n}", lambda: {"n": 1}, tmp_path)
        load_or_build(f"k{n}", lambda: {"n": 2}, tmp_path, "lexicon")
    load_or_build("k0", lambda: {"n": 3}, tmp_path, "lexicon-old")  # not one of "lexicon"'s builds
    assert load_or_build("k6", _never, tmp_path, "lexicon") == {"n": 2}
    assert len(list(tmp_path.glob("kb-*.pickle"))) == 4
    assert len(list(tmp_path.glob("lexicon-k*.pickle"))) == 4
    assert load_or_build("k0", _never, tmp_path, "lexicon-old") == {"n": 3}
    assert not kept("k0", tmp_path, "lexicon") and kept("k6", tmp_path, "lexicon")


def test_a_write_left_by_a_killed_process_is_removed_once_old(tmp_path: Path) -> None:
    abandoned, writing, other = (tmp_path / name for name in (".lexicon-abc123.tmp", ".lexicon-def456.tmp", ".kb-ghi789.tmp"))
    for path in (abandoned, writing, other):
        path.write_bytes(b"half a pickle")
    an_hour_ago = time.time() - 2 * ABANDONED_AFTER
    os.utime(abandoned, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    load_or_build("k", lambda: {"n": 1}, tmp_path, "lexicon")
    assert not abandoned.exists()
    assert writing.exists()  # another process may be writing it now
    assert other.exists()  # another kind's: pruned when that kind is built
    load_or_build("k", lambda: {"n": 1}, tmp_path)
    assert not other.exists()


def test_an_unwritable_directory_only_means_building_each_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would be")
    assert load_or_build("k", load_kb, blocker / "cache").entries
    assert not (blocker / "cache").exists()


def test_a_build_is_logged_and_then_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="saiasat")
    assert not kept("k", tmp_path) and not kept("k", None)
    load_or_build("k", lambda: {"n": 1}, tmp_path)
    assert kept("k", tmp_path)
    said = [r.getMessage() for r in caplog.records]
    assert said == [f"building the knowledge base's index (kept in {tmp_path} for the next starts)"]
    caplog.clear()
    assert load_or_build("k", _never, tmp_path) == {"n": 1}
    assert not caplog.records  # read, not built: nothing to say


def test_old_builds_are_pruned(tmp_path: Path) -> None:
    for n in range(7):
        load_or_build(f"k{n}", lambda: {"n": 1}, tmp_path)
    assert len(list(tmp_path.glob("kb-*.pickle"))) == 4


def test_the_name_changes_with_the_data_and_the_dev_sets_but_not_with_the_other_evaluation_sets(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    first = digest(data)
    assert digest(data) == first
    (data / "eval" / "heldout_first_contact.yaml").write_text("[]\n", encoding="utf-8")
    assert digest(data) == first
    (data / "eval" / "dev_first_contact.yaml").write_text("[]\n", encoding="utf-8")  # the second reading reads it
    second = digest(data)
    assert second != first
    first = second
    entry_file = sorted((data / "kb").glob("*.yaml"))[0]
    entry_file.write_text(entry_file.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert digest(data) != first


def test_the_cache_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SAIASAT_CACHE_DIR", "off")
    assert cache_dir() is None
    monkeypatch.setenv("SAIASAT_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("SAIASAT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "saiasat"
