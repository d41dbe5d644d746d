import pytest

from knowledge.normalize import MAX_QUERY_CHARS, clean, detect_language, kazakh_skeleton, tokens


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("What is political modernization?", "en"),
        ("bell industrial society", "en"),
        ("Что такое политическая модернизация?", "ru"),
        ("политичская модрнизация", "ru"),
        ("Саяси жаңғыру дегеніміз не?", "kk"),
        ("саяси жангыру деген не", "kk"),  # Kazakh without its special letters
        ("sayasi zhangyru degenimiz ne", "kk"),  # informal Latin
        ("Sayasi jañğyru degenımız ne", "kk"),  # 2021 Latin alphabet
        ("who is Elbasy", "en"),  # Kazakh names in an English question
        ("qazaqstan 2030 address", "en"),
        ("элеуметтик шиеленис", "kk"),  # Kazakh terms alone, typed without Kazakh letters (ә as э)
        ("саяси жуйе", "kk"),
        ("переход от советской модели к демократии в кз", "ru"),  # "кз" is Russian shorthand too
        ("demokratiya and civilization connection by author", "en"),  # a Kazakh term in an English question
        ("zhambylov enbekteri", "kk"),  # a Kazakh ending in Latin letters
        ("parliamentary democracy", "en"),  # English -ary is no Kazakh -tary
        ("military", "en"),
        ("Марк Аврелий билікті кімге берді, и что получилось", "kk"),  # an inflected Kazakh asking word
        ("tema esse kakaya", "ru"),  # a loan Russian and Kazakh spell alike in Latin letters, a Russian word
        ("demokratiya chto eto", "ru"),
        ("demokratiya", "kk"),  # alone, as before
        ("avtor ne deidi", "kk"),
        ("демократия не", "kk"),  # a question ending in "не" is Kazakh's "what"
        ("адебиеттер тизими", "kk"),  # a Kazakh term without its letters, a Russian-looking ending
        ("алгоритм модернизации цитата элбасы", "ru"),  # a loanword in a Russian case: Kazakh says "модернизацияның"
        ("роль партийной системы", "ru"),
        # a Kazakh particle tacked onto a Russian question: Russian; Kazakh typed without its letters stays Kazakh
        ("в законе демократические принципы закреплены ма", "ru"),
        ("главная мысль эссе одним предложением ғана", "ru"),
        ("основа общества сегодня кто, партии ма?", "ru"),
        ("демократия ма?", "kk"),
        ("реально дурыс модернизация алеуметтик шиеленисти азайта ма", "kk"),
    ],
)
def test_language_of_a_message_comes_from_its_letters_and_words(text, lang):
    assert detect_language(text) == lang


def test_hint_settles_only_what_the_letters_leave_open():
    assert detect_language("демократия", hint="kk") == "kk"
    assert detect_language("демократия", hint="en") == "ru"
    assert detect_language("What is democracy", hint="ru") == "en"
    assert detect_language("12345 !!!", hint="ru") == "ru"
    # a Russian inflection no Kazakh word has, or a Kazakh conjunction, leaves nothing open
    for russian in ("ключевые слова", "молодой казах газета", "полит система адаптация", "задачами партий"):
        assert detect_language(russian, hint="kk") == "ru", russian
    for kazakh in ("Мустафин мен Нысанбаев", "демократия пен модернизация"):
        assert detect_language(kazakh, hint="ru") == "kk", kazakh


def test_kazakh_scripts_fold_to_the_same_tokens():
    cyrillic = tokens("Саяси жаңғырудың анықтамасы", "kk")
    plain = tokens("саяси жангырудын аныктамасы", "kk")
    latin = tokens("sayasi zhangyrudyn anyqtamasy", "kk")
    assert cyrillic == plain == latin
    assert kazakh_skeleton("қазақ") == kazakh_skeleton("qazaq") == "kazak"


def test_words_are_stemmed_without_stop_words_and_domain_words_become_concepts():
    assert tokens("What are the main features?", "en") == ["featur"]
    assert tokens("Какие главные черты?", "ru") == ["главн", "черт"]
    assert tokens("Ёлка", "ru") == tokens("елка", "ru")
    # one concept token for a domain word in every language, script and inflection
    concepts = ["#political", "#party"]
    assert tokens("What are the political parties?", "en") == concepts
    assert tokens("Что такое политические партии?", "ru") == concepts
    assert tokens("саяси партиялардың", "kk") == tokens("sayasi partiyalardyn", "kk") == concepts
    assert tokens("полит партия", "ru") == concepts  # an abbreviation


