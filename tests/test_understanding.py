"""The understanding layer on the real KB: dialogue acts, openers, the four outcomes, near-topic
guards, multi-part questions, languages of mixed messages. Each case is one a student sends."""

import pytest

from knowledge.answers import ask
from knowledge.asking_sentence import one_sentence
from knowledge.dialogue import dialogue_act, strip_openers, without_sign_off
from knowledge.exam_formats import question_stem
from knowledge.intent import asks, essay_dated
from knowledge.kb import KnowledgeBase
from knowledge.lexicon import raw_concepts
from knowledge.normalize import content_words, detect_language, kazakh_skeleton, language_of, terms
from knowledge.own_story import without_own_story
from knowledge.parts import asks_something, split_parts
from knowledge.purpose import asks_purpose
from knowledge.question_body import after_asking_who, asked_of_what_is_named, to_the_bot, topic_then_question
from knowledge.reply_language import written_after
from knowledge.sentences import sentences
from knowledge.stop_words import KK_STOP
from knowledge.two_clauses import told_then_asked
from knowledge.typed_otherwise import in_cyrillic


@pytest.fixture
def kb(first_reading: KnowledgeBase, both_readings: KnowledgeBase, request: pytest.FixtureRequest) -> KnowledgeBase:
    """Here the first reading alone (tests/conftest.py), so that each rule's test fails when its rule
    breaks; both readings for the cases marked SECOND_READING (and `both_readings` where a test
    names it), which the students' questions of the dev sets answer, none of them word for word."""
    return both_readings if request.node.get_closest_marker("second_reading") else first_reading


SECOND_READING = pytest.mark.second_reading


def entry_of(kb, message):
    """The id of the entry a message is answered with, or None."""
    found = ask(kb, message).entry
    return found.id if found else None


@pytest.mark.parametrize(
    ("message", "act", "lang"),
    [
        ("hi", "greeting", "en"),
        ("Привет!", "greeting", "ru"),
        ("сәлем", "greeting", "kk"),
        ("thanks a lot bot", "thanks", "en"),
        ("спасибо большое 🙏", "thanks", "ru"),
        ("рахмет", "thanks", "kk"),
        ("rakhmet", "thanks", "kk"),  # Latin spelling
        ("ок", "ack", "ru"),
        ("рахмет, давай", "thanks", "kk"),  # "давай" is Russian and Kazakh alike: the thanks says Kazakh
        ("сау бол, давай", "goodbye", "kk"),
        ("жақсы, түсіндім", "ack", "kk"),
        ("кто ты", "who", "ru"),
        ("сен не істей аласың", "who", "kk"),
        ("how are you", "howareyou", "en"),
        ("сау бол", "goodbye", "kk"),
        ("тупой бот", "abuse", "ru"),
        ("спасибоо", "thanks", "ru"),  # one typo
        ("Hello again, I am back with more doubts", "greeting", "en"),  # was answered with "no deviation from democracy"
        ("привет, я снова с вопросами", "greeting", "ru"),
        ("сәлем, тағы да сұрақтарым бар", "greeting", "kk"),
        ("Доброе утро! Продолжим?", "greeting", "ru"),
        ("ok let's continue", "ack", "en"),
        ("who are u btw, real person or bot", "who", "en"),
        # asking whether one may ask, with only what about: what the bot does
        ("привет! можно вопросы по статье про партии?", "who", "ru"),
        ("can I ask you a few questions about the essay", "who", "en"),
        ("hi can i ask something", "greeting", "en"),
        # where the answers come from: the bot's own sources, not the essay's bibliography
        ("where do you get your answers?", "source", "en"),
        ("are you a bot or a human? do you use info outside the essay?", "source", "en"),
        ("откуда ты берешь ответы?", "source", "ru"),
        ("ты ответы сам выдумываешь или нет?", "source", "ru"),
        ("do u use any info outside the essay or only the text itself", "source", "en"),
        (
            "Сіз бот па әлде адам ба? Жауаптарыңызды қайдан аласыз, вообще эссенің сыртындағы ақпаратты қолданасыз ба?",
            "source",
            "kk",
        ),
    ],
)
def test_small_talk_is_a_dialogue_act_and_never_an_entry(kb, message, act, lang):
    found = dialogue_act(message)
    assert found is not None and found.act == act and lang in found.langs
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.entry is None and answer.lang == lang


@pytest.mark.parametrize(
    "message",
    [
        "what is democracy",
        "ok what is democracy",
        "no deviation from democracy?",
        "партия",
        "можно вопрос про партии: чьи интересы они представляют?",
        "can i ask about the role of parties in kazakhstan",
    ],
)
def test_a_question_is_not_small_talk(message):
    assert dialogue_act(message) is None


def test_greetings_and_openers_in_front_of_a_question_are_dropped(kb):
    assert strip_openers("привет, подскажи что такое демократия") == "что такое демократия"
    assert strip_openers("сәлем, айтшы саяси жаңғыру деген не") == "саяси жаңғыру деген не"
    assert strip_openers("hi there, quick q: what is modernization?") == "what is modernization?"
    assert strip_openers("no deviation from democracy?") == "no deviation from democracy?"  # "no" is a word of it
    assert ask(kb, "привет, подскажи что такое демократия").entry.id == "democracy-in-essay"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is democracy", "democracy-in-essay"),
        ("демократия дегеніміз не", "democracy-in-essay"),
        ("что такое демократия", "democracy-in-essay"),
        ("модернизация", "modernization-definition"),
        ("саяси модернизация деген не", "modernization-definition"),  # the loanword in Kazakh
        ("sayasi modernizatsiya degenimiz ne", "modernization-definition"),  # and in Latin letters
        ("партия", "parties-in-essay"),
        ("what is the political process", "political-process"),
        ("саяси жүйе деген не", "political-system"),
        ("public interests", "social-interests"),
    ],
)
def test_every_concept_answers_its_plainest_question_in_every_language(kb, question, entry):
    answer = ask(kb, question)
    assert answer.outcome == "answer" and answer.entry.id == entry, answer.to_dict()


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("who is the president now", "current"),
        ("кто сейчас президент Казахстана", "current"),
        ("қазір президент кім", "current"),
        ("who leads the country today", "current"),
        ("who holds power today", "current"),
        ("кто сегодня у руля", "current"),
        ("қазір кім билейді", "current"),
        ("who is the curent presidant of kazakhstan", "current"),  # typos in "current" and the office
        ("which parties are in kazakhstan now", "current"),
        ("what parties are in parliament now", "current"),
        ("how meny parties", "count"),
        ("what time is it", "when"),
        ("кто сейчас руководит страной", "current"),
        ("қазір елді кім басқарады", "current"),
        ("when did Kazakhstan become independent", "when"),
        ("how many political parties are there in Kazakhstan", "count"),
        ("скок партий в кз", "count"),
        ("what is civil society", "topic"),
        ("что такое разделение властей", "topic"),
    ],
)
def test_near_topic_questions_are_not_covered_and_name_the_nearest_thing(kb, question, reason):
    answer = ask(kb, question)
    assert answer.outcome == "not_covered" and answer.entry is None and answer.reason == reason
    assert asks(question) == reason or reason == "topic"


@pytest.mark.parametrize(
    "question",
    ["кто сегодня политическая сила общества", "what is the basis of society today", "who is the political force today"],
)
def test_what_the_essay_itself_calls_todays_is_answered_from_it(kb, question):
    """¶19: "Today, the basis of society is the political force - political parties"; asking it
    with "today" is asking the essay, unlike asking who holds an office today."""
    answer = ask(kb, question)
    assert answer.outcome == "answer" and answer.entry.id == "parties-basis-of-society", answer.to_dict()


def test_the_nearest_thing_to_a_current_office_holder_is_the_essays_president(kb):
    answer = ask(kb, "who is the president of Kazakhstan now")
    assert answer.nearest is not None and answer.nearest.entry_id == "nazarbayev"


def test_a_when_question_is_answered_by_an_entry_that_gives_a_date(kb):
    answer = ask(kb, "when did the concept of political development appear")
    assert answer.outcome == "answer" and answer.entry.id == "development-concept-origin"


def test_unsure_offers_suggestions_best_first_and_not_covered_offers_at_most_the_nearest(kb):
    unsure = ask(kb, "industrial")
    for answer in (unsure, ask(kb, "what is the weather in Almaty")):
        if answer.outcome == "unsure":
            assert answer.suggestions and [s.score for s in answer.suggestions] == sorted(
                (s.score for s in answer.suggestions), reverse=True
            )
        else:
            assert answer.outcome in ("answer", "not_covered")
    weather = ask(kb, "what is the weather in Almaty")
    assert weather.outcome == "not_covered" and not weather.suggestions


def test_a_two_part_question_answers_the_first_part_and_offers_the_second(kb):
    answer = ask(kb, "what is political development and what are its dimensions")
    assert answer.entry.id == "development-definition"
    assert [(s.entry_id, s.why) for s in answer.also] == [("development-dimensions", "part")]
    assert split_parts("difference between modernization and development") == ["difference between modernization and development"]
    assert split_parts("саяси даму деген не және оның өлшемдері қандай") == ["саяси даму деген не", "оның өлшемдері қандай"]
    # a part with nothing but asking words is no question of its own
    question = "What, in the author's view, is the basis and guarantee of political stability?"
    assert split_parts(question) == [question]
    assert ask(kb, question).entry.id == "modernization-stability"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Даниел Белл кітабы как называется?", "ru"),  # Russian frame, a Kazakh word
        ("саяси partiyalar рөлі какая", "ru"),  # Russian frame, Kazakh words, one in Latin letters
        ("Bell айтқан индустриальные общества ортақ белгілері какие", "ru"),
        ("модернизация ғылымда мало изучена ма?", "kk"),  # Kazakh frame (ма), a Russian word
        ("инновациялар", "kk"),  # a loanword with a Kazakh ending
        ("демократия оркениеттин негизи ме", "kk"),  # Kazakh without its letters
        ("adebietter tiziminde neshe engbek bar", "kk"),  # Latin Kazakh
        ("кто такой елбасы", "ru"),
    ],
)
def test_the_language_of_a_mixed_message_is_the_one_that_frames_it(message, lang):
    assert detect_language(message) == lang


@pytest.mark.parametrize(
    ("message", "act"),
    [
        ("who made you", "who"),
        ("кем ты создан", "who"),
        ("ты вообще кто", "who"),  # "ты" folds to "ty", which is no longer "thank you"
        ("сені кім жасады", "who"),
        ("Good afternoon, how are you today?", "howareyou"),
        ("how's it going", "howareyou"),
        ("Who are you, and what exactly can you help me with?", "who"),
        ("Добрый вечер, как у вас дела?", "howareyou"),
        ("Хорошо, я поняла.", "ack"),
        ("қалайсың бот, жақсы ма", "howareyou"),
        ("thanks a lot that helped", "thanks"),
        ("who r u lol, like a bot or a person", "who"),
        ("you are wrong", "abuse"),
        ("great job", "ack"),
        ("оч интересно", "ack"),
        ("wats up", "howareyou"),
        ("who are you? you are human or program", "who"),  # "program" is no Kazakhstan-2030 programme
        ("Скажите, пожалуйста, кто вы: преподаватель или программа?", "who"),
        ("сіз адамсыз ба әлде бағдарламасыз ба?", "who"),
    ],
)
def test_more_small_talk_is_recognised(kb, message, act):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == act and answer.entry is None


@pytest.mark.parametrize("word", ["дела", "жаман", "bad", "жақсылап", "even", "не", "what", "care", "коротко", "кімге"])
def test_one_ordinary_word_is_never_answered_by_an_entry_that_uses_it_in_passing(kb, word):
    """ "дела" is in "право народа решать общественные дела", "жаман" in "демократия жақсы ма,
    жаман ба": alone they ask nothing of those entries."""
    assert ask(kb, word).entry is None


@pytest.mark.parametrize(
    ("word", "entry"), [("senate", "marcus-aurelius"), ("Мустафин", "ref-mustafin"), ("касиподак", "political-institutions")]
)
def test_one_word_of_one_entry_is_still_that_entrys(kb, word, entry):
    assert ask(kb, word).entry.id == entry


@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        ("нысанбаев и куандык", "ref-nysanbaev", "ref-kuandyk"),
        ("Mustafin and Nysanbaev", "ref-mustafin", "ref-nysanbaev"),
        ("kuandyk and nysanbaev what books", "ref-kuandyk", "ref-nysanbaev"),  # the works tie: the first named first
    ],
)
def test_two_things_asked_together_answer_the_first_and_offer_the_second(kb, message, first, second):
    answer = ask(kb, message)
    assert answer.entry.id == first and [(s.entry_id, s.why) for s in answer.also] == [(second, "part")]


@pytest.mark.parametrize(
    ("message", "entry"), [("полит модерн чо", "modernization-definition"), ("ключ слова", "essay-keywords")]
)
def test_russian_terms_cut_short(kb, message, entry):
    assert ask(kb, message).entry.id == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hey so what is this essay even about tbh", "essay-title"),  # chat fillers ask nothing
        ("esseniñ tüiın sözderı qandai?", "essay-keywords"),  # the 2021 Latin alphabet: ı is і
        ("what does the author quote in paragraph 18", "nazarbayev"),  # of the close entries, one citing ¶18
        (
            "when did the idea of 'political development' show up in science",
            "development-concept-origin",
        ),  # a tie, one gives a date
        ("что автор понимает под политическим процессом", "political-process"),  # "понимает под": asking, like "mean"
    ],
)
def test_fillers_new_latin_kazakh_and_a_named_paragraph(kb, message, entry):
    assert ask(kb, message).entry.id == entry


@pytest.mark.parametrize(
    "message",
    [
        "что такое политическое развитие и кто сейчас президент",
        "what is democracy and what is the weather today",
        "what is democracy, and how many parties are there now",
    ],
)
def test_a_later_part_the_essay_does_not_cover_is_never_answered_nor_dropped(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.entry is None, answer.to_dict()


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wat is politicle modernisashun", "modernization-definition"),  # spelled as it sounds (Metaphone)
        ("democrasy", "democracy-in-essay"),
        ("wat is the konklushun of the esay", "essay-conclusion"),  # k for c: batch 80's "konklushun of the essay"
        ("wat is the titel of this esay", "essay-title"),  # one edit in a five-letter word
        ("прив демократия в кз чо", "kz-soviet-to-democracy"),  # slang: "чо", "прив"
    ],
)
def test_english_spelled_as_it_sounds(kb, message, entry):
    assert ask(kb, message).entry.id == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("чем атличаеца палитическое развитие от мадернизацыи", "modernization-vs-development"),
        ("пачему дэмакратия аснова цывилизацыи", "democracy-civilization"),
        ("кто щитаеца асновой абщества", "parties-basis-of-society"),
    ],
)
def test_russian_spelled_as_it_sounds(kb, message, entry):
    """An unstressed о written а, е as и or э, ы after ц, "-ца" for "-тся", "щ" for "сч": the word heard is the word."""
    answer = ask(kb, message)
    assert answer.outcome == "answer" and answer.entry.id == entry, answer.to_dict()


def test_russian_words_that_sound_alike_have_one_key():
    from knowledge.normalize import sound_key, sound_keys

    assert sound_key("мадернизацыя", "ru") == sound_key("модернизация", "ru")
    assert sound_key("атличаеца", "ru") == sound_key("отличается", "ru")
    assert sound_key("апщества", "ru") == sound_key("общества", "ru")  # voiced before voiceless: batch 80's "аффтару"
    assert sound_key("аффтару", "ru") == sound_key("автору", "ru")
    assert set(sound_keys("аднапартийную", "ru")) & set(sound_keys("однопартийной", "ru"))  # another case, one stem
    assert not set(sound_keys("ростоу", "ru")) & set(sound_keys("роста", "ru"))  # a stem's key never meets a word's


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("кто сичас призидент казахстана", "кто сейчас президент казахстана"),
        ("кагда казахстан стал низависимым", "когда казахстан стал независимым"),
        ("што такое гражданскае абщества", "что такое гражданское общество"),
    ],
)
def test_russian_written_by_ear_is_read_as_its_spelling_would_be(kb, heard, meant):
    """The red team of e2b09e8: the checks of what the essay does not cover go by spelling, so "кто сичас призидент
    казахстана" had been answered (a reference) where "кто сейчас президент казахстана" is not covered."""
    by_ear, spelled = ask(kb, heard), ask(kb, meant)
    assert (by_ear.outcome, by_ear.entry and by_ear.entry.id) == (spelled.outcome, spelled.entry and spelled.entry.id)
    written = lambda word: kb.matcher.writes(word, "ru")  # noqa: E731
    assert kb.speller.respell("кто сичас призидент", written) == "кто сейчас президент"
    assert kb.speller.respell("приведите примеры", written) == "приведите примеры"  # not "премьер" (the prime minister)


def test_a_real_word_whose_stem_only_sounds_like_a_kb_word_is_no_exact_match(kb):
    """The review: "примирить" (to reconcile) had been read as "пример" (example) outright."""
    assert entry_of(kb, "как примирить партии и общество") == "parties-basis-of-society"


@pytest.mark.parametrize(
    "message",
    ["is it cold in kazakhstan today", "do parties have staff", "where is paris", "whats the total", "wat", "литра молока"],
)
def test_real_words_are_not_read_as_misspellings_of_the_kbs(kb, message):
    """ "cold" sounds like "could", "staff" like "stuff", "total" like "title"; "paris" is one letter
    from "parts": none of them is a misspelling of a KB word or an asking word."""
    assert ask(kb, message).entry is None


def test_a_word_the_essay_uses_is_no_misspelling_of_another_that_sounds_alike(kb):
    """ "aiming" sounds like "among" (AMNK), but the essay uses it: it is not read as "among"."""
    from knowledge.normalize import sound_key

    assert sound_key("aiming") == sound_key("among")
    answer = ask(
        kb,
        "Is it acceptable, in the author's view, for a state aiming at the standards of world civilisation "
        "to turn away from the democratic path?",
    )
    assert answer.entry.id == "democracy-no-deviation"


def test_a_clearly_answered_first_part_is_answered_when_the_rest_matches_nothing(kb):
    answer = ask(kb, "how is the essay built, what goes first and what comes after")
    assert answer.outcome == "answer" and answer.entry.id == "essay-structure"


def test_a_how_are_you_before_a_question_is_dropped(kb):
    assert ask(kb, "how's it going, what is democracy").entry.id == ask(kb, "what is democracy").entry.id


@pytest.mark.parametrize(
    ("message", "entry", "lang"),
    [
        ("саяси институттарға что относится", "political-institutions", "ru"),  # Kazakh term, Russian frame
        ("саяси модернизация это что такое вообще", "modernization-definition", "ru"),
        ("chto takoe politicheskaya modernizaciya", "modernization-definition", "ru"),  # Russian in Latin letters
        ("politicheskoe razvitie eto", "development-definition", "ru"),
        ("kto takoi daniel bell", "bell-book", "ru"),
        ("hey bot, wht is this essay abt", "essay-title", "en"),
        ("модернизациясы", "modernization-definition", "kk"),  # a Russian loanword with a Kazakh ending
    ],
)
def test_code_switched_and_transliterated_questions(kb, message, entry, lang):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry, answer
    assert answer.lang == lang


@pytest.mark.parametrize(
    "message",
    ["кто президент РК", "who is president of kz rn", "Қазақстан президенті кім", "who rules Kazakhstan now"],
)
def test_who_holds_an_office_is_todays_holder_even_without_now(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.reason == "current"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("who is the first president", "nazarbayev"),
        ("основа общества сегодня по автору кто", "parties-basis-of-society"),  # "today" in the essay's own words
        ("when modernization will be succesful? 2 conditions", "modernization-success-conditions"),  # conditions, not a date
        ("Назарбаев бойынша модернизация қашан сәтті болады", "modernization-success-conditions"),
    ],
)
def test_the_essays_own_office_holder_and_conditions_are_answered(kb, message, entry):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry, answer


def test_a_near_topic_term_is_matched_word_for_word_not_by_concept(kb):
    # "rule of law" and "the authorities and the legal…" share concepts (#power, #law), not words
    answer = ask(kb, "What does the essay say about the responsibility of the authorities and the legal mechanism of the state?")
    assert answer.entry is not None and answer.entry.id == "kz-authorities-responsibility"
    assert ask(kb, "what is the rule of law").outcome == "not_covered"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which examples of social groups does the author give when talking about parties?", None),  # joins clauses
        ("что автор говорит, когда пишет о партиях", None),
        ("when did the concept of political development appear", "when"),
        ("kazakhstan independence when?", "when"),
    ],
)
def test_when_asks_for_a_date_only_where_a_clause_starts(question, kind):
    assert asks(question) == kind


def test_a_context_clause_is_not_a_question_of_its_own(kb):
    assert split_parts("In the part about Daniel Bell, what does the author criticise?") == [
        "In the part about Daniel Bell, what does the author criticise?"
    ]
    assert ask(kb, "In the part about Daniel Bell, what does the author criticise?").entry.id == "bell-one-sided"


@pytest.mark.parametrize(
    "message",
    ["can u help w my stats homework, whats the standard deviation of 2 4 6", "stats", "математика домашка помоги"],
)
def test_other_subjects_homework_is_out_of_scope(kb, message):
    """ "stats" had read as a typo of "state" and answered the idea of who should rule it."""
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("скок всего источников в списке литры?", "essay-references"),  # список and списке are one word
        ("кейворды какие там есть", "essay-keywords"),
        ("инновация в смысле полит развития это чё", "development-innovation"),  # "в смысле" asks nothing
        ("кілт сөздерін тізіп берші pls", "essay-keywords"),
        ("explain me please abstract shortly, i dont understand it", "essay-abstract"),
    ],
)
def test_everyday_words_for_the_essays_terms(kb, message, entry):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry, answer


def test_two_works_of_the_bibliography_asked_together_answer_one_and_offer_the_other(kb):
    """The works of the reference list are neighbours: a tie between two of them is answered."""
    answer = ask(kb, "Мустафин и Нысанбаев это что за книги, жылдары")
    assert answer.entry is not None
    assert {answer.entry.id, *(s.entry_id for s in answer.also)} == {"ref-mustafin", "ref-nysanbaev"}


@pytest.mark.parametrize(
    ("message", "entry", "lang"),
    [
        ("spisok literatury pls", "essay-references", "en"),  # Russian in Latin letters is not Kazakh
        ("konstituciya popravki", "kz-constitution-amendments", "en"),
        ("mark avrelii bilikti kimge berdi", "marcus-aurelius", "kk"),  # Kazakh in Latin letters still is
    ],
)
def test_russian_typed_in_latin_letters_is_not_answered_in_kazakh(kb, message, entry, lang):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.lang == lang, answer


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("is the essay pro parties or does it see them as a problem", "en"),  # English "pro", not Russian "про"
        ("chto avtor pishet pro partii", "ru"),
    ],
)
def test_a_word_both_english_and_russian_in_latin_letters_goes_with_the_rest(message, lang):
    assert detect_language(message) == lang


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("new bright page в истории тәуелсіз Отан — это о чём вообще", "democracy-new-page"),
        # ¶6's words (the qualitative change), as blind labelers chose; "response" is now a concept, not a word of ¶10's
        ("rapid and effective response to new demands — это про что", "development-qualitative-change"),
        ("people as the basis of power что значит", "democratic-order-people"),
    ],
)
def test_english_words_in_a_russian_or_kazakh_frame_are_read_as_english(kb, message, entry):
    """They had been read back into Cyrillic as Russian typed in Latin letters ("нев бригхт паге");
    the answer comes in the language that asks."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry, answer
    assert answer.lang == detect_language(message) != "en"


def test_a_chatty_students_context_says_nothing(kb):
    answer = ask(kb, "у нас завтра семинар, и препод спросит про Белла — что там вообще про него?")
    assert answer.entry is not None and answer.entry.id.startswith("bell-"), answer
    assert "#success" not in [token for _, token in terms("я вообще не успеваю", "ru")]  # "keep up" is no success
    assert [token for _, token in terms("успех модернизации", "ru")] == ["#success", "#modernization"]


def test_latin_words_in_a_cyrillic_message_are_analyzed_as_english():
    # not read back into Cyrillic ("нев бригхт паге"), and English asking words ask nothing
    assert [surface for surface, _ in terms("what is new bright page в истории", "ru")] == ["new", "bright", "page", "истории"]
    assert ("elections", "elect") in terms("результаты последних elections", "ru")


@pytest.mark.parametrize(
    ("message", "first", "offered"),
    [
        ("куандык и нысанбаев — чо за книги у них, года", "ref-kuandyk", "ref-nysanbaev"),
        ("Нысанбаев, Мұстафин, Қуандық кітаптары", "ref-nysanbaev", "ref-mustafin"),
    ],
)
def test_a_tie_between_things_the_question_names_answers_the_first_named(kb, message, first, offered):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == first, answer
    assert offered in [s.entry_id for s in answer.also]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Zhambylov сколько раз в списке источников", "ref-zhambylov"),  # a Latin name in a Russian question
        ("how many works by zhambilov are in the refrences", "ref-zhambylov"),
        ("abdulatayev book titel", "ref-abdulattaev"),
        ("Жылқышев Н.-ның мақаласы қалай аталады және ол қай басылымда жарияланған?", "ref-zhylykyshev"),
    ],
)
def test_the_authors_of_the_references_are_known_in_every_script(kb, message, entry):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry, answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("qazır Qazaqstanda neşe partiia bar?", "current"),  # the 2021 Latin alphabet: "now … how many"
        ("jañğyru qaşan tabysty bolady?", None),  # "when will it succeed" asks for conditions, not a date
    ],
)
def test_kazakh_in_the_2021_latin_alphabet_asks_like_cyrillic(question, kind):
    assert asks(question) == kind


@pytest.mark.parametrize(
    ("message", "entry", "lang"),
    [
        ("конституция поправки что дали, қазақша жауап бер", "kz-constitution-amendments", "kk"),
        ("what is democracy, answer in russian pls", "democracy-in-essay", "ru"),
        ("что такое демократия, ответь на английском", "democracy-in-essay", "en"),
        ("саяси жаңғыру деген не? орысша айтшы", "modernization-definition", "ru"),
        ("what is modernization? in kazakh", "modernization-definition", "kk"),  # the Kazakh term comes with it
    ],
)
def test_the_answer_comes_in_the_language_the_student_asks_for(kb, message, entry, lang):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.lang == lang, answer
    assert answer.text("answer") == answer.entry.answer.get(lang)
    assert all(s.question == kb.entries[s.entry_id].question.get(lang) for s in (*answer.also, *answer.related))


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Daniel Bell", "bell-book"),
        ("qualitative change?", "development-qualitative-change"),
        ("Absattarov?", "ref-absattarov"),
        ("keywords", "essay-keywords"),
    ],
)
def test_a_term_alone_in_latin_letters_is_answered_in_the_language_the_student_writes(kb, message, entry):
    """Batches 44, 86, 90 and 91: a Kazakh or Russian student's "Daniel Bell" or "keywords" had been
    answered in English; a sentence in English still is, and a greeting is no term."""
    for written in ("kk", "ru"):
        answer = ask(kb, message, hint=written, written=written)
        assert answer.entry is not None and answer.entry.id == entry and answer.lang == written, answer
        assert answer.text("answer") == answer.entry.answer.get(written)
    assert ask(kb, message).lang == "en"  # nothing written yet
    assert ask(kb, "what is democracy", hint="kk", written="kk").lang == "en"
    assert ask(kb, "who is Daniel Bell", hint="ru", written="ru").lang == "en"
    # the red team of this release: a language named asks for it; "pls" is no English sentence
    assert ask(kb, "keywords english", hint="kk", written="kk").lang == "en"
    assert ask(kb, "abstract eng", hint="ru", written="ru").lang == "en"
    assert ask(kb, "thesis pls", hint="ru", written="ru").lang == "ru"
    assert ask(kb, "hi", hint="kk", written="kk").outcome == "smalltalk"


def test_an_english_sentence_ends_a_conversation_in_russian_or_kazakh(kb):
    """What the bot keeps of the language a student has been writing: Russian or Kazakh when the words say so, English
    after an English sentence, else as before (a name or a term alone says nothing); the language a question asks the
    answer in; not a Kazakh greeting before an English question (the review of this release)."""

    def after(written, message):
        return written_after(written, ask(kb, message, hint=written, written=written))

    assert after(None, "саяси партиялар кімнің мүддесін білдіреді") == "kk"
    assert after("kk", "Daniel Bell") == "kk"
    assert after("kk", "демократия") == "kk"
    assert after("kk", "what is democracy") == "en"
    assert after("kk", "what is demokratiya") == "en"  # a loan spelled alike in an English sentence
    assert after("en", "демократия") == "en"
    assert after("en", "что такое демократия") == "ru"
    assert after("ru", "what is modernization, answer in kazakh please") == "kk"
    assert after(None, "сәлем! бұл бот не істей алады?") == "kk"  # small talk says it too
    assert after("ru", "Sälem! what is democracy") == "ru"


def test_asking_for_a_language_alone_or_naming_one_is_no_request(kb):
    for alone, lang in (("қазақша жауап бер", "kk"), ("ответь на казахском", "kk"), ("in russian", "ru")):
        answer = ask(kb, alone)  # what the bot can do, in the language asked for
        assert answer.outcome == "smalltalk" and answer.act == "who" and answer.lang == lang, answer
    for subject in (
        "what is the kazakh word for modernization",
        "which references are in Kazakh",
        "which sources are in russian",
    ):
        assert ask(kb, subject).lang == "en"
    assert ask(kb, "какие источники на казахском").lang == "ru"


@pytest.mark.parametrize(
    "message",
    ["what is science", "что такое наука", "what is economy", "old-school music", "academic year start"],
)
def test_general_words_near_the_essays_terms_are_not_its_concepts(kb, message):
    """A red-team pass found these answered when science, the economy and 'old-school' were concepts."""
    assert ask(kb, message).entry is None


# A red-team pass over this round's changes found these; each is mended.
@pytest.mark.parametrize(
    "message",
    [
        "how many times",  # a phrasing "how many times is Zhambylov…" had caught every such question
        "сколько раз",
        "how many times is Nazarbayev mentioned",
        "результаты последних elections в кз",  # an English near-topic word in a Russian frame
        "результаты elections в Казахстане",
        "qazır parlamentte qandai partiialar bar",  # today's parties, in Latin letters
        "kto prezident seychas",  # today's president, Russian in Latin letters
    ],
)
def test_red_team_questions_the_essay_does_not_answer(kb, message):
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    "message",
    [
        "учитель или программа",
        "are you a student or a program",
        "бот или препод",
        "ты препод?",
        "are you chatgpt",
        "можно вопрос",
    ],
)
def test_red_team_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("what is саяси жаңғыру", "en"),  # the last asking word frames a mixed message
        ("the state should be ruled by those who are elected кто сказал", "ru"),
        ("people as the basis of power опиши", "ru"),
        ("people as the basis of power туралы айтып бер", "kk"),
    ],
)
def test_red_team_frame_languages(message, lang):
    assert detect_language(message) == lang


def test_red_team_an_opener_asking_leave_to_ask_is_dropped(kb):
    assert ask(kb, "можно вопрос? что такое демократия").entry.id == "democracy-in-essay"
    assert ask(kb, "сұрақ қойсам бола ма, демократия деген не").entry.id == "democracy-in-essay"


@pytest.mark.parametrize("message", ["модернизация и развитие", "развитие и модернизация", "жаңғыру мен даму"])
def test_two_terms_together_are_the_entry_comparing_them(kb, message):
    """The red-team pass: the two-things rule had split these into two definitions."""
    assert ask(kb, message).entry.id == "modernization-vs-development"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("how modernisation connect with development", "modernization-vs-development"),  # connect ~ related ~ link
        ("индустриализация мен модернизация байланысы", "modernization-industrial-transition"),
        ("link between modernization and political stability", "modernization-stability"),
    ],
)
def test_words_relating_two_things_are_one_concept(kb, message, entry):
    assert ask(kb, message).entry.id == entry


def test_relativity_is_no_relation(kb):
    assert ask(kb, "Can you explain the theory of relativity?").entry is None


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("демократия жайлы автор не айтады", "kk"),  # Kazakh verbs without Kazakh letters; "автор" is both
        ("автор не айтады", "kk"),
        ("автор что говорит о демократии", "ru"),
    ],
)
def test_words_both_languages_share_do_not_vote(message, lang):
    assert detect_language(message) == lang


def test_two_word_and_hyphenated_spellings_of_terms(kb):
    assert ask(kb, "ел басы это кто в статье упоминается").entry.id == "nazarbayev"
    assert "#kazakhstan" in [token for _, token in terms("ҚР-дағы партиялар", "kk")]
    assert ask(kb, "ҚР-дағы саяси партиялардың рөлі мен маңызын ашып көрсет").entry.id == "parties-role"


@pytest.mark.parametrize("message", ["всё пока давай", "давай", "are you a bot or a real person"])
def test_more_goodbyes_and_who_are_you(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_lets_in_front_of_a_question_says_nothing(kb):
    assert ask(kb, "давай объясни модернизацию").entry.id == "modernization-definition"


def test_how_many_times_the_essay_quotes_someone_is_a_count_it_states(kb):
    """'How many times' asks what the essay does ("twice" answers it); "how many presidents" stays a fact
    the essay does not give."""
    assert asks("how many times is Nazarbayev quoted") == "times"
    assert ask(kb, "how many times is Nazarbayev quoted").entry.id == "nazarbayev"
    assert ask(kb, "сколько раз цитируют назарбаева и где").entry.id == "nazarbayev"
    assert ask(kb, "how many presidents has kazakhstan had").entry is None
    assert ask(kb, "сколько президентов было в казахстане").entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("сколько президентов было в казахстане", None),  # the Kazakhstan-2030 reference states numbers, not of presidents
        ("Қазақстанда неше президент болды", None),
        ("how many references are in the list", "essay-references"),
        ("сколько ключевых слов в эссе", "essay-keywords"),
        ("how many dimensions of political development", "development-dimensions"),
        ("zhambylov how many works in list", "ref-zhambylov"),  # "works": the entry's own count in other words
        ("список литературы сколько источников и какие самые старые", "essay-references"),  # each part asked alone
    ],
)
def test_how_many_x_is_answered_by_an_entry_that_counts_x(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "Назарбаев неше рет сайланды",  # how often he was elected: the entry's "twice" counts his quotations
        "Елбасы халыққа неше рет жолдау жасады",
        "сколько президентов",
        "ҚР-дағы президенттер саны",  # "саны" (the number of) counts too
        "партиялар саны қанша",
        "how many relations",
        "how many years did Nazarbayev rule",
    ],
)
def test_red_team_counts_the_essay_does_not_give(kb, message):
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("сколько Назарбаев называет условий модернизации", "modernization-success-conditions"),  # the counted word later
        ("how many political science books are in the references", "essay-references"),  # an adjective first
        ("how many social dimensions of development does the essay highlight", "development-dimensions"),
        ("how many quotes from Nazarbayev are in the essay", "nazarbayev"),
        ("how often does the political system have to adapt", "political-system"),  # how often is no count
    ],
)
def test_red_team_counts_the_essay_gives(kb, message, entry):
    assert ask(kb, message).entry.id == entry


@pytest.mark.parametrize("message", ["связь", "какая связь?", "связь с автором", "relation", "let's connect"])
def test_a_relating_word_alone_is_about_no_entry(kb, message):
    assert ask(kb, message).entry is None


@pytest.mark.parametrize("message", ["связь развития и свободы", "взаимосвязь свободы и демократии"])
def test_russian_conjunctions_say_russian_when_nothing_else_does(kb, message):
    assert ask(kb, message).lang == "ru"


@pytest.mark.parametrize(
    ("message", "act"), [("давай ещё", "ack"), ("всё пока давай", "goodbye"), ("bot or real person?", "who")]
)
def test_red_team_small_talk_acts(kb, message, act):
    assert ask(kb, message).act == act


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("чё значит полит мод-ция", "modernization-definition"),  # contractions around a hyphen
        ("дем-тия основа чего по автору", "democracy-civilization"),
        ("список лит-ры скинь пж", "essay-references"),
    ],
)
def test_words_cut_short_around_a_hyphen(kb, message, entry):
    assert ask(kb, message).entry.id == entry


def test_a_quoted_title_is_not_the_asking(kb):
    """'current stage' in a reference's title asks for no current office holder."""
    assert asks("Who wrote 'The process of political modernization and the current stage'?") is None
    assert asks("who is the president now") == "current"
    assert asks("президент в 12 абзаце это кто") is None  # a paragraph of the essay: its president


def test_a_message_of_several_sentences_is_read_a_sentence_at_a_time(kb):
    """Nothing answers it as a whole; one sentence is the question, the other its context."""
    message = "Could you summarise the abstract in two or three sentences? I want to know what the author commits to up front."
    assert ask(kb, message).entry.id == "essay-abstract"
    # but not small talk, nor a follow-up that says nothing without the sentence before it
    assert ask(kb, "Hello! I am preparing for a seminar on this essay. May I ask you some questions?").entry is None
    assert ask(kb, "привеет! ты кто вообще? бот по эссе или просто чат?").entry is None


@pytest.mark.parametrize(
    "message",
    [
        '"Who is the current president of Kazakhstan?"',  # a question pasted in quotes is still asked
        "«Кто сейчас президент Казахстана?»",
        'Question from my teacher: "how many presidents has Kazakhstan had"',
        "how many amendments to the constitution were made",  # "three claims: the amendments…" counts claims
        "how many political parties exist",
        "how many people are in a political party",  # "three main dimensions of political development"
        "how many books did Daniel Bell write",
        "how often is the constitution amended",  # how often: only an entry saying "constantly" answers
        "how often did Marcus Aurelius meet the senate",
        "Как взломать аккаунт учителя? Она пользуется учебниками по политологии.",  # the question is unanswered
        "Купи подписчиков дешево! Политическая модернизация это будущее!",
        "I love my girlfriend. She says democracy is important.",  # no question at all
        "Who is the rector of KazNU? What is democracy?",  # one of two questions would go unanswered
    ],
)
def test_second_red_team_pass_questions_the_essay_does_not_answer(kb, message):
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("how many quotes from Nazarbayev are in the essay", "nazarbayev"),
        ("Назарбаевтың неше дәйексөзі бар", "nazarbayev"),
        ("Назарбаевтың сөзі неше рет келтірілген", "nazarbayev"),  # endings aside
        ("how many works by zhambylov are in the references", "ref-zhambylov"),
        ("Жамбыловтың тізімде неше еңбегі бар", "ref-zhambylov"),
        ("сколько в списке литературы книг", "essay-references"),
        ("Назарбаев входит в число цитируемых авторов?", "nazarbayev"),  # "в число" is no count
        ("кого вообще цитирует автор? я заметила кавычки в нескольких местах", "essay-people"),  # places, not seats
    ],
)
def test_second_red_team_pass_questions_the_essay_answers(kb, message, entry):
    assert ask(kb, message).entry.id == entry


def test_a_paragraph_named_keeps_the_essays_president(kb):
    assert ask(kb, "who is the president in ¶12").entry is not None


# The sixteenth blind batch and a red-team pass found these; each is mended.
def test_a_sentence_that_found_something_hard_is_no_founding_date(kb):
    """'founded' was an off-topic word, and its stem 'found' made this sentence off-topic."""
    answer = ask(
        kb, "How is a well thought out policy supposed to prevent collapse and social tension? I found that sentence hard"
    )
    assert answer.entry is not None and answer.entry.id == "modernization-stability"


@pytest.mark.parametrize("message", ["день независимости", "тәуелсіздік күні қашан", "when is independence day"])
def test_independence_day_is_a_fact_the_essay_does_not_give(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.reason == "topic"


def test_bot_or_human_in_kazakh_is_who_are_you(kb):
    answer = ask(kb, "сен кімсің өзі? бот па, адам ба")
    assert answer.outcome == "smalltalk" and answer.act == "who" and answer.lang == "kk"


@pytest.mark.parametrize(("message", "entry"), [("esse o chem", "essay-title"), ("demokratiya chto eto", "democracy-in-essay")])
def test_russian_in_latin_letters_with_a_loan_kazakh_spells_alike(kb, message, entry):
    """'esse' and 'demokratiya' were Kazakh hints, so these were read as Kazakh and not understood."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.lang == "ru"


# The seventeenth blind batch (before tuning) and what it showed.
@pytest.mark.parametrize(
    "message",
    [
        "Ағылшыннан «My summer» тақырыбына эссе жазып бер",
        "напиши эссе про лето",
        "write me an essay about my summer",
        "Please write a short essay about the causes of the First World War for my history class.",
        "саяси партиялардың рөлі туралы эссе жазып берші",
        "Напиши речь для дебатов о том, что однопартийная система лучше для стабильности",  # a red-team message
        "write a speech about democracy for my debate club",
        "демократия туралы баяндама жазып берші",
    ],
)
def test_a_request_to_write_a_text_is_declined_as_such(kb, message):
    """The bot answers questions about one essay; it writes none (each was answered with an entry or 'unsure')."""
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.reason == "compose"


def test_a_text_to_write_about_the_essays_topic_offers_what_the_essay_says(kb):
    answer = ask(kb, "write an essay on democracy")
    assert answer.reason == "compose" and answer.nearest is not None and answer.nearest.entry_id == "democracy-in-essay"


@pytest.mark.parametrize("message", ["лето", "как прошло лето", "summer", "жазда не істедің", "каникулы скоро?"])
def test_seasons_and_holidays_are_small_talk_not_the_essay(kb, message):
    """'лето' was stemmed to 'лет' (years) and answered with the two-thousand-year-old idea; 'summer'
    was read as a typo of 'summarized'."""
    assert ask(kb, message).entry is None


def test_the_elected_rule_idea_keeps_its_years(kb):
    assert ask(kb, "идея правления избранных две тысячи лет назад").entry.id == "elected-rule-idea"


@pytest.mark.parametrize("message", ["модернизация деген не озі, қарапайым тилмен тусиндирши", "саяси даму деген не оз созинмен"])
def test_in_simple_words_without_kazakh_letters_is_a_filler(kb, message):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id in ("modernization-definition", "development-definition")


@pytest.mark.parametrize(
    "message",
    ["who wrote the essay", "who is the author", "кто написал эссе", "кто автор", "эссені кім жазды", "esseni kim jazdy"],
)
def test_who_wrote_the_essay_is_answered_that_it_names_no_author(kb, message):
    """A plain first question no entry answered ('unsure' among the reference list's authors)."""
    assert ask(kb, message).entry.id == "essay-author"


@pytest.mark.parametrize(
    # what Nazarbayev wrote in his article: the conditions the essay quotes from it (¶18), as blind labelers chose
    ("message", "entry"),
    [("Белл не жазды", "bell-book"), ("Назарбаев өз мақаласында не жазды", "modernization-success-conditions")],
)
def test_what_someone_wrote_is_not_who_wrote_the_essay(kb, message, entry):
    """'кім' (who) and 'не' (what) are both asking words: only 'кім жазды' asks for an author."""
    assert ask(kb, message).entry.id == entry


@pytest.mark.parametrize("message", ["сен өзі кімсің?", "сен кимсин озы?", "сен бот па?"])
def test_who_are_you_in_kazakh_with_you_and_a_filler(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == "who" and answer.lang == "kk"


@pytest.mark.parametrize(
    "message",
    [
        "Renewal of the political order versus political development: what are the commonalities and differences as presented in the text?",
        "Which elements of political activity does the text suggest are subject to improvement and updating through renewal? I would appreciate a fairly complete list, since my lecturer values precision.",
    ],
)
def test_renewal_is_kazakhstans_word_for_modernization(kb, message):
    """'renewal' (жаңғыру, обновление) named no concept: the modernization entries went unsure."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id.startswith("modernization-")


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("инновация деген не бұл жерде", "development-innovation"),  # "here" is no place ("қай жерде": where)
        ("дюверже классификация партий какая", None),  # a thinker the essay never mentions
        ("эссе кимди цитата етеди", "essay-people"),
        ("кимдердин китабы сілтемеде бар", "essay-references"),
    ],
)
def test_seventeenth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message", ["explain with examples", "Объясните, пожалуйста, простыми словами и с примерами.", "мысалдармен түсіндіріңіз"]
)
def test_with_examples_is_a_way_of_asking_not_the_essays_example(kb, message):
    """'примеры' alone was answered with Marcus Aurelius (the essay's one historical example) at 92."""
    assert ask(kb, message).entry is None


@pytest.mark.parametrize("message", ["why did the author write this essay", "did the author write the essay alone"])
def test_why_the_essay_was_written_is_no_request_to_write_one(kb, message):
    assert ask(kb, message).reason != "compose"


@pytest.mark.parametrize(
    "message", ["эссе", "the essay", "describe the essay", "опиши эссе", "эссені түсіндір", "summarize the essay"]
)
def test_the_essay_alone_is_not_a_question_about_its_author(kb, message):
    """'author' is the essay's voice (the essay concept): the first author entry's 'author of the
    essay', 'автор эссе' made every bare 'essay' its question; asking who wrote it is its own concept."""
    assert entry_of(kb, message) != "essay-author"


def test_whom_the_author_quotes_is_not_who_the_author_is(kb):
    assert ask(kb, "who author is citating in essay? which persons").entry.id == "essay-people"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # Indian English ways of asking say nothing about the subject
        (
            "Kindly explain the meaning of political modernization as per the essay, please tell in detail",
            "modernization-definition",
        ),
        ("sir one doubt, what is political development as per the author", "development-definition"),
        ("what does modernization mean in normal words", "modernization-definition"),
        ("эконом успех и демократия как связаны", "democracy-economic-foundation"),  # "эконом": economic, cut short
        ("абзац обрывается на полуслове, это ошибка?", "essay-errors"),
        ("объясни аннотацию, а то ничего не понятно", "essay-abstract"),
    ],
)
def test_eighteenth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "what is the hearing state",
        "что такое слышащее государство",
        "how does the US two-party system compare with Kazakhstan",
        "What are the main laws on freedom of assembly in Kazakhstan and were they changed recently?",  # red team
        "есть ли в казахстане свобода слова",
    ],
)
def test_terms_the_essay_never_uses_are_near_topic(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.reason == "topic"


# The nineteenth blind batch (before tuning) and what it showed.
@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Белл кітабының аты какой? екі рет жазылған сияқты", "kk"),  # Kazakh but for one Russian word
        ("модернизация механизм ретінде что меняет? программалар, доктриналар тағы не", "kk"),
        ("тақырыбы какой у эссе?", "ru"),  # as much of each: the asking word frames it
        ("obshie cherty industrialnyh obshestv po bellu", "ru"),  # Russian endings in Latin letters
        ("usloviya uspeshnoi modernizacii po nazarbaevu", "ru"),
        ("struktura esse kratko po abzacam", "ru"),
        ("mark avrelii bilikti kimge berdi", "kk"),  # a Russian-looking name among Kazakh words
        ("can a country go off the democratic path", "en"),
    ],
)
def test_nineteenth_batch_languages(message, lang):
    assert detect_language(message) == lang


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # the shape of the answer asked for, as to a chatbot, is no subject ("тезис" was the essay's thesis)
        ("key points: democracy", "democracy-in-essay"),
        ("Тезисно: что такое политическая модернизация по автору", "modernization-definition"),
        ("Тезис түрінде жаз: саяси дамудың анықтамасы", "development-definition"),
        ("Explain political modernization like I'm 12", "modernization-definition"),
        ("главный тезис эссе", "essay-thesis"),
        # Kazakh or Russian asking words in Latin letters in an English message
        ("kak ponyat political development here", "development-definition"),
        ("usloviya uspeshnoi modernizacii po nazarbaevu", "modernization-success-conditions"),
        ("демократия — тезисы", "democracy-in-essay"),  # after a dash, "тезисы" asks for the shape of the answer
        ("main idea in 2-3 sentences for my presentation pls", "essay-thesis"),  # what it is for says nothing
        ("kak nazyvaetsa statya", "essay-title"),  # "-etsa" is "-ется"
        ("Коротко: о чём эта статья вообще?", "essay-title"),
    ],
)
def test_nineteenth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    ["when was Marcus Aurelius born", "когда умер Марк Аврелий", "Марк Аврелий қашан туған", "Marcus Avrelii qashan tugan"],
)
def test_when_someone_was_born_or_died_is_no_date_the_essay_gives(kb, message):
    """The Marcus Aurelius entry dates when he lived ("the fourth century"), not his birth or death."""
    answer = ask(kb, message)
    assert answer.entry is None and answer.reason == "when"


def test_when_an_idea_was_born_is_the_ideas_date(kb):
    found = ask(kb, "Мемлекетті ел ішінен, ел үшін сайланған адамдар басқаруы тиіс деген ой қашан туған?").entry
    assert found is not None and found.id == "elected-rule-idea"


def test_a_request_for_a_retelling_is_not_turned_away_as_not_covered(kb):
    """'сделай', 'краткий', 'всей' weighed as words the essay never uses: 'the essay does not cover this'."""
    assert ask(kb, "сделай краткий пересказ всей статьи").outcome != "not_covered"


# A red-team helper's 991 messages against the nineteenth batch's changes (before they shipped).
@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # asking whether one may ask about something is a question about it; only about the essay is it small talk
        ("can I ask about the three dimensions?", "development-dimensions"),
        ("May I ask about what Bell concluded?", "bell-one-sided"),
        ("по тексту: Марк Аврелий — кто он?", "marcus-aurelius"),  # "он" is no English "on"; "по тексту" asks nothing
        # "key points of the essay", "три тезиса эссе": its thesis (the shape of the answer is dropped only
        # when a subject is left)
        ("назови три тезиса эссе", "essay-thesis"),
        ("Give me the key points of the article", "essay-thesis"),
        # a term, a principle or an article is "born" too: its date, which an entry gives
        ("What century was the term political development born in?", "development-concept-origin"),
        ("Когда родился принцип, что государством должны управлять избранные?", "elected-rule-idea"),
        # "article" is the essay: no request to write one
        ("write the article summary", "essay-abstract"),
        ("please write Nazarbayev article quote", "modernization-success-conditions"),  # the quote from his article
        ("what do parties do for a class in the political system", "parties-interests"),  # a social class
        ("Что в тексте непонятно написано?", "essay-errors"),  # only "ничего не понятно" asks nothing
        # words the essay never uses: not answered from a lower score for a long sentence
        ("Что в эссе говорится про роль акимов в политической системе регионов?", None),
        ("who is Kim", None),  # "kim" is Kazakh "who" only in Kazakh
    ],
)
def test_red_team_of_the_nineteenth_batch_changes(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message", ["Mark Avrelii qai gasyrda omir surgen?", "Himalaya of modernization", "papaya political system lol"]
)
def test_one_russian_looking_latin_word_is_no_russian_message(message):
    assert detect_language(message) != "ru"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # synonyms of the essay's terms in the students' own words (the concept lexicon)
        ("what are the three facets of political development", "development-dimensions"),
        ("the axes of political development", "development-dimensions"),
        ("modernization as a tool", "modernization-mechanism"),
        ("модернизация как инструмент", "modernization-mechanism"),
        ("parties purpose", "parties-role"),
        ("what is the function of political parties", "parties-role"),
        ("функция партий", "parties-role"),
        ("партиялардың функциясы", "parties-role"),
        ("are the authorities answerable to the people", "kz-authorities-responsibility"),
        ("does modernization prevent breakdown and unrest", "modernization-stability"),
        ("why do parties clash", "parties-conflicts"),
        ("composition of the essay", "essay-structure"),
        ("композиция статьи", "essay-structure"),
        ("как казахстан ушел от совка", "kz-soviet-to-democracy"),  # slang for the Soviet order; "ушел от": a transition
        # a year the essay does not give; a strategy it never mentions
        ("year constitution adopted", None),
        ("год принятия конституции", None),
        ("what is the Kazakhstan-2050 strategy", None),
        # red-team of these changes: a synonym in another sense, near-topic institutions and laws
        ("What is a facet of a diamond and how is it cut?", None),
        ("What is the role of trade unions in protecting workers' rights in Kazakhstan under the labor code?", None),
        ("Какова роль Ассамблеи народа Казахстана в сохранении межэтнического согласия в нашей стране?", None),
        ("Конституциялық соттың функциясы қандай және оған кім жүгіне алады?", None),
    ],
)
def test_twentieth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "your answer is too long",
        "this is too long",
        "u didnt answer my question bro",
        "слишком длинный ответ",
        "жауабың тым ұзын",
        "Who or what am I actually talking to — are you a person or an automated assistant?",
        "hey who are you? can u help with the essay about parties in kz",
        "can you help me with the essay?",
        "А кто вас создал? Вы как ChatGPT?",
        "Что-то вы долго отвечаете... Всё в порядке?",
        "this essay is so badly translated omg",
        "блин ничего не понимаю в этом эссе, оно какое то кривое",
        "ештеңе түсінбедім",
    ],
)
def test_complaints_help_with_the_essay_venting_and_who_made_you_are_small_talk(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None and answer.outcome == "smalltalk", (answer.outcome, answer.entry)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a year the essay never gives is a date only an entry that gives one answers
        ("какие поправки в конституцию были в 2022", None),
        ("конституциядағы 2022 жылғы өзгерістер", None),
        ("what did Absattarov publish in 2007", "ref-absattarov"),
        ("Kazakhstan 2030 strategy what is it", "ref-kazakhstan-2030"),
        # "in one sentence" is the shape of the answer, not the essay's thesis
        ("что такое полит модернизация в одном предложении", "modernization-definition"),
        ("бір сөйлеммен саяси жаңғыру деген не", "modernization-definition"),
        ("what is the main idea of the essay in one sentence", "essay-thesis"),
        # the definition's "respond quickly to new interests and demands" (three writers of the 21st batch)
        ("how does the political system respond to new public interests and demands?", "development-qualitative-change"),
        ("как полит система должна реагировать на новые интересы и требования общества", "development-qualitative-change"),
        ("can you help me with political modernization", "modernization-definition"),
    ],
)
def test_twenty_first_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "act"),
    [
        # sentences that only tell around one that is small talk: the small talk
        ("Hi! I'm reading the essay on political parties in Kazakhstan for my seminar. Can I ask you some questions?", "who"),
        ("I read the part about Bell today, it was interesting. Thanks!", "thanks"),
        # "пайдалы болды" (it was useful) is no "пайда болды" (appeared): when the concept appeared
        ("Рахмет, өте пайдалы болды!", "thanks"),
        ("thanks, very useful", "thanks"),
        ("спасибо, очень полезно", "thanks"),
    ],
)
def test_small_talk_among_sentences_that_tell_and_its_usefulness(kb, message, act):
    answer = ask(kb, message)
    assert (answer.outcome, answer.act, answer.entry) == ("smalltalk", act, None)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Hi! Democracy.", "democracy-in-essay"),  # a bare term after a greeting is a question
        ("салем! партиялар казакстанда неге сонша манызды", "parties-role"),  # Kazakh asks without "?", "неге" last
        ("Сәлем! бұл эссе өзі не туралы, қысқаша айтып бершы", "essay-title"),
        # saying what one does not understand asks about it, even before "can you help me?"
        ("Hi! I don't understand political modernization at all. Can you help me?", "modernization-definition"),
        ("Thanks. Political modernization is hard to understand for me.", "modernization-definition"),
        ("I have a seminar about democracy tomorrow. Can you help me?", "democracy-in-essay"),
        ("Hello. The abstract and paragraph 9 look alike to me. Is the abstract copied?", "essay-abstract"),
        ("Конституцияға түзетулер нақты қай күні қабылданды?", None),  # which day: a date the essay does not give
        ("Алмонд и Пауэлл — их критерии полит развития?", None),  # thinkers the essay never mentions
    ],
)
def test_twenty_second_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "are you a real person or chatgpt",
        "привет) ты бот по эссе про партии в казахстане да?",
        "are you the bot for this essay, right?",
        "Добрый вечер! Вы можете помочь мне подготовиться к семинару по политологии?",
        "can you help me prepare for my seminar?",
        "Маған семинарға дайындалуға көмектесе аласыз ба?",
        # the red team of these changes: a real human or ChatGPT, in three languages
        "Are you a real human or ChatGPT? be honest",
        "Вы живой человек или ChatGPT?",
        "сен нағыз адамсың ба, әлде ChatGPT-сің бе?",
    ],
)
def test_who_is_the_bot_for_the_essay_and_help_to_prepare_are_small_talk(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None and answer.outcome == "smalltalk", (answer.outcome, answer.entry)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # naming the essay after "are you a bot" is small talk; asking about it is a question
        ("ты бот по эссе про партии, какая у них роль?", "parties-role"),
        # "что значит, что X": what X means, not a bare "what does it mean"
        (
            "Что значит, что политическое развитие — это «положительная динамика» политической системы?",
            "development-positive-dynamics",
        ),
        # "самым главным": the most important thing, no office holder; "сейчас" asks the essay's present
        ("Что сейчас учёные и политики считают самым главным в модернизации?", "modernization-priority"),
        # a quoted idea, then "is it still important now? (… ма)": about the idea, not today's rulers
        (
            '"мемлекетті ел ішінен ел үшін сайланғандар басқаруы керек" деген ой қаншалықты ескі, қазір де маңызы бар ма',
            "elected-rule-idea",
        ),
        # ways of asking for a plain answer and what it is for
        ("модернизация деген не жай созбен айтып бериниз, экзаменге керек", "modernization-definition"),
        ("какие ошибки или косяки есть в тексте, для ресёрча надо", "essay-errors"),
        ("Встретила в тексте выражение «алгоритм модернизации» и не поняла его. Что имеется в виду?", "modernization-algorithm"),
        # rejecting traditional forms in other words
        ("so the author basically thinks modernization = getting rid of tradition?", "modernization-definition"),
        ("от чего отказывается общество при модернизации", "modernization-definition"),
        ("Что в статье понимается под нововведениями как одной из сторон политического развития?", "development-innovation"),
        ("Скажите, пожалуйста, на какие книги и статьи ссылается автор?", "essay-references"),
        # "groups whose interests parties represent" is no "interest groups" (a term the essay never uses)
        ("Что, по статье, нужно делать с конфликтами между группами, интересы которых представляют партии?", "parties-conflicts"),
        ("какую роль играют группы интересов в казахстане", None),
        # laws and strategies the essay never names
        ("Какой закон регулирует деятельность политических партий в Казахстане?", None),
        ("what law regulates political parties in kazakhstan", None),
        ("что такое стратегия казахстан-2050, там же тоже про модернизацию", None),
        # "the former head of state" is the essay's Elbasy; today's head of state is no fact it gives
        ("How does the former head of state envisage the algorithm of modernisation?", "modernization-algorithm"),
        ("who is the head of state now", None),
        ("кто сейчас глава государства", None),
        # after the amendments, "now" is the essay's own
        ("so after the amendments is parliament more responsible to ppl now?", "kz-authorities-responsibility"),
        ("who is the president now", None),
        # the alphabet is no rejection the essay discusses (red team of this batch's synonyms)
        ("почему Казахстан отказывается от кириллицы", None),
        ("Why did Kazakhstan ditch the Cyrillic alphabet for Latin?", None),
    ],
)
def test_twenty_third_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Когда я читала, мне показалось, что некоторые куски текста повторяются. Какие места?", None),
        ("when i read the essay, what did the author mean by modernization?", None),
        ("когда была принята конституция", "when"),
        ("when did I ask that", "when"),
    ],
)
def test_when_one_did_something_asks_no_date(message, kind):
    assert asks(message) == kind


def test_a_clause_telling_when_one_read_is_no_question_of_its_own():
    message = "Когда я читала, мне показалось, что куски текста повторяются. Какие именно места повторяются?"
    assert split_parts(message) == [message]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # words dictation splits, joined back when together they are a concept's word of the KB
        ("so basically what does the abs tract say like in simple words please", "essay-abstract"),
        ("democracy is the basis of civil isation why does the author say that", "democracy-civilization"),
        ("wat is political modern ization", "modernization-definition"),
        ("жарайды сау бол, ертең тағы жазам", None),  # "бол"+"жазам" is no "болжам" (forecast)
        # dictation's hesitations, flashcard labels, the shape of an answer for pupils or in a few sentences
        ("эссе не туралы қысқаша айтып бересіз бе ммм үш төрт сөйлеммен", "essay-title"),
        ("О чём это эссе в целом, если объяснить девятиклассникам в двух-трёх предложениях?", "essay-title"),
        ("term: political development", "development-definition"),
        ("Как кратко пересказать мысль о том, что модернизация — это своего рода механизм?", "modernization-mechanism"),
        # "dev" and "mod" cut short
        ("pol dev in one line", "development-definition"),
        ("pol dev vs pol mod", "modernization-vs-development"),
        # "an important direction of public opinion" is the essay's definition of modernization; how
        # industrialization leads to it is the transition to an industrial society
        ("essay says pol modernization is direction of public opinion? kinda weird no", "modernization-definition"),
        ("industrialization and modernization link?", "modernization-industrial-transition"),
        ("Who does the author quote directly in the essay?", "essay-people"),
        # ¶10's sentence has no subject: who highlights the dimensions is a slip of the essay (six writers asked)
        ("who actually highlights the three dimensions? the sentence kinda starts without a subject", "essay-errors"),
        ("what are the three sides of political development the author highlights, explain each", "development-dimensions"),
        # passages repeated word for word: the abstract and ¶9 (the house rule), in three languages
        ("Which passages are repeated almost word for word in the essay?", "essay-abstract"),
        ("эсседе қайталанатын жерлер бар ма? аннотация мен бир абзац бирдей сиякты", "essay-abstract"),
        ("о чем 1 абзац и почему он почти такой же как 9-й", "essay-abstract"),
    ],
)
def test_twenty_fourth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "thanks, that's really useful",
        "Who are you exactly - a bot or a person checking answers?",
        "Добрый день! Вы тот самый бот, который помогает разбирать эссе?",
    ],
)
def test_twenty_fourth_batch_small_talk(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None and answer.outcome == "smalltalk", (answer.outcome, answer.entry)


def test_pupils_are_no_scientists():
    assert terms("что ученики думают о модернизации", "ru")[0][1] != "#scientist"
    assert terms("что учёные думают о модернизации", "ru")[0][1] == "#scientist"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # polite, indirect openings say nothing about the subject
        ("Хотелось бы понять, как именно автор определяет политическое развитие.", "development-definition"),
        ("Не могли бы вы напомнить точное название работы? Мне нужно корректно сослаться на неё в реферате.", "essay-title"),
        ("I'm not quite sure I follow the part about Marcus Aurelius. What did the author say he did?", "marcus-aurelius"),
        ("салем, модернизация туралы айтып жибериш кыскаша, ертен семинар", "modernization-definition"),
        # "how much does the essay say about X" asks how far it goes, not a number
        ("The title says parties but how much does the essay actually talk about parties?", "essay-title"),
        ("how many parties are there in kazakhstan", None),
        # an exact date is a date the essay does not give
        ("Could you tell me the exact date on which the constitutional amendments were adopted?", None),
        ("which works in the bibliography are textbooks on political science", "essay-references"),
        ("Thanks! can you explain the three dimensions", "development-dimensions"),
        # after thanks, a sentence that asks (an asking word as written) or asks for something is a question
        ("ok bye! oh wait, who wrote Kazakhstan-2030 in the references", "ref-kazakhstan-2030"),
        ("Thanks! I need the main idea of the conclusion", "essay-conclusion"),
        ("Спасибо, понятно. Еще нужно про советскую модель", "kz-soviet-to-democracy"),
    ],
)
def test_twenty_fifth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "act"),
    [
        # thanks first, then sentences that only tell
        ("Thanks! I read the part about Bell yesterday, it was really interesting.", "thanks"),
        ("Рахмет! Партиялар туралы бөлімді оқып шықтым, өте қызықты екен.", "thanks"),
        ("Hmm, I'm afraid that answer didn't quite address what I asked. Could you try once more?", "abuse"),
        ("интересно", "ack"),
        # "you explain…" tells (a compliment); "can you explain…" asks
        ("Thank you kindly, that was most helpful. You explain things far more clearly than the essay does.", "thanks"),
    ],
)
def test_twenty_fifth_batch_small_talk(kb, message, act):
    answer = ask(kb, message)
    assert (answer.outcome, answer.act, answer.entry) == ("smalltalk", act, None)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # repeated, copied, duplicated: one concept (the abstract repeats ¶9)
        ("Is it just me or is the abstract copy-pasted from somewhere in the middle of the essay?", "essay-abstract"),
        ("какие ошибки в тексте есть повторы какие то куски обрезаны", "essay-abstract"),
        # "главный приоритет" is the main priority, no office holder
        ("что сейчас ученые и политики считают главным приоритетом модернизации", "modernization-priority"),
        ("кто сейчас главный в казахстане", None),
        # numbered questions are parts
        ("1) whats the title of this essay 2) what is the main idea in like 2 sentences", "essay-title"),
        # context that says nothing about the subject
        ("summarize the conclusion pls, i have seminar in 20 min", "essay-conclusion"),
        ("как точно называется эссе, мне в конспект записать", "essay-title"),
        ("что имеется ввиду под инновацией когда говорят о политическом развитии", "development-innovation"),
        ("Headline check - what's the essay actually called?", "essay-title"),
        # Marcus Aurelius's own book is no fact the essay gives
        ("Марк Аврелий қандай кітап жазды? Ой толғаулары ма", None),
    ],
)
def test_twenty_sixth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_numbered_questions_are_parts_also_in_russian():
    assert split_parts("1) от чего общество отказывается при модернизации 2) от какого общества к какому переход") == [
        "от чего общество отказывается при модернизации",
        "от какого общества к какому переход",
    ]


def test_wait_who_are_you_is_small_talk(kb):
    assert ask(kb, "wait, who are you? a bot or a person").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "outcome"),
    [
        # a complaint about the answer, then only telling: a complaint
        ("ты не то ответил, я про Белла спрашивал а не про Назарбаева(", "smalltalk"),
        ("not what i asked, i asked about bell", "smalltalk"),
        # a complaint that then asks, and "неверно, что …" (a true-or-false check): questions
        ("ты не то ответил, расскажи про Белла", "question"),
        ("неверно, что партии создают конфликты", "question"),
    ],
)
def test_a_complaint_then_telling_is_a_complaint(kb, message, outcome):
    assert (ask(kb, message).outcome == "smalltalk") == (outcome == "smalltalk")


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # what the political system adapts to: the definition of political development (five writers asked)
        ("The political system is meant to adapt — adapt to what, exactly?", "development-definition"),
        ("сколько партий в казахстане", None),
        # a parent's or a confessing student's context says nothing about the subject
        (
            "Сын спрашивает, что такое политическая модернизация, я сама не поняла. Объясните как для чайника пожалуйста",
            "modernization-definition",
        ),
        ("What's the gist of this essay in a nutshell? Seminar tomorrow and I haven't a clue, if I'm honest", "essay-thesis"),
        ("Could you give me a rough map of the essay, which paragraph does what? It's all a bit of a muddle", "essay-structure"),
    ],
)
def test_twenty_seventh_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_you_are_bot_for_the_essay_is_small_talk(kb):
    assert ask(kb, "salem! hello, you are bot for the essay about political parties?").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # how much is written about parties: how far the essay goes, not a number
        ("а сколько про партии реально написано? мне кажется мало для такого названия", None),
        ("how much does the essay actually say about them", None),
        ("how much money do parties get", "count"),
        ("сколько источников в списке литературы", "count"),
    ],
)
def test_how_much_is_written_is_no_count(message, kind):
    assert asks(message) == kind


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # apologies and hedges before a question say nothing about the subject
        (
            "sorry if this is a dumb question but are political modernization and political development the same thing?",
            "modernization-vs-development",
        ),
        (
            "I'm probably wrong but in the conclusion does it say parties are the basis of society now?",
            "parties-basis-of-society",
        ),
        ("простите, какой главный вывод в заключении?", "essay-conclusion"),
        # an English word is no Russian or Kazakh name read from Latin letters ("marks" is no Маркс)
        ("not sure how to ask this but who does the essay quote? like whose words are in quotation marks", "essay-people"),
        ("what did marx say about parties", None),
        ("teoriya lipseta pro demokratiyu i ekonomiku - chto eto", None),
    ],
)
def test_twenty_eighth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "Good evening! Back again after work.",
        "Who are you, exactly? Are you a person or a programme?",
        "Здравствуйте... извините, что беспокою. Вы можете помочь с текстом про политические партии в Казахстане?",
    ],
)
def test_twenty_eighth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        # the thirtieth batch's small talk: asking whether this is the bot for the essay named by its topic,
        # coming back with more questions, thanks and then only telling, "a real person answering me"
        "hi! is this the bot for the political parties essay?",
        "hey im back, got more questions about the essay",
        "thanks a lot, this really helps before the seminar",
        "спасибо, завтра семинар",
        "are you a bot or a real person answering me",
    ],
)
def test_thirtieth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # thanks or "ok" and then a subject, a request or a question: a question
        ("ok, and the dimensions", "development-dimensions"),
        ("thanks, now tell me about bell", "bell-book"),
        ("окей, тл;др всего эссе плиз, в чём поинт", "essay-thesis"),
        # what the answer is for (a slide, a study guide, a seminar in political science) is no subject
        ("can you give me the main idea in like 2 sentences for my intro slide", "essay-thesis"),
        ("what should my slide on modernization say", "modernization-definition"),
        ("короч завтра семинар по политологии, о чем эссе ваще main idea в двух словах плз", "essay-thesis"),
        # "этого", "кст": no subject either
        ("кто автор этого эссе кст", "essay-author"),
        # organisations that no political order can do without: its institutions
        (
            "the bit where they say no country can run without some kind of organisations, what organisations",
            "political-institutions",
        ),
        ("там было что без каких-то организаций ни один строй не живёт каких", "political-institutions"),
    ],
)
def test_thirtieth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_the_essay_named_by_its_topic_then_a_question_is_no_small_talk(kb):
    assert ask(kb, "is this the bot for the political parties essay main idea").outcome != "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        # the red team of these changes: organisations are institutions, but not every organisation is the essay's
        "which international organizations has kazakhstan joined",
        "в какие международные организации вступил Казахстан",
        "Қазақстан қандай халықаралық ұйымдарға мүше",
    ],
)
def test_international_organisations_are_near_topic(kb, message):
    assert ask(kb, message).outcome == "not_covered"


@pytest.mark.parametrize("message", ["рахмет, енді негізгі сөздер", "ок, теперь заключение"])
def test_thanks_then_what_comes_next_is_asked(kb, message):
    assert ask(kb, message).outcome != "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # Nazarbayev's own article, which the essay quotes (¶18), is no name for the essay: its conditions
        ("Назарбаев өз мақаласында не жазды", "modernization-success-conditions"),
        ("в статье Назарбаева что сказано про модернизацию?", "modernization-success-conditions"),
        ("nazarbayev article", "modernization-success-conditions"),
        # "Елбасы в статье" is Elbasy in the essay
        ("Правильно ли я понимаю, что Елбасы в статье — это Назарбаев? Сколько раз и о чём его цитируют?", "nazarbayev"),
        ("what did the essay say about nazarbayev", "nazarbayev"),
    ],
)
def test_nazarbayevs_article_is_the_one_the_essay_quotes(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        # why Kazakhstan left the Soviet model: what the move is for (harmony), the move itself offered
        "why did kazakhstan move from the soviet model to democracy",
        "почему Казахстан отказался от советской модели",
        "казакстан кенестик модельден демократияга неге отти",
        "KZ: soviet model -> democracy, goal?",
    ],
)
def test_why_the_move_to_democracy_is_answered_by_what_it_is_for(kb, message):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == "kz-harmony"
    assert [(s.entry_id, s.why) for s in answer.also][:1] == [("kz-soviet-to-democracy", "tie")]  # it answers it as well


@pytest.mark.parametrize(
    "message",
    ["от какой модели казахстан отказался и к чему перешел", "what transition did kazakhstan's society see as necessary"],
)
def test_the_move_itself_is_no_why(kb, message):
    assert entry_of(kb, message) == "kz-soviet-to-democracy"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # reacting to new public interests and demands is the qualitative change (¶6); "react" is "respond"
        ("new public interests and demands — how should the political system react to them", "development-qualitative-change"),
        ("как система реагирует на новые интересы и требования общества", "development-qualitative-change"),
        ("Раскройте смысл инновационного измерения: на что именно система должна гибко реагировать?", "development-innovation"),
        # an interjection opens a question ("o chem …"); "у меня", "свою" say nothing of the subject
        ("У меня завтра зачёт, объясните, пожалуйста, простыми словами, о чём вообще эта статья?", "essay-title"),
        # Russian in Latin letters asks who wrote it, and when
        ("kto avtor etogo esse", "essay-author"),
        ("kogda prinyali konstituciyu rk, v kakom godu", None),
        # reporting verbs ("regard", "assert") and "diverge", "alteration": the essay's own ideas
        (
            "In the concluding part, what does the author regard as the foundation of society at present?",
            "parties-basis-of-society",
        ),
        ("Can a state aspiring to a free society legitimately diverge from democracy, per the author?", "democracy-no-deviation"),
        ("mere alteration of political relations or a qualitative change?", "development-qualitative-change"),
    ],
)
def test_thirty_first_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "outcome"),
    [
        ("Who are you exactly? A language model?", "smalltalk"),
        ("ты языковая модель?", "smalltalk"),
        ("o chem voobshe eto esse, mne ego zadali a ya po angliiski ploho chitayu", "question"),
        ("kogda prinyali konstituciyu rk, v kakom godu", "not_covered"),
    ],
)
def test_thirty_first_batch_outcomes(kb, message, outcome):
    found = ask(kb, message).outcome
    assert found == outcome if outcome != "question" else found != "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # the red team of the why-rule: why the essay mentions the move, and "неден неге" (from what to what),
        # ask about the move itself; the essay in "в статье Назарбаев назван…" is no article of his
        ("зачем автор вообще упоминает советскую модель?", "kz-soviet-to-democracy"),
        ("why does the author mention the soviet model", "kz-soviet-to-democracy"),
        ("Автор кеңестік модельді неге еске алады?", "kz-soviet-to-democracy"),
        ("Қазақстан неден неге көшті?", "kz-soviet-to-democracy"),
        ("в статье Назарбаев назван Елбасы?", "nazarbayev"),
        ("Что говорится в статье Назарбаева?", "modernization-success-conditions"),
        # why the USSR fell apart is no question the essay answers
        ("why did the USSR collapse?", None),
        ("почему распался СССР?", None),
        ("ussr political model", "kz-soviet-to-democracy"),
    ],
)
def test_why_rule_red_team(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        # the thirty-second batch's small talk: help with one's essay, flashcards, "an AI or a person", "к сему"
        "helo can u help me with my esay about partys",
        "hi! can we do some flashcards on the political parties essay",
        "who are you exactly? like an AI or a person",
        "привет) будем готовиться к сему по политологии",
    ],
)
def test_thirty_second_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("who is the auther of this esay", "essay-author"),
        ("автор кто", "essay-author"),
        ("quiz me on the three dimensions", "development-dimensions"),
        # a typo some phrasing keeps still stands for its concept ("politcal" is political)
        ("politcal sytem", "political-system"),
        ("which things does politcal modernization improve", "modernization-mechanism"),
    ],
)
def test_thirty_second_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # courtesies around the one question (an older writer's "Құрметті бот, …", "Айналайын, …", "Рахмет.")
        (
            "Құрметті бот, аманбысыз. Аннотацияда не жазылған екен? Ағылшыншасын оқи алмадым, қазақшалап, мағынасын айтып "
            "берсеңіз екен. Көп рахмет.",
            "essay-abstract",
        ),
        (
            "Ғафу етіңіз, балам, бұл эссені кім жазған, авторы белгілі ме? Сабақта сұрап қалса ұялып қалмайын деп сұрап отырмын.",
            "essay-author",
        ),
        (
            "Құрметті бот, жалпы демократия деген не өзі? Ауылдағы ағайынға түсіндіре алатындай етіп айтып берсеңіз, үлкен рахмет.",
            "democracy-in-essay",
        ),
        ("could you please help me understand the three dimensions", "development-dimensions"),
    ],
)
def test_thirty_third_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        # telling and asking for help in general stays small talk, courtesies or not
        "Could you please help me prepare for it?",
        # thanks for something named, and "что ли" only asking to confirm
        "Спасибо, очень помогли с цитатами!",
        "привет. ты бот по эссе про партии что ли",
    ],
)
def test_thirty_third_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_telling_then_asking_for_help_gets_no_entry(kb):
    message = (
        "Good evening! I am a part-time evening student and on Thursday we have a seminar about an essay on political "
        "parties in Kazakhstan. Could you please help me prepare for it?"
    )
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    "message",
    [
        # thanks for an answer about a subject: what they were for, not a question about it again
        "thanks for the answer about Bell",
        "thank you for explaining modernization",
        "спасибо за ответ про Белла",
        "рахмет, Белл туралы жауап үшін",
    ],
)
def test_thanks_for_an_answer_about_a_subject_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # after the thanks, what comes next is asked
        ("thanks for the answer, and what about Bell", "bell-book"),
        ("спасибо за ответ, а что про Белла", "bell-book"),
    ],
)
def test_thanks_for_an_answer_then_a_question_is_answered(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # an oral exam's framing is a way of asking
        ("if the examiner asks me what political modernization is, what do i say", "modernization-definition"),
        ("если препод спросит что такое модернизация, что ответить", "modernization-definition"),
        ("егер мұғалім сұраса саяси жаңғыру деген не, не деп жауап беремін", "modernization-definition"),
        # the asker's own reason after the question
        (
            "what does 'qualitative change' mean in the essay, bc i keep mixing it up w just any change",
            "development-qualitative-change",
        ),
        # a clipped title, "қызық" (of interest), "берші" typed with ы
        ("назв эссе", "essay-title"),
        ("саяси стабильность кимге кызык", "kz-stability-interest"),
        ("кандай адебиеттер колданылган тизимин бершы", "essay-references"),
        # the essay's own "now": the powers' responsibility grows after the amendments
        (
            "responsibility of power to people, which power more responsible now, executive or legislative?",
            "kz-authorities-responsibility",
        ),
        # what a change gives asks its purpose
        ("kazakhstan move from soviet model to democracy, what it give to society according essay", "kz-harmony"),
        # Russian typed with the keyboard in the English layout
        ("cnhernehf 'cct", "essay-structure"),
        ("xnj nfrjt gjkbnbxtcrfz vjlthybpfwbz", "modernization-definition"),
    ],
)
def test_thirty_fourth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "you are robot or real person? who made you",
        "who even are you, like a bot or a person typing lol",
        "this is very interesting",
        "бұл өте қызық екен",
        "yes",
        "no",
        "ghbdtn",  # "привет" in the English layout
        "cgfcb,j",
    ],
)
def test_thirty_fourth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        # a current office holder is still no question for the essay
        "кто сейчас глава исполнительной власти",
        "who is in power now",
        # Latin letters that are no Russian typed in the wrong layout
        "asdf",
        "qwerty",
    ],
)
def test_thirty_fourth_batch_not_answered(kb, message):
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # where the asker is, after or before the question
        ("can you give me the abstract like summarize it for me I'm walking to class", "essay-abstract"),
        ("I'm walking to class, what is modernization", "modernization-definition"),
        ("что такое модернизация, я в автобусе", "modernization-definition"),
        # every form of "идея" one stem: the essay's main idea, not "the idea of elected rule"
        ("основную идею статьи", "essay-thesis"),
        ("Не могли бы Вы кратко изложить основную идею статьи?", "essay-thesis"),
        # Kazakh exam framing with the verb at the end
        ("егер мұғалім саяси жаңғыру деген не деп сұраса, не деймін?", "modernization-definition"),
        ("емтиханда Белл туралы сұраса не айтамын", "bell-book"),
        # keyboard-layout slips: "?" typed for the comma, Kazakh typed in the English layout, a name in capitals
        ("j,]zcyb? xnj pyfxbn jnrfp jn nhflbwbjyys[ ajhv", "modernization-definition"),
        ("ltvjrhfnbz ltuty yt", "democracy-in-essay"),
        ("Vfhr Fdhtkbq nehfks fqnis", "marcus-aurelius"),
        # thanks, then a real question
        ("спасибо, теперь понятно. а что про Белла?", "bell-book"),
        ("thanks, can you help with Bell", "bell-book"),
    ],
)
def test_thirty_fifth_batch_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "thx for the Nazarbayev quote, really helped",  # "helped" tells; "help" asks
        "спасибо большое, теперь понятно про партии и конфликты",  # "теперь понятно" tells
        "рахмет, саяси даму туралы түсіндім",
        "Белл туралы жауабыңызға көп рахмет",  # thanks last, for an answer named first
        "за ответ про Белла спасибо",
        "сен роботсың ба",
        "cgfcb,j pf jndtn ghj ,tkkf",  # "спасибо за ответ про белла" in the English layout
    ],
)
def test_thirty_fifth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_an_office_program_question_declared_off_topic_is_not_answered(kb):
    message = "Извините, вопрос не по теме: не подскажете, как в Microsoft Word сделать автоматическое оглавление?"
    assert ask(kb, message).entry is None


def test_thanks_then_what_comes_next_stays_a_question(kb):
    # after thanks, "now the keywords" asks: answered or offered, never small talk
    assert ask(kb, "рахмет, енді негізгі сөздер").outcome != "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        # thanks or praise last, for an answer named first
        "Марк Аврелий туралы жауапқа рақмет үлкен",
        "your explanation of democracy helped a lot",
        # thanks, then saying it is understood now
        "ааа спасибо, теперь ясно что такое модернизация",
        "рахмет, енді демократия туралы түсінікті болды",
        "thanks, makes sense now about the parties",
        "ты тупой бот, спасибо за ничего",
    ],
)
def test_release_red_team_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("расскажи про роль партий, спасибо заранее", "parties-role"),
        ("can you help me with the keywords of the essay", "essay-keywords"),  # a part of the essay named
        ("я в автобусе еду на пару, кратко что такое политическая модернизация", "modernization-definition"),
        ("whats the main idea of the essay, im on the bus", "essay-thesis"),
        # "… или нет" ends a question; "ответственность" is no "ответ"
        ("ответственность власти растёт или нет", "kz-authorities-responsibility"),
        # understood, then asked
        ("спасибо, теперь ясно что такое модернизация?", "modernization-definition"),
        ("got it, and the conclusion?", "essay-conclusion"),
    ],
)
def test_release_red_team_questions(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_where_the_asker_is_changes_no_answer(kb):
    for located, plain in [
        ("автобуста келе жатырмын, саяси тұрақтылық кімге керек", "саяси тұрақтылық кімге керек"),
        ("what is modernization, im on my way to uni", "what is modernization"),
    ]:
        found = ask(kb, located).entry
        assert found is not None and found == ask(kb, plain).entry, located


@pytest.mark.parametrize(
    "message",
    [
        # only what the student liked: an acknowledgement, not a question about it
        "hi! I liked the part about the three dimensions",
        "мне понравилось про Белла",  # "мне понравилось" is no "не понял"
        "маған Белл туралы бөлім ұнады",
    ],
)
def test_only_what_the_student_liked_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("I liked the part about Bell, can you explain more?", "bell-book"),
        ("мне понравилось про Белла, расскажи подробнее", "bell-book"),
        ("I loved reading about Bell. What is his book called?", "bell-book"),
    ],
)
def test_liking_something_then_asking_is_a_question(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_thirty_sixth_batch_mends(kb):
    # "жауапты" (responsible) is the responsibility concept; "the bot which knows the essay" asks what the bot is
    assert entry_of(kb, "билик халыкка жауапты ма") == "kz-authorities-responsibility"
    assert ask(kb, "privet. you are bot which knows essay about parties in Kazakhstan?").outcome == "smalltalk"
    # a bare Kazakh "X не" is answered in Kazakh
    assert ask(kb, "демократия не").lang == "kk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Сформулируйте, пожалуйста, основные выводы статьи по пунктам.", "essay-conclusion"),  # not the main idea
        ("как называется эссе ғой, апай сказала прочитать а я название забыла", "essay-title"),  # what was forgotten
    ],
)
def test_thirty_sixth_batch_more_mends(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        # "understood." then a question in the next sentence is a question, never small talk
        "түсіндім. демократия неге өркениеттің негізі",
        "жарайды түсінікті. ал партиялардың рөлі қандай",
        "понятно. почему партии создают конфликты",
    ],
)
def test_understood_then_a_question_is_no_small_talk(kb, message):
    assert ask(kb, message).outcome != "smalltalk"


@pytest.mark.parametrize("message", ["this bot is useless lol", "сау бол, ертең жазамын", "пока, завтра напишу"])
def test_abuse_and_goodbyes_in_other_words_are_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_thirty_seventh_batch_mends(kb):
    # "кр" is Russian chat's "короче", not Kazakhstan; a Kazakh case ending after an English word is dropped
    assert entry_of(kb, "кр о чем эссе ваще в двух словах плз") == "essay-title"
    assert entry_of(kb, "references-та қанша source бар") == "essay-references"
    assert entry_of(kb, "ҚР-дағы партиялар") == entry_of(kb, "ҚР партиялары")


@pytest.mark.parametrize(
    "message",
    [
        # "the same", "differ", "vs", "айырмашылығы" are one concept: the two things compared
        "Is it correct that the essay treats 'political modernization' and 'political development' as the same concept?",
        "is upgrading of politics and political development the same thing or no",
        "Саяси модернизация мен саяси дамудың ортақ белгілері мен айырмашылықтарын көрсетіңіз",
    ],
)
def test_a_comparison_of_modernization_and_development_is_their_relation(kb, message):
    assert entry_of(kb, message) == "modernization-vs-development"


def test_a_comparison_the_essay_never_makes_is_not_covered(kb):
    # the comparison concept must not turn electoral systems into a "did you mean" about modernization vs development
    assert ask(kb, "чем отличается мажоритарная система от пропорциональной").outcome == "not_covered"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # an ordinal ordering the student's questions goes before a question word; "first reference" keeps it
        ("first, what is political modernization", "modernization-definition"),
        ("first what is the essay about", "essay-thesis"),
        ("во-первых, что такое политическая модернизация", "modernization-definition"),
        ("ең алдымен, Белл кім", "bell-book"),
        ("біріншіден, саяси жаңғыру деген не", "modernization-definition"),
        ("first reference?", "ref-absattarov"),
        # what to put on a slide about X is X
        ("what should i put on a slide about political modernization", "modernization-definition"),
        ("что написать на слайде про политическую модернизацию?", "modernization-definition"),
        ("Белл туралы слайдқа не жазамын", "bell-book"),
        # a quote about a subject is the subject's answer; the essay's own quotes keep their word
        ("i need a quote about democracy", "democracy-in-essay"),
        ("нужна цитата про демократию, что-нибудь красивое", "democracy-in-essay"),
        # the main idea of a part of the essay is that part
        ("главная мысль аннотации", "essay-abstract"),
        ("қорытындының негізгі ойы", "essay-conclusion"),
        ("главная мысль эссе", "essay-thesis"),
        # notes cut terms short
        ("межэтн. межрелиг. гармония", "kz-harmony"),
        # chat starts a sentence in lower case; a stated need asks
        (
            "пишу с работы, времени ноль. препод сказал до пятницы сдать анализ. мне надо главную мысль в двух словах, читать некогда",
            "essay-thesis",
        ),
    ],
)
def test_thirty_eighth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize("message", ["привет. ты по эссе про партии в рк?", "simple version", "can you help me check stuff?"])
def test_thirty_eighth_batch_asks_nothing_of_the_essay(kb, message):
    assert ask(kb, message).entry is None


def test_lower_case_sentences_are_split_only_when_each_says_something():
    assert sentences("пишу с работы, времени ноль. препод сказал сдать анализ эссе. мне надо главную мысль") == [
        "пишу с работы, времени ноль.",
        "препод сказал сдать анализ эссе.",
        "мне надо главную мысль",
    ]
    assert sentences("межэтн. межрелиг. гармония что пишут") == ["межэтн. межрелиг. гармония что пишут"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a near-topic term's concept words are the essay's subject: "…ассамблея народа казахстана" had made every
        # sentence naming Kazakhstan "off topic", so a question after it was never read on its own
        ("Моя подруга из Казахстана говорит что эссе сложное. Что такое политическое развитие?", "development-definition"),
        # asking for help first, then the question
        ("i need help. what is political modernization", "modernization-definition"),
        ("мне нужна помощь. что такое политическая модернизация", "modernization-definition"),
        # the main idea of a person is that person's entry (for Bell, what he says: see the forty-second batch's
        # test); asked of nothing named, the essay's thesis
        ("главная мысль Назарбаева", "nazarbayev"),
        ("Беллдің негізгі ойы", "bell-common-features"),
        ("аңдатпаның негізгі ойы қандай", "essay-abstract"),
        ("главная мысль какая в двух словах", "essay-thesis"),
        # a slide about X, in short
        ("слайд про демократию", "democracy-in-essay"),
        ("slide about democracy", "democracy-in-essay"),
        # "I understood that X, but …? can you explain" asks
        ("я поняла что развитие это адаптация системы, но там ещё три измерения? можешь объяснить", "development-dimensions"),
    ],
)
def test_thirty_ninth_batch_and_red_team_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "i need help",
        "Вы можете отвечать на вопросы по статье о роли политических партий в Казахстане?",
    ],
)
def test_asking_for_help_or_what_the_bot_answers_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_near_topic_terms_mark_no_concept_of_the_essay_as_off_topic(kb):
    assert kb.matcher.off_topic("ассамблея народа казахстана", "ru")
    assert not kb.matcher.off_topic("роль партий в казахстане", "ru")
    assert not kb.matcher.off_topic("какие законы упоминаются в эссе", "ru")


@pytest.mark.parametrize(
    "message",
    [
        # asking what the bot is, then telling why: small talk, however the sentences are ordered
        "Is this the bot for the essay about parties? Our tutor said we should use you for the seminar",
        "привет! ты бот который по эссе про партии помогает?",
    ],
)
def test_fortieth_batch_who_then_telling_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a classmate's question relayed; "полностью" (the whole title) is the title
        ("ребята спрашивают, как эссе полностью называется?", "essay-title"),
        # "можно объяснить попроще" asks for the shape of the answer
        ("что такое политическая модернизация, можно объяснить попроще, как для первокурсника", "modernization-definition"),
    ],
)
def test_fortieth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "2 sentences" without "in" is the answer's shape; "are one sentence split in two" is not
        ("abstract summary 2 sentences", "essay-abstract"),
        ("paragraph 5 and 6 are one sentence split in two right", "essay-errors"),
        # too lazy to read it says nothing of the subject
        ("қорытындыны қысқаша айтып берші, оқуға ерініп отырмын", "essay-conclusion"),
        # office Russian's "прошу указать, …" opens a question
        (
            "Прошу указать, в каких сферах, по тексту, в Казахстане поэтапно осуществлялись изменения, "
            "и что говорится о государственно-правовом механизме.",
            "kz-legislation-reforms",
        ),
    ],
)
def test_forty_first_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_several_sentences_of_small_talk_are_small_talk(kb):
    assert ask(kb, "привет. ты бот по эссе? что умеешь вообще").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "please" last makes the sentence a request; the next one only tells
        (
            "main idea of essay in 2-3 sentence please. I must write summary tomorow and I did not finish reading yet, sorry",
            "essay-thesis",
        ),
        # notes' shorthand for the answer's shape
        ("abstract in 2 sentences, plain words not theirs", "essay-abstract"),
        # what the list is for, after the question
        (
            "Подскажите пожалуйста кто авторы в списке литературы, мне надо два три источника взять для доклада, "
            "желательно казахстанские учебники",
            "essay-references",
        ),
        # "на 3 часа ночи" is no "который час" (a near-topic term whose stop word left one common word)
        (
            "ааа завтра экз в 9 утра а я на 3 часа ночи сижу 😭😭 ЗАЧЕМ НУЖНЫ ПОЛИТИЧЕСКИЕ ИНСТИТУТЫ "
            "и через что политика осуществляется срочно",
            "political-institutions",
        ),
        # Kazakh typed with э for ә
        ("эдебиеттер тизими", "essay-references"),
        # "author name" asks who wrote it, as "author's name" did
        ("author name", "essay-author"),
        # what Bell says is his claim, not his book; who he is and his book stay the book
        ("Даниел Белл что сказал", "bell-common-features"),
        ("what did bell say", "bell-common-features"),
        ("tldr the bell part", "bell-common-features"),
        ("Белл не деді", "bell-common-features"),
        ("кто такой Белл", "bell-book"),
        ("Дэниел Белл кім?", "bell-book"),
        ("bell book", "bell-book"),
        # a compound of two terms is both: Nazarbayev's words on industrial-innovative development
        ("Назарбаев про индустриально-инновационное развитие что сказал в своей статье", "modernization-industrial-innovative"),
    ],
)
def test_forty_second_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_what_is_asked_and_then_its_date_answers_what_and_says_the_essay_gives_no_date(kb):
    message = "Конституцияға енгізілген түзетулер туралы автор не дейді? Қай жылғы өзгерістер екені мақалада көрсетілген бе?"
    answer = ask(kb, message)
    assert answer.outcome == "answer" and answer.entry is not None
    assert answer.entry.id == "kz-constitution-amendments" and answer.reason == "when"
    # after a whole question, a number the essay does not give of something else it names
    answer = ask(kb, "according to the text whose interests do parties represent? and how many parties r there in kazakhstan")
    assert answer.entry is not None and answer.entry.id == "parties-interests" and answer.reason == "count"
    # a date alone, or a question naming no essay, is still one the essay does not answer
    assert ask(kb, "В каком году приняли те поправки к Конституции, о которых пишет автор?").outcome == "not_covered"
    assert (
        ask(kb, "Какой закон в Казахстане регулирует политические партии и сколько членов нужно для регистрации?").entry is None
    )
    assert ask(kb, "который час").entry is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # names autocorrect splits, rejoined: exactly, or with a typo when long; "translate good" is no "translated"
        ("who is Abs attar ov in the references, what book", "ref-absattarov"),
        ("what did Nazar bayed say modernization needs to be successful", "modernization-success-conditions"),
        ("what is the Nissan baev book in the list", "ref-nysanbaev"),
        ("translate good morning into french", None),
        # the quotes named first, then how many: quoted twice
        ("Nazarbayev quotes in the essay - how many are there?", "nazarbayev"),
        # a debater's framing
        ("give me the essay's strongest line on democracy", "democracy-in-essay"),
        ("what's the essay's stance on parties", "parties-in-essay"),
        # an older writer's courtesy, and the essay as assigned
        (
            "Будьте любезны, скажите, как в точности называется эссе, которое нам задали изучать? "
            "В распечатке, что мне дали в библиотеке, заглавие, к сожалению, обрезано.",
            "essay-title",
        ),
        ("what is the main idea of the essay that our teacher assigned", "essay-thesis"),
        # of two sentences on the same subject, the one that asks
        (
            "Жарайды, онда эссенің өз ішінде партиялар туралы не айтылғанын сұрайын. Тақырыпта «партиялардың рөлі мен "
            "маңызы» деп тұр, бірақ мәтін негізінен жаңғырту туралы сияқты. Партиялар туралы нақты қай тұстарда айтылады?",
            "parties-role",
        ),
        # a count the first part's entry gives is no fact the essay lacks
        (
            "Будьте любезны, каков список литературы у этой работы? Сколько там всего источников и есть ли среди них "
            "выступления или послания самого Назарбаева?",
            "essay-references",
        ),
        # notes' "трад."; Abai is no subject of the essay
        ("трад. vs совр. общество как в эссе, сравни плз с примерами", "modernization-definition"),
        ("Абайдың отыз сегізінші қара сөзінің негізгі идеясын қысқаша айтып бересіз бе?", None),
    ],
)
def test_forty_third_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "hey is this the bot for the polisci essay about parties in kz",
        "are you a bot for the essay on political parties in kazakhstan",
    ],
)
def test_asking_whether_this_is_the_bot_for_the_essay_named_by_its_topic_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_the_essay_named_with_a_part_of_it_or_the_students_own_essay_is_no_small_talk(kb):
    assert ask(kb, "is this the bot for the polisci essay about the conclusion").outcome != "smalltalk"
    assert ask(kb, "help with my english essay on climate").outcome != "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a question about the essay itself is one, though "essay" and "about" are all it says
        (
            "What's the essay actually about, in a nutshell? I've got a seminar Thursday and I've only skimmed it on the bus.",
            "essay-thesis",
        ),
        # an emoji ends a sentence; a sentence that only tells is passed over, near-topic words or not; Kazakh asks last
        (
            "бүгін 4 сағат кітапханада отырдым, миым мүлде істемей тұр 😩 саяси процесс деген не өзі, қарапайым тілмен "
            "түсіндіріп жіберші",
            "political-process",
        ),
        # Kazakh's "не нәрсе" is "what"
        ("саяси даму деген не нәрсе өзі?", "development-definition"),
        ("модернизация мен даму бір нәрсе ме", "modernization-vs-development"),
        # an exam candidate's outline is the answer's shape
        ("Эссенің қорытындысын 3 тезиске бөліп берші, жаттап алайын", "essay-conclusion"),
        ("Абстрактіні (аннотацияны) қазақшаға қысқаша аударып, 2-3 сөйлеммен түйіндеп бересіз бе", "essay-abstract"),
        ("abstract-ты 2 sentence-ке summarize жаса pls, ағылшыншасы ауыр екен", "essay-abstract"),
        # English translated word for word: "Essay author who is?"; "according to the conclusion" is where, not what
        (
            "Essay author who is? Name of author in essay is written or not written? I need for citation in my work",
            "essay-author",
        ),
        (
            "how does modernization protect political stability according to the conclusion? something about social tensions",
            "modernization-stability",
        ),
    ],
)
def test_forty_fourth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "привет. ты типа бот по этому эссе про партии в казахстане? ну давай проверим насколько ты умный",
        "Hello! This bot is what doing? I can ask question about the essay of political parties role, yes?",
        "what does this bot do",
    ],
)
def test_forty_fourth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_a_near_topic_question_after_a_question_still_turns_the_message_away(kb):
    # the sentence that asks a fact the essay lacks is no telling sentence to pass over
    assert ask(kb, "Марк Аврелий қандай кітап жазды? Ой толғаулары ма").entry is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the reason after "а то", and "если можно", say nothing of the subject
        ("короч о чем вообще эта статья в двух словах, а то я открыл и ниче не понял", "essay-title"),
        ("саяси модернизация деген не өзі, своими словами если можно, қысқаша", "modernization-definition"),
        # a flashcard's shape; "неше цитата" counts quotes
        ("Политическое развитие: определение. Только коротко, чтоб на карточку влезло", "development-definition"),
        ("Назарбаевтан эсседе неше цитата бар? какие именно, тізіп берші", "nazarbayev"),
        # the weather is no subject of the essay
        ("ертең Алматыда жаңбыр бола ма?", None),
    ],
)
def test_forty_fifth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_asking_whether_a_person_answers_is_small_talk(kb):
    assert ask(kb, "а ты бот или мне человек отвечает? просто интересно").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # voice typing: "эсси" and "данил бэл", and a year said aloud
        ("о чем это эсси вообще", "essay-title"),
        ("данил бэл пост индустриальное общество что говорит", "bell-common-features"),
        ("казахстан две тысячи тридцать что это за источник", "ref-kazakhstan-2030"),
        ("қазақстан екі мың отыз деген не", "ref-kazakhstan-2030"),
        # a time of day is when, not what; "i need it" and "for the intro question" say nothing of the subject
        ("у меня пара в 8 утра, главная мысль заключения какая", "essay-conclusion"),
        ("what's the main idea of the essay, i need it for the intro question", "essay-thesis"),
        # the essay assigned to someone else, then only telling
        ("Как называется эссе, которое им дали? У дочки распечатка без обложки, а надо указать название", "essay-title"),
        # "the paragraph, where …" is a clause, not a second question
        (
            "Нам задали объяснить абзац, где модернизация понимается как переход от традиционного общества к индустриальному",
            "modernization-industrial-transition",
        ),
        # Kazakh: "ойынша", "түсінбедім", "жерін" say nothing of the subject; "жаттауға ыңғайлы" is the answer's shape
        ("Ғалымдар мен саясаткерлердің ойынша жаңғырудың басты бағыты не?", "modernization-priority"),
        ("партиялар болғандықтан қақтығыс туады деген жерін түсінбедім, неге", "parties-conflicts"),
        ("саяси өлшемдерді жаттауға ыңғайлы етіп айтып берші", "development-dimensions"),
        # what modernization is impossible without
        ("по словам елбасы без чего невозможна модернизация", "modernization-industrial-innovative"),
    ],
)
def test_forty_sixth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_words_that_say_how_to_give_it_or_what_about_are_no_subject():
    # "жайлы" is "туралы"; "сөзбе-сөз", "verbatim", "беріңізші", "ойынша" name nothing asked about
    def tokens(text, lang):
        return [token for _, token in terms(text, lang)]

    assert tokens("мақала не жайлы", "kk") == tokens("мақала не туралы", "kk")
    assert tokens("жаңғырудың анықтамасын сөзбе-сөз беріңізші", "kk") == tokens("жаңғырудың анықтамасы", "kk")
    assert tokens("definition of modernization verbatim", "en") == tokens("definition of modernization", "en")
    assert tokens("ғалымдардың ойынша жаңғыру", "kk") == tokens("ғалымдар жаңғыру", "kk")


def test_a_paragraph_where_something_is_said_is_one_question():
    text = "объясни абзац, где модернизация понимается как переход к индустриальному обществу"
    assert split_parts(text) == [text]


@pytest.mark.parametrize(
    "message",
    [
        "correct me if im wrong, democracy is the basis of civilization",
        "поправьте меня если я ошибаюсь, демократия основа цивилизации",
        "қателессем түзетіңіз, демократия өркениеттің негізі",
    ],
)
def test_checking_a_claim_opens_the_question(message):
    assert strip_openers(message) != message
    assert "демократ" in strip_openers(message).lower() or "democracy" in strip_openers(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the main idea of the abstract is the abstract; picking up yesterday's conversation opens the question
        ("Кеше тоқтаған жерден жалғастырайық: аннотацияда қандай негізгі идея бар, бір-екі сөйлеммен", "essay-abstract"),
        ("эссенің аннотациясында қандай негізгі идея тұжырымдалған", "essay-abstract"),
        # chat's "чел", "пжпж", "как для тупых" say nothing of the subject
        ("чел я завтра сдаю, объясни полит развитие как для тупых пжпж", "development-definition"),
        # when modernization works: its two conditions, not "successful political activity"
        ("modernization only works if..?? two conditions right?", "modernization-success-conditions"),
        # a first-timer's words open the question
        ("first time using this, what is democracy", "democracy-in-essay"),
    ],
)
def test_forty_seventh_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_first_timer_asking_how_to_ask_is_small_talk(kb):
    assert ask(kb, "hi, first time using this. do i just type my question in here?").outcome == "smalltalk"


def test_academic_kazakh_framing_carries_no_subject():
    # "эссеге сүйенсек", "сүйене отырып", "пайымдайды", "қарастырылады", "уәждер", "яғни"
    def tokens(text):
        return [token for _, token in terms(text, "kk")]

    assert tokens("эссеге сүйенсек, саяси даму ұғымы") == tokens("саяси даму ұғымы")
    assert tokens("автор қандай уәждер келтіреді деп пайымдайды") == tokens("автор қандай келтіреді деп")
    assert tokens("қорытындыда модернизация көрсеткіш ретінде қарастырылады") == tokens(
        "қорытындыда модернизация көрсеткіш ретінде"
    )
    assert tokens("Әбсаттаровтың еңбегі, яғни оқулығы") == tokens("Әбсаттаровтың еңбегі оқулығы")


@pytest.mark.parametrize(
    "sentence",
    [
        "I should be most obliged if you could tell me, in plain terms, what the essay is arguing overall.",
        "A brief precis of the abstract, if you would be so kind.",
    ],
)
def test_a_polite_request_asks(sentence):
    assert asks_something(sentence)


def test_an_interjection_ends_a_sentence():
    text = "I spent thirty years in the haulage trade, ha. But what are the criteria of political development?"
    assert len(sentences(text)) == 2


def test_a_mistyped_the_and_a_brief_precis_say_nothing_more():
    def tokens(text):
        return [token for _, token in terms(text, "en")]

    assert tokens("what are teh keywords") == tokens("what are the keywords")
    assert tokens("a brief precis of the conclusion") == tokens("summary of the conclusion")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "is it fair to say" opens a claim check; "equates" compares
        ("is it fair to say the essay equates modernization with development?", "modernization-vs-development"),
        # "конкретно" is not the "concrete ways" of modernization's strategy
        ("что конкретно меняет модернизация?", "modernization-mechanism"),
        # "обьяснить 9-классникам", "без канцелярита": the answer's shape
        ("как обьяснить 9-классникам, что такое демократия? без канцелярита", "democracy-in-essay"),
        # what the question sets aside is not what it asks about
        ("who is quoted in the essay besides nazarbayev?", "essay-people"),
        ("какие ещё ошибки в тексте, кроме Марка Аврелия?", "essay-errors"),
        # a quote asked for first, and a journalist's "strongest sentence"
        ("дәйексөз керек: демократия туралы ең мықты сөйлем қайсы", "democracy-in-essay"),
        ("цитата нужна: про демократию", "democracy-in-essay"),
        # a label naming where to look, then a question naming what
        ("список литературы: кто автор учебника «Политология и её проблемы» и какой год?", "ref-absattarov"),
    ],
)
def test_forty_eighth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "hi! is this the bot for the essay on parties? I'm a history major taking this as an elective so pls bear with me",
        "are you an actual person or a bot? no offense",
    ],
)
def test_forty_eighth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_a_label_before_a_question_about_the_list_itself_stays(kb):
    assert entry_of(kb, "references: how many?") == "essay-references"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a name after the label is what the question is about; "they" after it is the list itself
        ("список литературы: что за учебник Зексембековой про модернизацию?", "ref-zheksembekova"),
        ("әдебиеттер тізімі: олар мәтінде сілтеме ретінде келтірілген бе?", "essay-references"),
    ],
)
def test_a_reference_list_label_gives_way_only_to_a_name_or_a_title(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # what the essay gets wrong, in plain words; a diminutive of "статья"
        ("есть в тексте что-то неправильное?", "essay-errors"),
        ("what does the essay say oddly or weirdly?", "essay-errors"),
        ("о чем эта статейка?", "essay-title"),
    ],
)
def test_forty_ninth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize("message", ["Ты тот бот по эссе про партии?", "hey, can you help me out"])
def test_forty_ninth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # English spelled as it sounds: "-shun" for "-tion", British "s" for American "z", "wot dus it meen"
        ("modernisashun defenishun", "modernization-definition"),
        ("Nazerbiev quote about algorythm of moderniseyshun, wot dus it meen in normal words", "modernization-algorithm"),
        # the student's year of study is no date asked
        ('what does "positive dynamics" mean, explain like im a first year student', "development-positive-dynamics"),
    ],
)
def test_fiftieth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize("message", ["helo is this teh bot for the essay about parties?", "is this teh bot"])
def test_fiftieth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize("message", ["that was wrong i think, check again", "проверь ещё раз", "қайта тексерші"])
def test_asking_to_check_an_answer_again_is_a_complaint(kb, message):
    answer = ask(kb, message)
    assert (answer.outcome, answer.act) == ("smalltalk", "abuse")


def test_which_year_in_latin_kazakh_asks_a_date():
    assert asks("konstitutsiya qai zhyly qabyldangan") == "when"


def test_a_year_of_study_asks_no_date():
    assert asks("explain like im a first year student") is None
    assert asks("second-year students ask: which year?") == "when"


def test_a_follow_up_on_the_same_subject_then_a_date_answers_and_says_the_date_is_missing(kb):
    answer = ask(kb, "Какие поправки в конституцию имеются в виду в эссе и что они поменяли? Год там указан или нет")
    assert (answer.entry.id if answer.entry else None, answer.reason) == ("kz-constitution-amendments", "when")


def test_a_society_cut_short_in_kazakh_notes_is_society():
    assert [token for _, token in terms("дәстүрлі қ-ғам", "kk")] == [token for _, token in terms("дәстүрлі қоғам", "kk")]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # spoken Kazakh's particles ("ше", "енді") and "in easy words" ("оңай тілмен") say nothing of the subject
        ("саяси модернизация деген не типа оңай тілмен түсіндірші ше", "modernization-definition"),
        # not having read it yet is the reason for asking ("мен әлі оқымадым ғой")
        pytest.param("мынау эссе вообще не туралы өзі қысқаша айтшы мен әлі оқымадым ғой", "essay-title", marks=SECOND_READING),
        ("ok so whats the main idea, i havent read it yet", "essay-thesis"),
        # a sceptic's "эта ваша демократия"
        ("ну и что там эта ваша демократия, в двух словах", "democracy-in-essay"),
        # what the answer is for: a card, a numbered slide
        ("keywords of the essay pls, I need 5 for my card", "essay-keywords"),
        ("для слайда 1 нужно точное название эссе. и если можно вариант покороче чтобы влез в заголовок", "essay-title"),
        # what parties are for is their role (parties-in-essay names parties-role as its purpose)
        ("партия не үшін керек эссе бойынша енді", "parties-role"),
        ("партиялар неге керек өзі?", "parties-role"),
    ],
)
def test_fifty_second_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize("message", ["Is this correct?", "is that right?", "correct", "правильно?", "дұрыс па?"])
def test_a_check_with_nothing_to_check_gets_no_entry(kb, message):
    # "correct" alone had been the essay's errors at 94
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # …and beside the claim it checks, the claim is answered (red team of this release)
        ("Is that right? Political development and modernization are the same thing", "modernization-vs-development"),
        ("Democracy is the basis of civilization. Is that right", "democracy-civilization"),
        ("дұрыс па? Белл бір жақты қорытынды жасады", "bell-one-sided"),
        # "буду благодарен за …" is thanks for what follows only when nothing follows
        ("Буду благодарен за три измерения политического развития", "development-dimensions"),
        # a test item whose stem only frames its options is read whole
        ("True or false: a) parties cause conflicts b) parties unite everyone", "parties-conflicts"),
        ("Какое утверждение верно? а) партии порождают конфликты б) партии объединяют всех", "parties-conflicts"),
        # …and so is one whose stem names only the essay or a number
        (
            "What does the essay say? a) democracy is the basis of civilization b) the economy comes first",
            "democracy-civilization",
        ),
        ("Two things: a) the thesis b) the conclusion", "essay-thesis"),
        # a student who has not seen the bot before asks whether it can help, "is it right?"
        ("You can help me with political science essay, is it right?", None),
    ],
)
def test_a_check_beside_a_claim_and_a_frame_beside_options_leave_the_question(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_correct_with_a_subject_still_asks_about_it(kb):
    assert entry_of(kb, "is the essay correct?") == "essay-errors"
    assert (
        entry_of(kb, "Құрметті бот, сәлем бердік! Эссе қайтіп құрылған, алдымен не айтылады, сосын не, ең соңында не?")
        == "essay-structure"
    )


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # officialese asks without naming a subject: "прошу разъяснить", "вышеуказанного", "в рамках …", "в связи с чем"
        (
            "Прошу разъяснить основную идею вышеуказанного эссе. В рамках дистанционного обучения мне необходимо подготовить"
            " краткое изложение объемом не более одной страницы, в связи с чем интересует главное, без второстепенных деталей.",
            "essay-thesis",
        ),
        (
            "Прошу подтвердить правильность моего понимания касательно условий успешной модернизации",
            "modernization-success-conditions",
        ),
        # a reference-list label after "касательно" still gives way to the title it names
        ("Касательно списка литературы: кто является автором учебника «Политология и ее проблемы»?", "ref-absattarov"),
        ("касательно списка литературы: сколько там источников?", "essay-references"),
        # a summary card is what the answer is for
        ("Main idea of the essay in two sentences, please. I need it for my summary card.", "essay-thesis"),
    ],
)
def test_fifty_third_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "Hello. Quick check before I start: are you a bot, or is a teacher reading these?",
        "как работать с этим ботом?",
        "ботпен қалай жұмыс істеймін?",
        "how do I use this bot",
    ],
)
def test_how_to_use_the_bot_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_russian_words_are_not_read_as_kazakh_terms_they_begin_like():
    # "осуществляется" had been Kazakh "өсу" (growth), "занимается" Kazakh "заң" (law)
    # …and "закончить" Russian "закон" (law)
    for word, concept in (
        ("осуществляется", "#growth"),
        ("осуждён", "#growth"),
        ("занимается", "#law"),
        ("занятие", "#law"),
        ("закончились", "#law"),
    ):
        assert concept not in [token for _, token in terms(word, "ru")]
    assert "#growth" in [token for _, token in terms("өсуі", "kk")] and "#law" in [token for _, token in terms("заңнама", "kk")]
    assert detect_language("Чем занимается Мажилис?") == "ru"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the time left before class is when, not what; the length asked for after a comma; "how would you put it"
        ("conclusion of the essay pls short version i have 5 min before class", "essay-conclusion"),
        ("у меня 5 минут до пары, что такое модернизация", "modernization-definition"),
        ("what do parties actually do in the political system, one line", "parties-role"),
        ("how would you put political modernization in one line", "modernization-definition"),
        # a pasted test item is answered from its stem: without its instruction, its blank and its options
        (
            "According to the essay, political stability in Kazakhstan is of interest to:\na) only neighbouring countries\n"
            "b) neighbouring countries and developed countries of the world\nc) only international organisations\n"
            "d) no one outside Kazakhstan",
            "kz-stability-interest",
        ),
        ("Fill in the blank: Democracy is the basis of ________.", "democracy-civilization"),
        ("Бос орынды толтыр: Демократия – ... негізі.", "democracy-civilization"),
    ],
)
def test_fifty_fourth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Which party role is true? a) interests b) the state", "Which party role is true?"),
        ("Fill in the gaps: ___ is the basis of society", "is the basis of society"),
        # a stem naming nothing of the essay frames its options: the whole item is the question
        ("Which is true? a) parties b) the state", "Which is true? a) parties b) the state"),
        # one option is no test, an initial no option, a question without a stem stays whole
        ("what is the answer to a) the first part", "what is the answer to a) the first part"),
        ("Какие высказывания Н. А. Назарбаева приводятся в статье?", "Какие высказывания Н. А. Назарбаева приводятся в статье?"),
        ("a) democracy b) modernization", "a) democracy b) modernization"),
        ("модернизация это... ну короче что это", "модернизация это... ну короче что это"),
    ],
)
def test_a_test_item_s_stem(text, stem):
    assert question_stem(text) == stem


@pytest.mark.parametrize(
    "message", ["Danke, this helps me already a lot!", "салам. ты бот для политология да? нам эссе дали про партии"]
)
def test_fifty_fourth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_a_question_word_between_two_words_keeps_them_from_being_one_near_topic_term(kb):
    # "interest groups" are a term the essay never discusses; "interests of which groups" asks about its own
    assert entry_of(kb, "Parties represent interests of which groups? only classes or also other?") == "parties-interests"
    assert entry_of(kb, "what are interest groups") is None
    # …unless the term has a word of its own there: "separation of which powers" is the separation of powers
    assert entry_of(kb, "Separation of which powers does Kazakhstan's constitution establish?") is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # having forgotten is the reason for asking
        ("3 dimensions again but super short i forgot already omg", "development-dimensions"),
        ("я забыл, что такое модернизация", "modernization-definition"),
    ],
)
def test_fifty_fifth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize("message", ["hi bot r u there", "ты тут?", "салем бот бар ма", "как тобой пользоваться?"])
def test_asking_whether_the_bot_is_there_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "explains" in Russian and Kazakh asks, as in English ("объясняет" alone had been the political process at 94)
        ("Как автор объясняет, что такое модернизация?", "modernization-definition"),
        ("автор қалай түсіндіреді, модернизация деген не", "modernization-definition"),
        # two terms typed without the space are both (batch 56 asked of the role "in society", which batch 78's
        # labelers gave to parties as the basis of society)
        ("politicalparties role in the political system acording to the author", "parties-role"),
        ("политическаямодернизация это", "modernization-definition"),
        # "база" is a basis
        ("база общества это что по автору", "parties-basis-of-society"),
        # the essay named by its title's subject is the essay: what it is about is asked of the essay
        ("нам задали эссе про полит партии в казахстане, о чём оно вообще", "essay-title"),
        ("we got an essay about parties in kazakhstan, what is it about", "essay-title"),
        # a superlative, an apology, "just" and the register say nothing of the subject
        ("го список литературы, кто там самые главные авторы", "essay-references"),
        ("what is the earliest source in the references", "ref-encyclopedic-dictionary"),
        ("sorry, what is democracy", "democracy-in-essay"),
        ("модернизация, можно проще", "modernization-definition"),
        ("непонятно что такое модернизация", "modernization-definition"),
        pytest.param(
            "а модернизация это чисто про экономику или про политику тоже, что она меняет в системе",
            "modernization-mechanism",
            marks=SECOND_READING,
        ),
        # what the answer is for is no part of it
        ("вывод эссе коротко, чтобы на семинаре сказать и не спалиться что не читал", "essay-conclusion"),
        ("ертен семинар бар щас басым катып отыр, эссенин негизги ойлары", "essay-thesis"),
        # a remark after the question names no question of its own
        ("Демократия основа цивилизации, как это понять? Глава государства тоже так говорит.", "democracy-civilization"),
        # a person's words about a thing named after them: that thing
        (
            "Тұңғыш Президент Нұрсұлтан Назарбаевтың модернизация «алгоритмі» туралы сөзі бар ғой, түсіндіріп берші",
            "modernization-algorithm",
        ),
    ],
)
def test_fifty_sixth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # a question before the remark, a question without its mark after it, a subject set before it: still declined
        "What is democracy for the essay? Who is the president now?",
        "партиялар қандай болады? короче Қазақстанда қазір қанша партия тіркелген",
        "which parties are actually in the parliament of Kazakhstan? I mean the actual ones, in the Mazhilis now",
        "I want to know the current president. Tell me please",
        "На лекции упоминали Сэмюэла Хантингтона. Что он писал о политической модернизации?",
    ],
)
def test_a_remark_is_read_only_after_the_question(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    "message",
    [
        "you are robot or real person? sorry to ask",
        "sorry my english is not good, you understand me?",
        "Are you a real teacher or a program?",
        "sorry, typo in my last message",
        "чёт непонятно объяснил можно проще",
        "ой, простите, я не поняла ответ... можно попроще?",
        "that was confusing",
    ],
)
def test_fifty_sixth_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Spanish "significa", "bueno" and an opener before a sentence break
        (
            'ok first thing. what significa "political modernization" in this essay? my english is not perfect',
            "modernization-definition",
        ),
        ("bueno, what is democracy", "democracy-in-essay"),
        # the answer's shape and the reader's tiredness or plans are no part of the question
        ("заключение эссе одним-двумя предложение скажи, я устал читать", "essay-conclusion"),
        ("эссенің қорытындысын қысқаша айтшы, тезистер керек презентацияға", "essay-conclusion"),
        (
            "Мақаланың кілт сөздерін атап беріңізші, оқушыларға шағын глоссарий жасамақшымын. Мүмкін болса, көрсетсеңіз.",
            "essay-keywords",
        ),
        # Kazakh "illogical" is an error of the essay
        ("Мақалада қандай қисынсыз тұстар бар?", "essay-errors"),
        # "which" asks for the thing it names: the harmony, not the transition
        ("кеңестік модельден демократияға өту қандай келісімге жеткізеді? ұлтаралық, дінаралық сияқты бірдеңе еді", "kz-harmony"),
        # a term the essay never discusses, then what it says instead: that, and the term told missing
        (
            "Есть ли в эссе что-то про разделение властей? Или только про ответственность законодательной власти перед народом?",
            "kz-authorities-responsibility",
        ),
        ("Тізімдегі Жылқышевтің мақаласы қай басылымда, қашан жарық көрген? Тақырыбы қандай?", "ref-zhylykyshev"),
    ],
)
def test_fifty_seventh_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_what_the_essay_says_instead_comes_with_the_term_told_missing(kb):
    answer = ask(kb, "Легитимность в эссе упоминается? Или только народ как основа власти?")
    assert answer.entry is not None and answer.entry.id == "democratic-order-people" and answer.reason == "topic"
    # not when the other part is no question about the essay ("…, ¿no? or I am confusing")
    assert entry_of(kb, "when was founded the party Amanat? and before it was Nur Otan, ¿no? or I am confusing") is None


@pytest.mark.parametrize(
    "message",
    [
        "Какой статьёй Конституции РК закреплён правовой статус политических партий?",
        "which parties are in the parliament of Kazakhstan? I mean the actual ones, in the Mazhilis now",
    ],
)
def test_fifty_seventh_batch_near_topic(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    "message",
    [
        "are you a robot or a person? jaja who made you, you answer very fast",
        "ну ты что-то непонятно отвечаешь короче можно проще как для первокурсника",
        "hola",
    ],
)
def test_fifty_seventh_batch_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # punctuation dictated as words is punctuation
        ("what is political modernization question mark", "modernization-definition"),
        ("what is the main idea of the essay comma in simple words full stop", "essay-thesis"),
        # an example of one's own only illustrates the question, even asked
        ("Инновация өлшемі дегеніміз не? Мысалы әкімдік халықтың шағымына тез жауап берсе, сол ма?", "development-innovation"),
        ("What is innovation in the essay? For example, is our akimat's online queue innovation?", "development-innovation"),
        # a post for classmates is what the answer is for
        ("в двух строчках для сторис: зачем вообще нужны партии по версии автора", "parties-role"),
        # flaws and shortcomings are errors
        ("какие недостатки у эссе", "essay-errors"),
    ],
)
def test_fifty_eighth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_an_example_never_hides_a_question_about_today(kb):
    assert entry_of(kb, "Who is the president now? For example, is it Tokayev?") is None


def test_fifty_eighth_batch_small_talk(kb):
    assert ask(kb, "uh are you a real person or a robot question mark").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # from this release's red team: a teacher's plan keeps the subject it names; "or" without "only" is no
        # alternative the essay has instead
        ("Оқушыларға Марк Аврелий туралы айтпақшымын, эсседе ол не істеді деп жазылған?", "marcus-aurelius"),
        ("does the essay mention Amanat? or am I confusing it with another text?", None),
    ],
)
def test_red_team_of_the_twenty_second_release(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message", ["Сәлеметсіз бе, сіз шын мұғалімсіз бе, әлде бағдарлама ма?", "Из какой базы ты берёшь ответы?"]
)
def test_red_team_of_the_twenty_second_release_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


# The twenty-third release: long messages that tell first and ask later (blind batch 59's context-heavy writers)


def test_a_sentence_that_only_opens_the_question_is_a_courtesy_in_a_longer_message(kb):
    answer = ask(
        kb,
        "Sorry if this is a dumb question. When the essay says political development is 'flexible adaptation of the "
        "political system to the social environment', is that the author's own definition or is it taken from someone? "
        "Because the teacher said we should always say who the definition belongs to. Also when did the concept of "
        "political development appear in science according to the essay?",
    )
    assert answer.entry is not None and answer.entry.id == "development-definition"
    assert [s.entry_id for s in answer.also] == ["development-concept-origin"]


def test_alone_a_sentence_that_only_opens_a_question_asks_how_to_ask(kb):
    assert ask(kb, "Sorry if this is a dumb question.").outcome == "smalltalk"


def test_several_questions_among_telling_sentences_the_first_answered_the_next_offered(kb):
    answer = ask(
        kb,
        "Ок, теперь главное, потому что тема статьи вообще-то про партии. Я заметила, что про партии там на самом деле "
        "очень мало, буквально пару абзацев, а остальное про модернизацию. Что автор говорит о роли партий в "
        "политической системе? Чьи интересы они представляют?",
    )
    assert answer.entry is not None and answer.entry.id == "parties-role"
    assert [(s.entry_id, s.why) for s in answer.also] == [("parties-interests", "part")]


@pytest.mark.parametrize(
    "message",
    [
        # the second question asks about the bot: no entry answers it clearly
        "Здравствуйте! Я с юрфака, политологию взяла как майнор. Вы отвечаете по эссе про роль политических партий в "
        "РК? Можно спрашивать на русском?",
        # a question about today without its mark, after a real one
        "партиялар тур қандай болады? короче Қазақстанда қазір қанша партия тіркелген",
    ],
)
def test_several_questions_are_answered_only_when_each_is(kb, message):
    assert ask(kb, message).entry is None


def test_a_count_the_entry_gives_is_asked_among_telling_sentences(kb):
    message = (
        "Сегодня семинар был, доклад рассказала нормально, но препод дал доп задание на следующую неделю — разобрать "
        "список литературы. Сколько источников в списке и какие из них учебники? И есть ли там что-то не на "
        "русском/казахском, а то названия все по английски"
    )
    assert entry_of(kb, message) == "essay-references"


def test_a_clear_question_is_answered_though_a_telling_sentence_names_another_entry_more_closely(kb):
    message = (
        "Мы на прошлой паре разбирали модернизацию вообще, по учебнику, а в этой статье у автора вроде своё "
        "определение. Однокурсник Ерлан утверждает, что у автора политическая модернизация это просто переход от "
        "традиционного общества к современному и всё. Но мне кажется там было ещё что-то про механизм обновления "
        "системы. Как именно в эссе определяется политическая модернизация? Можно близко к тексту, я хочу процитировать"
    )
    assert entry_of(kb, message) == "modernization-definition"


def test_a_request_that_names_nothing_asks_of_the_sentence_before(kb):
    message = (
        "Мне на доклад досталась ещё часть про три измерения политического развития. Я нашла это место, но там всё "
        "одним предложением через точку с запятой, и я не уверена где одно измерение кончается и начинается другое "
        "(особенно про инновации). Перечисли пожалуйста все три и коротко поясни каждое своими словами"
    )
    assert entry_of(kb, message) == "development-dimensions"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When the essay says political development is adaptation, is that the author's own definition?", None),
        ("when he says modernization, what does he mean", None),
        ("when the essay was written?", "when"),
        ("When did the concept appear?", "when"),
    ],
)
def test_when_that_joins_what_the_essay_says_to_the_question_asks_no_date(question, kind):
    assert asks(question) == kind


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Because the teacher said who the definition belongs to. Also when did the concept appear?", 2),
        ("I found the place (about innovation). List all three", 2),
        ("Ask Dr. Bell about it", 1),
    ],
)
def test_sentences_end_after_a_short_word_or_a_bracket(text, count):
    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("эссеның негізгі ойы какой? бир сөйлеммен", "essay-thesis"),  # the essay's main idea, misspelled
        ("what else looks strange or contradictory in the text?", "essay-errors"),
    ],
)
def test_fifty_ninth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_asking_for_simpler_writing_is_small_talk(kb):
    assert ask(kb, "Can you write more simple?").outcome == "smalltalk"


def test_a_russian_question_word_after_english_words_frames_the_question():
    assert detect_language("no modernization is possible without ... чего? забыл") == "ru"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("эссе авторы кым озы", "essay-author"),  # "кім" typed with ы
        ("кым жазды эссені", "essay-author"),
    ],
)
def test_sixtieth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "салем бот. сен не истейсин озы, эссе бойынша комектесесин ба?",
        "ugh завтра семинар по политологии а я эту статью даже не открывал((",
    ],
)
def test_sixtieth_batch_small_talk(kb, message):
    assert ask(kb, message).entry is None


def test_not_having_opened_the_essay_yet_leaves_the_question(kb):
    assert entry_of(kb, "я эту статью даже не открывал, что такое модернизация?") == "modernization-definition"


@pytest.mark.parametrize(
    "message",
    [
        # from this release's red team: today's ruling party, after a sentence the essay answers
        "В эссе партии названы основой общества. Какая партия сейчас правящая в Казахстане?",
        "какая партия сейчас правящая",
    ],
)
def test_which_party_rules_today_is_not_answered(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    "message",
    ["Привет, что делаешь?", "чё делаешь", "чем занимаешься?", "what are you doing?", "wyd", "сәлем, не істеп жатырсың"],
)
def test_asking_what_the_bot_is_doing_is_small_talk(kb, message):
    # "что ты делаешь" had been the conclusion at 94
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [("что делает партия", "parties-role"), ("what are parties doing in the political system", "parties-role")],
)
def test_what_parties_do_is_still_a_question(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # a sentence naming today after an answered one is no remark, asked or not (the review of this release)
        "Tell me what the essay says about parties. And the current president",
        "Что в эссе про партии? И нынешний президент тоже",
        "Эсседе партиялар туралы не делінген? Қазіргі президент те",
        # a count of nothing named asks of the subject before it, which the essay does not count
        "What does the essay say about parties. How many of them",
        "Что эссе говорит о партиях. Сколько их всего",
    ],
)
def test_a_sentence_asking_what_the_essay_lacks_is_not_dropped_from_a_longer_message(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who actually wrote this essay? the file we got has no author name on it", "essay-author"),
        ("who really wrote this essay", "essay-author"),
        ("кто вообще написал это эссе", "essay-author"),
        ("why do parties exist", "parties-role"),  # had been the conflicts their existence brings
        ("for what parties exist", "parties-role"),
        ("для чего существуют партии", "parties-role"),  # had been the algorithm of modernization at 60
        ("can you explain the abstract in simple words, my english not so good and it is very hard to read", "essay-abstract"),
        ("sorry for my bad english, what is political modernization", "modernization-definition"),
        # "некорректно" is an error, as "неправильно" is
        ("Можешь перечислить, что в тексте эссе выглядит некорректно?", "essay-errors"),
    ],
)
def test_sixty_first_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_both_says_nothing_of_the_subject(kb):
    # "обе" had been the references of Zhambylov at 94 ("обе работы Жамбылова")
    assert entry_of(kb, "можешь объяснить обе простыми словами?") is None


def test_a_sentence_ends_after_a_quotation():
    assert sentences("Я помню фразу «основа общества — это партии». Кто из нас прав?") == [
        "Я помню фразу «основа общества — это партии».",
        "Кто из нас прав?",
    ]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # checking a claim asks of the claim
        (
            "Одногруппник говорит, что партии в эссе не главное. А я помню фразу «основа общества — это партии». Кто из нас прав?",
            "parties-basis-of-society",
        ),
        # a question of "here" asks of the sentence before it, whatever the sentences after it tell
        (
            "Эсседе демократия өркениеттің негізі деп жазылған. Эссе бұл жерде не айтқысы келеді? "
            "Еркін қоғам құратын мемлекет туралы да бір сөйлем бар",
            "democracy-civilization",
        ),
    ],
)
def test_a_check_or_a_question_of_here_asks_of_the_sentence_before(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "не успела" (did not manage) is no "успех" (success), and "сказать" asks as "скажи" does
        (
            "Привет. У меня завтра семинар по политологии, препод сказал прочитать эссе про партии в Казахстане, а я "
            "не успела. Можешь коротко сказать о чём оно и что главное запомнить?",
            "essay-thesis",
        ),
        # the reason after the question is a sentence of its own, and the request it opens with asks
        (
            "can u explain the 3 dimensions simpler bc the text is so confusing i read it 3 times and still dont get the second one",
            "development-dimensions",
        ),
        # a sentence asking two things, among telling ones: its first part
        (
            "Мне надо сделать концовку доклада и я хочу опереться на вывод автора. Как он в заключении формулирует итог, "
            "что такое для него политическая модернизация в конце концов?",
            "essay-conclusion",
        ),
        # the first question as clearly as a later sentence asks it; "оғаш" (odd) is an error
        (
            "Препод эсседе қате немесе оғаш жерлер бар, соларды тауып келіңдер деді, плюс балл береді. Мен Марк Аврелий "
            "мен BC деген жерді байқадым. Тағы қандай оғаш нәрселер бар?",
            "essay-errors",
        ),
        ("what is stated incorrectly in the essay", "essay-errors"),
    ],
)
def test_sixty_second_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "thanks a lot, this is exactly what I needed",
        "Thank you very much, this is exactly what I needed. You explain it better than my textbook :)",
    ],
)
def test_sixty_second_batch_not_answered(kb, message):
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("бул эссе не туралы озы? кыскаша айтшы пжл, окуга уакыт жок", "essay-title"),  # "уакыт" had been resilience
        ("корытындыда не айтылган, кыскаша 3-4 сойлем жазып берши конспектке", "essay-conclusion"),
        ("Main idea of the whole essay in 2 sentences, for my opening speech", "essay-thesis"),
        ("Мен бұл эссені оқып үлгермедім. Ол не туралы?", "essay-title"),
        # a question of "here" that names nothing asks of the sentence before, however well it matches alone
        (
            "Мұғалім тақтаға жазды: «Саяси модернизацияны ғалымдар әлі жеткілікті зерттемеген». Эссе бұл жерде не айтқысы келеді?",
            "modernization-understudied",
        ),
    ],
)
def test_sixty_third_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "Ты некорректно ответил в прошлый раз.",
        "you answered incorrectly last time.",
        "Бот оғаш жауап берді ғой.",
        "Дәл осы маған керек еді, көп рахмет!",
    ],
)
def test_complaints_and_thanks_with_the_new_error_words_are_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_a_checked_claim_about_today_is_not_answered(kb):
    # the teacher's claim is kept ("препод сказал, что …"), and checking a claim that names today asks about today
    assert entry_of(kb, "Препод сказал, что сейчас в Казахстане семь партий. Это правда?") is None


def test_why_institutions_exist_is_not_the_parties_role(kb):
    assert entry_of(kb, "Зачем существуют политические институты по эссе?") == "political-institutions"


@pytest.mark.parametrize(
    "message",
    [
        # how hard it is, ending in how the student feels: no question about the text's errors
        "ой преподаватель сказал статью к завтрашнему дню разобрать, а английский текст очень трудный, перевод кривой, уже голова болит честно",
        "эссе өте қиын екен, аудармасы да оғаш, басым ауырып кетті",
        "the english text is so hard and the translation is weird, my head hurts",
    ],
)
def test_venting_about_the_text_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_a_question_after_venting_is_still_answered(kb):
    assert entry_of(kb, "перевод кривой, голова болит. что в эссе с ошибками?") == "essay-errors"


@pytest.mark.parametrize(
    "message",
    [
        # checking a claim about today is a question about today, however close the claim's words are to an entry
        "Our tutor said that there are seven parties in Kazakhstan today. Is that right?",
        "Препод сказал, что сейчас в Казахстане семь партий. Это правда?",
    ],
)
def test_checking_a_claim_about_today_is_not_answered(kb, message):
    assert entry_of(kb, message) is None


def test_a_checked_quotation_keeps_the_essays_own_today(kb):
    message = "Мен қоғамның негізі демократия деп ойлаймын, ал құрбым эсседен дәйексөз келтірді: «Бүгін қоғамның негізі – саяси партиялар». Кім дұрыс?"
    assert entry_of(kb, message) == "parties-basis-of-society"


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "реформалардың нәтижесі қандай болды және саяси тұрақтылық кімдерді қызықтырады?",
            ["реформалардың нәтижесі қандай болды", "саяси тұрақтылық кімдерді қызықтырады?"],
        ),
        ("Белл кім еді және ол не жазды?", ["Белл кім еді", "ол не жазды?"]),
        (
            "Әдебиеттер тізімінде неше дереккөз бар және ең ескісі қай жылғы?",
            ["Әдебиеттер тізімінде неше дереккөз бар", "ең ескісі қай жылғы?"],
        ),
    ],
)
def test_a_kazakh_question_word_and_its_was_before_and_end_a_part(message, parts):
    # "қандай болды және …", "неше дереккөз бар және …": the question word, up to two words and their "was" or "there
    # is", then "and" start a second question
    assert split_parts(message) == parts


def test_two_kazakh_questions_joined_after_was_answer_the_first_and_offer_the_second(kb):
    answer = ask(kb, "Эссе бойынша реформалардың нәтижесі қандай болды және еліміздің саяси тұрақтылығы кімдерді қызықтырады?")
    assert answer.entry is not None and answer.entry.id == "kz-reform-results"
    assert "kz-stability-interest" in [s.entry_id for s in answer.also]


@pytest.mark.parametrize("message", ["hey hi, it's almost 2am here lol", "almost"])
def test_almost_says_nothing_of_the_subject(kb, message):
    # "almost" had been the passages "repeated almost word for word" (essay-abstract at 92)
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # who should rule is the essay's idea, not today's office holder; a 2000-year-old idea is no person's age
        ("the 2000 yr old idea abt who shud rule the state", "elected-rule-idea"),
        ("кто должен править государством, по той древней идее из эссе", "elected-rule-idea"),
        # a Kazakh question word and its "there is", then a comma, end a part: the first part answered
        ("әдебиеттер тізімінде неше дереккөз бар, ең ескісі қай жылғы", "essay-references"),
        # a first part asking what a fact was for answers with what it was for, as a whole message would
        ("зачем казахстану демократия по тексту, какое согласие", "kz-harmony"),
        ("Қазақстанға кеңестік модельден демократияға өту не үшін керек болды, ол қандай келісімге жеткізеді?", "kz-harmony"),
        # "нелерді" asks and "тізіп" says how to answer: neither is a subject
        (
            "Модернизацияның механизмі туралы жерде көп сөз тізіліп кеткен, бәрін есте сақтау қиын. Саяси модернизация нақты"
            " нелерді жаңартып, өзгертеді, тізіп берші?",
            "modernization-mechanism",
        ),
    ],
)
def test_sixty_fourth_and_fifth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_who_should_rule_is_no_office_holder_but_who_rules_now_is():
    assert asks("who shud rule the state") is None
    assert asks("who rules kazakhstan now") == "current"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "the other two" names nothing but a number: it asks of the sentence that counts, not of the one before it
        (
            "I'm writing a short summary for my group and I need the three dimensions of political development. I only"
            " remember 'innovation' lol. what are the other two?",
            "development-dimensions",
        ),
        # "бұл жөнінде" (about this) asks of the sentence before, as "бұл жерде" does
        (
            "Досым саяси модернизацияны ғалымдар әбден зерттеп қойған, жаңа ештеңе жоқ дейді. Эссе авторы бұл жөнінде не айтады?",
            "modernization-understudied",
        ),
        # how much something is studied is a degree, not a number
        ("modernization: how much is it studied according to the author?", "modernization-understudied"),
    ],
)
def test_sixty_sixth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what is zhangyru in the essay", "modernization-definition"),
        ("andatpa of the essay, what's it about", "essay-abstract"),
        ("korytyndy of the essay pls", "essay-conclusion"),
    ],
)
def test_kazakh_terms_in_latin_letters_in_an_english_sentence_are_answered_in_english(kb, message, expected):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == expected
    assert answer.lang == "en"


def test_thanks_with_quite_is_small_talk(kb):
    assert ask(kb, "Thank you very much, that was quite helpful.").outcome == "smalltalk"


def test_a_cv_for_a_job_is_not_the_abstract(kb):
    # "резюме" is also a CV
    assert ask(kb, "можешь написать мне резюме для подработки в кафе").entry is None
    assert entry_of(kb, "резюме эссе") == "essay-abstract"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "them" is what the sentence before names: read the question with its terms
        (
            "My groupmate Dias keeps saying that political modernization and political development are synonyms and we "
            "can use them interchangeably in the summary. I'm not sure. Does the essay treat them as the same thing?",
            "modernization-vs-development",
        ),
        (
            "I need to cite the oldest source from the reference list in my paper (teacher wants us to show we checked "
            "the bibliography). Which one is the oldest and who wrote it?",
            "ref-encyclopedic-dictionary",
        ),
        # …not a request to help with "them"
        (
            "hi! I coach the debate club at a lyceum, our kids got this essay as prep material for a tournament. can "
            "you help me get them ready?",
            None,
        ),
    ],
)
def test_a_question_of_them_is_read_with_what_the_sentence_before_names(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a textbook's "what is X": "что представляет собой X", "X нені білдіреді", "X деген сөздің мағынасы"
        ("что представляет собой политическое развитие?", "development-definition"),
        ("что собой представляет политическая модернизация", "modernization-definition"),
        ("саяси даму нені білдіреді", "development-definition"),
        ("демократия нені білдіреді", "democracy-in-essay"),
        ("саяси жаңғыру деген сөздің мағынасы", "modernization-definition"),
        # …while "представлять интересы" and "представлять интерес" keep their meaning
        ("чьи интересы представляют партии", "parties-interests"),
        ("для кого представляет интерес стабильность", "kz-stability-interest"),
        # the 2021 Kazakh Latin capital İ
        ("İnnovatsiia saiasi damuda neni bıldıredı?", "development-innovation"),
    ],
)
def test_a_textbook_what_is_x_is_answered_with_the_definition(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize("message", ["түсінбедім", "тусинбей калдым", "i don't get it", "I didn't understand"])
def test_not_understanding_is_small_talk(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.entry is None


def test_human_or_bot_in_kazakh_after_russian_is_who_are_you(kb):
    answer = ask(kb, "ты кто вообще, адам ба әлде бот?")
    assert answer.outcome == "smalltalk" and answer.act == "who"


@pytest.mark.parametrize(
    "message",
    [
        "how political modernization was in Uzbekistan, compare with us please",
        "I'm comparing Kazakhstan with Uzbekistan for a course paper. How did Uzbekistan's approach to political "
        "modernization differ, and which parties are represented in its parliament?",
        "саяси жаңғыру Өзбекстанда қалай жүрді",
    ],
)
def test_another_country_the_essay_never_names_is_near_topic(kb, message):
    """The essay names no country but Kazakhstan (and Rome): how modernization went in Uzbekistan is not its."""
    assert ask(kb, message).entry is None


def test_a_country_named_as_where_a_student_comes_from_keeps_the_question(kb):
    message = "In Germany trade unions are huge, so I noticed them here too. Why does the essay mention trade unions at all?"
    assert entry_of(kb, message) == "political-institutions"


@pytest.mark.parametrize(
    "message",
    [
        "so no modernization without factories and new tech basically?",
        "зауыттар мен жаңа технологиясыз модернизация болмай ма?",
    ],
)
def test_factories_are_industry(kb, message):
    """A student's plain word for industry ("factories", "заводы", "зауыттар") is the essay's industrial development."""
    assert entry_of(kb, message) == "modernization-industrial-innovative"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("саяси даму туралы айтып берши, ертен семинарда сурайды деди мугалим", "development-definition"),
        ("ертең семинарда сұрайды, саяси жаңғыру дегеніміз не", "modernization-definition"),
        ("что такое политическое развитие, завтра на семинаре спросят", "development-definition"),
    ],
)
def test_that_the_teacher_will_ask_it_is_the_reason_not_the_question(kb, message, entry):
    """ "ертең семинарда сұрайды" ("they will ask it at tomorrow's seminar") and "деді мұғалім" say why, not what."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # "when" opening a condition, a question after the comma: no date asked
        ("when a country modernizes, what changes?", "modernization-mechanism"),
        ("Когда страна модернизируется, что меняется?", "modernization-mechanism"),
        ("when parties exist, why do conflicts appear?", "parties-conflicts"),
        # "это" after the condition: "when X, that is …" defines, it asks no date
        ("когда страна становится современнее это типа переход от чего к чему?", "modernization-definition"),
        ("когда страна меняет старые порядки это ж как механизм? что там обновляют", "modernization-mechanism"),
        # "up to date" is modern, not a date; "fall apart" is collapse
        (
            "so when a country's politics gets more up to date, what does that actually mean in simple words",
            "modernization-definition",
        ),
        ("why would a political system fall apart", "modernization-stability"),
    ],
)
def test_a_condition_and_idioms_are_not_dates(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    ["when did the concept appear, and who coined it?", "Когда появилось понятие политического развития, кто его ввёл?"],
)
def test_when_with_its_verb_still_asks_a_date(message):
    assert asks(message) == "when"


def test_a_dictated_message_without_marks_is_read_from_where_it_asks(kb):
    """Voice typing leaves no marks: the story comes first, then "можешь перечислить …" asks."""
    message = (
        "мы сегодня на паре разбирали ключевые слова и одногруппник айдос сказал что их там штук пять а я по моему "
        "видела больше можешь перечислить какие ключевые слова в эссе указаны"
    )
    assert entry_of(kb, message) == "essay-keywords"
    assert sentences(message)[-1] == "перечислить какие ключевые слова в эссе указаны"


def test_asking_the_bot_to_explain_more_simply_stays_small_talk(kb):
    assert ask(kb, "норм, понял. а можешь попроще объяснять, без канцелярита").outcome == "smalltalk"


def test_a_roman_patsha_is_the_essays_emperor_and_a_kazakh_king_is_not_asked(kb):
    """ "Рим патшасы" is how everyday Kazakh names a Roman ruler: "патша" is no off-topic word."""
    assert entry_of(kb, "сол рим патшасы қай ғасырда өмір сүрген дейді мақалада") == "marcus-aurelius"
    assert ask(kb, "Қазақстанда патша болған ба").entry is None


@pytest.mark.parametrize(
    "message",
    [
        "ugh this text is so hard to read, the grammar is weird",
        "ugh this essay so boring, translate is very bad, i not understand nothing",
        "блин у меня завтра семинар а я ничего не понимаю 😭",
    ],
)
def test_that_the_text_is_dull_or_hard_at_the_end_is_small_talk(kb, message):
    """How hard or dull the text feels, at the end of a message that asks nothing: no entry about its errors."""
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("can you explain abstract in simple words, my english not so good and abstract is very hard to read", "essay-abstract"),
        ("перескажи аннотацию нормально, а то там английский перевод какой-то кривой, ничего не понятно", "essay-abstract"),
    ],
)
def test_a_request_that_ends_in_venting_is_answered(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("I'm from Korea, what is political development?", "development-definition"),
        ("Я из Узбекистана, объясните что такое политическая модернизация", "modernization-definition"),
        ("мен монголиядан келгенмін, саяси жаңғыру деген не", "modernization-definition"),
    ],
)
def test_where_the_student_comes_from_is_no_subject(kb, message, entry):
    """A red team's finding: with a comma after it, the home country had made the question off-topic."""
    assert entry_of(kb, message) == entry


def test_an_essay_that_is_up_to_date_is_not_modernization(kb):
    assert entry_of(kb, "is this essay up to date?") != "modernization-definition"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "the people in charge having to answer for stuff, does the essay say thats going up or down",
            "kz-authorities-responsibility",
        ),
        ("Give an example from the essay of an ancient ruler who shared power", "marcus-aurelius"),
        ("is getting more modern in politics the same thing as political development or no", "modernization-vs-development"),
        ("Саяси жаңғыру барысында қоғам нендей дәстүрлі нысандардан бас тартады және не іздейді?", "modernization-definition"),
    ],
)
def test_a_concept_said_in_everyday_words_finds_its_entry(kb, message, entry):
    """ "people in charge" are the authorities, "answer for" responsibility, "an ancient ruler" the emperor,
    "getting more modern" modernization, "бас тарту" rejection: phrases of the concept lexicon."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize("message", ["summarize the essay", "tldr of the essay", "эссені қысқаша айтып бер"])
def test_asking_to_summarize_the_essay_gets_its_main_idea(kb, message):
    """The plainest request for the whole essay in short: its thesis, not a tie among the essay's entries."""
    assert entry_of(kb, message) == "essay-thesis"


@pytest.mark.parametrize(
    "message",
    [
        "Honestly, your last answer was a bit too short for my thesis. Could you please give more detail next time?",
        "в следующий раз отвечай подробнее, твой ответ был слишком коротким для реферата",
        "келесі жолы толығырақ жазшы, сенің жауабың тезиске қысқа болды",
    ],
)
def test_a_wish_about_the_bots_answers_next_time_is_small_talk(kb, message):
    """Feedback on the bot's answer for next time asks nothing of the essay ("thesis" there is the student's)."""
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("your answer about Bell was wrong, what does Bell say about industrial societies?", "bell-one-sided"),
        (
            "your previous answer was too short. next time give more detail. what are the three dimensions of political development?",
            "development-dimensions",
        ),
        (
            "твой ответ был коротким, в следующий раз подробнее. а что такое политическая модернизация?",
            "modernization-definition",
        ),
        ("келесі жолы қазақша жауап бер, сенің жауабың орысша болды. саяси жаңғыру деген не?", "modernization-definition"),
        (
            "преподаватель сказал: твой ответ неполный, в следующий раз назови все три измерения, какие они?",
            "development-dimensions",
        ),
    ],
)
def test_a_question_sent_with_feedback_on_an_answer_is_still_answered(kb, message, entry):
    """A red team's finding: the wish for next time had swallowed the question asked with it."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize("message", ["which reference is the most recent", "what is the latest source in the list"])
def test_the_most_recent_reference_is_asked_of_the_references(kb, message):
    """ "recent" had made it a question about the recent amendments; "most recent", "latest", "newest" are one concept."""
    assert entry_of(kb, message) == "essay-references"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("the essay mentions recent reforms in kz, what are they", "kz-reform-results"),
        ("ең жаңа саяси институттар қандай", "development-new-institutions"),  # the newest institutions, no reference
        ("ең кейінгі абзацта автор не дейді", "essay-conclusion"),
    ],
)
def test_recent_and_newest_in_other_senses_keep_their_answers(kb, message, entry):
    """A red team's findings: "recent" alone, "ең жаңа" and "ең кейінгі" are no question about the newest reference."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("who wrote the political science textbook from 2007 in refs", "ref-absattarov"),
        ("Абсаттаровтың оқулығы мен Қазақстан-2030 жолдауы қай жылы шыққан?", "ref-absattarov"),  # "-2030" is a name
    ],
)
def test_the_year_a_question_names_picks_the_entry_stating_it(kb, message, entry):
    """Of the leading entries, the one whose answer states the year asked: the 2007 textbook, not the list."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Mustafin's book, is it from 1998?", "ref-mustafin"),
        ("учебник Мустафина вышел в 1998 году?", "ref-mustafin"),
        ("in his 2002 address what did the president say modernization success depends on", "modernization-principles"),
    ],
)
def test_a_year_does_not_outweigh_the_author_or_subject_named(kb, message, entry):
    """A red team's finding: only the list of references yields to the reference of the year asked."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "математикадан есеп бер",
        "what does the essay say about the customs union",
        "какие обычаи у казахов на наурыз",
        "ok can we move forward to the next topic",
        "how to keep calm before the exam",
        "is this essay kinda old-fashioned or is it just me",
    ],
)
def test_everyday_phrases_do_not_capture_other_meanings(kb, message):
    """A red team's findings: "есеп бер" (give a problem), customs, "move forward", "keep calm", "old-fashioned" are
    no phrases of the essay's concepts."""
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("i was born in 2005, what is political modernization", "modernization-definition"),
        ("я 2005 года рождения, что такое политическая модернизация", "modernization-definition"),
        ("мен 2005 жылы туғанмын, саяси жаңғыру деген не", "modernization-definition"),
        ("у нас семинар в 14:00, а я 2005 года, что такое модернизация?", "modernization-definition"),
        ("мне 19 лет, что такое политическая модернизация", "modernization-definition"),
        (
            "im in group 2103, seminar tmrw at 9:00, what are the three dimensions of political development?",
            "development-dimensions",
        ),
        ("я из группы 2103, что такое модернизация", "modernization-definition"),
        ("мен 2103 тобынанмын, саяси жаңғыру деген не", "modernization-definition"),
        ("our seminar is at 9:00, what is political modernization", "modernization-definition"),
        (
            "what does the essay say about the amendments to the constitution? im born 2004 so idk which amendments they mean lol",
            "kz-constitution-amendments",
        ),
    ],
)
def test_what_students_tell_of_themselves_asks_no_date(kb, message, entry):
    """A red team's and batch 72's finding: a year of birth or a seminar's time had made a date question of the
    question asked with it ("the essay gives no date")."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "what happened in 1991?",
        "when was bell born",
        "2022 жылғы референдумда конституцияда нақты не өзгерді?",
        "our lecturer mentioned Huntington. what he says about political order in changing societies?",
    ],
)
def test_years_and_names_of_what_is_asked_still_ask_for_facts_the_essay_lacks(kb, message):
    """The year of what is asked, a birth asked about, and the words of a student's clause stay: not answered."""
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("1. Explain what political modernization means", "modernization-definition"),
        ("2. Explain what political modernization means", "modernization-definition"),
        ("1. What is political modernization?", "modernization-definition"),
        ("1.Explain democracy", "democracy-in-essay"),  # without a space, or "1.)": read as reference 1 before
        ("1.) Explain democracy", "democracy-in-essay"),
        ("2.Explain what political modernization means", "modernization-definition"),
    ],
)
def test_the_number_of_an_exam_sheets_item_asks_nothing(kb, message, entry):
    """Batch 72's exam-sheet writer: "1." had been read as a count, "2." as "the two" of another entry."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message", ["r u a bot or is there an actual person answering at 2am 😅", "are you a bot or is there a real person"]
)
def test_asking_whether_a_person_answers_is_asking_who_the_bot_is(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == "who"


def test_a_russian_request_typed_in_latin_letters_is_read_as_russian(kb):
    """Batch 72's writer without a Russian keyboard: "perechisli" (list) had made the message Latin Kazakh."""
    assert entry_of(kb, "kakuyu garmoniyu dolzhna dat demokratiya v kazahstane, perechisli") == "kz-harmony"


@pytest.mark.parametrize(
    "message", ["name the author of the essay", "назови автора эссе", "nazovi avtora esse", "эссенің авторын ата"]
)
def test_naming_the_author_asks_who_wrote_the_essay(kb, message):
    """Batch 72: "name the author" had got the people the essay names; "назови автора", "авторын ата" nothing."""
    assert entry_of(kb, message) == "essay-author"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("name the authors cited in the essay", "essay-references"),
        ("name the author of the book on post-industrial society", "bell-book"),
    ],
)
def test_naming_other_authors_keeps_its_answers(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("our teacher mentioned 2008 in the lecture. which source is that?", "ref-zhylykyshev"),
        ("my teacher talked about 2006. which textbook is that?", "ref-zheksembekova"),
        ("нам говорили про 2006 год. какой это учебник?", "ref-zheksembekova"),
        ("мне нужен учебник 2007 года", "ref-absattarov"),
        ("назови автора статьи 1997 года", "ref-zhambylov"),
        ("name the author of the references", "essay-references"),
    ],
)
def test_a_year_the_student_asks_about_is_kept(kb, message, entry):
    """A red team's findings: a year told in a clause of one's own ("our teacher mentioned 2008") had been dropped,
    and "назови автора" had taken "of the 1997 article" for the essay's author."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "Was Nazarbayev born in 1940?",
        "Назарбаев родился в 1940 году?",
        "Назарбаев 1940 жылы туған ба?",
        "was the author born in 1980?",
        "why did the USSR fall apart",
    ],
)
def test_a_birth_asked_of_someone_else_and_the_ussrs_collapse_are_not_answered(kb, message):
    """A red team's findings: only the asker's own birth is dropped; "fall apart" reads as "collapse" again."""
    assert ask(kb, message).entry is None


@pytest.mark.parametrize(
    "message",
    [
        "вы бот или живой человек отвечает?",
        "сіз ботсыз ба әлде нақты адам жауап беріп отыр ма?",
        "сен бот па әлде тірі адамсың ба?",
        "are u a real person or a bot lol",
        "Are you a real person or some bot? Kindly revert back.",
        "ты только по эссе помогаешь или по другим предметам тоже можешь?",
        "а вы только по эссе помогаете или по другим предметам тоже можете?",
        "А вы кто? Живой человек или программа?",  # the review's mend had lost these two their who-reply
        "ну ты вообще живой человек или бот",
    ],
)
def test_asking_whether_a_living_person_answers_is_asking_who_the_bot_is(kb, message):
    """Stop 41's red team and batch 73: "живой человек", "тірі/нақты адам", Indian English "kindly
    revert" (reply) and "only the essay or other subjects too" had got "not covered" or the essay's people."""
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == "who"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("are you a bot or a real person? what is democracy", "democracy-in-essay"),
        ("ты бот или живой человек? что такое демократия", "democracy-in-essay"),
        ("сен ботсың ба? саяси партиялардың рөлі қандай?", "parties-role"),
    ],
)
def test_a_question_after_asking_what_the_bot_is_is_answered_on_its_own(kb, message, entry):
    """ "person" in the first sentence had given the essay's people; "живой человек" had left it unanswered."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.score >= 90


@pytest.mark.parametrize(
    "message", ["Что вы умеете? Чем можете помочь?", "Is this the bot for the parties essay? Our tutor said we should use you"]
)
def test_what_follows_asking_what_the_bot_is_is_not_answered_when_it_names_nothing(kb, message):
    assert not ask(kb, message).matched


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("saıası damý degenimiz ne?", "development-definition"),
        ("saıası damýdyń úsh ólshemi qandaı?", "development-dimensions"),
        pytest.param("konstıtýsııadaǵy ózgerister týraly", "kz-constitution-amendments", marks=SECOND_READING),
    ],
)
def test_kazakh_in_the_2018_latin_alphabet_reads_like_cyrillic(kb, message, entry):
    """Batch 73's writer typed the acute-accent alphabet (ý for у, ǵ for ғ, ń, á, ó, ú): 0.765 before."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.lang == "kk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("sorry for writing so late, what is political development", "development-definition"),
        ("sorry for the late message, what is democracy", "democracy-in-essay"),
        ("извините что так поздно пишу, что такое демократия", "democracy-in-essay"),
    ],
)
def test_an_apology_for_the_late_hour_asks_nothing(kb, message, entry):
    """Stop 41's red team: the apology had left the question unsure, or given the essay's thesis."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [("2.ref", "ref-kazakhstan-2030"), ("11.reference", "ref-kuandyk"), ("20.century", "development-concept-origin")],
)
def test_a_number_before_what_numbers_name_is_no_exam_item(kb, message, entry):
    """This release's red team: "2.ref" had lost its number to the exam-item rule and got the whole list."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message", ["9.абзац о чем", "3.абзаца смысл", "5.источника автор", "10.reference in the essay", "20.веку"]
)
def test_a_number_before_one_paragraph_reference_or_century_is_kept(message):
    """ "9.абзац о чем" asks about ¶9: the number is no exam item's (the review: the singular's other forms too)."""
    assert question_stem(message) == message


@pytest.mark.parametrize(
    ("message", "stem"),
    [("3. References of the essay", "References of the essay"), ("4. Абзацтар реті қандай?", "Абзацтар реті қандай?")],
)
def test_a_number_before_a_plural_or_a_list_is_an_exam_items(message, stem):
    assert question_stem(message) == stem


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Who is Nursultan Nazarbáyev?", "en"),
        ("chto takoe demokrátiya?", "ru"),
        ("¿Qué es la democracia según el ensayo?", "en"),
        ("Who is Gómez?", "en"),
        ("Kóz qaras", "kk"),
    ],
)
def test_acute_vowels_alone_or_with_foreign_letters_are_not_kazakh(kb, message, lang):
    """This release's red team: one á (or Spanish, or ó among English words) had made a message Kazakh; ı, ǵ, ń, ý
    still do, and ó, ú without English words around them."""
    assert ask(kb, message).lang == lang


def test_an_english_verb_a_kazakh_light_verb_conjugates_asks_in_kazakh(kb):
    """Batch 74's bilingual-programme writer: "… туралы explain етші" had been answered in English."""
    answer = ask(kb, "партиялардың рөлі туралы explain етші")
    assert answer.entry is not None and answer.entry.id == "parties-role" and answer.lang == "kk"


def test_asking_for_it_in_ones_own_words_asks_nothing_more(kb):
    """Batch 74: ", своими словами можно" had given another entry."""
    assert entry_of(kb, "что такое демократия, своими словами можно") == "democracy-in-essay"


@pytest.mark.parametrize(
    "message",
    [
        "what exactly are you, a bot or a real person?",
        "тірі адам ба әлде робот па",
        "Это человек или бот пишет?",
        "ты можешь только по эссе отвечать?",
    ],
)
def test_more_ways_of_asking_what_the_bot_is(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == "who"


def test_thanks_for_exactly_the_quote_needed_is_thanks(kb):
    """Batch 74's term-paper writer: "that is exactly the quote I needed" had got the essay's people."""
    answer = ask(kb, "thanks, that is exactly the quote i needed")
    assert answer.outcome == "smalltalk" and answer.act == "thanks"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("кеш жазғаным үшін кешіріңіз, саяси даму деген не", "development-definition"),
        ("sorry for the late reply, what is democracy", "democracy-in-essay"),
    ],
)
def test_more_apologies_for_the_late_hour(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Are you a bot? Who is mentioned in the essay?", "essay-people"),
        ("Ты человек? Кто упоминается в эссе?", "essay-people"),
        ("are you a bot? what is the essay about?", "essay-thesis"),
    ],
)
def test_a_question_naming_the_essay_after_asking_what_the_bot_is_is_answered(kb, message, entry):
    """This release's red team: a question that names the essay rather than a term had stayed unanswered."""
    assert entry_of(kb, message) == entry


def test_an_exam_tomorrow_and_a_need_for_quick_answers_ask_nothing(kb):
    """Batch 75's flashcard writer: "hi. exam tmrw need quick answers" had got the role of parties."""
    assert ask(kb, "hi. exam tmrw need quick answers").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("1.explain political development", "development-definition"),
        ("1)what is democracy", "democracy-in-essay"),
        ("3. References of the essay", "essay-references"),
        ("11. Reference list of the essay", "essay-references"),
        ("2) Paragraph 5 summary", "development-concept-origin"),
    ],
)
def test_an_exam_items_number_before_a_small_letter_or_a_list_asks_nothing(kb, message, entry):
    """The second red team: a number before a small letter had been kept (a reference number), and "3. References
    of the essay" one reference."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [("Marcus Aurelius qaı ǵasyrda ómír súrdí", "marcus-aurelius"), ("Daníel Bell kím? Kítabynyń atyn aıtyńyzshy", "bell-book")],
)
def test_i_with_an_acute_is_kazakh_i_on_phone_keyboards(kb, message, entry):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.lang == "kk"
    assert kazakh_skeleton("kím") == kazakh_skeleton("кім")


@pytest.mark.parametrize("message", ["Nazarbayev quote explain жаса", "what is демократия explain етш"])
def test_a_bare_light_verb_is_no_kazakh_frame(kb, message):
    """The second red team: a bare "жаса", "етш" had sent the reply into Russian."""
    assert ask(kb, message).lang == "en"


@pytest.mark.parametrize(
    "message", ["Are you a bot? Can you check my essay?", "Are you a bot? Can I text you later?", "Ты бот? Ты читал эссе?"]
)
def test_naming_the_essay_to_speak_of_the_bot_or_oneself_is_not_answered(kb, message):
    """The second red team: "Can you check my essay?" after "Are you a bot?" had got an entry."""
    assert not ask(kb, message).matched


@pytest.mark.parametrize(
    "message", ["are you a bot? can you check my essay on democracy?", "ты бот? можешь проверить моё эссе про демократию?"]
)
def test_a_question_about_ones_own_essay_after_asking_what_the_bot_is_stays_whole(message):
    """The review: "my essay on democracy" named a term, and the question about the student's own essay had been
    read alone."""
    assert after_asking_who(message, detect_language(message)) == message


@pytest.mark.parametrize(
    ("message", "rest"),
    [
        ("Ты бот? Что в статье главное?", "Что в статье главное?"),
        ("are you a bot? what is democracy?", "what is democracy?"),
    ],
)
def test_what_follows_asking_what_the_bot_is_is_read_alone(message, rest):
    assert after_asking_who(message, detect_language(message)) == rest


@pytest.mark.parametrize("message", ["Кто такой Бергсон? Это реальный человек?", "Марк Аврелий кім? Нақты адам ба?"])
def test_asking_whether_someone_is_a_real_person_is_no_small_talk(kb, message):
    """The review: bare "это реальный человек", "нақты адам ба" had been who-phrases, though they ask of someone named."""
    assert ask(kb, message).outcome != "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("выводы эссе вкратце можно... а то я вчера не дочитал, уснул над текстом", "essay-conclusion"),
        ("что такое модернизация простыми словами... я на паре всё прослушал, препод быстро говорил", "modernization-definition"),
    ],
)
def test_an_ellipsis_ends_a_sentence_and_what_follows_only_tells(kb, message, entry):
    """Batch 76: "заключение эссе вкратце можно... а то до конца не дочитал, глаза уже слипались" had not been
    answered: the ellipsis joined the question to the story of not reading."""
    assert len(sentences(message)) == 2
    assert entry_of(kb, message) == entry


def test_mozhno_after_briefly_is_a_request_but_not_the_modal_of_a_question():
    """The red team: a trailing "можно" had been dropped after anything ("по казахски можно", "списком можно" then
    got confident wrong answers); only "вкратце можно", "в двух словах можно" are the request."""
    assert "можно" not in content_words("выводы эссе вкратце можно")
    assert "можно" not in content_words("заключение в двух словах, можно")
    assert "можно" in content_words("модернизацию без демократии провести можно?")
    assert "можно" in content_words("списком можно")


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("and bell? which features of industrial societies does he name", "bell-common-features"),
        ("а Белл? какие общие черты индустриальных обществ он называет", "bell-common-features"),
    ],
)
def test_a_bare_term_then_a_question_of_it_is_one_question(kb, message, entry):
    """Batch 76: "and bell? what common features of industrial societies he says" had got Bell's book, the features
    only as a button."""
    assert entry_of(kb, message) == entry


def test_a_kazakh_bare_term_after_and_is_a_topic_too():
    """The review: "ал" had counted as a word of the topic."""
    assert topic_then_question("ал демократия? ол неге өркениеттің негізі?", "kk") == "демократия ол неге өркениеттің негізі?"


@pytest.mark.parametrize(
    "message",
    [
        "Bell? and what about parties?",
        "democracy? i keep mixing them up",
        "Marcus Aurelius? and Nazarbayev, what did he say?",
        "демократия? а модернизация, что она такое?",
        "Bell? Nazarbayev? what did they say",
        "democracy? and what about parties?",
        "who is Bell? what did he say",
        "Marcus Aurelius? Nazarbayev, what did he say?",
    ],
)
def test_a_bare_term_before_another_question_or_a_remark_stays_apart(message):
    """The second names no one before it, asks nothing, names its own subject first, or a piece too short to keep
    would be lost (the red team: "… and Nazarbayev, what did he say?" had lost Nazarbayev)."""
    assert topic_then_question(message, detect_language(message)) == message


@pytest.mark.parametrize(
    "message",
    ["заключениеде не жазылған? преподаватель тек соны сурайды", "определениені преподаватель сурайды", "выводы в заключениеде"],
)
def test_russian_nouns_in_kazakh_cases_and_kazakh_verbs_typed_without_letters_are_kazakh(message):
    """Batch 76: "заключениеде не айтылады? преподаватель тек корытындыны сурайды" had been answered in Russian."""
    assert detect_language(message) == "kk"


@pytest.mark.parametrize("message", ["слайды Белл", "скинь слайды эссе", "инсайды из эссе"])
def test_russian_words_in_aidy_stay_russian(message):
    """The red team: "слайды" had read as Kazakh's present in -айды."""
    assert detect_language(message) == "ru"


def test_a_short_question_after_a_lower_case_full_stop_is_a_sentence_of_its_own(kb):
    """Left open at stop 42: "are u a real person or a bot lol. whats democracy" had got the essay's people."""
    assert sentences("are u a real person or a bot lol. whats democracy")[1] == "whats democracy"
    assert entry_of(kb, "are u a real person or a bot lol. whats democracy") == "democracy-in-essay"
    assert len(sentences("political development = positive dynamics. explain")) == 1


@pytest.mark.parametrize(
    "message",
    [
        "r u a bot or is there a real person answering here? just wondering",
        "thanks, i finally get the difference now",
        "спасибо, кажется понял",
    ],
)
def test_asking_whether_a_person_answers_here_and_saying_one_finally_gets_it_are_small_talk(kb, message):
    """Batch 78: "Are you a bot or is there a real person answering here? Just curious." had got the essay's
    people, "Thanks, that actually helped a lot, I think I finally get the difference now." the conclusion."""
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Расскажите про аннотацию эссе, я не до конца понял начало.", "essay-abstract"),
        ("Объясни своими словами аннотацию, я не до конца поняла первый абзац", "essay-abstract"),
    ],
)
def test_not_having_understood_after_a_request_is_its_reason(kb, message, entry):
    """Batch 78: "Объясните своими словами аннотацию эссе, я не до конца понял первый абзац." had got the essay's
    errors (its unclear passages)."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "who founded the first opposition party in kazakhstan?",
        "who led the first opposition party in Kazakhstan",
        "who was the leader of the first opposition party in kazakhstan",
    ],
)
def test_the_first_of_a_near_topic_is_no_former_office_holder(kb, message):
    """Batch 77: "first" had excused "opposition party", as it excuses "the first head of state" (the essay's); the
    review: an office anywhere in the question ("the leader of the first …") had excused it too."""
    assert ask(kb, message).outcome == "not_covered"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Помогите, я не понял, что такое политическая модернизация", "modernization-definition"),
        ("Короче, я не понял зачем в эссе Марк Аврелий", "marcus-aurelius"),
        ("Честно, я не до конца понял тезис эссе", "essay-thesis"),
    ],
)
def test_what_one_did_not_understand_is_the_question_unless_it_is_a_passage(kb, message, entry):
    """The red team of 799def9: dropping everything after ", я не понял" had dropped the question itself."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize("message", ["who's typing here", "is someone typing here?", "r u a bot or a real person answering here"])
def test_asking_who_is_typing_here_is_small_talk(kb, message):
    """The red team of 799def9: these had got a reference, the essay's people."""
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Заключение эссе вкратце можно... А то я вчера не дочитал", "essay-conclusion"),
        ("выводы эссе вкратце можно.. а то я вчера не дочитал, уснул над текстом", "essay-conclusion"),
        ("выводы эссе вкратце можно.... а то я вчера не дочитал, уснул над текстом", "essay-conclusion"),
    ],
)
def test_an_ellipsis_of_two_dots_or_more_before_either_case_ends_a_sentence(kb, message, entry):
    """The review: only three dots, and only before a small letter, had been tested."""
    assert len(sentences(message)) == 2
    assert entry_of(kb, message) == entry


def test_mozhno_last_makes_a_request_only_after_briefly(kb):
    """The review: any sentence ending in "можно" had become a request, and a statement was answered for the question
    after it."""
    assert asks_something("вывод вкратце можно")
    assert not asks_something("в эссе сказано, что модернизацию провести можно")
    message = "Автор считает, что модернизацию без демократии провести можно. А что он пишет о партиях?"
    assert entry_of(kb, message) == "parties-in-essay"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("ребята щас спрошу. бот, кто такой дэниел белл", "bell-book"),
        ("guys hold on. bot, what does political development mean", "development-definition"),
        ("ребят кто читал про белла? эй бот, какой вывод он делает, односторонний?", "bell-one-sided"),
        ("Daniel Bell. bot, what book did he write?", "bell-book"),  # the review: whom "he" is had been lost
    ],
)
def test_in_a_group_the_question_starts_where_the_bot_is_addressed(kb, message, entry):
    """Batch 79's group chat: "ребят щас спрошу. бот, что такое …" had not been covered, "ребят кто понял белла?? бот,
    почему там пишут что вывод односторонний" had got Bell's book for the classmates' question."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "что такое демократия? бот, ответь",
        "ребят, это бот. бот, привет",
        "бот ты чет тупишь, я про белла спрашивал а ты мне про партии",
        "what is democracy? bot, who is bell?",
    ],
)
def test_addressing_the_bot_keeps_what_was_asked_of_it_before(message):
    """Nothing named after the address, the bot itself spoken of, or a question to the bot before (the review: "what
    is democracy? bot, who is bell?" had lost democracy)."""
    assert to_the_bot(message, detect_language(message)) == message


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Ертең семинар бар. Кеше эссені түнімен оқыдым бірақ түк түсінбедім, саяси даму деген не?", "development-definition"),
        (
            "Завтра семинар. Вчера полночи читала и так ничего и не поняла, что такое политическое развитие?",
            "development-definition",
        ),
    ],
)
def test_a_question_after_a_comma_that_ends_what_the_student_tells_is_answered(kb, message, entry):
    """Batch 79: "… Мен оқыдым бірақ басында ештеңе түсінбедім, саяси модернизация деген не өзі? …" had not been
    covered: the clause before the comma tells, the one after asks."""
    assert entry_of(kb, message) == entry


def test_a_question_after_a_comma_is_read_alone_only_when_clearly_answered(kb):
    """ "кеңес бере аласың ба" is asking for advice ("кеңес" is Soviet too): the clause is no question of the essay."""
    message = "Курстық жұмыс көп. IELTS-ке қалай дайындалған жөн, кеңес бере аласың ба?"
    assert ask(kb, message).entry is None


def test_the_exact_words_asked_for_are_how_to_answer_not_what(kb):
    """Batch 79: "nazarbayev quote on when modernization will be successful - exact words pls" had got Nazarbayev, whose
    phrasings have "words"; every answer quotes the essay verbatim."""
    message = "nazarbayev's quote about when modernization succeeds, exact words pls"
    assert entry_of(kb, message) == "modernization-success-conditions"


@pytest.mark.parametrize("message", ["ты можешь помочь с эсэ?", "привет, можешь помочь с эсэ по политологии"])
def test_essay_spelled_as_heard_is_the_essay(kb, message):
    """Batch 79: "привет ты можеш памоч с эсэ по палитологии" had got a reference of the list ("политологии")."""
    assert ask(kb, message).outcome == "smalltalk"


def test_a_message_starting_with_the_bots_name_is_asked_without_it(kb):
    """Batch 80: "бот эссенің қорытындысын объясни жасашы, …" had not been answered: "бот" counted as a word of the
    question, and a Kazakh light verb after a Russian one ("объясни жасашы") did not ask."""
    assert entry_of(kb, "бот эссенің қорытындысын объясни жасашы") == "essay-conclusion"
    assert asks_something("қорытындысын объясни жасашы")


def test_i_think_i_did_not_understand_is_small_talk(kb):
    """The red team of f34f90c: "кажется я не понял" had offered entries once "кажется" sounded like a stop word."""
    assert ask(kb, "кажется я не понял").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("what does the essay say about bell, what features does he list", "bell-common-features"),
        ("что пишут про партии, чьи интересы они выражают", "parties-interests"),
    ],
)
def test_a_question_of_what_a_clause_before_only_names_is_one_question(kb, message, entry):
    """Batch 80: "объясните пожалуйста что эссе говорит про партии, кого они представляют" had got the parties in the
    essay: the clause before the comma names the subject, the question after it asks of it."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "what is democracy, and who is Bell",
        "что такое демократия, а кто такой Белл",
        "democracy, parties, what about them",
        "what does the essay say about bell, and what about his book",
        "what does the essay say about parties, what does it say about democracy",
    ],
)
def test_a_clause_and_a_question_of_something_else_stay_apart(message):
    assert asked_of_what_is_named(message, detect_language(message)) == message


def test_asking_the_bot_for_advice_after_a_comma_is_no_question_of_the_essay(kb):
    """The red team of e2b09e8: "я готовлюсь к экзамену, можешь дать совет?" had been split and "совет" read as Soviet."""
    assert ask(kb, "я готовлюсь к экзамену, можешь дать совет?").entry is None


def test_a_claim_before_a_comma_is_no_story_told_before_a_question(kb):
    """The review: "… утверждал, что модернизация невозможна без демократии." had been split, and its "что" asked."""
    sentence = "Мой одногруппник вчера утверждал, что модернизация невозможна без демократии."
    assert told_then_asked(kb, sentence, "ru") == [sentence]


@pytest.mark.parametrize("message", ["вы знаете казахский?", "ты знаешь, ты классный", "классный бот"])
def test_do_you_know_opens_only_a_question_of_a_term(kb, message):
    """The red team of e2b09e8: "ты знаешь" as an opener had left bare words that name concepts by chance ("классный"
    is cool, not a social class)."""
    assert ask(kb, message).entry is None


@pytest.mark.parametrize("ending", ["жасашы", "жасаңызшы", "жасанызшы", "етиңізші", "етинизши"])
def test_a_kazakh_light_verb_after_a_russian_one_asks(ending):
    assert asks_something(f"эссенің қорытындысын объясни {ending}")


def test_asking_what_the_bot_can_do_of_it_in_the_third_person_is_asking_who_it_is(kb):
    """Batch 81: "Здравствуйте! Подскажите, пожалуйста, что это за бот и чем он может помочь с эссе?" had got an entry."""
    answer = ask(kb, "что это за бот и чем он может помочь с эссе?")
    assert answer.outcome == "smalltalk" and answer.act == "who"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("so what is the essay about in genral", "essay-thesis"),
        ("what is democracy acording to teh author", "democracy-in-essay"),
        ("akcording to teh essay what is democracy", "democracy-in-essay"),
        ("что такое демократия без воды", "democracy-in-essay"),
        ("объясни по-человечески что такое модернизация", "modernization-definition"),
        ("бір сөзбен айтқанда модернизация деген не", "modernization-definition"),
    ],
)
def test_ways_of_asking_for_a_plain_answer_say_nothing_of_the_subject(kb, message, entry):
    """Dev: "hi, wat is the esay about in genral?" had not been covered ("in general" mistyped), nor "wot is polytical
    moderniseyshun acording to teh essay"; "без воды" was dropped only when another hint of an answer's shape was there;
    "бір ауыз сөзбен айтқанда бұл эссе не туралы?" had got the essay's errors."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("who is the american sociologist in the essay", "bell-book"),
        ("кто такой этот американский социолог", "bell-book"),
        ("америкалық әлеуметтанушы кім", "bell-book"),
        ("that american guy who wrote about industrial society, whats his name", "bell-book"),
        ("американец, который писал про индустриальное общество, как его звали", "bell-book"),
    ],
)
def test_the_american_sociologist_is_bell_and_asking_his_name_asks_who_he_is(kb, message, entry):
    """Dev: "книжка того американского социолога как называется" had been unsure (the essay never calls Bell a
    sociologist, students do), and "американец который про индустриальное общество писал как его звали и как книга
    называлась" got what Bell says, not who he is."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("опр. демократии по эссе", "democracy-in-essay"),
        ("есть ли в тексте огрехи", "essay-errors"),
        ("эссенің авторының аты кім", "essay-author"),
    ],
)
def test_notes_abbreviations_errors_and_the_authors_name(kb, message, entry):
    """Dev: "опр. модернизации" (cut short in notes) had been unsure; "огрехи", "недочёты" are errors; "автордың аты"
    asks the author's name, not the essay's title ("бұл мақаланы кім жазған, автордың аты бар ма")."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("what takes precedence in political modernization", "modernization-priority"),
        ("who wrote about the society after factories", "bell-book"),
    ],
)
def test_what_comes_first_and_the_society_after_factories_are_concepts(kb, message, entry):
    """Batch 82 (students saying things in their own words): "precedence", "приоритет", "басымдық" are one concept, the
    priority of modernization; "the society after factories" is Bell's post-industrial society."""
    assert entry_of(kb, message) == entry


def test_saying_the_bot_answered_something_else_is_small_talk(kb):
    """Batch 82: "ты че то не то ответил, я другое спрашивал вообще" had got an entry."""
    assert ask(kb, "ты не понял, я про другое спрашивала").outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("who do parties speak for in a political system", "parties-interests"),
        ("how does a political system bend to fit society", "development-definition"),
    ],
)
def test_speaking_for_is_representing_and_bending_to_fit_is_adapting(kb, message, entry):
    """Batch 83 (students restating the essay in their own words): "Who do the parties speak for in the political
    system?" had got the positive dynamics; "a political system has to keep bending itself to fit society" was unsure."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Автор кім? Аты қалай?", "essay-author"),
        ("что говорил этот, как его, Белл", "bell-common-features"),
        ("чем мерили успех модернизации", "modernization-success-conditions"),
    ],
)
def test_a_name_asked_after_a_question_or_a_hesitation_changes_nothing(kb, message, entry):
    """The review: a name asked after a question mark is a question of its own ("Аты қалай?" asks a title as often),
    "как его," is a hesitation, and "мерили" (measured) is no yardstick."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    ["this is so helpful", "thanks, this is really useful, my notes finally make sense", "бұл өте пайдалы"],
)
def test_saying_the_answer_helps_is_thanks(kb, message):
    """Batch 84: "Thank you very much, this is really helpful, my report is finally starting to make sense!" had got
    the conclusion ("this" was read as a filler, and "is really helpful …" as asking)."""
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize("message", ["Сәлем! Бұл бот не істей алады, тек эссе бойынша ма?", "Бұл бот нақты не істей алады?"])
def test_asking_what_this_bot_can_do_in_kazakh_is_asking_who_it_is(kb, message):
    """Batch 84: "Бұл бот нақты не істей алады, тек осы эссе бойынша ғана …" had got the role of parties."""
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == "who"


def test_explain_it_asks_of_the_sentence_before(kb):
    """Batch 84: a request to explain "it" more simply, after a sentence naming what, had left the message unanswered."""
    message = (
        "Modernization definition, please. I looked at that part twice but still can't get it, can you explain it more simply?"
    )
    assert entry_of(kb, message) == "modernization-definition"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "I am writing my term paper and I need a clear definition for the introduction, so how does the essay define "
            "political development?",
            "development-definition",
        ),
        (
            "Я пишу доклад и мне нужно начать с чёткого определения, так что скажите, как в эссе определяется "
            "политическая модернизация?",
            "modernization-definition",
        ),
    ],
)
def test_a_story_that_names_only_what_is_then_asked_is_told_before_the_question(kb, message, entry):
    """Batch 84: "I am writing a seminar report and I need to start with a clear definition, so could you please tell me
    how the essay defines political modernization in general?" had been unsure: the story named "definition" too."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Почему Елбасы говорит, что модернизация невозможна без индустриально-инновационного развития?",
            "modernization-industrial-innovative",
        ),
    ],
)
def test_why_someone_says_something_asks_one_thing(kb, message, entry):
    """Batch 84: "Почему Назарбаев считает, что без …" had been split at the comma and its first part answered (the
    person), as a claim told before a question already was not (test_a_claim_before_a_comma_…)."""
    assert split_parts(message) == [message]
    assert entry_of(kb, message) == entry


def test_a_question_after_a_verb_of_saying_and_its_mark_is_a_second_question():
    assert split_parts("в заключении что автор говорит? что сегодня является основой общества") == [
        "в заключении что автор говорит?",
        "что сегодня является основой общества",
    ]


def test_what_is_understood_then_a_request_in_a_later_sentence_asks(kb):
    """Batch 85: "я поняла что … . но я не уловила что значит … . объясните что эссе понимает под …" had been read as
    an acknowledgement ("я поняла" first, and "что" after it as no question)."""
    message = (
        "я понял что в эссе говорится про новые институты и про адаптацию системы. но я не уловил что значит качественное "
        "изменение. объясните что эссе понимает под качественными изменениями"
    )
    assert entry_of(kb, message) == "development-qualitative-change"
    assert entry_of(kb, "я поняла что модернизация это обновление. объясните три измерения") == "development-dimensions"
    assert ask(kb, "спасибо, но смысл я не уловил").outcome != "smalltalk"  # not understanding is no thanks


def test_what_is_understood_then_thanks_stays_thanks(kb):
    """The red team of 98f5442: "Я поняла что такое модернизация. Спасибо, ты очень помог!" had lost its thanks."""
    assert ask(kb, "Я поняла что такое модернизация. Спасибо, ты очень помог!").outcome == "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        "sorry, what are you? is this a real person or a program? i don't want to say something stupid if a teacher reads this",
        "your replies are too short, for the exam I need to write more. why do you always answer so short",
        "ты всегда отвечаешь слишком коротко",
        "Hi. I'm revising for my politics exam from my notes, can you help me with questions about the essay?",
        "Hi. I'm revising for my politics exam from my notes, can you help me with questions about the essay, please?",
    ],
)
def test_asking_what_the_bot_is_or_why_its_answers_are_short_is_small_talk(kb, message):
    """Batch 85: a want denied ("i don't want to say something stupid …") had counted as a request; the length of the
    answers without "next time", and a story before "can you help me with questions about the essay?", had got entries."""
    assert ask(kb, message).outcome == "smalltalk"


def test_help_after_a_story_naming_a_subject_is_help_with_it(kb):
    assert entry_of(kb, "I have a seminar on democracy tomorrow. Can you help me?") == "democracy-in-essay"
    assert ask(kb, "I am writing my report on democracy, can you help me with the essay?").outcome != "smalltalk"
    assert entry_of(kb, "I have an exam tomorrow, can you help me with Bell in the essay?") == "bell-book"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Can you answer in more detail about the political process?", "political-process"),
        ("could you answer more detailed about Marcus Aurelius", "marcus-aurelius"),
    ],
)
def test_asking_for_an_answer_of_some_length_about_a_subject_asks_of_it(kb, message, entry):
    """The red team of 98f5442: "can you answer in more detail about …" had become a complaint."""
    assert entry_of(kb, message) == entry


def test_a_long_wait_told_with_thanks_is_no_complaint_about_length(kb):
    assert ask(kb, "Thanks, your answers are great, I have been studying so long").act != "abuse"


def test_in_easier_words_says_how_not_what(kb):
    assert entry_of(kb, "explain the abstract in easier words") == "essay-abstract"


def test_a_question_after_a_sad_face_and_what_the_teacher_said_is_read_alone(kb):
    """Batch 85: "салем, ертең семинар бар, препод эссені оқып келіңдер деді, мен жартысын ғана оқып үлгердім(( саяси
    модернизация деген не өзі, …" had not been answered: "((" ends a clause as a comma does, and what someone said
    ("… деді") no longer stops the search for the clause that asks."""
    message = (
        "сәлем, ертең сабақ бар, мұғалім эссені оқып кел деді, мен аз ғана оқыдым(( саяси даму дегеніміз не, қарапайым "
        "тілмен түсіндіріп бересіз бе"
    )
    assert entry_of(kb, message) == "development-definition"


@pytest.mark.parametrize(
    "message",
    [
        "привет, ты вообще кто? человек ма или программа",
        "ты кто такой, человек или программа какая-то",
        "здравствуй, ты с эссе помогаешь?",
    ],
)
def test_asking_what_the_bot_is_with_a_kazakh_particle_or_some_is_small_talk(kb, message):
    """Batch 87: "… человек ма или программа какой то, эссе по политологии помогаешь?" had got the mechanism of
    modernization."""
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("sayasi modernizatsiya what does it mean", "modernization-definition"),
        ("sayasi damu what does it mean", "development-definition"),
        ("саяси жаңғырудың басым бағыты қандай", "modernization-priority"),
    ],
)
def test_kazakh_terms_in_latin_letters_and_the_priority_direction(kb, message, entry):
    """Batch 87: "sayasi" in an English question had counted for nothing; batch 86: "басым бағыт" (the priority
    direction) had not been the priority."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize("message", ["people power demokratiya", "demokratiya people power source"])
def test_a_loan_among_english_words_is_answered_in_english(kb, message):
    """Batch 87: "people source of power demokratiya" had been answered in Kazakh."""
    assert ask(kb, message).lang == "en"


def test_interests_of_some_groups_are_no_interest_groups(kb):
    """Batch 88: "I read that parties represent interests of some groups …" had been read as the near-topic "interest
    groups", and the whole message not covered."""
    assert not kb.near_topic.find("parties represent interests of some groups")
    assert kb.near_topic.find("what are interest groups")


def test_an_aside_about_someone_in_brackets_is_no_part_of_the_question():
    """Batch 88: "(so I wanna see if this one cheated haha)", "(he says everything was better in 1985, as always)"."""
    told = "the tutor wants twelve sources from us (my roommate says thats insane lol) how many references does the essay list?"
    assert "roommate" not in without_own_story(told, "en")
    listed = "list the stuff that modernisation improves (methods, programs etc)"
    assert without_own_story(listed, "en") == listed


def test_a_question_then_why_it_is_asked_is_the_question(kb):
    """Batch 88: "what actually IS political modernization according to this essay, because I read it twice and still
    cant say it in one sentence lol" had not been covered."""
    message = "what does political development mean in the essay, because my notes are a total mess and I cannot read them"
    assert entry_of(kb, message) == "development-definition"


@pytest.mark.parametrize(
    "message",
    [
        "я уже неделю сижу над этим предметом, ты вообще кто?",
        "мне сказали что вы можете помочь, а у меня завтра семинар по этому предмету. Вы кто?",
    ],
)
def test_asking_what_the_bot_is_after_a_story_is_small_talk(kb, message):
    """Batch 88: "ну привет бот... мне сказали что ты можешь помочь с эссе, а то я уже третий день не сплю из-за этого
    предмета, ты вообще кто такой и что умеешь??" had got what Nazarbayev said."""
    assert ask(kb, message).outcome == "smalltalk"


def test_being_told_the_bot_helps_is_dropped_before_a_question(kb):
    assert entry_of(kb, "мне сказали что ты можешь помочь, кто такой Белл?") == "bell-book"


def test_a_question_then_a_filler_or_thanks_for_help_are_what_they_were(kb):
    """The story-then-who rule asks for a question after the comma ("короче" alone is a filler), and only the help a
    sentence says the bot gives is dropped from it, not thanks ("you are helping me" after "Thank you" thanks)."""
    assert entry_of(kb, "эссенин басты ойы не, короче") == "essay-thesis"
    assert ask(kb, "Thanks a lot, you are helping me so much. Rakhmet!").act == "thanks"


def test_a_remark_in_brackets_that_points_at_the_essay_stays():
    """The red team of 0d5067c: "(I mean paragraph 12)", "(I mean the author)" had been dropped as asides."""
    for message in ("what does it say (I mean paragraph 12)", "what did he say (I mean the author)"):
        assert without_own_story(message, "en") == message


@pytest.mark.parametrize(
    "message",
    [
        "what is the political system, in the sense of David Easton",
        "что такое политическое развитие, только не по эссе а по учебнику",
        "what is democracy, in the liberal sense not the essay's",
    ],
)
def test_what_follows_a_question_may_say_what_it_asks(kb, message):
    """The red team of 0d5067c: only a clause telling of the asker or why is left out ("…, because my notes …")."""
    assert ask(kb, message).outcome != "answer"


def test_the_pressure_of_some_groups_is_still_pressure_groups(kb):
    assert ask(kb, "how do parties react to the pressure of some groups").outcome == "not_covered"


def test_a_question_word_is_no_typo_of_a_filler(kb):
    """ "когда" had been read as the filler "тогда" (one letter apart), so "вы можете помочь, когда написано эссе?" lost
    its question word and got the abstract."""
    answer = ask(kb, "вы можете помочь, когда написано эссе?")
    assert answer.outcome == "not_covered" and answer.reason == "when"


def test_a_question_that_names_its_own_subject_after_a_story_of_others_is_read_alone(kb):
    """Open since batch 85: a story naming other terms ("my notes on democracy are ready …") before a question that
    names its own and is answered beyond doubt; not a story of a year the essay lacks ("2022 referendum …")."""
    message = "my notes on democracy are ready but the ones on modernization are not, how does the essay define political modernization?"
    assert entry_of(kb, message) == "modernization-definition"
    assert ask(kb, "2022 referendum in Kazakhstan, what is changed in constitution?").outcome == "not_covered"


def test_a_remark_in_brackets_that_asks_or_says_what_is_meant_stays(kb):
    """The review of 68c301c: "(what did she say the main idea was?)" asks, "(I mean Huntington)" says what is asked of."""
    assert entry_of(kb, "the lecturer mentioned the essay (what did she say the main idea was?)") == "essay-thesis"
    assert without_own_story("what did he write about (I mean Huntington)", "en").endswith("(I mean Huntington)")


def test_the_interests_of_the_groups_are_what_parties_represent(kb):
    assert entry_of(kb, "what interests of the groups do parties represent?") == "parties-interests"


def test_because_in_russian_tells_why(kb):
    """The review of 68c301c: "потому что" and "так как" hold the asking words "что" and "как", which had stopped the
    reason from being read as one."""
    message = "что такое политическая модернизация, потому что я не могу объяснить её одним предложением лол"
    assert entry_of(kb, message) == "modernization-definition"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("сегодня на семинаре препод спросил что такое политическая модернизация", "modernization-definition"),
        ("вчера на семинаре препод спросил что такое политическая модернизация", "modernization-definition"),
        ("кеше семинарда саяси модернизация деген не деп сұрады", "modernization-definition"),
        # the essay's own "today" stays
        ("what is the basis of society today", "parties-basis-of-society"),
        ("сегодня основа общества это партии?", "parties-basis-of-society"),
    ],
)
def test_the_day_of_a_class_is_the_story_not_the_question(kb, message, entry):
    """Batch 89: "today"/"yesterday" of the asker's class or teacher is no question about today (out of scope: "what
    happened yesterday") and no "today" of the essay's ("сегодня на семинаре …" had got the basis of society)."""
    assert entry_of(kb, message) == entry


def test_who_is_right_checks_a_claim_and_asks_no_office_holder(kb):
    """Batch 89: "i'm confused now who is right" had been a question about who holds power now, which stopped the
    question after it."""
    assert asks("i'm confused now who is right") is None
    message = (
        "a blog said political development has ten criteria, but my notes say three. now i'm confused who is right. "
        "what are the three dimensions of political development?"
    )
    assert entry_of(kb, message) == "development-dimensions"


def test_a_story_of_a_topic_the_essay_lacks_then_a_question_it_answers(kb):
    """Batch 89: a story naming what the essay lacks (Aristotle) before a question it answers; not a question of what
    the story named ("… Что он писал …")."""
    message = (
        "my friend said democracy was invented by Aristotle. i am not so sure about that. which century did the concept "
        "of political development appear in, according to the essay?"
    )
    assert entry_of(kb, message) == "development-concept-origin"
    assert ask(kb, "На лекции упоминали Хантингтона. Что он писал о модернизации?").outcome == "not_covered"


@pytest.mark.parametrize(
    ("message", "last", "entry"),
    [
        # batch 89: Kazakh typed without full stops ends a clause with its verb ("сұрады", "алмадым", "болды ғой")
        (
            "кеше сабақта ағай саяси жаңғыру деген не деп сұрады мен жауап бере алмадым ұят болды ғой саяси жаңғыруды "
            "қарапайым тілмен түсіндіріп берші",
            "саяси жаңғыруды қарапайым тілмен түсіндіріп берші",
            "modernization-definition",
        ),
        # batch 91: a long English message without marks is read from "what is …"
        (
            "so yesterday i finally opened the essay on my phone and read the first part twice but i still cant "
            "understand what is political development in simple words",
            "what is political development in simple words",
            "development-definition",
        ),
    ],
)
def test_a_long_message_without_marks_starts_its_question_where_it_asks(kb, message, last, entry):
    """Batches 89 and 91: a message typed without marks is read clause by clause; its last sentence is the question."""
    assert sentences(message)[-1] == last
    assert entry_of(kb, message) == entry


def test_a_long_kazakh_message_without_marks_does_not_break_elsewhere():
    """Batch 89's clause break, where it must not break."""
    # not Russian: "простым" is no Kazakh verb
    message = "пожалуйста объясни очень простым языком что такое политическая модернизация и почему она важна"
    assert len(sentences(message)) == 1
    # …nor the object "ұғымын", before the request it belongs to
    request = "маған саяси даму ұғымын қарапайым тілмен түсіндіріп беріңізші"
    assert sentences(f"{request} өйткені мен оны түсінбедім")[0] == request


def test_a_question_the_teacher_asked_then_what_the_answer_is(kb):
    """Batch 89: "апай … деп сұрады … эссе бойынша жауабы қандай": the teacher's question is the student's."""
    message = (
        "партиялар туралы бөлімді оқыдым бірақ өте қысқа екен апай саяси жүйеде партиялар кімнің мүддесін білдіреді "
        "деп сұрады эссе бойынша жауабы қандай"
    )
    assert entry_of(kb, message) == "parties-interests"


def test_dictated_russian_starts_its_question_at_vot_chto(kb):
    message = (
        "короче я вчера читала эссе и там про развитие вот что такое политическое развитие простыми словами объясни "
        "потому что я ничего не поняла вообще"
    )
    assert entry_of(kb, message) == "development-definition"


@pytest.mark.parametrize(
    "message",
    [
        # batch 89: who answers
        "are you a real person or like chatgpt?",
        "с кем я имею дело: вы бот или на вопросы отвечает преподаватель?",
        "ты вообще кто ну бот или там человек сидит отвечает вот просто интересно короче как бы ты так быстро пишешь",
        # batch 90: what else the bot does, how it knows ("what else can u do besides this essay" had got an entry at 91)
        "hi again what else can u do besides this essay",
        "Are you a real person or a bot? How do you know what is in this essay?",
        "что ещё ты умеешь кроме эссе",
        "эсседен басқа не істей аласың",
        # batch 91: what the bot is and how to use it, politely (it had got the references: "… for my studies" matched)
        "Hello! I am a part-time student of political science. Could you please tell me what exactly you are and how I "
        "should use you? Thanks in advance.",
    ],
)
def test_asking_who_answers_what_else_it_does_or_how_to_use_it_is_small_talk(kb, message):
    """Batches 89–91: what the bot is, what else it does, how it knows and how to use it are small talk."""
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("over the weekend i read the essay but what is political modernization", "modernization-definition"),
        pytest.param(
            "at university we were told to read the essay what is political modernization",
            "modernization-definition",
            marks=SECOND_READING,
        ),
        ("в университете нам задали эссе что такое политическая модернизация", "modernization-definition"),
    ],
)
def test_where_and_when_the_asker_was_is_the_story(kb, message, entry):
    """Out of scope alone ("how many universities are there"), "at university", "over the weekend", "в университете" of a
    message that speaks of the asker only tell where the asker was."""
    assert entry_of(kb, message) == entry
    assert ask(kb, "how many universities are in kazakhstan").outcome == "not_covered"


@pytest.mark.parametrize(
    "message",
    [
        "what did we discuss yesterday in class?",
        "what do i do over the weekend",
        "что мне делать на каникулах",
        "did the essay's author study at university? im curious",
        # a story of what the essay lacks, then a question of it that does not point at the essay
        "we talked about the kazakhstan-2050 strategy in class. what are the goals of the strategy?",
        "the prof talked about tokayev's reforms. what did the president say about modernization?",
    ],
)
def test_a_question_about_the_class_the_holidays_or_a_topic_told_stays_out_of_scope(kb, message):
    """The red team of 40e7177 and f2d789a: "yesterday in class", "over the weekend" are left out only where they open a
    clause (the story), and after a story of what the essay lacks only a question that points at the essay is read."""
    assert ask(kb, message).outcome != "answer"


def test_what_is_set_aside_ends_at_the_asking_word(kb):
    """ "кроме Белла кто ещё упоминается" had set aside all four words, so Bell's book was the answer."""
    assert entry_of(kb, "кроме Белла кто ещё упоминается") == "essay-people"


@pytest.mark.parametrize("message", ["definition?", "what is its definition?", "какое определение?", "анықтамасы қандай?"])
def test_a_definition_of_nothing_asks_which(kb, message):
    """ "definition?" had been answered with the essay's democracy (ahead of four other definitions by a point): which
    definition is the student's to choose."""
    answer = ask(kb, message)
    assert answer.outcome == "unsure" and len(answer.suggestions) >= 2
    assert entry_of(kb, "what is the definition of political development") == "development-definition"


@pytest.mark.parametrize(
    "message",
    [
        "yesterday in class what did we discuss about modernization?",
        "over the weekend what should i read about political parties?",
        "на каникулах что мне почитать про политические партии?",
        "в университете у нас есть партии?",
        "the prof talked about tokayev's reforms. what does the essay say about the president?",
        "we discussed the kazakhstan-2050 strategy in class. what does the essay say about the strategy?",
        "my friend said democracy was invented by Aristotle. what does the essay say about that?",
        "who is right-wing in kazakhstan now?",
    ],
)
def test_the_review_of_this_release_questions_of_the_day_place_or_story_stay_out_of_scope(kb, message):
    """The review of 19554b9: the day or place that opens a question of its own ("yesterday in class what did we
    discuss…") is that question's; after a story of what the essay lacks, "the president", "the strategy", "that" ask of
    the story even when the question names the essay; "right-wing" is no check of who is right."""
    assert ask(kb, message).outcome != "answer"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("what is the definition in paragraph 3?", "modernization-definition"),
        ("ты так быстро пишешь, что такое модернизация?", "modernization-definition"),
        ("просто интересно, что такое модернизация?", "modernization-definition"),
    ],
)
def test_the_review_of_this_release_questions_still_answered(kb, message, entry):
    """The review of 19554b9: a paragraph says which definition; asking what the bot is before a comma leaves the
    question after it ("просто интересно" had matched the interests of groups)."""
    assert entry_of(kb, message) == entry


def test_a_sentence_that_defines_it_asks_of_the_sentence_before(kb):
    """Batch 91: "how does the essay define it" names no subject: it had got the essay's democracy at 93 instead of
    what the sentence before named."""
    message = (
        "the teacher keeps saying political modernization and i still dont get it what is political modernization in "
        "simple words like how does the essay define it"
    )
    assert entry_of(kb, message) == "modernization-definition"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("нужна инфа про Белла", "bell-book"),  # "инфа": information, as said (it had been unsure)
        ("балалар білгісі келеді саяси жаңғыру деген не", "modernization-definition"),  # a group's leader asks
        ("біздің топ сұрап жатыр саяси даму деген не", "development-definition"),
        ("біздің топқа керек, саяси даму деген не", "development-definition"),  # it had got Marcus Aurelius
        ("топ білгісі келеді, Белл кім", "bell-book"),
        # after the question, what the classmates did is why it is asked
        ("эссенің қорытындысын қысқаша айтып беріңізші, балалар оқып үлгермепті", "essay-conclusion"),
    ],
)
def test_ninety_second_batch_a_group_leader_and_slang(kb, message, entry):
    """Batch 92: a study group's leader asks for the group ("балалар білгісі келеді …", "…, балалар оқымай келіпті"),
    and "инфа" is information: these had not been covered."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # the length asked for after a comma, with "pls": "sentence" had pulled the entry of the essay's broken sentences
        ("what is political development according to the essay, one sentence pls", "development-definition"),
        ("what does the essay say about democracy, one sentence please", "democracy-in-essay"),
        # what modernization rejects, in a Kazakh student's own verbs
        ("саяси жаңғыру нені жоққа шығарады", "modernization-definition"),
        ("жаңғыру нені ысырып тастайды", "modernization-definition"),
        # "шығарып бер": asking for the answer in a form, as "айтып бер" does
        ("эссенің аннотациясынан үш тезис шығарып берші", "essay-abstract"),
    ],
)
def test_ninety_third_batch_mends(kb, message, entry):
    """Batch 93: these had got the essay's errors or been unsure."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "сіз адамсыз ба әлде бот па?",
        "сен адамсың ба әлде бот па",
        "бізге керек",
        "zdravstvuite, vy bot ili chelovek?",
        "сен бот па әлде адам ба шынымен",
        "сіз бот па әлде адам ба шынымен? жауаптарыңыз тез келеді екен",
        "can you disagree with the essay, or do you always defend it?",
    ],
)
def test_ninety_second_and_third_batches_small_talk(kb, message):
    """Batch 92: "are you a person or a bot" with "бот па" had got the people of the essay; "we need it" alone asks
    nothing. Batch 93: small talk in Russian typed in Latin letters is read in Cyrillic ("privet) ty pomozhesh s esse po
    politologii?" had got a textbook of the references at 92); "шынымен" (really) asks nothing; whether the bot may
    disagree with the essay asks of the bot ("are you even allowed to disagree …" had got Bell's one-sided conclusion)."""
    assert ask(kb, message).outcome == "smalltalk"


def test_infa_is_no_russian_word_in_a_kazakh_question(kb):
    """The review of this release: "инфа" is said in Kazakh too; as a Russian stop word it had made "Белл туралы инфа" a
    Russian question."""
    for message, entry in (("Белл туралы инфа", "bell-book"), ("демократия туралы инфа керек", "democracy-in-essay")):
        answer = ask(kb, message)
        assert answer.entry is not None and answer.entry.id == entry and answer.lang == "kk", answer


@pytest.mark.parametrize(
    "message",
    [
        "political modernization? political development? are they the same thing",
        "полит модернизация? полит развитие? это одно и то же?",
        "саяси модернизация? тағы саяси даму? екеуі бір нәрсе ме",
    ],
)
def test_ninety_fifth_batch_terms_then_a_question_of_them(kb, message):
    """Batch 95: two bare terms, then a question that points back to them, ask of both (the first term alone had been
    answered); a later question that does not point back stays its own."""
    assert entry_of(kb, message) == "modernization-vs-development"
    assert entry_of(kb, "democracy? and what about parties?") == "democracy-in-essay"


def test_ninety_sixth_batch_a_kazakh_request_typed_without_its_letters(kb):
    """Batch 96: "берши" (берші typed without its letters) asks in Kazakh; with as many Russian words after it ("срочно
    семинар"), the question had been answered in Russian."""
    answer = ask(kb, "демократияга отуди тусиндирип берши срочно семинар")
    assert answer.entry is not None and answer.entry.id == "kz-soviet-to-democracy" and answer.lang == "kk", answer


@pytest.mark.parametrize("message", ["are you an actual AI or a person?", "is there a person answering these questions or a bot"])
def test_ninety_sixth_batch_small_talk(kb, message):
    """Batch 96: "are you an actual AI or is there a person answering these?" had got the people of the essay."""
    assert ask(kb, message).outcome == "smalltalk"


def test_ninety_seventh_batch_a_story_then_a_colon_then_the_question(kb):
    """Batch 97: what the student tells of herself ends at a colon as at a comma, and the question after it is read
    alone (the cases of this_releases_answers had not been covered)."""
    kazakh = "Мен курстық жұмыс жазып жатырмын, жалпыдан бастағым келеді: эссенің атауы қалай?"
    assert told_then_asked(kb, kazakh, "kk")[-1] == "эссенің атауы қалай?"


def test_ninety_eighth_batch_a_length_in_sentences_asks_for_no_sentences(kb):
    """Batch 98: "2-3 предложение" is the length asked for; its word "предложение" had pulled the entry on the
    essay's broken sentences."""
    assert content_words("вывод эссе 2-3 предложения сделай") == content_words("вывод эссе сделай")
    assert entry_of(kb, "вывод эссе 2-3 предложения сделай") == "essay-conclusion"


@pytest.mark.parametrize(
    "message",
    [
        "в 2022 году был референдум, какие статьи конституции изменили?",  # a story of a year: that year's changes
        "сравни Белла с Тоффлером",  # a scholar the essay does not discuss
        "compare Bell's post-industrial society with Toffler's third wave",
    ],
)
def test_ninety_eighth_batch_near_topic_stays_unanswered(kb, message):
    """Batch 98: the 2022 referendum's changes had got the essay's amendments, and a comparison with Toffler got Bell's
    book; the essay gives neither."""
    assert entry_of(kb, message) is None


def test_a_story_of_a_year_and_a_name_before_a_question_of_that_name_stays_answered(kb):
    """Guard of batch 98's reading: a year told with a name the question asks of is no story of a term the essay lacks."""
    assert entry_of(kb, "в 2007 году Абсаттаров написал учебник, как он называется?") == "ref-absattarov"


@pytest.mark.parametrize(
    "message",
    [
        "я его только пролистала, это эссе про партии. о чем оно в двух словах?",
        "i only skimmed the essay. what is it about?",
        "эссені оқыдым, бірақ түсінбедім. ол не туралы?",
    ],
)
def test_ninety_ninth_batch_what_it_is_about_after_the_essay_is_named(kb, message):
    """Batch 99: "what is it about" after a sentence that names the essay asks what the essay is about; the story before
    it had left nothing answered. After a term, "it" is the term."""
    assert entry_of(kb, message) in ("essay-title", "essay-thesis")


def test_what_it_is_about_after_a_term_or_a_paragraph_is_that_one(kb):
    """Guards of batch 99's reading: after the essay and a term, or a paragraph pointed at, "it" is the term or the
    paragraph, not the essay as a whole."""
    assert entry_of(kb, "democracy in the essay, what is it about?") == "democracy-in-essay"
    assert entry_of(kb, "andatpa of the essay, what's it about") == "essay-abstract"
    assert entry_of(kb, "para 12. what is it about?") == "modernization-priority"


def test_hundredth_batch_asking_leave_to_ask_about_a_part_of_the_essay_is_a_question(kb):
    """Batch 100: "can I ask about the essay" is what the bot does, but naming a part of it asks of that part ("можно
    вопрос по эссе про вывод?" had been small talk)."""
    assert entry_of(kb, "можно вопрос по эссе про вывод?") == "essay-conclusion"
    assert entry_of(kb, "с эссе можешь помочь с ключевыми словами?") == "essay-keywords"
    assert ask(kb, "можно вопросы по статье про партии?").outcome == "smalltalk"


@pytest.mark.parametrize("message", ["qorytyndysyn qysqasha", "andatpasyn kyskasha"])
def test_ninety_ninth_batch_briefly_in_latin_kazakh_asks_in_kazakh(kb, message):
    """Batch 99: the object ending "-syn" ("qorytyndysyn", "andatpasyn") is Kazakh in Latin letters ("qorytyndysyn
    qysqasha" had been answered in English)."""
    assert ask(kb, message).lang == "kk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("is civil society among the keywords?", "essay-keywords"),
        ("есть ли Хантингтон в списке литературы", "essay-references"),
        ("кілт сөздерде азаматтық қоғам бар ма", "essay-keywords"),
    ],
)
def test_hundred_and_first_batch_a_term_looked_for_in_a_list_of_the_essay(kb, message, entry):
    """Batch 101: a term the essay never discusses, looked for among its keywords or references, is answered with the
    list, and the reply says the essay does not discuss the term (it had been "not covered"). Asked of the essay
    itself, the term stays not covered."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry and answer.reason == "topic", answer


def test_a_term_the_essay_lacks_is_answered_with_a_list_only_when_looked_for_in_it(kb):
    """Guards: asked of the essay itself, the term stays not covered; the list named is the one answered ("in the
    references" is not the keywords)."""
    assert entry_of(kb, "what does the essay say about civil society") is None
    assert entry_of(kb, "is civil society in the references?") == "essay-references"


def test_hundred_and_second_batch_quote_is_no_typo_of_a_filler(kb):
    """Batch 102: "quote" is one letter from the filler "quite", and "can you quote the sentence with …" had lost its
    "quote", leaving "sentence", which pulled the entry on the essay's broken sentences."""
    assert strip_openers("can you quote the sentence with the three dimensions") == (
        "quote the sentence with the three dimensions"
    )
    assert entry_of(kb, "can you quote the sentence with the three dimensions") == "development-dimensions"
    assert ask(kb, "thanks, quite helpful").outcome == "smalltalk"  # the filler itself still is one


def test_hundred_and_second_batch_one_or_two_sentences_is_a_length(kb):
    """Batch 102: "in one or two sentences" asks for a length as a whole ("what's the main idea of the essay in one or
    two sentences" had got the comparison of modernization and development, from "one or")."""
    assert content_words("what is political development in one or two sentences") == content_words(
        "what is political development"
    )
    assert entry_of(kb, "main idea of the essay in one or two sentences pls") == "essay-thesis"


@pytest.mark.parametrize(
    "message", ["what are the keywords of the law on political parties?", "какие источники легитимности выделял Вебер?"]
)
def test_the_red_team_of_this_release_other_lists_are_not_the_essays(kb, message):
    """The red team: keywords or sources of something else (a law, Weber's sources of legitimacy) are not the essay's
    lists; only a term looked for among the essay's own lists is answered with them."""
    assert entry_of(kb, message) is None


def test_what_a_change_must_give_asks_what_it_is_for():
    """Batch 99 and the review: "what X must/should give" asks what X is for; what the essay or the student is to give
    ("What does the essay give as the definition …", "what can you give me on …") does not."""
    assert asks_purpose("what this transition must give to Kazakhstan")
    assert asks_purpose("what should the move to democracy bring to kazakhstan")
    assert not asks_purpose("What does the essay give as the definition of a political party?")
    assert not asks_purpose("what can you give me on the essay's definition of a political party?")


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("sorry, a bit off topic: who is Daniel Bell?", "bell-book"),  # the rest is clearly the essay's
        ("Привет! Извините, не по теме: как сварить борщ?", None),  # after a greeting too
        # batch 99: "не по теме" before an unrelated question had got the essay's title ("тема") or offered it
        ("Извините, не по теме: как сварить борщ?", None),
        ("немного не по теме: подскажите, как приготовить плов, чтобы он был вкусным?", None),
    ],
)
def test_off_topic_said_then_a_question_the_essay_answers_or_not(kb, message, entry):
    """Batch 99 and the review of this release: a message that opens by saying it is off topic is not covered and offers
    nothing as if it were meant, after a greeting too; a question the essay clearly answers after it is answered."""
    answer = ask(kb, message)
    assert (answer.entry.id if answer.entry else None) == entry
    assert entry is not None or (answer.outcome == "not_covered" and not answer.suggestions)


@pytest.mark.parametrize(
    "message",
    [
        "в 2022 году был референдум, а что в эссе говорится о поправках в конституцию?",
        pytest.param("2022 жылы референдум болды, ал эсседе Конституцияға өзгерістер туралы не делінген?", marks=SECOND_READING),
    ],
)
def test_a_clause_of_a_topic_the_essay_lacks_then_a_question_of_the_essay(kb, message):
    """The red team of this release: a clause that tells of a topic the essay lacks (the 2022 referendum), then a
    question of the essay, is read by its question, as such sentences are; the articles of the constitution are not the
    essay's "статьи", so "… какие статьи конституции изменили?" still asks of the referendum."""
    assert entry_of(kb, message) == "kz-constitution-amendments"
    assert entry_of(kb, "в 2022 году был референдум, какие статьи конституции изменили?") is None


@pytest.mark.parametrize(
    "message",
    [
        "who are you? can you help w/ the essay on parties",
        "can u help with the political parties essay",
        "what can you actually do, only this essay?",
        "привет! кто ты такая, что ты можешь делать?",
        "сәлем, ты кто такой, что вы умеете делать?",
        "что ты вообще умеешь, только это эссе?",
        "тек осы эссе ме?",
        "can you help w/ the parties essay pls",
        "чё ты можешь? по эссе поможешь?",
        "че ты умеешь, с эссе можешь помочь?",
    ],
)
def test_this_releases_small_talk(kb, message):
    """Batches 97, 98 and 100, and the red team of 97's mends: asking who the bot is and whether it helps with the essay
    named by its subject ("can u help w/ the political parties essay") had got what a party is; "what can u actually
    do, only this essay?" the essay's title; "ты кто такой, что умеешь делать" Nazarbayev ("кто такой …" asks who
    someone is); "а чё ты умеешь, с эссе можешь помочь?" the title; "только это эссе?" and "тек осы эссе ме?" are the same
    question in Russian and Kazakh, and "pls" after the essay named by its subject asks nothing more."""
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # batch 97: the essay named by its subject is the essay when a part of it or its author is asked for
        ("who wrote the political parties essay", "essay-author"),  # it had got a reference of one party system
        ("кто автор эссе про партии", "essay-author"),  # unsure
        ("партиялар туралы эссенің авторы кім", "essay-author"),  # what a party is
        ("what is the conclusion of the kz political parties essay", "essay-conclusion"),  # the role of parties
        ("summarize the abstract of the kz political parties essay", "essay-abstract"),
        ("exam tmrw on the political parties essay, whats the main idea", "essay-thesis"),
        # naming no part of the essay, the words of its subject are asked of
        ("what does the essay say about political parties", "parties-in-essay"),
        # batch 97: a story told before a colon (test_ninety_seventh_batch_a_story_then_a_colon_then_the_question)
        ("Я пишу курсовую и хотела бы начать с общего: как точно звучит название эссе?", "essay-title"),
        ("Мен курстық жұмыс жазып жатырмын, жалпыдан бастағым келеді: эссенің атауы қалай?", "essay-title"),
        # the red team of 97: the parties asked of after all ("main" only as the main idea; a pronoun; a part about them; a time "9: 00")
        ("I have an exam at 9: 00 tomorrow, what is political development", "development-definition"),  # a time, no clause
        ("в эссе о партиях главная функция какая?", "parties-role"),  # "главная" asks no part of the essay
        ("партиялар туралы эсседе негізгі рөл қандай", "parties-role"),
        ("what does the author of the essay on parties say about their interests", "parties-interests"),  # named again
        ("партиялар туралы эссенің авторы олардың рөлі туралы не дейді", "parties-role"),
        ("summarize the part of the essay about parties", "parties-role"),  # the part about them
        # batch 99: the course of a class, a teacher's framing, what a move must bring
        # the course of the seminar is no subject ("science" had pulled when the concept appeared in science)
        ("I have a seminar on political science tomorrow, what is the main idea of the essay?", "essay-thesis"),
        # a teacher's framing: how to put it to pupils
        ("Эссенің қорытындысын оқушыларға қалай түсіндіруге болады?", "essay-conclusion"),
        ("how can i explain democracy to the class", "democracy-in-essay"),  # it had got harmony ("class")
        # what the move must bring is what it is for
        ("what should the move to democracy bring to kazakhstan", "kz-harmony"),
        # the red team of 98–101: a year in a story, "it" after a paragraph, "off topic" that asks, "what does X give"
        # a year told for another reason: the question is still the essay's
        ("в 2024 году нам задали эссе, кто его автор?", "essay-author"),
        ("my exam is on june 15 2025, what are the three dimensions of political development?", "development-dimensions"),
        # "it" after a paragraph pointed at is that paragraph, not the essay as a whole
        ("эссенің соңғы абзацы, ол не туралы?", "essay-conclusion"),
        # asking whether a part is off topic, or a question of the essay after "offtop, but"
        ("не по теме ли абзац про Марка Аврелия?", "marcus-aurelius"),
        ("Offtop, but does the essay mention Nazarbayev?", "nazarbayev"),
        # what the essay gives as a definition asks for the definition, not for a purpose
        ("What does the essay give as the definition of a political party?", "parties-in-essay"),
    ],
)
def test_this_releases_answers(kb, message, entry):
    """Batches 97 and 99 and the two red teams of this release: each message had got another entry, been unsure or not
    covered (the comments say why); the guards among them keep an answer an earlier mend of this release had lost."""
    assert entry_of(kb, message) == entry


def test_hundred_and_third_batch_what_the_answer_is_for_in_kazakh(kb):
    """Batch 103: what the answer is for, told after it in Kazakh ("…, курстық жұмысыма керек"), is no subject; it had
    left the question unsure."""
    assert entry_of(kb, "аннотацияны қысқаша айтшы, курстық жұмысқа керек") == "essay-abstract"
    assert content_words("Белл туралы қысқаша, рефератқа керек") == content_words("Белл туралы қысқаша,")


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("кроме Белла кто ещё упоминается в эссе?", "essay-people"),  # the rest asks what another entry gives
        ("Что ещё ошибочного, кроме Марка Аврелия?", "essay-errors"),
        # batch 104: the essay named by its subject, then its main idea asked by a pronoun
        ("нам дали эссе про роль политических партий в Казахстане. какая у него главная мысль?", "essay-thesis"),
        ("Бізге Қазақстандағы партиялар туралы бір эссе берді. Оның негізгі ойы не?", "essay-thesis"),
        # …not when the parties are named once more
        ("Скажите, почему в названии эссе про роль политических партий, а про партии в тексте написано мало?", "essay-title"),
        # batch 104: a number of points is the shape of the answer
        ("summarize the conclusion of the essay in 3-4 points pls", "essay-conclusion"),
        # batch 104: what is thrown away is what modernization rejects
        ("what gets thrown away when a country modernizes its politics?", "modernization-definition"),
        # batch 104: the references of a year, one answered and the others offered
        ("which books in the references are from 2005", "ref-abdulattaev"),
        ("how many references are there and which are from 2005?", "essay-references"),  # the list counts them
        # the red team of these mends: Bell named again is asked of; a count of one year's references; other shapes
        (
            "Besides Bell, which scholars developed the theory of post-industrial society? And what is Bell's book called?",
            "bell-book",
        ),
        ("explain political modernization in 3 to 4 points", "modernization-definition"),
        ("the conclusion in 3 or 4 pts pls", "essay-conclusion"),
        (
            "I read an essay about the role and importance of political parties in Kazakhstan. What is its main idea?",
            "essay-thesis",
        ),
        ("Қазақстандағы саяси партиялардың рөлі туралы эссе оқыдым. Оның негізгі ойы қандай?", "essay-thesis"),
    ],
)
def test_hundred_and_fourth_batch_answers(kb, message, entry):
    """Batch 104: the Bell guards keep what the rest asks; the essay named by its subject had got the role of parties or
    a newspaper article of the references; "in 3-4 points" had left the conclusion unsure, "thrown away" the rejection
    of traditional forms; the references of 2005 had got the list, which gives no year of any item."""
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize("message", ["which books in the references are from 2005", "сколько источников 2005 года?"])
def test_hundred_and_fourth_batch_the_references_of_a_year_are_all_offered(kb, message):
    """Batch 104 and its red team: each of the three references of 2005 is answered or offered, none scored above the
    one answered."""
    answer = ask(kb, message)
    assert {answer.entry.id, *(s.entry_id for s in answer.also)} == {"ref-abdulattaev", "ref-zhambylov", "ref-kuandyk"}
    assert all(s.score <= answer.score for s in answer.also)


def test_hundred_and_fourth_batch_a_later_clause_answered_clearly_comes_first(kb):
    """Batch 104: "there is a short summary at the start, right, is that the abstract, what does it say" had been answered
    from its first clause, weakly matched to Marcus Aurelius; the clause that names the abstract is clear."""
    text = "басында қысқаша түйіні бар ғой, абстракт па сол, сонда не жазылған?"
    answer = one_sentence(kb, text, text, "kk", None)
    assert answer is not None and answer.entry is not None and answer.entry.id == "essay-abstract"
    assert answer.also == ()  # the weak reading is not offered either (the review)


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("назови three main dimensions of political development пжл", "ru"),  # batch 104: it had been answered in English
        ("перечисли the keywords of the essay", "ru"),
        # batch 105: a guess with a particle after a Russian question ("…? конфликттер ма") had made it Kazakh
        ("а к чему приводит само существование партий? конфликттер ма", "ru"),
        ("модернизацияда что в приоритете у ученых и политиков? экономика ма", "ru"),
        # the red team: "скажи" after an English question is a filler ("скажи" as a Russian asking word had made it Russian)
        ("what is political modernization? скажи пж", "en"),
        ("who is Daniel Bell? скажи плз", "en"),
    ],
)
def test_a_request_or_a_guess_in_the_other_script_and_the_answer_language(kb, message, lang):
    """Batches 104 and 105 and the red team of 104's mends: the language that asks frames the message."""
    assert ask(kb, message).lang == lang


def test_hundred_and_fifth_batch_a_length_in_short_sentences_and_small_talk_by_the_way(kb):
    """Batch 105: "in a few short sentences" is a length (the conclusion had not been covered); asking how the bot is "by
    the way", with a word on having asked a lot, is small talk (it had got democracy)."""
    assert entry_of(kb, "Could you sum up the essay's conclusion in a few short sentences? My seminar is soon.") == (
        "essay-conclusion"
    )
    assert entry_of(kb, "вывод эссе в двух коротких предложениях") == "essay-conclusion"
    assert ask(kb, "Ok. How are you doing today, by the way? I feel I've been asking you a lot of questions.").outcome == (
        "smalltalk"
    )


def test_hundred_and_sixth_batch_the_countrys_short_name_ends_a_sentence_and_a_short_version(kb):
    """Batch 106: "…партий в РК. Как точно звучит название эссе?" is two sentences (the question of the title had been
    read with the story, not covered); "шорт версию" asks for a short answer (it had been unsure)."""
    assert sentences("Пишу доклад про партии в РК. Какие ключевые слова у эссе?") == [
        "Пишу доклад про партии в РК.",
        "Какие ключевые слова у эссе?",
    ]
    assert entry_of(kb, "вывод чё там, дай шорт версию плз") == "essay-conclusion"


def test_a_remark_then_a_kazakh_question_with_a_particle_is_kazakh(kb):
    """The review: "эссе сложное? Аннотация бар ма" is a remark, then a question in Kazakh (the guess rule had made it
    Russian); a guess after a Russian question stays Russian."""
    assert detect_language("эссе сложное? Аннотация бар ма", None) == "kk"
    assert detect_language("а к чему приводит само существование партий? конфликттер ма", None) == "ru"


def test_kazakh_stop_words_are_in_the_latin_skeleton():
    """Kazakh stop words are compared in the Latin skeleton: a Cyrillic letter in one ("kandaі") never matched."""
    assert all(word.isascii() for word in KK_STOP)


@pytest.mark.parametrize(
    ("message", "outcome", "entry"),
    [
        # batch 104: who else but Bell wrote of post-industrial society, the essay does not say (it had answered with
        # Bell's book, the one set aside)
        ("Besides Bell, which scholars developed the theory of post-industrial society?", "not_covered", None),
        ("apart from Bell who else wrote about post-industrial society", "not_covered", None),
        ("кроме Белла кто ещё развивал теорию постиндустриального общества?", "not_covered", None),
        # a second sentence that gives an example is no question of its own
        (
            "Постиндустриалды қоғам теориясын Беллден басқа қай ғалымдар дамытты? Мысалы, Тоффлердің көзқарасы қандай?",
            "not_covered",
            None,
        ),
        # the review: more ways of asking for someone else ("authors", "кімдер")
        ("Besides Bell, which authors developed the theory of post-industrial society?", "not_covered", None),
        ("Беллден басқа кімдер постиндустриалды қоғам туралы жазды?", "not_covered", None),
        # the review: a clear rest is read when nothing was answered
        ("Besides Bell, who is mentioned in the essay?", "answer", "essay-people"),
        # the red team: with nothing but "who else" left, the essay names others (it had said it names no one else)
        ("who else besides Bell?", "unsure", None),
        ("кроме Белла кто-нибудь ещё?", "unsure", None),
        # the review: "particular" names no parties, so the essay named by its subject stays the essay
        ("what is the main idea of the essay about political parties in particular?", "answer", "essay-thesis"),
    ],
)
def test_someone_besides_the_one_the_essay_names(kb, message, outcome, entry):
    """Batch 104, its red team and the review: someone besides a person the essay names, and the guards around it."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.entry.id if answer.entry else None) == (outcome, entry)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Besides Bell, which scholars developed the theory of post-industrial society? And what is political modernization?",
            "modernization-definition",
        ),
        (
            "кроме Белла кто ещё развивал теорию постиндустриального общества? и что такое политическая модернизация?",
            "modernization-definition",
        ),
    ],
)
def test_someone_besides_then_another_question(kb, message, entry):
    """Someone besides a person the essay names, then a question of its own: the question is answered and the reply says
    the essay names no one else (it had got Bell's book, the one set aside, for the other question)."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.entry.id if answer.entry else None, answer.reason) == ("answer", entry, "someone")


def test_who_the_bot_is_for_my_essay_is_small_talk(kb):
    """ "Who are you, you are the bot for my essay about political parties?": "my essay" after "who are you" is this one;
    it had got what parties represent."""
    act = dialogue_act("Salem! Hello. Who are you, you are the bot for my essay about political parties?")
    assert act is not None and act.act == "who"
    # the student's own essay, asked of (the review: "what can you …" and "who are you" alone do not name the bot)
    for message in ("can you check my essay about political parties?", "what can you tell me about my essay about parties"):
        assert dialogue_act(message) is None, message
    assert ask(kb, "who are you? help with my english essay").outcome != "smalltalk"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # Kazakh typed without its letters, with a Russian loan or two: its words are Kazakh (it had been answered in
        # Russian)
        ("модернизация кезинде неден отказ етеди? традиционный формалардан ба", "kk"),
        ("политическое развитие термини гылыми литературага кашан енди", "kk"),
    ],
)
def test_the_language_of_a_message_typed_without_kazakh_letters(kb, message, lang):
    assert ask(kb, message).lang == lang


@pytest.mark.parametrize("message", ["ключевые слова", "политическое развитие", "постиндустриальное общество"])
def test_russian_terms_alone_are_answered_in_the_language_of_the_chat(kb, message):
    """Kazakh students type the Russian terms: alone, they are answered in the chat's language, Kazakh after Kazakh
    questions (they had been answered in Russian), Russian otherwise."""
    assert detect_language(message) == "ru"
    assert ask(kb, message, hint="kk", written="kk").lang == "kk"
    assert ask(kb, message, hint="ru", written="ru").lang == "ru"
    assert ask(kb, message, hint="kk").lang == "ru"  # Telegram's language alone does not say the student writes Kazakh
    assert ask(kb, f"перечисли {message}", hint="kk", written="kk").lang == "ru"  # a sentence, not a term alone


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a length in sentences, abbreviated
        ("вывод эссе коротко, 2-3 предл.", "essay-conclusion"),
        ("о чем абстракт, в 2 предл.", "essay-abstract"),
        ("o chem eto esse v dvuh slovah", "essay-title"),  # "in two words", in Latin letters, is no number
        ("concl in short pls", "essay-conclusion"),
        # the keywords in Latin letters, "y" for й ("түйін" alone stays a word: "түйін деген не")
        ("tüyin sözder?", "essay-keywords"),
        ("tuyin sozderi qandai", "essay-keywords"),
        ("түйін деген не", "essay-keywords"),
    ],
)
def test_a_length_an_abbreviation_or_a_term_in_latin_letters_is_read_as_meant(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a formal request's words say nothing of the subject ("данному", "между собой", "хотел бы уточнить", "сұрап
        # отырмын")
        (
            "Поскольку преподаватель всегда просит начинать разбор статьи с аннотации, не могли бы Вы кратко изложить, о чём "
            "говорится в аннотации к данному эссе?",
            "essay-abstract",
        ),
        ("соотносятся ли между собой политическая модернизация и политическое развитие?", "modernization-vs-development"),
        (
            "Поскольку на семинаре нас наверняка попросят разграничить смежные категории, хотел бы уточнить: соотносятся ли "
            "между собой политическая модернизация и политическое развитие, являются ли они равнозначными понятиями и в чём "
            "состоят их сходства и различия?",
            "modernization-vs-development",
        ),
        (
            "Ертеңгі семинарда салыстырмалы талдау жасауым қажет болғандықтан сұрап отырмын: саяси модернизация мен саяси "
            "даму ұғымдарының ортақ белгілері мен айырмашылықтары қандай?",
            "modernization-vs-development",
        ),
    ],
)
def test_a_formal_requests_words_say_nothing_of_the_subject(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a chat word ends a sentence ("rn."), and the question after it is read alone
        ("I don't have the pdf on my phone rn. what is the essay called?", "essay-title"),
        # a question the lecturer asked, then the student's of it: what the sentence before names
        (
            "in the last seminar the lecturer asked the whole group when the concept of political development first "
            "appeared in scientific literature and nobody answered, it was so awkward, everyone just stared at their "
            "laptops. when did it appear according to the essay?",
            "development-concept-origin",
        ),
    ],
)
def test_a_question_after_a_story_is_read_with_what_the_story_names(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry", "offered"),
    [
        # the conclusion is named; the abstract only shares "перескажи" with it (it had been unsure between the two)
        ("перескажи вывод коротко", "essay-conclusion", None),
        # the title and the thesis named, each half of the message: the first named answered, the other offered
        (
            "Эссенің толық тақырыбы қалай аталады және автордың негізгі идеясын (тезисін) бір-екі сөйлеммен тұжырымдап "
            "бере аласыз ба?",
            "essay-title",
            "essay-thesis",
        ),
    ],
)
def test_a_tie_between_the_entries_a_question_names_is_a_reason_to_pick(kb, message, entry, offered):
    """The entry named answered; the other offered only when the question names it too (the review)."""
    answer = ask(kb, message)
    assert answer.outcome == "answer" and answer.entry is not None and answer.entry.id == entry
    assert [s.entry_id for s in answer.also] == ([offered] if offered else [])


def test_a_tie_is_not_picked_when_the_question_asks_what_the_essay_lacks(kb):
    """A named concept picks among close entries only when the question asks no fact the essay lacks: "when did the
    conclusion and the keywords appear" names both, and asks a date neither gives (read once more: the question about
    today below is refused before the tie is reached, so it alone could not fail if the guard broke)."""
    answer = ask(kb, "now who is president of Kazakhstan and which year he was elected?")
    assert answer.entry is None
    dated = ask(kb, "when did the conclusion and the keywords appear")
    assert (dated.outcome, dated.entry) == ("not_covered", None)


def test_a_kazakh_request_for_a_quote_from_the_essays_text_names_no_subject():
    """ "… туралы эссе мәтінінен дәйексөз келтіріп беріңізші" asks for a quote of what comes before: its words had
    counted as the subject, and a formal question about the consequences of parties was not covered."""
    for message in (
        "Партиялар туралы эссе мәтінінен дәйексөз келтіріп беріңізші",
        "Партиялар туралы эссенің мәтінінен дәйексөз келтіріп беріңізші",
        "Партиялар туралы эссенин матининен дайексоз келтирип бериниз",
    ):
        assert terms(message, "kk") == terms("Партиялар", "kk"), message


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a question someone asked the student of a fact the essay lacks, then "does the essay say?": not covered (the
        # red team: the check had been read alone, and got the main idea or the people of the essay)
        ("The teacher asked the whole group how many parties there are in Kazakhstan. Does the essay say?", None),
        ("our teacher asked the whole class how many parties are in parliament. is that in the essay?", None),
        pytest.param(
            "our prof asked the whole group how many times Nazarbayev is quoted. does the essay say?",
            "nazarbayev",
            marks=SECOND_READING,
        ),
        # a tie picked by the words named, where the students' phrasings answer clearly: theirs ("to conclude" is no
        # conclusion)
        pytest.param("to conclude, what are the keywords?", "essay-keywords", marks=SECOND_READING),
        pytest.param("Какая ключевая мысль вывода?", "essay-conclusion", marks=SECOND_READING),
        # "данная статья" is the essay, not one of its references
        ("Данная статья опубликована в каком журнале?", None),
    ],
)
def test_the_red_team_of_told_questions_and_ties(kb, message, entry):
    answer = ask(kb, message)
    assert (answer.entry.id if answer.entry else None) == entry


def test_someone_besides_then_a_question_opened_with_a_word_that_only_opens_it(kb):
    """ "… Ал саяси модернизация дегеніміз не?": the second question read as any message is (it had got the title)."""
    message = "Беллден басқа қай ғалымдар постиндустриалды қоғам туралы жазды? Ал саяси модернизация дегеніміз не?"
    answer = ask(kb, message)
    assert (answer.entry.id if answer.entry else None, answer.reason) == ("modernization-definition", "someone")


def test_someone_besides_then_two_questions_answers_the_first_and_offers_the_next(kb):
    """The review: the questions after "besides Bell …" are read as a message of parts is (the third had been dropped)."""
    message = (
        "Besides Bell, which scholars developed the theory of post-industrial society? And what is political modernization?"
        " And how many keywords are there?"
    )
    answer = ask(kb, message)
    assert (answer.entry.id if answer.entry else None, answer.reason) == ("modernization-definition", "someone")
    assert [s.entry_id for s in answer.also] == ["essay-keywords"]


@pytest.mark.parametrize(
    "message",
    [
        "сәлем! who are u? is this bot for the essay about parties",
        "ok and what can you help me with? like which topics",
        "не істей аласың? essay бойынша кез келген сұрақ қоюға бола ма",
        "Good morning. Before we begin, could you tell me what you are and what you can help me with?",
        "Здравствуйте. Вы бот по эссе про политические партии? Что умеете?",
        "ты кто вообще? бот по политологии или что",
        "ok rakhmet. and what you can do? only this essay or all political science?",
        "эссе бойынша кез-келген сұрақ қоюға бола ма",
    ],
)
def test_asking_what_the_bot_is_in_several_sentences_is_small_talk(kb, message):
    # batches 110 and 111: each sentence asks what the bot is or does; they had got the parties, the title, a reference
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.entry is None


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # an English sentence with a Russian phrase inside asks in English
        ("why author mentions Marcus Aurelius and senate, какое отношение to modernization", "en"),
        ("political modernization vs political development, в чем разница? are they equal", "en"),
        ("essay says Marcus Aurelius lived in 4 century BC, is it mistake? (қате ме)", "en"),
        # …but not a Kazakh question of an English sentence ("is the" asks nothing there)
        ("Democracy is the basis of civilization деп неге айтады", "kk"),
        # …nor one that asks in Russian or Kazakh after its English ("explain етші" is Kazakh's light verb)
        ("how does he define modernization, түсіндіріп берші", "kk"),
        ("the three dimensions of political development, explain етші", "kk"),
        ("what are the three dimensions, перечисли", "ru"),
        # …nor a pasted English sentence whose relative clause opens with "which" ("…, which is characterized by …")
        (
            "«Kazakhstan's society has realized the need to move from the Soviet political model of life to democracy, "
            "which will allow to achieve national, interethnic, interreligious and social harmony» — о какой гармонии речь?",
            "ru",
        ),
        # "чем отличаются" asks in Russian, though a Kazakh particle comes before it
        ("политическое развитие мен модернизация одно и то же ма? чем отличаются", "ru"),
        # asking for it short or "please" in Russian words: the Kazakh question says
        ("аннотацияда не айтылған? кратко плиз", "kk"),
        ("эссеге демократия туралы не айтылады, кратко плз", "kk"),
        # …but with Kazakh terms alone they are the message's Russian
        ("саяси жаңғыру кратко плиз", "ru"),
        ("қорытынды кратко пж", "ru"),
    ],
)
def test_a_code_switched_message_is_answered_in_the_language_that_asks(kb, message, lang):
    assert ask(kb, message).lang == lang


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a colon introduces what is asked after a story that names nothing of the essay
        (
            "Hello again. I am preparing a seminar for first-year students on this essay, so let's start with the basics: "
            "state the title of the essay.",
            "essay-title",
        ),
        ("conclusion of the essay in like 2 sentences, im begging 🙏😭", "essay-conclusion"),
    ],
)
def test_a_preamble_before_a_colon_and_a_plea_say_nothing_of_the_subject(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_an_exam_instruction_opening_a_sentence_asks():
    assert asks_something("state the title of the essay and summarise its main thesis")
    assert asks_something("Раскройте понятие политической модернизации")
    assert not asks_something("the state and the parties in the essay")
    assert not asks_something("State power belongs to the people in the essay.")  # "state" opening a sentence, a noun


def test_a_colon_after_a_story_does_not_lower_the_bar_for_a_question_that_names_nothing_of_the_essay(kb):
    assert ask(kb, "I have an exam tomorrow and I'm panicking: what should I learn first?").entry is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # every later part is answered by the first part's entry on its own: that entry, not what the whole drifted to
        ("who is quoted in essay? only Nazarbayev or more people", "essay-people"),
        pytest.param(
            "фраза что страной должны править те кого выбрали из своих откуда она и сколько ей лет",
            "elected-rule-idea",
            marks=SECOND_READING,
        ),
        pytest.param(
            "Қазақстан кеңестік саяси модельден демократияға көшу арқылы қандай келісімге жетпек? түрлерін нөмірлеп ата",
            "kz-harmony",
            marks=SECOND_READING,
        ),
    ],
)
def test_parts_that_the_first_parts_entry_answers_alike_get_that_entry(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize("message", ["казакстаннын казыргы президенти кым", "казыр президент кым"])
def test_the_current_president_asked_in_kazakh_typed_on_a_russian_keyboard_is_not_answered(kb, message):
    # "і" typed as "ы": "казыргы" is "қазіргі", "кым" is "кім"; batch 112 had got the 2030 address
    answer = ask(kb, message)
    assert (answer.outcome, answer.reason) == ("not_covered", "current")


@pytest.mark.parametrize(
    "message",
    [
        "hi, what are you exactly? can you help me with an essay for my polisci class?",
        "who are you? can you check my essay on democracy?",
    ],
)
def test_asking_for_help_with_ones_own_essay_after_asking_who_is_small_talk(kb, message):
    # the student's own essay ("an essay for my class", "my essay"): what the bot does; they had got Mustafin's textbook
    # and the criteria of political development
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a part or a subject of the essay asked for one's own essay, or the assigned essay called "my essay" (the red
        # team's and the review's: these had turned into small talk)
        ("кто вы? можете назвать ключевые слова для моего эссе?", "essay-keywords"),
        ("who are you? can you give me the keywords of the essay for my essay?", "essay-keywords"),
        ("hey, thanks! can you tell me the keywords of my essay?", "essay-keywords"),
        ("Hello. Could you tell me what my essay says about democracy?", "democracy-in-essay"),
    ],
)
def test_asking_for_a_part_of_the_essay_for_ones_own_stays_a_question(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_when_modernization_succeeds_typed_without_kazakh_letters_asks_its_conditions(kb):
    message = "назарбаев макаласында модернизация кашан сатты болады деди? цитатасын жазшы"
    assert entry_of(kb, message) == "modernization-success-conditions"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # a Russian question naming the essay's concepts by their Kazakh terms (batch 113): Russian frames it
        ("саяси партиялар чьи мүдделер представляют?", "ru"),
        ("возможна ли жаңғыру без индустриялық-инновациялық даму?", "ru"),
        ("саяси институттар примеры из эссе дай, мемлекет партия и тд", "ru"),
        # …but a Kazakh question asked with its particle stays Kazakh, whatever Russian follows
        ("даму тек экономикалық өсуге байланысты ма или свобода тоже важна", "kk"),
    ],
)
def test_a_russian_question_with_kazakh_terms_is_answered_in_russian(kb, message, lang):
    assert ask(kb, message).lang == lang


@pytest.mark.parametrize(
    ("message", "split"),
    [
        ("i dont have the pdf on my phone rn. what is the essay called?", 2),
        # …a full stop after any word ends a sentence before a lower-case word
        ("ok so i have the exam next week and the teacher said this essay will be on it. what is it even about", 2),
        ("i only read paragraph 5. what does the author say there about parties", 2),  # a number is no initial
        ("the essay mentions Bell, Huntington etc. what do they say about modernization", 2),
        # …but not after letters with dots, an initial or an abbreviation, nor where a long message was cut at a comma
        ("аудармада қателер бар ма? мысалы Марк Аврелий б.з.д. өмір сүрген деп жазылыпты ғой", 2),
        ("в эссе есть ссылка на Белла и др. авторы там говорят про модернизацию", 1),
        ("the author quotes N. A. Nazarbayev and says the modernization needs a plan", 1),
        (
            "Your last answer gave me only a summary without saying which paragraph it was from, which is not very "
            "helpful for citing.",
            1,
        ),
    ],
)
def test_a_lower_case_sentence_starts_after_a_full_stop_but_not_after_an_abbreviation(message, split):
    assert len(sentences(message)) == split


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "ok so i have the polisci exam next week and the teacher said this essay will 100% be on it. what is it even "
            "about, like the main idea in a few lines?",
            "essay-thesis",
        ),
    ],
)
def test_a_question_after_a_story_ended_by_a_full_stop_is_answered(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a part of the essay asked to be written out is no text to compose (batch 113 had got "not covered")
        ("Напиши thesis эссе коротко, в 2 строки", "essay-thesis"),
        ("напиши вывод эссе коротко", "essay-conclusion"),
    ],
)
def test_writing_out_a_part_of_the_essay_is_no_text_to_compose(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "напиши короткое эссе про партии",
        # an adjective that starts like a part of the essay is no part ("итоговое" is no "итог")
        "напиши итоговое эссе по политологии про партии",
        "напиши структурированное эссе про демократию",
        "write me an essay on democracy",
    ],
)
def test_writing_an_essay_stays_a_text_to_compose(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.reason == "compose"


def test_a_formal_greeting_and_asking_what_help_the_bot_offers_is_small_talk(kb):
    message = (
        "Good evening. I hope you are well; before I begin, may I ask what exactly you are and what sort of help you are "
        "able to offer with the essay I have been set?"
    )
    assert ask(kb, message).outcome == "smalltalk"


def test_topics_of_the_essay_asked_alone_are_a_question(kb):
    # "like which topics" after asking what the bot can help with is small talk; "what topics of the essay?" asks
    assert ask(kb, "what topics of the essay?").outcome == "answer"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # a Kazakh question said once more, or made clearer, in Russian is Kazakh (batch 114 had them all in Russian)
        ("саяси модернизация деген не? что такое политическая модернизация", "kk"),
        ("Кілт сөздерді атап беріңізші. Ключевые слова перечислите, пожалуйста.", "kk"),
        ("Аннотацияда не туралы жазылған? Я про абстракт, что там сказано.", "kk"),
        ("Модернизация алгоритмі неге негізделуі керек? Алгоритм модернизации на чём основан?", "kk"),
        ("Қорытындыда автор не дейді? Вывод какой в конце?", "kk"),
        # …and the Russian one said again in Kazakh is Russian (a guard: it was so before)
        ("Что такое политическая модернизация? саяси модернизация деген не", "ru"),
    ],
)
def test_a_question_said_again_in_the_other_language_is_in_the_first(message, lang):
    assert detect_language(message) == lang


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # guards: a first sentence that mixes the two, or a second that asks about something else, decides nothing alone
        ("Белл кітабының аты какой? екі рет жазылған сияқты", "kk"),
        ("политической модернизации мен политического развития айырмашылығы неде? екеуі бірдей ме?", "kk"),
        ("Сәлеметсіз бе! Что такое политическая модернизация?", "ru"),  # a greeting first
    ],
)
def test_a_mixed_first_sentence_or_a_greeting_does_not_decide_alone(message, lang):
    assert detect_language(message) == lang


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a polite Russian request after a reason asks ("прошу пояснить"; batch 114 had it "not covered")
        (
            "Поскольку в экзаменационных билетах нередко требуется разграничить смежные категории, прошу пояснить, чем "
            "понятие «политическая модернизация» отличается от понятия «политическое развитие» и в чём, согласно эссе, "
            "заключается их взаимосвязь.",
            "modernization-vs-development",
        ),
        # "и в чём …" starts a second question (batch 114: "not covered")
        (
            "Благодарю. В таком случае начну с общего: каково полное название рассматриваемого эссе и в чём, по Вашему "
            "мнению, состоит его главная мысль, выдвигаемая автором в качестве тезиса?",
            "essay-title",
        ),
        # the words of formal Kazakh that say how it asks ("дәрежеде", "сұрайын", "сондықтан") say nothing of the subject
        ("Партиялардың рөлін автор тарапынан қалайша түсіндіріледі?", "parties-role"),
        ("Ертең семинар бар, сондықтан сұрайын: бұл эссенің негізгі ойы не, автор оны не үшін жазған?", "essay-thesis"),
        ("Саяси модернизацияны ғылыми тілмен түсіндіріп берсеңіз", "modernization-definition"),  # not "understudied"
    ],
)
def test_formal_requests_and_second_questions_of_batch_114(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_formal_russian_fillers_say_nothing_and_to_juxtapose_compares():
    assert [token for _, token in terms("весьма интересно, будучи студентом, я помню алгоритм", "ru")] == [
        "#interest",
        "студент",
        "#algorithm",
    ]
    assert "#comparison" in {token for _, token in terms("сопоставьте модернизацию и развитие", "ru")}


def test_and_in_what_starts_a_second_question(kb):
    assert split_parts("каково полное название эссе и в чём главная мысль автора?") == [
        "каково полное название эссе",
        "в чём главная мысль автора?",
    ]
    assert entry_of(kb, "каково полное название эссе и в чём главная мысль автора?") == "essay-title"
    # …not before a pronoun alone, which the second part would read without what it stands for (the red team: "и о чём
    # его книга" got the references, "и в чём её суть" the thesis)
    assert len(split_parts("Кто такой Дэниел Белл и о чём его книга?")) == 1
    assert len(split_parts("Что такое модернизация и в чём её суть?")) == 1


def test_russian_in_latin_letters_is_read_in_cyrillic_by_every_rule(kb):
    # "sh" may be "щ", "-ii" "-ии": the reading the KB knows ("существование" told conflicts from "parties in the essay")
    assert in_cyrillic(kb, "k chemu privodit samo sushestvovanie partii?") == "к чему приводит само существование партий?"
    assert entry_of(kb, "k chemu privodit samo sushestvovanie partii?") == "parties-conflicts"
    # a story before the question, read as the Cyrillic one is (batch 115 had the role of parties)
    message = "slushai u menya zavtra seminar po esse pro partii v kazahstane, o chem ono voobshe? v dvuh slovah"
    assert entry_of(kb, message) == "essay-title"
    # English terms stay English
    assert in_cyrillic(kb, "chto takoe political modernization") == "что такое political modernization"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # "in a couple sentences" asks for a length, as "in a couple of sentences" does (batch 114 had the essay's errors:
        # its "sentences")
        ("what is this essay even about, like the main point in a couple sentences?", "essay-thesis"),
        # a system "fitting itself" to society adapts (batch 114 had the political system)
        ("system fitting itself to the society around it??", "development-definition"),
    ],
)
def test_own_words_of_batch_114(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a guess after the question at what its answer holds is no second question: the two are read as one (batch 116
        # had the first part alone answered: the democratic path, the role of parties)
        ("от чего она отказывается? там что то про традиционное было", "modernization-definition"),
        ("к чему приводит что партии вообще есть? там про конфликты вроде", "parties-conflicts"),
        ("What happens due to the very existence of parties? Essay is saying something about conflicts na?", "parties-conflicts"),
    ],
)
def test_a_guess_after_the_question_is_read_with_it(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_a_second_question_of_about_is_still_cut():
    # guards: "и про Белла" asks, a hedge makes a guess
    assert split_parts("что такое модернизация? и про Белла") == ["что такое модернизация?", "и про Белла"]
    assert split_parts("что такое модернизация? а про партии?") == ["что такое модернизация?", "а про партии?"]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # the errors entry's "who distinguishes the three dimensions" says the sentence lacks its subject: a question of
        # what they are is the dimensions (batch 116 had the essay's errors)
        ("Автор саяси дамудың үш негізгі өлшемін бөліп көрсетеді; олар нелер?", "development-dimensions"),
        ("эссенің негізгі сөздері", "essay-keywords"),  # "main words" are the keywords
        # the post-industrial society in native Kazakh words, and a name forgotten
        ("өндірістен кейінгі қоғам туралы кітап жазған шетелдік ғалым кім еді? аты есімнен шығып кетті", "bell-book"),
        ("постпромышленное общество", "bell-book"),
        # a wish to ask before a colon announces the question after it (batch 116: "not covered")
        (
            "Магистрлік диссертациямның теориялық тарауында сілтеме жасау үшін нақтылағым келеді: автор қорытындыда саяси "
            "модернизация мен саяси тұрақтылық арасындағы байланысты қалай негіздейді?",
            "modernization-stability",
        ),
        (
            "Салыстырмалы талдау жүргізу мақсатында сұрағым келеді: эсседе «саяси модернизация» мен «саяси даму» "
            "ұғымдарының ортақ тұстары мен айырмашылықтары қалай ажыратылады?",
            "modernization-vs-development",
        ),
        # Russian in Latin letters: "-ye" is "-ые", "to" is "то"
        ("a ot chego ona otkazyvaetsya? tam chto to pro tradicionnye formy bylo", "modernization-definition"),
    ],
)
def test_own_words_and_formal_kazakh_of_batch_116(kb, message, entry):
    assert entry_of(kb, message) == entry


def test_asking_it_shorter_in_kazakh_says_nothing_of_the_subject():
    assert "kyskartyp" not in {token for _, token in terms("эссенің қорытындысын қысқартып бер", "kk")}


def test_can_you_help_stays_small_talk(kb):
    # a guard: "аласыз ба" is no stop word ("көмектесе аласыз ба?" asks the bot for help)
    assert ask(kb, "Сәлеметсіз бе! курстық жұмысқа материал керек еді, осы эссе бойынша көмектесе аласыз ба?").entry is None


def test_the_why_and_what_of_what_something_is_about_are_no_questions(kb):
    # "its basically about why … and what …, right?" retells the title (batch 116 had the role of parties: a part of it)
    message = (
        "ok so first the title. its basically about why parties matter in Kazakhstan and what the political process is, "
        "right? or did i get it wrong"
    )
    assert entry_of(kb, message) == "essay-title"
    # a guard: "about" before a term, then "and what", asks twice
    assert split_parts("what does the author write about democracy and what are the keywords") == [
        "what does the author write about democracy",
        "what are the keywords",
    ]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # Kazakh synonyms of the essay's terms (batch 117): "өрлеу" (rise) is development, "икемделу" adapting
        ("Саяси өрлеу дегенді қалай түсіндіреді?", "development-definition"),
        ("саяси жүйенің қоғамға икемделуі деген не", "development-definition"),
    ],
)
def test_kazakh_synonyms_of_batch_117(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a quote asked for after the question is the answer's form (batch 117: "unsure")
        ("Қорытындыда партиялардың рөлі туралы не делінген, цитата бере аласыз ба?", "essay-conclusion"),
        # the name and subject of "the essay about parties" are the essay's (batch 116: "unsure")
        ("Бізге саяси партиялар туралы эссе берді, соның аты қалай еді және өзі негізі не туралы?", "essay-title"),
        # guards: the quote of the President about something, and what parties say
        ("modernization strategy туралы President айтқан цитатаны келтірші", "modernization-principles"),
        ("саяси партиялар не туралы айтады", "parties-in-essay"),
    ],
)
def test_a_quote_asked_after_and_the_essay_named_by_its_subject_in_kazakh(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # the red team's and the review's guards of the restatement rule: a first sentence that tells decides nothing ("…
        # туралы …", a noun in "-шы" are no question), nor does a second question of another concept
        ("Жазушы Белл индустриялық қоғам туралы жазды. Какие общие черты он называет?", "ru"),
        ("Бірінші абзацта модернизация туралы айтылады. Что такое модернизация?", "ru"),
        ("Саяси модернизация деген не? Что такое политическое развитие?", "ru"),
    ],
)
def test_a_telling_first_sentence_or_another_question_does_not_decide_the_language(message, lang):
    assert detect_language(message) == lang


def test_a_language_asked_for_after_a_restatement_wins(kb):
    assert ask(kb, "Кілт сөздер қандай? Ключевые слова какие, по-русски напишите").lang == "ru"


def test_guesses_are_guesses_only_when_they_ask_nothing():
    # the Kazakh hedge ends the message
    assert len(split_parts("Саяси жаңғыру неден бас тартады? дәстүрлі нәрсе туралы бар еді ғой")) == 1
    # …a part that asks, or requests, or comes before another, is a question (the red team and the review)
    for message in (
        "Кто автор эссе? про что там было?",
        "что такое модернизация? и про Белла что-то было?",
        "Модернизация деген не? Белл туралы бар еді, ол кім?",
        "What is modernization? it was something about Bell too, who's he?",
    ):
        assert len(split_parts(message)) > 1, message


def test_about_why_is_no_question_only_in_a_retelling():
    assert split_parts("tell me about why parties exist and what is modernization") == [
        "tell me about why parties exist",
        "what is modernization",
    ]
    assert len(split_parts("about how many sources, and who wrote it?")) == 2


def test_a_polite_russian_request_asks_and_other_requests_do_not():
    assert asks_something("прошу пояснить значение термина модернизация")
    assert not asks_something("прошу подробнее")


def test_russian_in_latin_letters_reads_ye_as_the_plural_the_kb_knows(kb):
    assert "традиционные" in in_cyrillic(kb, "chto takoe tradicionnye formy")
    assert in_cyrillic(kb, "chto znachit road to democracy v esse") == "что значит road to democracy в эссе"


def test_russian_in_latin_letters_all_read_as_english_is_asked_once(kb):
    # a guard: every word kept as English the KB knows ("algoritm modernizacii") is no Cyrillic reading to ask again
    assert entry_of(kb, "algoritm modernizacii") == "modernization-algorithm"
    assert in_cyrillic(kb, "algoritm modernizacii") is None


def test_the_authors_cited_are_the_references(kb):
    # the join's labeled phrasings had made the people of the essay win here ("names in the essay")
    assert entry_of(kb, "name the authors cited in the essay") == "essay-references"


def test_a_russian_term_quoted_with_dep_is_asked_in_kazakh():
    # three Russian words to two Kazakh ones had made it Russian
    assert detect_language("постоянное изменение политической системы деп не айтылады") == "kk"
    # …but not when Russian asks after it
    assert detect_language("в тексте есть ошибка? Марк Аврелий 4 ғасыр деп жазылған это правда?") == "ru"
    assert detect_language("партии выражают интересы социальных групп деп, верно?") == "ru"  # a Russian tag question


def test_a_mark_or_a_price_in_kazakh_is_no_question_about_the_essay(kb, both_readings):
    # "баға" is a price and a school mark: the red team's "give my essay a mark" had got the criteria of development
    for message in (
        "эссеге баға беріңізші",
        "мұғалім эссеге қандай баға береді",
        "мұнай бағалары неге өсті?",
        "how will my teacher evaluate my essay",
    ):
        assert ask(kb, message).entry is None, message
    # …while the author's judgement of Bell is his one-sided conclusion (the joined batch's phrasings)
    assert entry_of(both_readings, "Эссе Белл қорытындысына қандай баға береді?") == "bell-one-sided"


@pytest.mark.parametrize(
    "message",
    [
        "Привет! Ты кто и чем можешь помочь? Мне нужно разобрать эссе по политологии",
        "hey, who are you? I have to go through the essay for my political science class",
        "маған эссені талдау керек",
        "помогите разобрать эссе",
        # typed otherwise, or called an article or a text (the red team's; they had got the essay's title)
        "помогите разобрать эсе",
        "мне нужно разобрать статью",
        "помоги разобрать текст",
    ],
)
def test_the_task_a_student_brings_is_no_question_about_the_essay(kb, message):
    assert dialogue_act(message) is not None
    assert ask(kb, message).entry is None


def test_a_task_that_names_a_part_of_the_essay_still_asks(kb):
    assert entry_of(kb, "мне надо разобрать вывод эссе") == "essay-conclusion"
    assert entry_of(kb, "I need to go through the three dimensions") == "development-dimensions"


def test_bells_conclusion_said_to_be_about_post_industrial_society_is_still_his_conclusion(kb):
    # students place Bell's conclusion in his book's subject: the book had won on "post-industrial society"
    assert (
        entry_of(kb, "why does the author consider Bell's conclusion about post-industrial society one-sided?")
        == "bell-one-sided"
    )
    assert entry_of(kb, "what is Bell's book about post-industrial society called") == "bell-book"


def test_leading_to_said_with_the_kazakh_idiom(kb):
    assert entry_of(kb, "партиялардың болуы неге әкеп соқтырады?") == "parties-conflicts"
    assert entry_of(kb, "partiyalar bolsa nege akep soqtyrady") == "parties-conflicts"
    # its fuller form, and "әкеліп соғу" (the red team's; "әкеліп соқтырады" had been unsure)
    assert entry_of(kb, "партиялардың болуы неге әкеліп соқтырады?") == "parties-conflicts"
    assert entry_of(kb, "партиялар неге әкеліп соғады") == "parties-conflicts"


def test_the_changes_made_on_the_way_to_democracy_are_the_legislation_and_the_spheres(kb, both_readings):
    # batch 121: "during the move to democracy" had drawn the transition itself
    assert entry_of(both_readings, "list the changes that were implemented in Kazakhstan during the move to democracy") == (
        "kz-legislation-reforms"
    )
    assert entry_of(kb, "какие изменения произошли в Казахстане при переходе к демократии") == "kz-legislation-reforms"
    # …while why it moved, or what it moved to, is still the transition
    assert entry_of(kb, "why did kazakhstan move to democracy") == "kz-harmony"  # what democracy allows
    assert entry_of(kb, "what did kazakhstan move to") == "kz-soviet-to-democracy"
    assert entry_of(kb, "what transition did kazakhstan need") == "kz-soviet-to-democracy"


@pytest.mark.parametrize(
    "message",
    ["what is political science", "political science?", "что такое политология", "саясаттану дегеніміз не?", "polisci"],
)
def test_political_science_asked_alone_is_not_covered(kb, message):
    # the essay names the field only in its books' titles: "what is political science" had got what political
    # development is, "что такое политология" Mustafin's book
    answer = ask(kb, message)
    assert answer.entry is None
    assert answer.outcome == "not_covered"


def test_the_books_called_political_science_are_still_its_references(kb):
    assert entry_of(kb, "Nysanbaev political science") == "ref-nysanbaev"
    assert entry_of(kb, "что такое политология нысанбаева") == "ref-nysanbaev"
    assert entry_of(kb, "саясаттану энциклопедиялық сөздік") == "ref-encyclopedic-dictionary"


def test_help_with_ones_political_science_reading_is_small_talk(kb):
    # batch 122's chit-chat had got Mustafin's "Introduction to political science"
    assert ask(kb, "hi! what are you exactly? can you help me with my polisci reading?").outcome == "smalltalk"
    assert ask(kb, "can you help me with my political science homework?").outcome == "smalltalk"
    assert entry_of(kb, "can you help me with my homework on modernization?") == "modernization-definition"


def test_what_prevails_in_kazakh_is_the_priority(kb):
    # "не басым деп есептеледі" (what is held to prevail) had got the essay's title, whose text has "басым бөлігі"
    assert entry_of(kb, "Модернизацияда не басым деп есептеледі?") == "modernization-priority"
    # …but what prevails in the essay is its subject (the red team's: "басым болады" had been the priority too)
    assert entry_of(kb, "Эсседе қай тақырып басым болады?") == "essay-title"
    assert entry_of(kb, "эссенің басым бөлігі партиялар туралы ма") == "essay-title"


@pytest.mark.parametrize(
    "message",
    [
        # batch 123's chit-chat: they had got democracy and freedom, and the economic foundation of democracy
        "how are you btw? what else can you do besides explaining words?",
        "Өзің қалайсың? шаршаған жоқсың ба менің сұрақтарымнан 😅",
        "Өзің қалайсың?",
        "ты не устал от моих вопросов?",
        "aren't you tired of my questions?",
    ],
)
def test_asking_how_the_bot_is_or_whether_it_is_tired_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_what_do_you_think_yourself_in_kazakh_still_asks(kb):
    # "өзің қалай ойлайсың" is "what do you think", not "how are you"
    assert entry_of(kb, "Өзің қалай ойлайсың, демократия неге керек?") == "democracy-in-essay"


@pytest.mark.parametrize(
    "message",
    [
        # batch 124: a textbook's words for the essay's democratic political order, once turned away as near-topic terms
        "popular sovereignty - how does the essay frame the people as the source of power under a democratic order",
        "Как в эссе трактуется народ в качестве источника власти при демократическом политическом режиме?",
        "what is popular sovereignty",
        "халық егемендігі деген не",
    ],
)
def test_popular_sovereignty_and_a_democratic_regime_are_the_essays_democratic_order(kb, message):
    assert entry_of(kb, message) == "democratic-order-people"


@pytest.mark.parametrize("message", ["what is a political regime", "что такое политический режим", "what is sovereignty"])
def test_political_regimes_and_sovereignty_as_such_stay_near_topic(kb, message):
    assert ask(kb, message).outcome == "not_covered"


def test_in_the_authors_understanding_is_according_to_the_author(kb):
    # batch 124: "в понимании автора" had got the essay's "understanding as a process of transition"
    for message in (
        "Что такое политическая модернизация в понимании автора?",
        "what is political modernization in the author's understanding",
        "автордың түсінігінде саяси жаңғыру дегеніміз не",
    ):
        assert entry_of(kb, message) == "modernization-definition", message


def test_a_greeting_before_for_my_intro_leaves_the_purpose_whole(kb):
    # batch 124: the greeting took "for" with it, and "my intro" was Mustafin's "Introduction to political science"
    message = "hello again, for my intro I need how the essay defines political development, word for word if possible"
    assert strip_openers(message).startswith("for my intro")
    assert entry_of(kb, message) == "development-definition"


@pytest.mark.parametrize(
    "message",
    [
        # batch 123: what the transition will allow Kazakhstan to achieve is the harmony, not the transition (an English
        # phrasing drew "what will political development allow the system to achieve": the red team's)
        "Переход от советской политической модели к демократии позволит Казахстану достичь:",
        "демократияға көшу неге қол жеткізуге мүмкіндік береді",
    ],
)
def test_what_the_move_to_democracy_allows_to_achieve_is_the_harmony(kb, message):
    assert entry_of(kb, message) == "kz-harmony"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 123: the gist of a part about a subject is that subject (they had got the essay's structure and the
        # debate over modernization strategies)
        ("give me the gist of the section on political development", "development-definition"),
        ("can you summarize the opening part about political modernization in a few sentences", "modernization-definition"),
        # …while a part named alone is the essay's structure
        ("summarize the first part", "essay-structure"),
    ],
)
def test_the_gist_of_a_part_about_a_subject_is_that_subject(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_seminar_on_this_essay_is_the_reason_and_the_essay_is_what_is_asked(kb):
    # batch 123: "I have a seminar on this essay tomorrow, …" had been unsure; the essay alone is a subject
    message = "I have a seminar on this essay tomorrow, can you give me a short overview of what the whole essay is about?"
    assert entry_of(kb, message) == "essay-thesis"
    assert entry_of(kb, "I have a seminar tomorrow, what is the whole essay about?") == "essay-thesis"


@pytest.mark.parametrize(
    "message",
    [
        # batch 124: "not Almond's" had turned the question away as one about Almond
        "political development definition (the essay's one, not Almond's)",
        "определение политического развития по эссе, а не по Алмонду",
    ],
)
def test_a_near_topic_name_set_aside_asks_nothing_of_it(kb, message):
    assert entry_of(kb, message) == "development-definition"


def test_a_near_topic_name_asked_of_stays_near_topic(kb):
    assert ask(kb, "what did Almond say about political development").outcome == "not_covered"


def test_main_typed_by_ear_still_asks_the_main_idea(kb):
    # batch 124: "what is the mane idea of this esay about politcal partys" had been unsure
    assert entry_of(kb, "what is the mane idea of this esay about politcal partys") == "essay-thesis"
    assert entry_of(kb, "whats the mian idea of the essay") == "essay-thesis"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # batch 125: asked in English words of terms named in Kazakh (Latin letters): answered in Kazakh before
        ("sayasi zhangyru degen what is?", "en"),
        ("sayasi partiya whose interests represent?", "en"),
        ("sayasi damu three dimensions list pls", "en"),
        # …while a Kazakh asking word, or no English asking word, keeps Kazakh
        ("sayasi zhangyru degen ne", "kk"),
        ("sayasi partiya role", "kk"),
        # …and so does Kazakh grammar around an English verb (the red team's)
        ("sayasi damu define etip ber", "kk"),
        ("sayasi damu kriteriileri list pls", "kk"),
        ("sayasi partiyalar rolin explain", "kk"),
    ],
)
def test_english_asked_of_kazakh_terms_in_latin_letters_is_english(message, lang):
    assert language_of(message) == (lang, True)


def test_a_letters_sign_off_says_nothing_of_the_question(kb, both_readings):
    # batch 127: a distance student's letters had been not covered
    assert without_sign_off("What role do parties have? Kind regards, Marat") == "What role do parties have?"
    assert without_sign_off("что такое демократия? С уважением, Айгерим Сейтова") == "что такое демократия?"
    assert without_sign_off("regards to modernization, what does it improve") == "regards to modernization, what does it improve"
    message = (
        "Dear bot, I am preparing a short presentation on parties. What role does the author give political parties in "
        "society today, as stated in the conclusion? Kind regards, Marat"
    )
    assert entry_of(both_readings, message) == "parties-basis-of-society"
    letter = (
        "Dear bot, I have read the abstract twice and I am still not certain I have grasped it. Could you summarise it "
        "for me in a few plain sentences? Kind regards, Marat"
    )
    assert entry_of(kb, letter) == "essay-abstract"


@pytest.mark.parametrize(
    "message", ["Kind regards", "Dear bot, I am grateful for your help. Kind regards, Marat", "good morning! back for round two"]
)
def test_a_sign_off_or_thanks_alone_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_who_wrote_the_sources_is_the_reference_list(kb):
    # batch 127: "who wrote the sources?? list authors" had got Zhylykyshev's article
    assert entry_of(kb, "who wrote the sources?? list authors 📚") == "essay-references"
    assert entry_of(kb, "who wrote I am against one party system") == "ref-zhylykyshev"


@pytest.mark.parametrize(
    "message",
    [
        # the red team's: a polite "а не подскажете" or a long phrase opening with "not" sets nothing aside
        "а не подскажете что такое правовое государство",
        "not clear what rule of law means here",
        # the state's own sovereignty is no popular sovereignty
        "Қазақстанның егемендігі",
        "народ и суверенитет государства",
    ],
)
def test_near_topic_terms_stay_near_topic_beside_the_new_exceptions(kb, message):
    assert ask(kb, message).outcome == "not_covered"


def test_a_sign_off_keeps_what_the_message_asks_or_says(kb):
    # the red team's: "Thank you in advance." had been cut from a request, and a second question from after it
    assert ask(kb, "Kindly write a bit shorter. Thank you in advance.").outcome == "smalltalk"
    answer = ask(kb, "What is the abstract about? Thanks in advance. Also the keywords.")
    assert answer.entry is not None and answer.entry.id == "essay-abstract"
    assert [s.entry_id for s in answer.also] == ["essay-keywords"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the task with the essay called a text opens a question about what it names (the red team's)
        ("помоги разобрать текст про Марка Аврелия", "marcus-aurelius"),
        ("help me with my political science reading about Nysanbaev's textbook", "ref-nysanbaev"),
    ],
)
def test_a_task_or_ones_reading_before_a_subject_asks_of_it(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_seminar_then_asking_to_ask_is_small_talk(kb):
    assert ask(kb, "Hi. I have a seminar on this essay tomorrow, can I ask a few questions?").outcome == "smalltalk"


def test_a_salutation_asks_how_to_ask_and_a_long_word_is_no_signature(kb):
    # the review's: "Dear bot" had become a goodbye, and a long word after "regards" took the sign-off pattern
    # cubic time (a possessive match now)
    assert ask(kb, "Dear bot").act == "who"
    long_word = "what? regards " + "a" * 3000 + ","
    assert without_sign_off(long_word) == long_word
    assert without_sign_off("what? Regards, " + "A" * 3000) == "what?"


def test_summarise_the_part_about_a_subject_in_british_spelling(kb):
    assert entry_of(kb, "summarise the opening part about political modernization") == "modernization-definition"


@pytest.mark.parametrize(
    "message",
    [
        "hi! I have a worksheet on the political parties essay, can you help me?",
        "hi! i have a seminar on the essay about political parties in kazakhstan, can you help?",
        "i have an exam on this essay, can you help",
        "we got a test tomorrow on the essay about parties. help pls",
    ],
)
def test_bringing_a_task_on_the_essay_asks_what_the_bot_does(kb, message):
    # the essay named by its subject is not a question of parties ("…on the essay about political parties" had got the
    # parties' role at 96)
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk"
    assert answer.act in ("who", "greeting")  # "hi! …, can you help me?" greets


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("I have a worksheet on the political parties essay, what is the thesis?", "essay-thesis"),
        ("I have a seminar on the keywords of the essay, can you help?", "essay-keywords"),
        ("I have a seminar on parties, can you help?", "parties-in-essay"),
    ],
)
def test_a_task_with_a_question_or_on_a_term_still_asks(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    ["what exactly can you do? like summaries, lists?", "what can you do like quizzes", "you are real person or bot?"],
)
def test_examples_of_what_the_bot_does_and_whether_it_is_real_are_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_an_example_that_names_a_term_asks_of_it(kb):
    assert entry_of(kb, "what can you do? like modernization") == "modernization-definition"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("sum up the abstract in 4 bullets", "essay-abstract"),
        ("the conclusion in 3 bullets", "essay-conclusion"),
        ("Aŋdatpany 2 söilemmen tüsindirip berşi", "essay-abstract"),
    ],
)
def test_the_shape_or_use_of_the_answer_is_not_its_subject(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    ("message", "dropped"),
    [
        ("conclusion in 3 bullets", "bullets"),
        ("эссенің толық атауын жазып берші, титулға керек", "титулға"),
        ("Qorytyndyny eki söilemmen jazyp berşi", "söilemmen"),
        ("my lecturer asked me to write down the title of the essay", "lecturer"),
    ],
)
def test_the_shape_and_the_task_are_read_as_no_words_of_the_question(message, dropped):
    # (the dev sets' own messages are the second reading's phrasings: read the words, not the answer)
    assert dropped not in content_words(message)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("pokazhi annotaciyu pls", "essay-abstract"),
        ("osnovnoi tezis esse", "essay-thesis"),
    ],
)
def test_russian_in_latin_letters_by_its_endings(kb, message, entry):
    assert entry_of(kb, message) == entry
    assert ask(kb, message).lang == "ru"


def test_a_kazakh_question_with_a_latin_loan_in_cija_stays_kazakh(kb):
    # -ция is spelled alike in Kazakh: "modernizaciya" votes for no language
    assert ask(kb, "modernizaciya nege kerek").lang == "kk"


@pytest.mark.parametrize("message", ["ok thank you, it is good", "it is good", "thanks, it is fine"])
def test_saying_it_is_good_is_an_acknowledgement(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_asking_whether_something_is_good_still_asks(kb):
    assert entry_of(kb, "is democracy good") == "democracy-in-essay"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("my lecturer asked me to write down the title of the essay, what is it", "essay-title"),
        ("my teacher wants us to learn the three dimensions", "development-dimensions"),
    ],
)
def test_the_task_set_and_the_length_asked_for_are_not_the_subject(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "Какова легальная дефиниция политической партии в действующем законодательстве Республики Казахстан?",
        "what is the legal definition of a political party in current Kazakh law",
        "саяси партияның заңдық анықтамасы қандай",
    ],
)
def test_the_laws_definition_of_a_party_is_near_topic(kb, message):
    assert ask(kb, message).outcome == "not_covered"


@pytest.mark.parametrize(
    "message",
    [
        "какие изменения в законодательстве описывает эссе",
        # "current" legislation is still the essay's when the essay is asked (the red team's 15 regressions)
        pytest.param("what does the essay say about current legislation", marks=SECOND_READING),
        "что закреплено в действующем законодательстве по эссе?",
    ],
)
def test_the_essays_legislation_changes_are_still_answered(kb, message):
    assert entry_of(kb, message) == "kz-legislation-reforms"


def test_what_about_a_term_then_a_question_of_it_asks_the_question(kb):
    # "what about political parties" had been answered alone (the parties in the essay), the question offered
    assert entry_of(kb, "what about the parties, what conflicts do they cause") == "parties-conflicts"
    assert entry_of(kb, "а что насчёт партий, чьи интересы они представляют") == "parties-interests"


def test_what_about_two_terms_stays_two_questions(kb):
    answer = ask(kb, "what about parties, and what about democracy")
    assert answer.entry.id == "parties-in-essay"
    assert "democracy-in-essay" in [offered.entry_id for offered in answer.also]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("what is the thesis of the essay, we have to write a summary tonight", "essay-thesis"),
        ("what is modernization in the essay's sense", "modernization-definition"),
        ("что такое модернизация в понимании эссе", "modernization-definition"),
        (
            "if a country stops doing things the traditional way, like elders and clans deciding everything, and switches"
            " to elections and new rules, is that modernization in the essay's sense?",
            "modernization-definition",
        ),
    ],
)
def test_the_students_own_writing_and_the_essays_sense_are_not_the_subject(kb, message, entry):
    assert entry_of(kb, message) == entry


@pytest.mark.parametrize(
    "message",
    ["what is the meaning of the essay", "what is the sense of the essay", "в чём смысл эссе", "эссенің мағынасы қандай"],
)
def test_the_meaning_of_the_essay_is_its_main_idea(kb, message):
    assert entry_of(kb, message) == "essay-thesis"


def test_the_meaning_of_a_term_is_still_its_definition(kb):
    assert entry_of(kb, "meaning of political development") == "development-definition"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("I have a test on the essay about Marcus Aurelius", "marcus-aurelius"),
        ("what can you do like paragraphs", "essay-structure"),
        ("не істей аласың? мысалы, түйін сөздер?", "essay-keywords"),
        ("my teacher asked me to name the author", "essay-author"),
        ("смысл статьи Назарбаева", "modernization-success-conditions"),
        pytest.param("по смыслу эссе, что такое модернизация", "modernization-definition", marks=SECOND_READING),
        ("according to the meaning of the essay, what do parties do", "parties-in-essay"),
        ("qorytyndyny jazyp ber", "essay-conclusion"),
    ],
)
def test_the_red_teams_regressions_of_the_forty_fifth_release(kb, message, entry):
    # a task on the essay by another subject, a part of the essay as an example, the teacher's verb, another text's
    # meaning, "by the essay's meaning", and a Kazakh phrasing that had moved Latin-letter Kazakh
    assert entry_of(kb, message) == entry


def test_latin_kazakh_length_without_kazakh_letters_stays_kazakh(kb):
    assert ask(kb, "esseni 3 soilemmen tusindirip ber").lang == "kk"


@pytest.mark.parametrize(
    "message",
    [
        "кто написал эссе, там нет имени",
        # the second reading, sure of a labeled question about the references, had answered this at 92
        pytest.param("who is the author of the essay, his name is not given", marks=SECOND_READING),
        "эссені кім жазды, аты көрсетілмеген",
        "эссе авторы кым озы, аты жазылмаган гой",  # "кім" typed with ы (batch 60)
    ],
)
def test_a_remark_that_the_essay_gives_no_name_is_no_question_of_its_own(kb, message):
    # the Kazakh had been the title at 52 and 61: that the essay names no author is what the author entry says
    assert entry_of(kb, message) == "essay-author"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # ı typed for ы as in Turkish, where the 2021 alphabet writes y: had been not covered, and the thesis at 46
        ("esseniñ qorıtındısı qandai?", "essay-conclusion"),
        ("annotasiia qısqaşa aitıp ber", "essay-abstract"),
        # …while y for ы, Cyrillic and the 2021 alphabet's own letters read as before
        ("esseniñ qorytyndysy qandai?", "essay-conclusion"),
        ("эссенің қорытындысы қандай?", "essay-conclusion"),
        ("saiasi damudıñ ölşemderı qandai", "development-dimensions"),
    ],
)
def test_kazakh_in_latin_letters_reads_y_and_dotless_i_alike(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_english_words_with_a_y_are_not_read_as_kazakh():
    # "many" is no "мәні", "system" framed by a Russian "обьясни" (ь typed for ъ) no Kazakh "система"
    assert kazakh_skeleton("тақырыбы") == kazakh_skeleton("taqırıbı") == kazakh_skeleton("takyryby")
    assert kazakh_skeleton("many") != kazakh_skeleton("мәні")
    assert language_of("positive dynamics of political system обьясни") == ("ru", True)


def test_a_kazakh_term_in_latin_letters_in_a_cyrillic_kazakh_question_is_kazakh():
    # "ulttyk" is "ұлттық", not an English word
    assert "#national" in [token for _, token in terms("эсседе ulttyk konsepsiya қандай рөл атқарады?", "kk")]


@pytest.mark.parametrize(
    "message",
    [
        # "who is author of …" without "the", and "кто является автором": had been the people quoted at 76 and 95
        "who is writer of essay",
        "who was author of text?",
        "кто является автором текста",
        "кто был автором этой статьи?",
    ],
)
def test_who_is_author_of_the_essay_without_an_article(kb, message):
    assert entry_of(kb, message) == "essay-author"


def test_the_author_of_a_work_of_the_list_is_still_that_work(kb):
    assert entry_of(kb, "who is author of political science and its problems") == "ref-absattarov"
    assert entry_of(kb, "what is the title? the name is not written") == "essay-title"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 135 (measured once before tuning): an opener and "exact" (had been unsure at 43), who is to understand
        # it (had been not covered), Russian in Latin letters by "-ской" and "чему" (had been read as English)
        ("hey! quick one before the seminar - what is the exact title of the essay?", "essay-title"),
        ("объясните, что такое политическое развитие, чтобы ученики поняли", "development-definition"),
        ("ot sovetskoi sistemy k chemu prishel kazahstan", "kz-soviet-to-democracy"),
        # guards: a reason after the question, "exact" alone, and the parties' role in parliament
        ("Какие ключевые слова в статье? Не хочу, чтобы дети выписали не те", "essay-keywords"),
        ("what is the exact definition of political development", "development-definition"),
        ("what role do parties play in parliament", "parties-role"),
    ],
)
def test_one_hundred_and_thirty_fifth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "which party holds the majority in parliament now?",
        "какая партия имеет большинство в парламенте",
        "парламентте көпшілік орын қай партияда",
    ],
)
def test_who_holds_the_majority_in_parliament_is_no_fact_of_the_essay(kb, message):
    # had been "not sure" with the parties' entries offered, and "which one has majority in parliament" the parties
    # as the basis of society at 75
    assert ask(kb, message).outcome == "not_covered"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 136 (measured once before tuning on 5dfa9ec): an English "so" where a comma would be (not covered)
        ("i dont wanna look dumb in class so what is the main idea of the essay", "essay-thesis"),
        ("i was sick all week so like who wrote the essay", "essay-author"),
        # "кто author": the English word in a Russian question (had been the people quoted at 71)
        ("кто author этой статьи?", "essay-author"),
        # "any idea how …" asks nothing of an idea (had been the thesis at 74)
        ("any idea how to cook plov?", None),
        ("any idea what the thesis of the essay is", "essay-thesis"),
    ],
)
def test_one_hundred_and_thirty_sixth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_who_even_are_you_or_a_chatgpt_thing_is_small_talk(kb):
    # batch 136: had got the people quoted at 36 and 51
    assert ask(kb, "hey who even are you, a real person or like a chatgpt thing?").outcome == "smalltalk"
    assert ask(kb, "who made you").outcome == "smalltalk"
    assert ask(kb, "who made the essay").outcome != "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the red team of batches 134 to 136: "who is the author of X" without an article names X unless X is the essay
        ("who is the author of references?", "essay-references"),
        ("who is the author of democracy?", "democracy-in-essay"),
        # "көп орын", "большинство мест" are also "much space", "most places"; "actual" is not a filler (as a filler it
        # left the phrasings and weighed more elsewhere)
        ("Эсседе көп орында қателер бар ма?", "essay-errors"),
        ("в большинстве мест эссе говорится о модернизации, а где про партии?", "essay-title"),
        ("what is actual democracy in the essay?", "democracy-in-essay"),
        # Kazakh in Latin letters asks who wrote it with i or ı too
        ("esseni kim jazdı?", "essay-author"),
        ("essenin avtori kim", "essay-author"),
    ],
)
def test_the_red_team_of_the_forty_sixth_release(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 137 (measured once before tuning on 20dd701): a story, then a question led by "so" or "anyway" (had been
        # not covered or unsure: the question was not seen to ask)
        ("my laptop died during the lecture. so what are the keywords of the essay", "essay-keywords"),
        ("the seminar was boring. anyway who wrote the essay", "essay-author"),
        # "basic question" is no "Basics of political science" (had been Kuandyk's textbook)
        ("basic question, dont judge: what is political development in the essay", "development-definition"),
        ("who wrote the basics of political science", "ref-kuandyk"),
        # "pls" after the question; who asked the student to find it out
        ("who is writer of this text pls", "essay-author"),
        ("брат попросил узнать как называется эссе полностью", "essay-title"),
    ],
)
def test_one_hundred_and_thirty_seventh_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_word_that_leads_into_the_question_does_not_hide_it():
    assert asks_something("so what does the abstract say")
    assert asks_something("anyway what are the keywords")
    assert not asks_something("so called modernization is everywhere")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 138 (measured once before tuning on 37354f6): a long story before the question. A question mark of
        # surprise after what the asker thinks does not block the question after it (had been not covered)
        (
            "Our seminar is on Friday. I think the essay barely mentions democracy?? What does the essay say about democracy?",
            "democracy-in-essay",
        ),
        # a sentence ends at a full stop after a quotation mark, before lower case; a clear question after a story that
        # only weakly names another entry is answered (had been unsure)
        (
            "ok so i have to present political development to the class in five minutes and i confuse it with 'growth'."
            " what is political development according to the essay",
            "development-definition",
        ),
        # a question glossed in Latin Kazakh after a comma (had been unsure)
        ("what are the keywords, tuiin sozder?", "essay-keywords"),
        ("who is quoted in the essay, kimder keltirilgen", "essay-people"),
        # the main idea, bare, in Kazakh is the essay's (had been a tie with the conclusion); "avtor kim" without its ending
        ("негізгі ой қандай?", "essay-thesis"),
        ("essenin avtor kim", "essay-author"),
        # citing is the student's purpose, not the essay's references; "аффилиация" is the author's (had been the
        # reference list, and not covered)
        ("Мне нужно для курсовой. Кто автор эссе, — мне нужно привести его в библиографии", "essay-author"),
        ("Есть ли в эссе аффилиация автора?", "essay-author"),
        # a question before a colon that the rest unfolds (had been unsure)
        ("Как построено эссе: есть ли введение, основная часть и выводы или всё подряд?", "essay-structure"),
        # where in the text and that an error was made say nothing of the subject (had been 60)
        ("Я правильно понимаю, что в отрывке про Марка Аврелия допущена фактическая ошибка?", "marcus-aurelius"),
    ],
)
def test_one_hundred_and_thirty_eighth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_relative_clause_after_a_comma_goes_on_telling(kb):
    sentence = "The essay mentions parties only briefly, which is weird."
    assert told_then_asked(kb, sentence, "en") == [sentence]


def test_a_task_the_asker_tells_of_is_no_request():
    assert not asks_something("I need to cite this essay in my coursework")
    assert not asks_something("i need to explain political development to my group")
    assert asks_something("I need the keywords")


def test_a_full_stop_after_a_quotation_mark_ends_a_sentence():
    assert sentences("i confuse it with 'growth'. what is political development") == [
        "i confuse it with 'growth'.",
        "what is political development",
    ]


@pytest.mark.parametrize(
    "message",
    [
        # a headed question whose rest asks something else is not answered by its head
        "Tell me about parties: how do I cook pasta?",
        "Tell me about parties: how many are there in Kazakhstan today?",
    ],
)
def test_a_head_does_not_answer_what_the_rest_asks_off_the_essay(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 139 (measured once before tuning on 147f6f4): whether someone the essay names wrote it asks who wrote
        # it, which the essay does not say (had been that person's entry)
        ("is the author Bell?", "essay-author"),
        ("did Nazarbayev write the essay", "essay-author"),
        ("эссе написал Назарбаев?", "essay-author"),
        ("авторы Назарбаев па?", "essay-author"),
        ("эссені Белл жазды ма?", "essay-author"),
        # …not who wrote a book the essay names, nor what someone says
        ("who wrote Bell's book", "bell-book"),
        ("what does Nazarbayev say about modernization", "nazarbayev"),
        # what a textbook says, then what the essay says is asked: the essay's (had been the textbook's words' entry)
        ("в учебнике сказано что демократия это власть большинства, а как демократию понимают в эссе?", "democracy-in-essay"),
        (
            "in our textbook modernization is just economic growth, but how does the essay define political modernization?",
            "modernization-definition",
        ),
        # how plainly it is to be said is no subject (had been the concept's origin, and unsure)
        ("Что такое политический процесс, если говорить простыми словами?", "political-process"),
        ("объясни демократию как для человека далекого от политики", "democracy-in-essay"),
        # an example after the question only illustrates it (had been Bell's book)
        ("Эсседе қате бар ма? Мысалы Белл кітабының атауы екі түрлі жазылған сияқты", "essay-errors"),
    ],
)
def test_one_hundred_and_thirty_ninth_batch_mends(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # the ruling party, in either word order, is a fact of today the essay does not give (had been the parties' role)
        "какая партия правящая в РК?",
        # …and what a lecture counted, asked of the essay, still asks the count
        "на лекции говорили что в Казахстане сейчас 7 партий, а в эссе сколько?",
    ],
)
def test_the_ruling_party_and_a_lectures_count_are_not_answered(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    "message",
    [
        # the essay's own date, which it does not give (had been the errors' entry, which dates Marcus Aurelius, and the
        # "no deviation" entry)
        "what is the date of the essay?",
        "эссенің жазылған күні",
        "дата написания эссе",
    ],
)
def test_the_essays_own_date_is_not_given(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None and answer.reason == "when"


def test_a_date_the_essay_gives_is_still_answered(kb):
    assert entry_of(kb, "when did Marcus Aurelius live according to the essay") == "marcus-aurelius"


def test_an_exam_tickets_label_asks_nothing(kb):
    # batch 140 (measured once before tuning on 7b87d5d): "Билет №7. 1) …" ("№" reads "No" once cleaned; had been not
    # covered)
    assert question_stem("Билет №4. 2) Эссенің тақырыбы қандай? Атаңыз") == "Эссенің тақырыбы қандай? Атаңыз"
    assert entry_of(kb, "Билет №4. 2) Эссенің тақырыбы қандай? Атаңыз") == "essay-title"
    assert question_stem("Ticket No 2: who is Daniel Bell?") == "who is Daniel Bell?"


def test_a_kazakh_exam_tasks_verb_names_nothing():
    for task in ("Демократияның орнын сипаттаңыз", "Назарбаевтың көзқарасын талдаңыз", "Өлшемдерін атаңыз"):
        assert not {"sipattaniz", "taldaniz", "ataniz"} & {token for _, token in terms(task, "kk")}


@pytest.mark.parametrize(
    "message",
    [
        # whether the bot answers in Kazakh is a question about the bot, not a request for an answer in Kazakh of what
        # is left (had been the essay's title, from "… ма, әлде … ма")
        "Салем. Бұл бот қазақша жауап бересіз бе, әлде тек орысша ма?",
        "можно спрашивать на казахском?",
    ],
)
def test_which_languages_the_bot_answers_in_is_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        # asking whether the bot is a bot or a person is small talk (a student's "сәлем бот) essay-дің title-ы
        # қандай?" had answered this with the title at 95)
        pytest.param("Сіз бот па, әлде артыңызда адам отыр ма? тез жауап бересіз екен", marks=SECOND_READING),
        # a multi-party system and types of party systems are no subject of the essay (a student's "роль партий в
        # политической системе" had answered this with the parties' role)
        "Что такое многопартийная система? И какие типы партийных систем бывают?",
    ],
)
def test_the_bot_and_party_systems_are_no_subject_of_the_essay(kb, message):
    assert entry_of(kb, message) is None


def test_the_reference_about_the_one_party_system_is_still_found(kb):
    assert entry_of(kb, "which reference is about the one party system?") == "ref-zhylykyshev"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the red team of the forty-seventh release: what someone wrote is their work, not the essay's author
        ("Какую книгу Белл написал?", "bell-book"),
        ("Что Назарбаев написал?", "nazarbayev"),
        ("Кітапты Белл жазды ма?", "bell-book"),
        # who answers to the people, asked in another language, is no question whether the bot answers so
        ("Кто отвечает перед народом после поправок в Конституцию? На казахском пожалуйста", "kz-authorities-responsibility"),
        # an article of the reference list is dated there
        ("what is the date of the article by Zhylykyshev?", "ref-zhylykyshev"),
        # an example that asks is the narrower question; a source's claim, then a question of "him", asks of him
        ("Что эссе говорит о Белле? Например, какую книгу он написал?", "bell-book"),
    ],
)
def test_the_red_team_of_the_forty_seventh_release(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "Қазақстандағы партиялардың санын атаңыз.",  # "санын" counts: today's number of parties
        "Эссе бойынша партиялар туралы айтшы. Мысалы, Amanat партиясы қандай?",  # an example that asks of Amanat
        "Билет 3 на экзамене по политологии — что там будет?",  # no ticket's label without its mark
    ],
)
def test_the_red_team_of_the_forty_seventh_release_not_answered(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    ("message", "expected", "lang"),
    [
        # the word alone asks who wrote the essay, with a greeting or "pls" around it (batch 142 had "author??" read as
        # the author's main idea)
        ("author??", "essay-author", "en"),
        ("hi, the author?", "essay-author", "en"),
        ("author of the essay pls", "essay-author", "en"),
        ("автор?", "essay-author", "ru"),
        ("авторы эссе", "essay-author", "ru"),
        ("avtor", "essay-author", "ru"),
        # …Kazakh, the possessed noun after a genitive ("эссенің авторы"): Kazakh, though "авторы" is Russian too
        ("эссенің авторы?", "essay-author", "kk"),
        ("эссенин авторы", "essay-author", "kk"),
    ],
)
def test_the_author_alone_asks_who_wrote_the_essay(kb, message, expected, lang):
    found = ask(kb, message)
    assert (found.entry.id if found.entry else None, found.lang) == (expected, lang)


def test_the_authors_cited_and_the_authors_idea_are_not_who_wrote_it(kb):
    assert entry_of(kb, "authors cited") == "essay-references"
    assert entry_of(kb, "author's main idea") == "essay-thesis"


def test_an_infinitive_typed_in_latin_letters_without_its_soft_sign_is_read(kb):
    # batch 141: "prochitat" is "прочитать", which says nothing asked; read as "прочитат" it was a word the KB lacks
    assert in_cyrillic(kb, "o chem eto esse, ya ne uspel prochitat") == "о чем это эссе, я не успел прочитать"
    assert entry_of(kb, "o chem voobshe eto esse vkratce, ya ne uspel prochitat") == "essay-title"


@pytest.mark.parametrize(
    "message",
    [
        "who is president of Kazakhstan after Nazarbayev",  # batch 141
        "who succeeded Nazarbayev as president?",
        "кто преемник Назарбаева?",
        "Назарбаевтан кейін кім президент болды?",
    ],
)
def test_who_came_after_the_essays_president_is_todays_office_holder(kb, message):
    assert asks(message) == "current"
    assert entry_of(kb, message) is None


def test_what_the_essay_says_of_its_president_is_still_answered(kb):
    assert entry_of(kb, "what did the essay say about Nazarbayev") == "nazarbayev"


def test_who_must_rule_is_the_idea_not_an_office_holder(kb):
    # batch 141: "must", as "should", asks of the idea of elected rule
    assert asks("who must rule the state, there is some old idea in text about it") is None
    assert entry_of(kb, "who must rule the state, there is some old idea in text about it") == "elected-rule-idea"


def test_too_hard_to_follow_is_small_talk(kb):
    # batch 141: "ok this is too hard i dont get anything((" had the abstract
    found = ask(kb, "ok this is too hard i dont get anything((")
    assert (found.outcome, found.act) == ("smalltalk", "abuse")  # the act of complaints too: "try one idea, or /topics"


@pytest.mark.parametrize("message", ["hi! got a test tmrw on this essay, quick qs", "i have a test tomorrow", "test tomorrow"])
def test_the_askers_test_is_no_test_of_modernization(kb, message):
    # batch 144: "test" is a word of the resilience entry ("modernization tests how resilient a policy is")
    assert ask(kb, message).outcome == "smalltalk"


def test_the_askers_test_before_a_question_is_left_out(kb):
    assert entry_of(kb, "got a test tmrw, what is the main idea") == "essay-thesis"
    assert entry_of(kb, "what does modernization test? i have a test tomorrow") == "modernization-resilience"


def test_a_kazakh_question_with_a_word_russian_has_too_said_again_in_russian_is_kazakh(kb):
    # batch 143: "авторы" is Russian and Kazakh alike; "кім" asks in Kazakh, the Russian after it says it again
    assert language_of("авторы кім? кто написал вообще") == ("kk", True)
    assert ask(kb, "авторы кім? кто написал вообще").lang == "kk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 141: the person named where the phrasing asks "whose" ("эсседе кімнің сөзі келтірілген")
        ("элбасы модернизация туралы кандай сози келтирилген", "nazarbayev"),
        ("Назарбаевтың модернизация туралы қандай сөзі келтірілген", "nazarbayev"),
        # …but asking whose is still the list of people
        ("кімнің сөзі келтірілген", "essay-people"),
        ("whose words are quoted", "essay-people"),
    ],
)
def test_a_person_named_where_the_phrasing_asks_whose(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_second_part_that_asks_the_first_again_more_precisely(kb):
    # batch 144: the first part alone was the comparison of modernization and development (74), the whole message the
    # criteria (85), which the second part names
    assert entry_of(kb, "как понять что политическое развитие идет? по каким критериям судят") == "development-criteria"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 146: a formal letter's courtesies, and who the author is asked within a sentence
        (
            "I should be grateful if you would tell me who the author of this essay is, as I must cite it properly in "
            "my coursework.",
            "essay-author",
        ),
        (
            "Would you be so good as to summarise the abstract for me in a few plain sentences? I confess I found it "
            "rather heavy going.",
            "essay-abstract",
        ),
        # …Russian slang typed in Latin letters in an English message, and a sigh
        ("nu koroche whats the title of this essay? need it for my citation", "essay-title"),
        # …a polite Kazakh request ("кім жазғанын", "кім екенін айтып бере аласыз ба")
        ("Кешіріңіз, бұл эссені кім жазғанын, авторы кім екенін айтып бере аласыз ба?", "essay-author"),
        # …the auxiliary "тұр" and the converb "айтылып" name nothing ("тұр" had the errors entry's "сөзі тұр")
        ("Аннотацияда негізі не айтылып тұр, қысқаша түсіндіріп бересіз бе?", "essay-abstract"),
        # batch 145: "am I right that…" checks what follows it ("правильно" had "как правильно называется книга")
        ("я правильно понял что автор эссе это сам Назарбаев?", "essay-author"),
        ("is 'civil society' one of the keywords or am i making that up", "essay-keywords"),
    ],
)
def test_batches_145_and_146(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_an_alternative_after_a_question_is_settled_by_its_answer(kb):
    # batch 145: "Әлде мен қате түсінгем бе, …?" asks nothing of its own ("қате" had the errors entry)
    message = (
        "Армысыз, мен саясаттану факультетінің бірінші курсындамын. Аннотацияны оқып шықтым бірақ түк түсінбедім, "
        "сөйлемдері ұзын-ұзын. Аннотацияда негізі не айтылып тұр, қысқаша түсіндіріп бересіз бе? Әлде мен қате "
        "түсінгем бе, онда тек саяси даму туралы ма?"
    )
    assert entry_of(kb, message) == "essay-abstract"


@pytest.mark.parametrize(
    "message",
    [
        "ugh this essay is so badly translated i cant understand half of it",
        "Можно попроще в следующий раз пожалуйста?",  # "попроще" had the errors entry
    ],
)
def test_complaints_of_batches_145_and_146_are_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_the_words_of_a_book_asked_correctly_still_name_it(kb):
    assert entry_of(kb, "как правильно называется книга Белла") == "bell-book"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the red team of the forty-eighth release: what the essay quotes after its president, and "succeeded in"
        ("who succeeded in establishing peace and unity in the country?", "marcus-aurelius"),
        ("кого цитирует эссе после Назарбаева?", "essay-people"),
        ("Назарбаевтан кейін Белл аталады, ол кім?", "bell-book"),
        ("what did the president say after him?", "nazarbayev"),
        # …a person whose own entry is no answer ("Is Nazarbayev interested in stability?": who is, the essay says)
        ("Is Nazarbayev interested in stability?", "kz-stability-interest"),
        # …who the author is, said in passing, is no question of it
        ("my teacher told us who the author is; what are the keywords?", "essay-keywords"),
        # …a second question of the first one's subject ("оның") is no restatement of it
        ("саяси дамуды қалай түсіну керек? оның үш өлшемі қандай?", "development-definition"),
    ],
)
def test_the_red_team_of_the_forty_eighth_release(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "who must be the president of Kazakhstan?",  # "who must rule" is the idea; an office is today's
        "my friend says the essay is about economics. is it really about politics? or both?",  # a short choice
        "я правильно понял?",  # a check of nothing
    ],
)
def test_the_red_team_of_the_forty_eighth_release_not_answered(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 147: the asker's own reading beside the question ("im lazy rn", "i only skimmed it…", "tho")
        ("can u sum up the abstract for me pls im lazy rn 😭", "essay-abstract"),
        ("ngl i only skimmed it… whats the main point tho", "essay-thesis"),
        # …a quote asked for is a quote of what follows, not the people the essay quotes
        ("give me a quote from the abstract i can put in my intro", "essay-abstract"),
        ("give me a quote from the essay about parties", "parties-in-essay"),
        ("аннотациядан 1-2 сөйлем дәйексөз ретінде келтіріп беріңізші", "essay-abstract"),
        ("аннотациядан дәйексөз келтіріңіз", "essay-abstract"),
        # batch 148: read three times and still not understood; what the title is for; a Kazakh greeting
        ("explain the abstract like im 5 i read it 3 times and still dont get it", "essay-abstract"),
        (
            "привет! у меня доклад по этому эссе в четверг, помоги плиз. как вообще называется работа, чтобы я "
            "правильно на слайд написала",
            "essay-title",
        ),
        ("Саламатсыз ба, эссені кім жазган? авторы кім", "essay-author"),
        # batch 150: hedges before the question, in three languages
        ("this might be a dumb question but what does the essay say about bell", "bell-common-features"),
        ("не подскажете ли, как точно называется эта статья? мне для списка литературы надо", "essay-title"),
        ("возможно глупый вопрос, но что автор вообще говорит про демократию?", "democracy-in-essay"),
        ("мүмкін ақымақ сұрақ шығар, бірақ саяси дамудағы инновация деп нені айтып тұр", "development-innovation"),
    ],
)
def test_batches_147_to_150(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # batch 150: the essay names no party ("как называлась" had the essay's title)
        "интересно, а как называлась партия назарбаева? нур отан вроде или я путаю",
        "what was the name of nazarbayevs party",  # had been the Nazarbayev entry
        "Елбасының партиясы қалай аталады?",
    ],
)
def test_the_name_of_a_party_is_not_covered(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None
    assert answer.reason == "topic"


def test_saying_a_greeting_the_kazakh_way_is_small_talk(kb):
    assert ask(kb, "Саламатсыз ба").outcome == "smalltalk"


def test_the_bot_that_helps_with_the_essay_is_asked_what_it_does(kb):
    # dev students57 with its greeting now read ("саламатсызбы"): "который эссе про партии помогает" is "по эссе про партии"
    assert ask(kb, "саламатсызбы. ты бот который эссе про партии помогает? мне семинар скоро").outcome == "smalltalk"
    assert entry_of(kb, "ты бот который эссе про партии помогает? что такое партия") == "parties-in-essay"


def test_please_cite_names_nothing(kb):
    # batches 147-150 joined: "келтіріңізші" (please cite) names nothing, what is cited does; with the joined
    # phrasings "Саяси дамудың анықтамасын да сөзбе-сөз келтіріңізші" had taken "критерийлері туралы …, мәтіннен
    # келтіріңізші" (dev students33, read without its own phrasing)
    asked = [token for _, token in terms("саяси дамудың анықтамасын сөзбе-сөз келтіріңізші", "kk")]
    assert asked == ["#political", "#development", "#definition"]


@SECOND_READING
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batches 147-150 joined: "sorry if this is dumb but" is a courtesy, as "sorry if this is a dumb question but"
        # is (the joined phrasings brought it out: dev students28 got the parties' interests)
        ("sorry if this is dumb but what are social interests", "social-interests"),
    ],
)
def test_courtesies_brought_out_by_batches_147_to_150(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the red team of batches 147-150's mends (814 probes against dca281c): a party's name is one party's
        ("эссе про партии как называется", "essay-title"),
        ("как автор называет политические партии", "parties-in-essay"),
        ("what are political parties called according to the author", "parties-in-essay"),
        ("Партиялар атынан кім сөйлейді", "parties-interests"),
        ("names of parties mentioned in the essay", "parties-role"),
        ("партии автор назвал основой общества?", "parties-basis-of-society"),
        # …"American" is no name of Bell's, and "бітірген" also means graduated
        ("я американец, что такое политическая модернизация", "modernization-definition"),
        ("Назарбаев қай институтты бітірген?", None),
        # …the bot that helps with the essay, asked to help with a part of it
        ("ты бот который эссе про партии помогает с выводом?", "essay-conclusion"),
        ("ты бот который эссе про партии помогает разобрать ключевые слова?", "essay-keywords"),
        # …quotes from someone, and a source one may cite, are still the people quoted
        ("does it have any quotes from women", "essay-people"),
        ("which authors i can cite in my essay", "essay-people"),
        ("Қазақстан дәйексөз келтіріңіз", "essay-people"),  # "-стан" is no ablative
    ],
)
def test_the_red_team_of_batches_147_to_150(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # how one of the essay's people stands today, which the essay never says ("what does nazarbayev do now" had been
        # answered with the Nazarbayev entry at 100, "назарбаев қазір кім" with the parties of society)
        "is nazarbayev alive now",
        "is nazarbayev still alive",
        "what does nazarbayev do now",
        "where is nazarbayev now",
        "is nazarbayev still president",
        "so what does nazarbayev do now? is he still elbasy officially",
        "жив ли назарбаев сейчас",
        "Назарбаев сейчас кто",
        "чем сейчас занимается назарбаев",
        "назарбаев қазір кім",
        "Назарбаев тірі ме",
        "is daniel bell alive",
        # …nor whether what it says still holds
        "essay says kz is a leader on the path to democracy.. is that still true now?",
        "в эссе сказано что казахстан лидер на пути к демократии, а сейчас так?",
    ],
)
def test_how_the_essays_people_stand_today_is_not_covered(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None
    assert answer.reason == "current"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # …but who they are, and what the essay has them say, is the essay's
        ("who is nazarbayev", "nazarbayev"),
        ("назарбаев кім", "nazarbayev"),
        ("what does nazarbayev say about modernization", "nazarbayev"),
        ("where does nazarbayev talk about modernization", "nazarbayev"),
        ("what does the author say now about parties", "parties-in-essay"),
    ],
)
def test_the_essays_people_as_the_essay_has_them(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 151: a Latin "i" typed for the Kazakh "і" ("эссенi", "кiм")
        ("бул эссенi кiм жазган автору кiм", "essay-author"),
        # batch 153: a greeting's "hope ur good", "сразу вопрос:", "только без отсебятины"
        ("hey!! hope ur good :) so what's the title of this essay again? i keep forgetting lol", "essay-title"),
        ("привет. сразу вопрос: как точно называется это эссе? только без отсебятины", "essay-title"),
        # …the form a list is wanted in, and for whom
        ("Подберите цитаты Назарбаева из эссе, все, с номерами абзацев. Буду раздавать студентам", "nazarbayev"),
        # batch 154: how the conclusion ties back to the parties
        (
            "how does the conclusion tie back to political parties? feels like they only show up at the very end",
            "essay-conclusion",
        ),
        # …a long polite Kazakh letter: who the student is, how much they read, thanks "to you"
        (
            "Сәлеметсіз бе! Мен 1-курс студентімін, эссені жартылай оқыдым ғой, уақыт болмай қалды(( Жалпы негізгі "
            "ойы не, автор не айтқысы келген? Алдын ала рахмет сізге!",
            "essay-thesis",
        ),
        (
            "Сәлеметсіз бе! Мен 1-курс студентімін, саяси партиялар туралы сұрағым бар еді: эссе бойынша партиялар "
            "қоғамда кімнің мүддесін білдіреді және олардың рөлі қандай? Алдын ала рахмет!",
            "parties-interests",
        ),
    ],
)
def test_batches_151_to_154(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("я прочитала только половину, какая главная мысль эссе?", "половину"),
        ("не успел дочитать, чем заканчивается эссе?", "дочитать"),
        ("эссені толық оқымадым, негізгі ойы не?", "оқымадым"),
    ],
)
def test_how_much_the_asker_read_names_nothing(message, said):
    assert said not in content_words(message)


@pytest.mark.parametrize("message", ["прив, чел) ты бот по эссе про полит партии? че умеешь вообще", "hope ur good"])
def test_greetings_of_batches_151_to_154_are_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_a_list_of_references_asked_in_full_is_the_list(both_readings):
    # batch 153: "Нужно полное название для списка литературы" (a labeled title question) had taken "полный список
    # литературы"; what the title is for names no list
    assert entry_of(both_readings, "Мне нужен полный список литературы из эссе") == "essay-references"
    assert entry_of(both_readings, "Как точно называется эссе? Нужно полное название для списка литературы.") == "essay-title"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the red team of batches 151-154's mends (776 probes against 00f92c8): "now" as a filler, and where the essay
        # has its people, are the essay's
        ("ok now where is nazarbayev mentioned", "nazarbayev"),
        ("now where is marcus aurelius mentioned", "marcus-aurelius"),
        ("who is nazarbayev, i need it now for my seminar", "nazarbayev"),
        ("сейчас скажи где упоминается Марк Аврелий", "marcus-aurelius"),
        ("қазір сұрақ: Марк Аврелий қайда аталады", "marcus-aurelius"),
        # …so are the lives of the past, living standards and ideas still alive
        ("when was marcus aurelius alive", "marcus-aurelius"),
        ("Марк Аврелий живет в каком веке", "marcus-aurelius"),
        ("Марк Аврелий қай ғасырда тірі болған", "marcus-aurelius"),
        ("how did nazarbayev link modernization to living standards", "democracy-economic-foundation"),
        ("is marcus aurelius idea still alive", "marcus-aurelius"),
        # …and "still so" inside a question about the essay
        ("why is this still so debated according to the essay", "modernization-strategy-debate"),
        ("почему вопрос стратегии модернизации до сих пор так спорный?", "modernization-strategy-debate"),
        # …"для списка литературы" after what is asked asks for the list
        ("что брать для списка литературы", "essay-references"),
        ("какие книги нужны для списка литературы", "essay-references"),
    ],
)
def test_the_red_team_of_batches_151_to_154(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 156: "the name of this essay" is its title ("names in the essay" had taken it at 100)
        ("salam! what is the name of this essay", "essay-title"),
        ("name of the essay pls", "essay-title"),
        # …not the names in it, nor a book's
        ("what names are in the essay", "essay-people"),
        ("what is the name of bell's book", "bell-book"),
        # batch 157: a long polite Russian letter: "поэтому" opens what is asked for that reason
        (
            "Здравствуйте! Я работаю бухгалтером и в политологии пока разбираюсь слабо, поэтому прошу объяснить простыми "
            "словами: что такое политическая модернизация согласно статье? Очень буду благодарна за ответ.",
            "modernization-definition",
        ),
        # …"мне нужно выучить его к зачёту" tells of the student's task, and asks nothing
        (
            "Добрый вечер. Дайте пожалуйста определение политического развития, как его даёт автор статьи. Мне нужно "
            "выучить его к зачёту, а в тексте я запуталась между модернизацией и развитием. Спасибо Вам большое.",
            "development-definition",
        ),
        # …"по простому" is "in simple words"
        ("модернизация это чё по простому? там было что это типа механизм чего то", "modernization-definition"),
        # …a question, then what the student's answer is for, then thanks ("ответ" had made it thanks for an answer)
        (
            "Добрый день. Кому, согласно статье, интересна политическая стабильность в Казахстане? Я учусь на заочном и "
            "готовлю ответ на эту тему. Спасибо!",
            "kz-stability-interest",
        ),
        # …"ну когда …" after a question gives an example of what is asked, and asks no date
        ("политическое развитие это что своими словами, ну когда система подстраивается под людей?", "development-definition"),
        ("что такое политическое развитие, ну когда появилось это понятие?", "development-concept-origin"),
        # …the student's story, then a question of one thing it told of
        (
            "i get modernization now but political development is confusing me. what is political development in this essay",
            "development-definition",
        ),
        # …Bell's point
        ("hi! so we read this essay in class and I remember something about Bell, what was his point?", "bell-common-features"),
        # the harmony the move from the Soviet model is to bring (the move itself had taken them)
        ("harmony after soviet model", "kz-harmony"),
        ("переход от советской модели к демократии РК какое согласие", "kz-harmony"),
        ("кеңестік саяси модельден демократияға көшу қандай келісімге жеткізеді дейді автор", "kz-harmony"),
    ],
)
def test_batches_155_to_157(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # batch 155: who came after Nazarbayev is today's office holder ("Who succeeded Nursultan Nazarbayev …" had been
        # answered with the Nazarbayev entry)
        "Who succeeded Nursultan Nazarbayev as President of Kazakhstan, and in what year?",
        "who came after nazarbayev as president",
        "who replaced nazarbayev",
        "кто сменил Назарбаева",
    ],
)
def test_who_came_after_nazarbayev_is_not_covered(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None
    assert answer.reason == "current"


@pytest.mark.parametrize(
    "message", ["Заранее большое спасибо!", "Заранее благодарю.", "Очень буду благодарна за ответ.", "Алдын ала рахмет!"]
)
def test_a_letters_close_is_thanks(kb, message):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk"
    assert answer.act == "thanks"


@SECOND_READING
def test_a_long_polite_letter_closed_with_thanks_in_advance(kb):
    # batch 157: "Заранее большое спасибо!" closes the letter; it had been read as a sentence the essay does not answer
    message = (
        "Здравствуйте! Меня зовут Айгерим, я студентка заочного отделения, работаю днём и готовлюсь к семинару по "
        "политологии по вечерам. Подскажите, пожалуйста, как точно называется эссе, которое нам задали? Хочу "
        "правильно указать его в своём докладе. Заранее большое спасибо!"
    )
    assert entry_of(kb, message) == "essay-title"


@pytest.mark.parametrize(
    "message", ["ugh this essay is so hard to read, the english is so weird honestly", "the english is so weird"]
)
def test_how_weird_the_english_feels_is_venting(kb, message):
    # batch 157: the complaint had got the essay's errors at 45
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize("message", ["why is the english so weird in this essay", "is the translation bad in the essay"])
def test_asking_about_the_essays_english_is_its_errors(kb, message):
    assert entry_of(kb, message) == "essay-errors"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the red team of batches 155-157's mends (790 probes against 18276a1): the name of something of the essay's
        ("name of the essay's sources", "essay-references"),
        ("name of the essay's main idea", "essay-thesis"),
        # …who came after Nazarbayev in the essay's own order, or after Marcus Aurelius
        ("кто в тексте пришёл после Назарбаева, Белл?", "essay-people"),
        ("what did marcus aurelius do? who replaced him?", "marcus-aurelius"),
        # …thanks in advance for something asks for it
        ("Заранее спасибо за ответ про Белла", "bell-book"),
        ("Три измерения политического развития. Буду благодарна", "development-dimensions"),
        # …learning something is asking for it, unless "it" was asked before
        ("Спасибо! Мне нужно выучить определение модернизации", "modernization-definition"),
        # …a story that asks in its own words, or compares, tells what is asked
        ("I understand what parties are but not why they lead to conflicts. What are parties?", "parties-conflicts"),
        (
            "my problem is the difference between modernization and development. what is modernization?",
            "modernization-vs-development",
        ),
    ],
)
def test_the_red_team_of_batches_155_to_157(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # …a date asked of what was named by a pronoun after "ну когда"
        "эссе, ну когда его написали?",
        "статья Назарбаева, ну когда она вышла?",
        "переход к демократии в Казахстане, ну когда это произошло?",
    ],
)
def test_a_date_asked_after_ну_когда_is_not_covered(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None
    assert answer.reason == "when"


@pytest.mark.parametrize("message", ["буду благодарна за любую помощь", "а можно по-простому?"])
def test_help_thanked_in_advance_and_asking_it_plainly_are_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


def test_thanks_in_advance_for_a_retelling_asks_for_it(kb):
    # the red team of batches 155-157: "буду благодарна за …" had been read as thanks for an answer
    answer = ask(kb, "буду благодарна за краткий пересказ эссе")
    assert answer.outcome != "smalltalk"
    assert (answer.entry.id if answer.entry else answer.suggestions[0].entry_id) == "essay-abstract"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 158: "тайтл", the English word in Cyrillic, is the title
        ("привет) какой тайтл у этого эссе? надо в референсы вписать", "essay-title"),
        # …whether the essay names its author anywhere is who wrote it
        ("я правильно понял что автор эссе вообще нигде не указан?", "essay-author"),
        # batch 159: an exam ticket's "раскройте понятие X" asks what X is (it had got when the concept appeared)
        ("Раскройте понятие политическое развитие", "development-definition"),
        ("Охарактеризуйте понятие политического развития", "development-definition"),
        # …not what the concept describes, nor when it appeared
        ("Что описывает понятие политического развития?", "development-concept-origin"),
        ("когда появилось понятие политического развития", "development-concept-origin"),
    ],
)
def test_batches_158_and_159(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the second red team (464 probes against d0b0b1a): an example after "ну когда", told in the present
        ("политическое развитие это что, ну когда она подстраивается под людей?", "development-definition"),
        ("конфликты партий, ну когда они начинаются?", "parties-conflicts"),
        # …"поэтому" inside a question says nothing of its subject
        pytest.param(
            "партии выражают интересы разных классов, поэтому возникают конфликты?", "parties-conflicts", marks=SECOND_READING
        ),
        # …the author of a quotation is not the essay's
        ("в цитате про государство автор не указан, кто это сказал?", "elected-rule-idea"),
        ("what is the name of the article written by the author", "essay-title"),
    ],
)
def test_the_second_red_team_of_batches_155_to_159(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "who came after Nazarbayev as leader of Kazakhstan?",
        "who replaced him as president? I mean Nazarbayev",
        "кто сменил Назарбаева в качестве президента?",
        "кто заменил Назарбаева в эссе?",
    ],
)
def test_who_replaced_nazarbayev_is_not_covered_whatever_the_essay_is_asked(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None
    assert answer.reason == "current"


@pytest.mark.parametrize(
    "message", ["Заранее спасибо за ваше время", "буду благодарен за совет", "Заранее спасибо за помощь с эссе"]
)
def test_thanks_in_advance_for_a_courtesy_is_thanks(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batches 160-162: a preamble of self-doubt opens the question ("вопрос может тупой но …")
        ("вопрос может тупой но кто написал эту статью??", "essay-author"),
        ("вопрос может глупый, но что такое политическая модернизация?", "modernization-definition"),
        # …a seminar plan's task number opens it, and "name the author of the article" asks who wrote it
        ("Task 2 - name the author of the article", "essay-author"),
        ("Q2 - author?", "essay-author"),
        ("Задание 2 - кто автор эссе?", "essay-author"),
        # …homework written for the student asks of its subject
        ("write me two sentences about what political modernization is", "modernization-definition"),
        # …an English term in Latin-letter Kazakh is the term
        ("political development degen ne ozi?", "development-definition"),
        # …the essay's introduction is how it starts, not Mustafin's "Introduction to political science"
        ("what does the introduction say?", "essay-structure"),
        ("эссенің кіріспесінде не айтылады?", "essay-structure"),
        # …"what's it even about" after the essay named asks what the essay is about
        ("ok so i have to read this essay for my polisci class, what's it even about?", "essay-title"),
    ],
)
def test_batches_160_to_162(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # "кеңес бер" asks advice; the Soviet model is "кеңес моделі", "кеңестік"
        "IELTS-ке қалай дайындалуға болады, кеңес берші",
        # a polisci seminar is the student's, not Mustafin's book
        "hey u there? got a polisci seminar thursday and i havent read the essay",
    ],
)
def test_what_names_nothing_of_the_essay_is_not_answered(kb, message):
    assert ask(kb, message).entry is None


def test_the_soviet_model_in_kazakh_is_still_the_soviet_model(kb):
    assert entry_of(kb, "кеңес моделінен демократияға өту") == "kz-soviet-to-democracy"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 163 (bookish Russian): the essay named by what it is devoted to is the essay
        ("Скажите, кто автор работы, посвящённой роли политических партий в Казахстане?", "essay-author"),
        # …the asker's reason after the question is no part of it
        ("Как точно называется эссе, так как мне нужно оформить ссылку на него в реферате?", "essay-title"),
        # …and "write me about X" asks of X
        ("write me about democracy", "democracy-in-essay"),
    ],
)
def test_batch_163(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # the red team of batches 160-163's mends: another article, named by what it is about, is not the essay
        "read an article about bitcoin, what is it about",
        "скинули статью про выборы в США, о чем она?",
        # …a seminar plan's label before no term of the essay leaves nothing to answer
        "Q3: discuss",
    ],
)
def test_the_red_team_of_batches_160_to_163(kb, message):
    assert ask(kb, message).entry is None


def test_a_correction_to_ones_own_question_is_no_amendment(both_readings):
    assert entry_of(both_readings, "поправка к моему вопросу: кто такой Белл") == "bell-book"


@pytest.mark.parametrize(
    ("message", "expected", "lang"),
    [
        # the red team of batches 160-163: homework written about the essay asks what the essay is about (it had the
        # essay's errors, "sentences" being all it matched)
        ("write me 3 sentences about the essay", ("essay-thesis", "essay-title"), "en"),
        # batch 164: a Russian noun in -ость, typed in Latin letters after "so", asks in Russian (it was answered in English)
        ("kak modernizaciya svyazana so stabilnostyu v strane", ("modernization-stability",), "ru"),
    ],
)
def test_the_fifty_third_release(kb, message, expected, lang):
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id in expected and answer.lang == lang


@pytest.mark.parametrize(
    "message",
    # the red team of batches 160-163: another country where or whose, in a Kazakh case ("Ukrainada" had the stability
    # that modernization brings, at 57)
    ["political stability Ukrainada bar ma", "Украинада саяси тұрақтылық бар ма", "Өзбекстандағы саяси партиялар"],
)
def test_another_country_in_a_kazakh_case_is_not_the_essays(kb, message):
    answer = ask(kb, message)
    assert answer.entry is None and answer.outcome == "not_covered"


@pytest.mark.parametrize(
    ("message", "nearest"),
    [
        # the red team of batches 160-163: how to write one's own text is no question of the essay (each had how the
        # essay is built, as if it answered)
        ("эссеге кіріспе қалай жазамын", "essay-structure"),
        ("how do I write an introduction for my essay", "essay-structure"),
        ("как написать введение к своему эссе", "essay-structure"),
        ("how to write a good conclusion", "essay-conclusion"),
    ],
)
def test_advice_on_writing_ones_own_text_is_declined_and_names_the_nearest_thing(kb, message, nearest):
    answer = ask(kb, message)
    assert answer.outcome == "not_covered" and answer.reason == "advice"
    assert answer.nearest is not None and answer.nearest.entry_id == nearest


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # how the essay itself starts, ends or is built is its own
        ("how does the essay end", "essay-conclusion"),
        ("эссе қалай аяқталады", "essay-conclusion"),
        ("как начинается эссе", "essay-structure"),
        # what to write on a slide is of the essay's own conclusion (batch 38)
        ("как написать заключение на слайд", "essay-conclusion"),
        ("how do I write the conclusion for my last slide", "essay-conclusion"),
        # the red team of the fifty-third release: the essay's own parts, however they are to be written down
        ("how do i write the essay's title", "essay-title"),
        ("how do I write the conclusion of this essay in my own words", "essay-conclusion"),
        ("как написать заключение эссе своими словами", "essay-conclusion"),
        ("слайдқа эссенің қорытындысын қалай жазамын", "essay-conclusion"),
        ("how do i write a conclusion for the poster about the essay", "essay-conclusion"),
        # …and a question asked beside the advice
        ("Партиялардың рөлі қандай? Қорытынды қалай жазамын?", "parties-role"),
        ("what is political modernization? and how do I write an introduction?", "modernization-definition"),
        ("О чем заключение эссе? Как мне написать заключение?", "essay-conclusion"),
        # …and Daniel Bell called American
        ("Американың социологы Дэниел Белл қандай қорытынды жасайды?", "bell-common-features"),
    ],
)
def test_how_the_essay_itself_is_written_is_still_answered(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_write_me_about_the_author_is_not_what_the_essay_is_about(kb):
    assert entry_of(kb, "write me about the author of the essay") != "essay-thesis"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 165: the asker's view of the text after the question is no part of it (not covered at 36)
        (
            "I was wondering whether you could clarify, in fairly simple terms if possible, what exactly political "
            "modernization is according to this essay, since the definition seems to be spread over several paragraphs.",
            "modernization-definition",
        ),
        (
            "I was wondering whether you could briefly tell me which works are included in the reference list, particularly "
            "the one by Zhylykyshev, as the title seemed rather provocative for an academic source.",
            "essay-references",
        ),
    ],
)
def test_batch_165(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "act"),
    [
        # batch 165: "who I am talking to" inside a sentence (it had what a party is, at 94: "talk" was all it matched)
        (
            "Excuse me, may I ask who I am actually talking to, are you a real teacher from the department or some kind "
            "of automated programme?",
            "who",
        ),
        # …and the debate club the student is going to ("debate" had the debate over modernization's strategy)
        ("hey. quick q before debate practice", "who"),
    ],
)
def test_batch_165_small_talk(kb, message, act):
    answer = ask(kb, message)
    assert answer.outcome == "smalltalk" and answer.act == act


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 166: a short question after an ellipsis is a sentence of its own (both were unsure)
        ("Добрый вечер! Нам задали выучить термины к семинару.. полит партия?", ("parties-in-essay",)),
        # …and a dictated one ends with Russian's "это что"
        (
            "извините за беспокойство, препод сказал к пятнице знать все определения.. политическое развитие это что",
            ("development-definition",),
        ),
        # …what the asker needs it for, after the question, is no part of it (it had the parties' role, at 94)
        ("whats the essay called exactly? need it for my title slide", ("essay-title",)),
        # …"one line on" is the answer's shape, not Zhylykyshev's "one party system"
        (
            "give me one line on what parties do in the political system",
            ("parties-role", "parties-interests", "parties-in-essay"),
        ),
        # …summing up the whole essay is its main idea, not how it concludes
        ("sum up the whole essay in 1 sentence pls", ("essay-thesis",)),
        # the red teams of 527abb6: a question beside the advice, asked with "о чём", "неліктен", "неше" or "is"
        ("Как написать введение к своему эссе? О чём это эссе?", ("essay-title", "essay-structure")),
        ("Партиялар неліктен қақтығысқа әкеледі? Кіріспе қалай жазамын?", ("parties-conflicts",)),
        ("Эссе неше бөлімнен тұрады? Кіріспе қалай жазамын?", ("essay-structure",)),
        ("Are parties the basis of society? How do I write an introduction for my essay?", ("parties-basis-of-society",)),
        # …and this essay's own parts, named anywhere, are its own
        ("Эссе авторының қорытындысын қалай жазамын", ("essay-conclusion",)),
        ("эсседегі қорытындыны қалай жазамын", ("essay-conclusion",)),
        ("Как написать заключение к этому эссе?", ("essay-conclusion",)),
    ],
)
def test_batch_166(kb, message, expected):
    assert entry_of(kb, message) in expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("sum up the conclusion", "essay-conclusion"),
        ("why do we need parties", "parties-role"),
        ("i need it for my exam, who is bell", "bell-book"),
    ],
)
def test_batch_166_guards(kb, message, expected):
    assert entry_of(kb, message) == expected


def test_a_person_or_an_automated_bot_is_small_talk(kb):
    answer = ask(kb, "Sorry, who am I talking to - are you a person or an automated bot?")  # batch 166: essay-people, at 43
    assert answer.outcome == "smalltalk" and answer.act == "who"


def test_by_the_essays_meaning_is_according_to_the_essay(kb):
    """The first reading had the change in the structure of society (57) for it; the second reading had carried it
    until batch 165 joined, and a test of the forty-fifth release's red team failed on the joined sets."""
    assert entry_of(kb, "по смыслу эссе, что такое модернизация") == "modernization-definition"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 168: "basic" in an apology took Kuandyk's Fundamentals, at 66
        (
            "Sorry if this is a very basic one, but what exactly is a political party, as the essay describes it?",
            ("parties-in-essay",),
        ),
        ("sorry if this is a basic question but who is Daniel Bell", ("bell-book",)),
        # …"in a sentence or two" is the length of the answer (it had the essay's errors, at 67)
        ("In a sentence or two, what would you say its main claim is?", ("essay-thesis",)),
        ("what is political modernization, in a sentence or two", ("modernization-definition",)),
        # …"main claim" is the thesis, and "vkratce" (вкратце, in Latin letters) only asks it briefly (nothing was left)
        ("main claim vkratce pls", ("essay-thesis",)),
        ("what is political development vkratce", ("development-definition", "development-concept-origin")),
        # …Kazakh "өссе" (if the economy grows) is its growth
        ("экономика өссе жеткілікті ме", ("democracy-freedom-development",)),
    ],
)
def test_batch_168(kb, message, expected):
    assert entry_of(kb, message) in expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what does the author claim about democracy", "democracy-in-essay"),
        ("what does the essay claim about parties", "parties-in-essay"),
        ("in one sentence, what is the main point?", "essay-thesis"),
        ("Kuandyk's textbook on the basics of political science", "ref-kuandyk"),
    ],
)
def test_batch_168_guards(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # the red teams of the batch's mends: only "өссе" is growth; "өсті", "өсіп", "өсетін" were thanks for a grade
        # that went up, a child growing, and Russian "осетин", "Осип" (they fold alike)
        "Рахмет, бағам өсті!",
        "про осетин что-нибудь есть в эссе?",
        "Осип упоминается в эссе?",
        "Мен осы жерде өскенмін",
    ],
)
def test_batch_168_red_team_no_entry(kb, message):
    assert entry_of(kb, message) is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("экономиканың өсуі демократияға негіз бола ма", "democracy-economic-foundation"),
        ("жастар өсіп келеді, олар саясатқа қатыса ма", "development-equal-participation"),
    ],
)
def test_batch_168_red_team_guards(kb, message, expected):
    assert entry_of(kb, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # batch 169: who it is explained to is no subject ("for my group" had parties' group interests, at 92)
        ("ok first, how would i sum up the main claim of the essay in like 2 sentences for my group", ("essay-thesis",)),
        ("explain the main claim of the essay to my group", ("essay-thesis",)),
        ("how would i explain political modernization to my group", ("modernization-definition",)),
        # …Russian in Latin letters: "odno i to zhe" and verbs in -yvaet say so (they were read as English)
        ("modernizaciya i polit razvitie eto odno i to zhe?", ("modernization-vs-development",)),
        ("kakie obshie cherty industr obshestv on nazyvaet", ("bell-common-features",)),
        # …a wish to understand before the question ("понять" had the comparison of "понятий", at 74; a red team's)
        ("для моей группы хочу понять, что такое политическое развитие", ("development-definition",)),
        ("не могу понять, что такое политическое развитие", ("development-definition",)),
        ("хочу понять, что такое модернизация", ("modernization-definition",)),
    ],
)
def test_batch_169(kb, message, expected):
    assert entry_of(kb, message) in expected


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("kakie obshie cherty industr obshestv on nazyvaet", "ru"),
        ("modernizaciya i polit razvitie eto odno i to zhe?", "ru"),
        ("demokratiya men stabilnost", "kk"),  # a Russian loan in -nost in Kazakh (a red team's)
    ],
)
def test_batch_169_russian_in_latin_letters(message, lang):
    assert language_of(message) == (lang, True)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what do parties do for social groups", "parties-interests"),
        ("interests of my group", "parties-interests"),
        ("как объяснить главную мысль эссе для моей группы", "essay-thesis"),
        # the red team of the batch's mends: a bare "для группы" is a social group, and a question of what the
        # conclusion says keeps its subject
        ("что партии дают для группы", "parties-interests"),
        # …and "to my group" inside a story is no question's end (a dev question of batch 136 had lost its definition)
        (
            "so basically i need to explain political modernization to my group in like 2 minutes and i keep mixing it up"
            " with just 'reforms'. what is political modernization according to the essay",
            "modernization-definition",
        ),
        ("can u explain what the conclusion says a bit", "essay-conclusion"),
        ("what the conclusion says something?", "essay-conclusion"),
        ("как написать резюме статьи", "essay-abstract"),
        # …nor is a party's group, or one of the student's where nothing is to be explained (the second red team's)
        ("партии работают только для своей группы?", "parties-interests"),
        ("is a party just working for my group?", "parties-interests"),
        ("Политическая стабильность в Казахстане. Кому это интересно?", "kz-stability-interest"),
        ("ты знаешь ответ? кому интересна стабильность Казахстана", "kz-stability-interest"),
    ],
)
def test_batch_169_guards(both_readings, message, expected):
    assert entry_of(both_readings, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # the red teams of the batch's mends, in Cyrillic as in Latin letters: whether the bot works or understands,
        # "I have one question", a complaint of the answers (they had entries, "ты меня понимаешь" at 93)
        "ты меня понимаешь",
        "бот работает?",
        "bot rabotaet?",
        "u menya odno voprosik",
        "у меня один вопросик",
        "ты повторяешь одно и то же",
        "ты отвечаешь на вопросы про эссе",
    ],
)
def test_batch_169_small_talk(kb, message):
    assert ask(kb, message).outcome == "smalltalk"


@pytest.mark.parametrize("message", ["ty kak-to stranno otvechaet", "pochemu ty ne otvechaet", "odno slovo"])
def test_batch_169_red_team_no_entry(kb, message):
    """Verbs in -aet said of the bot and a bare "odno" do not make a message Russian, to be matched there."""
    assert entry_of(kb, message) is None


def test_batch_169_russian_words_in_an_english_question_stay_english():
    """A red team's: "odno i to zhe" among English words does not make the question Russian."""
    assert language_of("Is modernization = development? odno i to zhe?")[0] == "en"


@pytest.mark.parametrize(
    "message",
    [
        "у меня есть вопрос к вам",
        "u menya est vopros k vam",
        "вопрос к тебе",
        # a red team's: asking to ask outranks a greeting, whose language would otherwise be the reply's
        "hi, у меня вопрос к вам",
        "сәлем бот, у меня есть вопрос к тебе",
        # …and after any asking words (the second red team's)
        "можно вопрос к вам",
        "ещё вопрос к тебе",
        "у меня несколько вопросов к вам",
    ],
)
def test_a_question_for_the_bot_is_asking_to_ask_in_russian(kb, message):
    """Its "к" is no English "k" (ok): the reply had been in English."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.lang) == ("smalltalk", "ru")


@pytest.mark.parametrize(
    "message",
    [
        "кто конкретно написал эссе",
        "кто точно автор",
        "кто именно является автором эссе?",
        "а кто точно ее написал?",
        "кто автор этого эссе",  # "этого" is no quote's or bot's
        "а кто автор данного эссе?",
        "кто автор бота и эссе?",  # the essay asked of too
        "кто автор мне скажи",  # what follows the word may be anything but a thing written
        "кто автор что ли?",  # "что ли" is no claim
        "кто написал, что за автор?",  # nor is a second question after "что"
        "кто автор этого бота? и эссе тоже",
        "кто автор об этом эссе что-то известно",
    ],
)
def test_who_exactly_wrote_the_essay_is_who_wrote_it(kb, message):
    """One adverb after "кто" ("конкретно", "точно", "именно") still asks who the author is: "кто конкретно написал эссе"
    got the abstract, "кто точно автор" was not covered."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == "essay-author"


@pytest.mark.parametrize(
    "message",
    [
        "кто авторитарный лидер?",  # "авторитарный" begins with "автор"
        "кто автор этой цитаты",  # of a quote, not of the essay
        "кто автор этой фразы",
        "кто именно написал, что все индустриальные общества имеют общие черты?",  # whose claim it is (Bell's)
        "кто автор бота",
    ],
)
def test_who_is_the_author_of_something_else_is_not_the_essays_author(kb, message):
    """ "кто" and a word beginning "автор" or "писал" asks of the essay's author only when nothing else is named as written."""
    assert "авторство" not in content_words(message)  # not read as "who wrote the essay"
    answer = ask(kb, message)
    assert answer.entry is None or answer.entry.id != "essay-author"
    assert not (answer.entry is not None and answer.entry.id == "nazarbayev")  # "authoritarian leader" is not the essay's


@pytest.mark.parametrize(
    ("message", "lang"),
    [("кто автор бота", "ru"), ("кто твой автор", "ru"), ("who is the author of this bot", "en"), ("бұл ботты кім жазды", "kk")],
)
def test_who_made_the_bot_is_small_talk(kb, message, lang):
    """The bot's author is no question about the essay ("кто автор бота" got the essay's author)."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.lang) == ("smalltalk", lang)


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("кто автор бота? а эссе?", "ru"),
        ("who is the author of this bot? and of the essay?", "en"),
        ("боттың авторы кім? ал эссенің ше?", "kk"),
        ("кто тебя создал? а эссе кто?", "ru"),
        ("who made you? and the essay?", "en"),
        # the follow-up's own language, in a message of two languages
        ("who made you? а эссе?", "ru"),
        ("кто тебя создал? and the essay?", "en"),
        ("кто тебя создал? ал эссе ше?", "kk"),
        ("боттың авторы кім? а эссе?", "ru"),
        ("сені кім жасады? ал essay ше?", "kk"),  # Kazakh's own words before the English noun
        ("кто тебя создал? а essay?", "ru"),
    ],
)
def test_who_made_the_bot_and_then_the_essay_asks_who_wrote_the_essay(kb, message, lang):
    """Who made the bot, then the same of the essay by naming it alone: the second sentence asks who wrote the essay (it
    got the title, or small talk)."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.entry and answer.entry.id, answer.lang) == ("answer", "essay-author", lang)


@pytest.mark.parametrize(
    "message",
    [
        "кто ты? а эссе?",
        "who are you? and the essay?",
        "кто автор бота? а эссе о чем?",
        "are you for authoritarianism? and the essay?",
        "Who made you? For the essay?",  # whether it was made for the essay
    ],
)
def test_who_the_bot_is_then_the_essay_is_not_its_author(kb, message):
    """Only who made the bot carries over to the essay: "кто ты? а эссе?" does not ask who wrote it."""
    answer = ask(kb, message)
    assert answer.entry is None or answer.entry.id != "essay-author"


@pytest.mark.parametrize(
    "message",
    [
        "в каком году написано эссе",
        "эссе написано в каком году?",
        "кто написал эссе и в каком году?",
        "what year was the essay written",
        "when was the essay written",
        "эссе қай жылы жазылған",
        "в каком году написан текст?",
        "кто и в каком году написал эссе",
        "когда это эссе было написано?",
    ],
)
def test_the_year_of_the_essay_is_not_given_and_the_author_entry_says_so(kb, message):
    """The essay gives no date: no reference's year answers "в каком году написано эссе" (it got Zhambylov's), and the
    nearest thing offered is the entry saying the essay names no author and no date."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.reason) == ("not_covered", "when")
    assert answer.nearest is not None and answer.nearest.entry_id == "essay-author"


def test_the_year_of_a_cited_book_is_not_the_essays():
    """ "в каком году вышла книга Белла" asks of Bell's book, not of the essay."""
    assert not essay_dated("в каком году вышла книга Белла")
    assert not essay_dated("в каком году был опубликован текст послания Казахстан-2030?")  # the text of the message
    assert not essay_dated("кто написал эссе и в каком году вышло послание Казахстан-2030")
    assert not essay_dated("Жолдау мәтін қай жылы жазылған")
    assert not essay_dated("учебник Абсаттарова, в каком году написана эта работа?")  # a cited work named before
    assert not essay_dated("в каком году опубликовано эссе Жамбылова")  # students call any text an essay
    assert not essay_dated("what year was the text written by Zhambylov")
    assert essay_dated("когда было написано эссе, хочу процитировать")  # quoting it names no other work
    assert not essay_dated("Мұстафиннің оқулығы мен эссе қай жылы жазылған")  # Kazakh names the textbook too
    assert essay_dated("в каком году было написано это эссе")


@pytest.mark.parametrize("concept", [c for c in raw_concepts() if c.cited], ids=lambda c: c.id)
def test_every_spelling_of_a_cited_author_names_a_dated_work(concept):
    """Each way the lexicon spells an author of the reference list, in any script, names a work whose year the list
    gives: "Жылыкышевтің эссесі қай жылы жазылған", "когда опубликован текст Куандыка" do not ask when the essay was
    written."""
    for pattern in concept.en + concept.ru + concept.kk:
        name = pattern.strip("*").capitalize()
        assert not essay_dated(f"когда опубликован текст {name}"), name
        assert not essay_dated(f"{name} эссе қай жылы жазылған"), name
    assert essay_dated("когда опубликован текст") and essay_dated("эссе қай жылы жазылған")


@pytest.mark.parametrize(
    "message",
    [
        "когда написан текст Д. Жамбылова",  # initials, as the reference list writes them
        "когда написан текст Т.Т. Мустафина",
        "what year was the text written by R. B. Absattarov",
        "when was the essay written by Dr. Absattarov",
        "когда написан текст... Жамбылова",
        # a clause before that only names whom it asks about
        "про Жамбылова: в каком году написано эссе?",
        "Mustafin: what year was the essay written?",
        "Жамбылов туралы, эссе қай жылы жазылған?",
        "проф. Абсаттаров: в каком году написано эссе?",  # with a title, or initials after the name
        "Absattarov R.B.: what year was the essay written?",
        "about Dr. Zhambylov, what year was the essay written?",
        "когда написано эссе акад. Нысанбаевым",
        # a short clause after it that asks the same of an author
        "в каком году написано эссе? а Жамбылов?",
        "what year was the essay written? and Absattarov?",
        "эссе қай жылы жазылған? ал Абсаттаров ше?",
    ],
)
def test_a_cited_author_with_initials_or_named_first_names_a_dated_work(message):
    """An initial's full stop ends no clause, and a clause that only names the author says whose work is asked."""
    assert not essay_dated(message)


@pytest.mark.parametrize(
    "name",
    ["Жылкышова", "Zhylykyshov", "Zhylykishev", "Абсаттаровым", "Нысанбаевой", "Абсаттарава", "Zhambyloff", "Абдулаттаефа"],
)
def test_a_cited_author_misspelt_still_names_a_dated_work(name):
    """A surname's root counts before any surname ending: students misspell the rest."""
    assert not essay_dated(f"когда опубликован текст {name}?")


@pytest.mark.parametrize(
    "message",
    [
        "Мұстафа, эссе қай жылы жазылған?",  # a student's name begins like "Мұстафин"
        "Мен Абсатармын, эссе қай жылы жазылған?",
        "what year was the essay written? from Jambyl Region",
        "when was the essay written? my teacher Jeksembek agai asks",
        "hi im Kuandik, what year was the essay written?",  # a given name; Kuandyk E. S. is cited by it
        "Сәлем, мен Назарбай. Эссе қай жылы жазылған?",
        # an author named in another clause: the student's own surname, a guess, or one ruled out
        "я Абсатарова, в каком году написано эссе?",
        "в каком году написано эссе? Автор Абсатаров?",
        "эссе қай жылы жазылған, Жамбиловты цитаттайды ғой",
        "в каком году написано эссе, а не статья Жылыкышева",
    ],
)
def test_a_name_or_place_beginning_like_a_cited_author_does_not_date_a_work(kb, message):
    """A root alone is a student's name or a place, not the author: the essay's own date is asked, and the entry saying
    it gives none is offered (a cited book's year had answered "Мұстафа, эссе қай жылы жазылған?")."""
    assert essay_dated(message)
    answer = ask(kb, message)
    assert (answer.outcome, answer.nearest and answer.nearest.entry_id) == ("not_covered", "essay-author")


@pytest.mark.parametrize("message", ["насколько точно эссе передает факты", "спасибо, а насколько точно эссе описывает партии?"])
def test_how_far_is_no_filler(kb, message):
    """ "насколько" (how far) is no typo of the filler "несколько": "насколько точно …" was read as "ok" ("точно")."""
    assert ask(kb, message).outcome != "smalltalk"


@pytest.mark.parametrize(
    "message", ["вопрос к вам про неточности в эссе", "у меня вопрос про ошибки в эссе", "question about mistakes in the essay"]
)
def test_a_question_about_the_essays_errors_is_asked(kb, message):
    """What is wrong in the essay is a part of it, asked of ("вопрос про неточности в эссе" was read as asking to ask)."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == "essay-errors"


@pytest.mark.parametrize(
    "message",
    [
        "кто авторитарный лидер?",
        "who is the authoritarian leader",
        # of the past, or asked in other words: it got the Nazarbayev entry, as if the essay called him so
        "кто был авторитарным лидером?",
        "авторитарный лидер это кто?",
        "назови авторитарного лидера",
        "авторитарлық көшбасшы кім?",
        "who was the authoritarian leader",
        "Привет! Кто был авторитарным лидером?",  # after a greeting or thanks too
        "thanks! who is the authoritarian leader?",
        "рахмет, авторитарлық көшбасшы кім?",
    ],
)
def test_a_ruler_by_a_label_the_essay_never_gives_is_not_answered(kb, message):
    """No one of the essay's is "the authoritarian leader": the Nazarbayev entry answered it ("кто" and a ruler's word ask
    of today's office holder, which the essay does not say). Nor is the reply's note about today's news: it asks a label."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.entry, answer.nearest, answer.reason) == ("not_covered", None, None, None)


@pytest.mark.parametrize(
    "message",
    [
        "кто сейчас авторитарный лидер?",
        "кто сегодня авторитарный правитель Казахстана?",
        "кто президент Казахстана, авторитарный лидер?",  # the office holder, with the label beside it
        "Назарбаев до сих пор авторитарный правитель?",
    ],
)
def test_a_ruler_by_a_label_asked_of_today_keeps_the_note_on_news(kb, message):
    """ "кто сейчас авторитарный лидер?" asks today's office holder: the reply says the essay is no news source."""
    answer = ask(kb, message)
    assert (answer.outcome, answer.entry, answer.nearest, answer.reason) == ("not_covered", None, None, "current")


@pytest.mark.parametrize(
    "message",
    [
        "насколько понял, спасибо",
        "можно задать насколько вопросов?",
        "у меня есть насколько вопросов",
        "насколько хорошо знаешь эссе",
    ],
)
def test_how_far_typed_for_a_few_is_still_small_talk(kb, message):
    """ "насколько" typed for "несколько" before questions, and "насколько я понял" before thanks, stay small talk now that
    "насколько" is no typo of the filler."""
    assert ask(kb, message).outcome == "smalltalk"


def test_whose_claim_it_is_is_one_question():
    """ "кто написал, что …" asks whose claim it is: the clause after "написал" says what was written (it had been cut off,
    and "кто написал" asked of the essay's author)."""
    assert split_parts("кто написал, что все индустриальные общества имеют общие черты?") == [
        "кто написал, что все индустриальные общества имеют общие черты?"
    ]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("кто такой Марк Аврелий, авторитарный правитель?", "marcus-aurelius"),
        ("кто такой Белл, авторитарный правитель?", "bell-book"),
    ],
)
def test_a_ruler_by_a_label_next_to_the_essays_person_asks_of_that_person(kb, message, entry_id):
    """Only the label asked alone is no one of the essay's: a person named with it is asked of."""
    answer = ask(kb, message)
    assert answer.entry is not None and answer.entry.id == entry_id
