import hashlib

from knowledge.essay import load_essay, parse_essay

ESSAY_SHA256 = "13d08a7c5ea0d5f784cd24e3c45f354b80b8505a54bcb9b4ee5cdd9afc1f1461"


def test_packaged_essay_is_the_published_text_byte_for_byte():
    essay = load_essay()
    assert hashlib.sha256(essay.text.encode("utf-8")).hexdigest() == ESSAY_SHA256


def test_paragraphs_are_numbered_title_body_references():
    essay = load_essay()
    assert essay.title.startswith("The role and importance of political parties")
    assert essay.paragraphs[1].startswith("Abstract:")
    assert essay.paragraphs[2].startswith("Keywords:")
    assert essay.paragraphs[3].startswith("Political modernization is an important direction")
    assert essay.paragraphs[19].startswith("In conclusion")
    assert len(essay.paragraphs) == 21
    assert essay.label(0) == "title" and essay.label(7) == "¶7" and essay.label(20) == "references"


def test_the_eleven_references_are_parsed():
    essay = load_essay()
    assert [r.number for r in essay.references] == list(range(1, 12))
    assert essay.reference(8).text == "Nysanbaev AN Political science. - Almaty, 1998."
    assert essay.reference(12) is None


def test_quotes_are_found_whitespace_normalized_only_in_their_paragraph():
    essay = load_essay()
    assert essay.contains(7, "Democracy is the basis of  civilization.")
    assert not essay.contains(8, "Democracy is the basis of civilization.")
    assert not essay.contains(7, "Democracy is the basis of civilisation.")
    assert not essay.contains(99, "Democracy")


def test_parse_splits_blocks_on_blank_lines():
    essay = parse_essay("\n\nT\n\nA b.\n \nC\nd.\n\n\nReferences\n\n1. X Y.\n2. Z.\n")
    assert essay.paragraphs == ("T", "A b.", "C\nd.", "References\n1. X Y.\n2. Z.")
    assert [r.text for r in essay.references] == ["X Y.", "Z."]