def test_kazakh_loanwords_and_native_terms_are_one_concept():
    assert tokens("модернизация", "kk") == tokens("жаңғыру", "kk") == tokens("модернизация", "ru") == ["#modernization"]
    assert tokens("демократия", "kk") == tokens("democracy", "en") == ["#democracy"]
    assert tokens("саяси үдеріс", "kk") == tokens("саяси процесс", "kk") == ["#political", "#process"]
    assert tokens("өркениет", "kk") == tokens("цивилизация", "kk") == tokens("civilisation", "en")


def test_an_everyday_phrase_is_its_concept_in_every_language():
    """Words that say a concept only together ("people in charge", "бас тарту") are its token, the phrase's
    other words gone; the same words apart are no phrase."""
    assert tokens("the people in charge having to answer for it", "en") == ["#power", "#responsibility"]
    assert tokens("keep things calm", "en") == tokens("стабильность", "ru") == ["#stability"]
    assert tokens("ескі тәртіптен бас тарту", "kk") == tokens("eski tartipten bas tartu", "kk") == ["#tradition", "#rejection"]
    assert tokens("когда политика становится современнее", "ru") == ["#policy", "#modernization"]
    assert tokens("власть отвечает перед народом", "ru") == ["#power", "#responsibility", "перед", "#people"]  # "+перед"
    assert tokens("елде без хаоса болу үшін", "kk") == ["#country", "#stability", "bolu"]  # a Russian phrase in Kazakh
    assert tokens("the people answer, in charge", "en") == ["#people", "answer", "charg"]


def test_a_prefix_exception_keeps_a_different_word_apart():
    assert tokens("авторитаризм", "ru") != tokens("автор", "ru")
    assert tokens("саясаттану", "kk") == ["#political-science"] != tokens("саясат", "kk")


def test_numbers_fold_across_scripts_but_cardinals_stay_apart_from_ordinals():
    assert tokens("4th century", "en")[0] == tokens("IV век", "ru")[0] == tokens("төртінші", "kk")[0] == "#n4th"
    assert tokens("three dimensions", "en")[0] != tokens("third dimension", "en")[0]


def test_clean_removes_control_characters_and_bounds_length():
    assert clean("a\x00b\u200bc\n\td") == "a b c d"
    assert len(clean("x" * 20000)) == MAX_QUERY_CHARS
    assert clean("ｍｏｄｅｒｎｉｚａｔｉｏｎ") == "modernization"  # NFKC


def test_requests_for_a_plain_answer_are_dropped_but_their_words_alone_are_not():
    assert tokens("what is political modernization in simple words", "en") == tokens("political modernization", "en")
    assert tokens("объясни простыми словами модернизацию", "ru") == tokens("модернизацию", "ru")
    assert tokens("саяси даму деген не өз сөзіңмен", "kk") == tokens("саяси даму", "kk")
    assert tokens("key words of the essay", "en") == ["key", "word"]


def test_the_2021_kazakh_latin_alphabet_folds_like_cyrillic():
    assert kazakh_skeleton("tılı") == kazakh_skeleton("тілі")
    assert kazakh_skeleton("degenımız") == kazakh_skeleton("дегеніміз")
    assert kazakh_skeleton("İnnovatsiia") == kazakh_skeleton("innovatsiia")  # İ casefolds with a combining dot


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a loanword in a Kazakh case, a Russian filler that frames nothing
        ("конституцияга озгерис не озгертти вообще", "kk"),
        ("эссенің негізгі идеясы не, смысл какой вообще? бір екі сөйлеммен", "kk"),
        ("короче что такое модернизация", "ru"),
        # Russian in Latin letters: nouns in -ение, adjectives in -нное
        ("kachestvennoe izmenenie polit sistemy", "ru"),
        ("political development meaning", "en"),
    ],
)
def test_language_of_mixed_and_transliterated_messages(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        # a Latin look-alike typed in a Cyrillic word is read in Cyrillic (a keyboard without "і": batch 153; here Latin "I" in capitals)
        ("бул эссенi кiм жазган", "бул эссені кім жазган"),
        ("КIМ ЖАЗДЫ", "КІМ ЖАЗДЫ"),
        # …but a word with a Latin letter that looks like no Cyrillic one stays as typed, and so do Latin words
        ("Qazaqstanда партиялар", "Qazaqstanда партиялар"),
        ("Bellдің кітабы", "Bellдің кітабы"),
        ("what is саяси жаңғыру", "what is саяси жаңғыру"),
    ],
)
def test_clean_reads_latin_look_alikes_in_a_cyrillic_word(text, cleaned):
    assert clean(text) == cleaned
