"""What kind of fact a question asks for, and whether an entry can give it.

Near-topic questions share words with the essay but ask for facts it does not give: "who is the
president now", "when did Kazakhstan become independent", "how many parties are there". An
entry that merely shares their words must not answer them as if it did. A question asking
*when* is answered only by an entry that states a date or a period; *how many X* only by one that
states a number of X ("11 references" answers "how many references", not "how many presidents";
see knowledge.counting); *how often* only by one that says "constantly";
*who … now/today* (a current office holder) never, since the essay is a historical text. Entry
capabilities are derived from the entry's own texts.

Length: a few lines over the guide, for the patterns of each kind of fact in three languages (today's office holder
and its successor, dates, lives, the essay's own date), which `asks` reads together.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.counting import CITATION, COUNT, LATIN_LETTERS, TIMES, counted_in, states
from knowledge.lexicon import LANGUAGES, is_concept, raw_concepts
from knowledge.normalize import named_terms
from knowledge.schema import Entry

_FLAGS = re.IGNORECASE
WHEN = re.compile(
    r"\bwhen\b|\b(?:what|wat|wht|waht|which) (?:year|date|century|time is it)\b|\bwhat'?s the (?:time|date)\b|\byear\b"
    r"|\bкоторый час\b|\bсколько времени\b|\bсағат неше\b|\bсагат неше\b"
    r"|\bкогда\b|\bв каком году\b|\bкакого года\b|\bкакой год\b|\bгод\b|\bв каком веке\b|\bкакого числа\b|\bдата\b"
    r"|\bқашан\b|\bкашан\b|\bқай жыл|\bкай жыл|\bнешінші жыл|\bнешинши жыл|\bқай ғасыр|\bкай гасыр"
    r"|\bkogda\b|\bv kakom godu\b|\bkakogo goda\b|\bkakoi god\b|\bkakoy god\b"
    r"|\bqashan\b|\bkashan\b|\bqai jyl|\bkai zhyl|\bqai zhyl|\bqay zhyl|\bkai jyl|\bқай күн|\bкай кун|\b(?:which|what) day\b|\bв какой день\b"
    r"|\b(?:exact|precise|actual) (?:date|dates|year|years|day)\b|\bdate (?:on which|when)\b|\bточн\w* (?:дат\w*|год\w*)"
    # "what is the date of the essay?", "эссенің жазылған күні" (not "up to date")
    r"|\bdate of\b|\b(?:жазылған|жазылган|шыққан|шыккан|туған|туган) (?:күні|куни|күнін|кунин|уақыты|уакыты|жылы|жылын|жылды)\b"
    r"|\b(?:нақты|накты) (?:күні|куни|жылы|жылдары|уақыты)\b"
    # a year: only an entry that gives one answers (not "2000 years", "2000 yr old")
    r"|(?<![\w-])(?:1[5-9]|20)\d\d(?![\w-])(?!\s*(?:years?|yrs?|лет|жыл)\b)",
    _FLAGS,
)
CURRENT = re.compile(
    r"\bnow\b|\bright now\b|\bcurr?r?ent(ly)?\b|\bcurrnt\b|\btoday\b|\bnowadays\b|\bat (the )?present\b|\bat the moment\b"
    r"|\bthis year\b|\bincumbent\b|\bсейчас\b|\bщас\b|\bнынешн\w*|\bтекущ\w*|\bсегодня\w*|\bв данный момент\b"
    r"|\bна данный момент\b|\bдействующ\w*|\bқазір\b|\bказир\b|\bқазіргі\b|\bказирги\b|\bбүгін\w*|\bбугин\w*"
    r"|\bказыр\w*|\bқазыр\w*"  # "казакстаннын казыргы президенти кым": і typed as ы on a Russian keyboard
    r"|\bqazir\w*|\bkazir\w*|\brn\b|\bthese days\b|\bныне\b|\bна сегодня\b|\bв наше время\b|\bсегодняшн\w*"
    r"|\bseych?as\b|\bsejchas\b|\bsichas\b|\bshas\b|\bsegodnya\b",
    _FLAGS,
)
_WHO = r"\bwho\b|\bwho's\b|\bwhose\b|\bкто\b|\bкого\b|\bкім\b|\bким\b|\bкым\b|\bкімнің\b|\bkim\b|\bkto\b"
_OFFICES = (
    r"\bpresident\b|\bpres[ie]d[ae]nt\b|\bprezident\b|\bprime minister\b|\bpremier\b|\bminister\b|\bakim\b|\bspeaker\b|\bchairman\b|\bпрезидент\w*"
    r"|\bпремьер\w*|\bминистр\w*|\bаким\w*|\bспикер\w*|\bпредседател\w*|\bәкім\w*|\bтөраға\w*|\bprezident\w*"
)
WHO = re.compile(_WHO, _FLAGS)
# one who holds an office: "the former head of state", "первый президент", "тұңғыш президент"
HOLDER = re.compile(
    rf"{_OFFICES}|\blead(?:er|ers)\b|\bhead(?:s)? of\b|\bлидер\w*|\bглав\w*|\bкөшбасшы\w*|\bбасшы\w*|\bелбасы\w*", _FLAGS
)
_WHICH_PARTIES = re.compile(
    r"\b(?:which|what)\s+(?:political\s+)?part(?:y|ies)\b|\bкак(?:ие|ая|ую|ой)\s+(?:политическ\w+\s+)?парти\w*"
    r"|\b(?:қай|кай|қандай|кандай)\s+(?:саяси\s+)?партия\w*|\b(?:qai|kai|qandai|kandai|qandaі)\s+(?:sayasi\s+|saiasi\s+)?partiy?a\w*"
    r"|\bkakie\s+(?:politicheskie\s+)?partii\b",
    _FLAGS,
)
_ROLES = (
    rf"{_OFFICES}|\blead(?:er|ers|s|ing)?\b|\bhead(?:s)? of\b|\bлидер\w*|\bглава\b|\bвозглав\w*|\bруковод\w*"
    r"|\bкөшбасшы\w*|\bбасшы\w*|\bбаскар\w*|\bбасқар\w*"
    # power and who holds it: "who holds power today", "кто сегодня у руля", "қазір кім билейді"
    r"|\bpower\b|\brul(?:e|es|ing|er|ers)\b|\bgovern\w*|\bin charge\b|\bparliament\w*|\bstrongest\b|\bрул[яюь]\b"
    r"|\bвласт\w*|\bпарламент\w*|\bсильнейш\w*|\bбилік\w*|\bбилик\w*|\bбилей\w*|\bбилеу\w*|\bбилеуш\w*|\bparlament\w*|\bbilik\w*"
)
ROLE = re.compile(_ROLES, _FLAGS)  # an office or a leader, not just "who"
PERSON = re.compile(rf"{_WHO}|{_ROLES}", _FLAGS)  # a person or an office
# "Who is the president of Kazakhstan" asks who holds the office today even without "now";
# "the first president", "the president the essay quotes" do not.
_RULER_LABEL = r"авторитарн\w* (?:лидер|правител|руководител)\w*"  # a label the essay gives no one
OFFICE = re.compile(
    rf"{_OFFICES}|\bin power\b|\brules?\b|\bruns\b|\bgoverns\b|\bу власти\b|\bправит\b|\bруководит\b"
    r"|\bуправляет\b|\bбасқарады\b|\bбаскарады\b|\bбилікте\b"
    # a ruler by a label the essay never gives, asked alone ("кто авторитарный лидер?", "а кто авторитарный правитель в
    # Казахстане"): no one of the essay's is it (not "кто такой Марк Аврелий, авторитарный правитель?")
    rf"|^\W*(?:(?:а|и|так|ну) )?кто (?:же |вообще |такой |такие |был |была |является )?(?:самый )?{_RULER_LABEL}"
    r"(?: (?:в |у )?(?:казахстан\w*|кз|рк|мира|мире|страны|стране))?\W*$",
    _FLAGS,
)
# …in three languages: no one of the essay's is offered as nearest
_RULER_LABELS = (
    rf"{_RULER_LABEL}|authoritarian (?:leader|ruler|head)s?\b|авторитарл\w* (?:көшбасшы|билеуші|басшы|лидер)\w*"
    r"|avtoritarl\w* (?:koshbasshy|bileushi|basshy|lider)\w*"
)
RULER_LABEL = re.compile(rf"\b(?:{_RULER_LABELS})", _FLAGS)
# …asked alone in other words too ("кто был авторитарным лидером?", "авторитарный лидер это кто?", "назови авторитарного
# лидера", "авторитарлық көшбасшы кім?", "who was the authoritarian leader"): even of the past, no one of the essay's is it
_LABEL_PLACE = (
    r"(?: (?:в |у |in |of )?(?:казахстан\w*|қазақстан\w*|kazakhstan|кз|рк|мира|мире|страны|стране|the world|the country))?"
)
# "Привет! Кто был авторитарным лидером?", "thanks! who is the authoritarian leader?"
_HELLO = (
    r"^\W*(?:(?:привет\w*|здравствуй\w*|сәлем\w*|салем\w*|hi|hello|hey|good (?:morning|afternoon|evening)|добр\w* (?:день|утро|вечер)"
    r"|спасибо|рахмет|thanks|thank you|thx|ok|ок|окей)\W+)*"
)
_LABEL_ALONE = re.compile(
    rf"{_HELLO}(?:(?:а|и|так|ну|and|so|ал) )?(?:кто|who|кім|ким)(?:'s| (?:же|вообще|такой|такие|был|была|является|являлся|is|was|the|an|a))*"
    rf" (?:самый |most )?(?:{_RULER_LABELS}){_LABEL_PLACE}\W*$"
    rf"|{_HELLO}(?:назови\w*|name) (?:the |an )?(?:{_RULER_LABELS}|авторитарн\w* (?:лидер|правител|руководител)\w*){_LABEL_PLACE}\W*$"
    rf"|{_HELLO}(?:{_RULER_LABELS}){_LABEL_PLACE} (?:(?:это|is|—|-) )?(?:кто|who|кім|ким)(?: (?:он|она|это|ол|еді))?\W*$",
    _FLAGS,
)


def label_alone(question: str) -> bool:
    """Whether a question asks only who bears the label "authoritarian leader" ("кто авторитарный лидер?"): a label, not
    today's office holder."""
    return bool(_LABEL_ALONE.search(_unquoted(question.casefold().translate(LATIN_LETTERS))))


# the Russian words the checks of today and its office holders spell (stems too), which a question written by ear is
# read back into (knowledge.heard: "кто сичас призидент")
GUARD_WORDS = tuple(sorted(set(re.findall(r"[а-яё]{4,}", CURRENT.pattern + WHEN.pattern + _ROLES + OFFICE.pattern))))
NOT_TODAY = re.compile(  # the office holder of the essay's time, or of the essay's own words
    r"\bfirst\b|\bformer\b|\bwas\b|\bessay\b|\bauthor\b|\bquot\w*|\bsaid\b|\bsays?\b|\belbasy\b|\bnazarbay\w*"
    r"|\bперв\w*|\bбывш\w*|\bбыл\w*|\bэссе\w*|\bавтор(?!итар)\w*|\bстать\w*|\bтекст\w*|\bцитир\w*|\bсказал\w*|\bговорит\b"
    r"|\bелбасы\w*|\bназарбаев\w*|\bтұңғыш\w*|\bтунгыш\w*|\bбірінші\w*|\bбиринши\w*|\bбұрынғы\b|\bбурынгы\b"
    r"|\bмақала\w*|\bмакала\w*|\bайтты\w*|\bдеді\b|\bдеди\b|\bболған\b|\bболды\b|\bжазылған\w*|\bжазылган\w*|\bжазған\w*"
    # who should rule is an idea, not an office holder ("the 2000 yr old idea abt who shud rule the state")
    r"|\bshould\b|\bshud\b|\bought\b|\bwho must (?:rule|govern|lead)\b|\bдолжн\w*|\bдолжен\b|\bтиіс\w*|\bтиис\w*"
    # who of two is right checks a claim ("i'm confused now who is right", "теперь не знаю кто прав")
    r"|\bwho(?:'s| is) right\b(?!-)|\bкто (?:из (?:нас|них) |тут |же )?прав[аы]?\b|\bкім (?:дұрыс|дурыс)\b"
    r"|\bparagraph\w*|\bpara\b|¶|\bабзац\w*|\bпараграф\w*|\bазатжол\w*"  # "the president in ¶12": the essay's
    r"|\bamendment\w*|\bпоправк\w*|\bтүзету\w*|\bтузету\w*"  # "who is responsible after the amendments": the essay's
    # "now the responsibility of the executive and the legislature grows": the essay's own "now"
    r"|\bmore responsible\b|\bresponsib\w* (?:of|to) (?:the )?(?:people|power|authorit\w*)|\bexecutive or (?:the )?legislat\w*"
    r"|\bболее ответствен\w*|\bответственност\w* (?:власт\w*|перед народом)|\bжауапкершілі\w* арт\w*|\bхалық алдындағы жауап\w*",
    _FLAGS,
)
# "When will modernization succeed?" asks for its conditions, not a date.
CONDITION = re.compile(
    r"\bsuccess\w*|\bsucceed\w*|\bsuccesful\w*|\bcondition\w*|\bуспе\w*|\bуслови\w*|\bсәтті\w*|\bсатти\w*|\bсатты\w*"  # "сатты": і typed as ы
    r"|\bтабысты\w*|\bшарт\w*|\bжетістік\w*|\btabysty\w*|\bsatti\w*|\bshart\w*",
    _FLAGS,
)
_DATE_IN_ENTRY = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b|\bcentur(y|ies)\b|\bBC\b|\bAD\b|\byears? ago\b", _FLAGS)
_TODAY_IN_ENTRY = re.compile(r"\btoday\b|\btoday's\b|\bnowadays\b", _FLAGS)
_NUMBER_IN_ENTRY = re.compile(  # a count, not a year
    r"\b\d{1,3}\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", _FLAGS
)
OFTEN = re.compile(  # how often something happens: only an entry that says "constantly" answers it
    r"\bhow often\b|\bhow frequently\b|\bкак часто\b|\bнасколько часто\b|\bқаншалықты жиі\b|\bқаншалық жиі\b"
    r"|\bканшалыкты жии\b",
    _FLAGS,
)
_OFTEN_IN_ENTRY = re.compile(r"\b(?:constant|constantly|continuous|continuously|always|permanent|permanently)\b", _FLAGS)


def _unquoted(question: str) -> str:
    """A question less the titles and phrases it quotes: "who wrote 'The process of political
    modernization and the current stage'" asks who wrote, not about today. A quoted question
    ('"Who is the current president?"', a teacher's question pasted in quotes) stays whole."""
    quoted = list(_QUOTED.finditer(question))
    if not quoted or any("?" in found.group() for found in quoted):
        return question
    rest = _QUOTED.sub(" ", question)
    return rest if _ASKING_OUTSIDE.search(rest) else question


_ASKING_OUTSIDE = re.compile(
    r"\b(?:who|what|which|where|when|how|whose|кто|что|какой|какая|какие|где|когда|как|чей|чья|ли|кім|не|қандай|кандай|қай|кай"
    r"|қайда|кайда|қаншалықты|каншалыкты|ма|ме|ба|бе|па|пе)\b"  # Kazakh asks yes or no with a particle: "… бар ма"
)
_QUOTED = re.compile(r"[\"“«„][^\"”»“]{3,}?\s[^\"”»“]+?[\"”»“]|(?<!\w)'[^']{3,}?\s[^']+?'(?!\w)")


# A request to write a text (homework: "write me an essay about my summer", "напиши эссе про
# лето", "эссе жазып бер"): the bot answers questions about one essay; it writes none.
# a part of the essay, as a whole word, that "write" may ask for ("напиши тезис эссе", "write thesis essay short")
_ESSAY_PARTS = (
    r"(?:тезис[ыа]?|thesis|вывод[ыа]?|заключение|аннотаци[юя]|название|тем[ауы]|итог|итоги|цитат[уы]|суть|смысл|резюме"
    r"|абстракт|summary|conclusion|abstract|title|keywords|идею|главную)"
)
COMPOSE = re.compile(
    # English: a request ("write…", "please/can you/help me write…"), not "why did the author write this essay"
    r"(?:^|[.!?,;:]\s*|\b(?:please|pls|plz|can you|could you|would you|will you|help me|you to|i need|i want)\s+)"
    rf"write (?:me |us )?(?:an? |my |some )?(?:(?!{_ESSAY_PARTS}\s)\w+ )?(?:essay|composition|paper|report|speech|letter|poem|post)s?\b"
    # (not a part of the essay asked for, a whole word: "напиши thesis эссе коротко", "напиши вывод эссе"; "напиши
    # итоговое эссе" composes)
    rf"|\bнапиши(?:те)? (?:мне |нам |за меня )?(?:(?!{_ESSAY_PARTS}\s)\w+ )?"
    r"(?:эссе|сочинение|реферат|доклад|речь|письмо|стих\w*|пост)\b"
    r"|\b(?:эссе|баяндама|шығарма|шыгарма|сөз сөйлеу|мақала|макала) (?:жаз|жазшы|жазыңыз|жазып бер\w*|jaz|jazyp ber\w*)\b"
    r"|\besse (?:jaz|jazyp ber\w*)\b",
    _FLAGS,
)

# Advice on writing a text of one's own ("how do I write an introduction for my essay", "как написать введение к своему
# эссе", "эссеге кіріспе қалай жазамын"): the essay teaches no writing; how it is itself built is the nearest thing it
# says. Not the essay's own parts, however they are to be written down ("how do i write the essay's conclusion on a
# slide", "как написать заключение эссе своими словами", "эссенің қорытындысын қалай жазамын конспектке"), nor "how does
# the essay start" (knowledge.answers: nor a question asked beside it)
_OWN_TEXT = (
    r"(?:introduction|intro|conclusion|essay|abstract|paper|report|outline|thesis statement)s?+"
    r"(?!'s|s'| (?:of|from|in|about|on) (?:the|this|that|its)\b| (?:title|conclusion|introduction|intro|abstract|thesis"
    r"|keywords?|author|argument|points?|summary|references?|name)\b)"
)
ADVICE = re.compile(
    r"\bhow (?:do|should|can|could|would|shall|must) (?:i|we) (?:write|start|begin|structure|end|finish|conclude|plan)"
    rf"(?: (?:a|an|my|our))?(?: (?:own|good|strong|short|proper|first))? {_OWN_TEXT}"
    rf"|\bhow to (?:write|start|begin|structure|end|finish|plan)(?: (?:a|an|my|our))?(?: (?:own|good|strong|short|proper))? {_OWN_TEXT}"
    r"|\bкак (?:мне |нам )?(?:правильно |лучше |хорошо )?(?:написать|писать|начать|начинать|закончить|заканчивать"
    r"|структурировать) (?:сво\w+ |мо\w+ |хорош\w+ )?(?:введени\w*+|вступлени\w*+|заключени\w*+|эссе|аннотаци\w*+"
    r"|реферат\w*+|доклад\w*+)(?! (?:(?:этого|данного|по|по этому|по данному) )?эссе\b| (?:в|во) (?:список|списке))"
    r"|(?<!эссенің )(?<!эссенин )(?<!эссе )(?:кіріспе|кириспе|қорытынды|корытынды|эссе|аннотация|баяндама)\w* (?:(?:мен |біз )?"
    r"(?:қалай|калай)) (?:жазамын|жазам|жазамыз|жазсам|жазу керек|жазған дұрыс|жазган дурыс|бастаймын|бастау керек|бастасам"
    r"|аяқтаймын|аяқтау керек)",
    _FLAGS,
)
# …nor this essay's, named anywhere ("how do i write an abstract for this essay", "Как написать заключение к этому эссе?",
# "Эссенің кіріспесі мен қорытындысын қалай жазамын?", "эсседегі қорытындыны …", "мақаланың", "автордың")
_THIS_ESSAYS = re.compile(
    r"\b(?:this|the) (?:essay|text|article|paper)\b|\b(?:essay|text|article|paper|author)'?s\b"
    r"|\b(?:эт\w+|данн\w+|само\w*) (?:эссе|текст\w*|стать\w*)|\bэссе (?:автор\w*)"
    r"|\b(?:эссе|эссэ|мақала|макала|мәтін|матин|автор)(?:ні|ны|н|)(?:ң|ның|нің|нын|нин|ниң|нинг|дағы|дегі|дагы|деги|ге|ға)?\w*"
    r"(?<!еге)(?<!ге)(?: \w+){0,2} (?=(?:кіріспе|кириспе|қорытынды|корытынды|аннотация|аңдатпа|тақырыб|түйін|тезис)\w*)",
    _FLAGS,
)
# …nor the essay's text written into the student's notes, slides or answer ("how do I write the conclusion of this essay in
# my own words", "Эссенің кіріспесін қалай жазамын конспектіге?", "как написать введение эссе для слайда")
_NOTES_OF_IT = re.compile(
    r"slide|presentation|poster|notes?\b|own words|in (?:one|two|three|\d+) (?:sentences?|lines?|words?)|one line|exam answer"
    r"|bibliograph|references?\b|citation|cite|retell|summar|shorter|in (?:kazakh|russian|english)"
    r"|слайд|презентац|постер|конспект|своими словами|кратко|коротко|в (?:одном|двух|трех|трёх|\d+) предложени|пересказ|списо?к"
    r"|литератур|на (?:казахском|русском|английском)|сөйлем|қысқаша|кыскаша|қазақша|орысша",
    _FLAGS,
)

# an asking word, in any of the three languages, left once the advice is taken out
_ASKED_BESIDE = re.compile(
    r"\b(?:what|whats|why|how|who|which|when|where|is|are|does|do|did|can|explain|tell|list|name|describe"
    r"|что|чем|чём|чего|кто|кого|как|как\w+|каков\w*|почему|зачем|где|сколько|чей|чья|чьи|ли|когда"
    r"|не|неге|неліктен|нелiктен|кім|кімдер|қандай|кандай|қалай|калай|қашан|қайда|қанша|канша|неше|қай|кай|қайсы|ма|ме|ба|бе"
    r"|па|пе|деген|дегеніміз|дейді)\b",
    _FLAGS,
)


def beside_advice(question: str, lang: str) -> str | None:
    """What a message asks beside advice on writing one's own text, asked in words or naming a term of the essay with its
    question mark ("Партиялардың рөлі қандай? Қорытынды қалай жазамын?", "Түйін сөздер? Қорытынды қалай жазамын?"); None
    when the advice is all it asks (what is left keeps only its question mark: " for my essay?")."""
    rest = ADVICE.sub(" ", question)
    return rest if _ASKED_BESIDE.search(rest) or ("?" in rest and named_terms(rest, lang)) else None


LIFE_EVENT = re.compile(
    r"\b(?:born|birth|birthday|died|death|die|родил\w*|рожден\w*|рождения|умер\w*|смерт\w*|скончал\w*"
    r"|туған|туылған|туды|дүниеге келді|қайтыс|өлді|tugan|tuylgan|tughan|qaitys|kaitys)\b",
    _FLAGS,
)


_IDEA = re.compile(
    r"\b(?:idea|ideas|concept|notion|term|principle|rule|category|theory|article|book|иде\w*|мысл\w*|концепц\w*|термин\w*"
    r"|принцип\w*|правил\w*|категори\w*|теори\w*|стат\w*|книг\w*|ой|ойы|ойдың|идея|ұғым\w*|түсінік\w*|қағида\w*"
    r"|мақала\w*|кітап\w*|oi|oiy)\b",
    _FLAGS,
)
# the essay's people by name: Marcus Aurelius, Daniel Bell, Nazarbayev (Elbasy)
_NAMED = (
    r"marcus|mark|aurelius|avreli\w*|марк\w*|аврели\w*|bell\w*|белл\w*|дэниел\w*|nazarbaye?v\w*|nazarbaiev\w*|nursultan"
    r"|назарбаев\w*|нурсултан\w*|нұрсұлтан\w*|elbas[yi]\w*|елбасы\w*"
)
# the people whose birth or death a student may ask about (and "he", "who"): a term or a work is "born" too
_PERSON = re.compile(
    rf"\b(?:{_NAMED}|author|автор\w*|emperor|император\w*|president|президент\w*|he|she|him|он|она|его|ол|оның"
    r"|who|кто|кім|kim)\b",
    _FLAGS,
)


# the essay's own date: "the date of the essay", "когда написано эссе", "эссе қашан жазылған"
# (not an article: the reference list dates its articles, "when was Zhylykyshev's article published")
_ESSAY_DATED = re.compile(
    r"\b(?:date|year) of (?:the |this )?(?:essay|text)\b"
    r"|\bwhen (?:was|is) (?:the |this )?(?:essay|text) (?:written|published|from)\b"
    r"|\bдат\w* (?:написания )?(?:этого )?(?:эссе|текста)\b|\bкогда (?:было )?(?:написан\w*|опубликован\w*) (?:это )?(?:эссе|текст)\b"
    r"|\b(?:эссе|эссені|мәтін) (?:қашан|кашан) (?:жазылған|жазылган|жазылды|шыққан|шыккан)\b"
    r"|\b(?:эссе|эссенің|эссенин|мәтіннің) (?:жазылған|жазылган|шыққан|шыккан) (?:күні|куни|күнін|жылы|жылын|жылды|уақыты|уакыты)\b"
    # the year asked ("в каком году написано эссе", "кто написал эссе и в каком году", "what year was the essay written",
    # "эссе қай жылы жазылған"); not of a work the essay cites ("в каком году вышла книга Белла")
    r"|\b(?:what|which) year (?:was|is) (?:the |this )?(?:essay|text) (?:written|published|from)\b"
    r"|\b(?:essay|text) (?:was )?(?:written|published) in (?:what|which) year\b"
    # ("текст" alone: "в каком году опубликован текст послания" asks of the message; "кто написал эссе и в каком году
    # вышло послание" of the message too)
    r"|\bв (?:каком|какой) (?:году|год) (?:было |был |была )?(?:написан\w*|опубликован\w*) (?:это |этот |данное |данный )?"
    r"(?:эссе|текст)(?=\s*(?:[?.!,;]|$))"
    r"|\b(?:эссе|текст) (?:было |был )?(?:написан\w*|опубликован\w*) в (?:каком|какой) (?:году|год)\b"
    r"|\bнаписал\w* (?:это |данное )?(?:эссе|текст)\w*,? и (?:в )?(?:каком|какой) (?:году|год)(?=\s*(?:[?.!,;]|$))"
    r"|\b(?:эссе|эссені) (?:қай|кай) (?:жылы|жылдары) (?:жазылған|жазылган|жазылды|шыққан|шыккан)\b"
    # the essay named before its verb ("когда это эссе было написано", "когда написали эссе"), or "кто и когда написал"
    r"|\b(?:когда|в (?:каком|какой) (?:году|год)) (?:это |этот |данное |данный )?(?:эссе|текст) (?:было |был )?(?:написан\w*|опубликован\w*)"
    r"(?=\s*(?:[?.!,;]|$))"
    r"|\bкогда (?:его |её |ее )?(?:написали|опубликовали) (?:это |данное )?эссе(?=\s*(?:[?.!,;]|$))"
    r"|\bв (?:каком|какой) (?:году|год) (?:была )?(?:написана|опубликована) (?:эта |данная )?работа(?=\s*(?:[?.!,;]|$))"
    r"|\bкто и (?:когда|в (?:каком|какой) (?:году|год)) (?:написал|опубликовал) (?:это |данное )?(?:эссе|текст)(?=\s*(?:[?.!,;]|$))",
    _FLAGS,
)


# who came after the essay's president is today's office holder, never the essay's ("who is president of Kazakhstan after
# Nazarbayev", "who succeeded Nursultan Nazarbayev", "кто преемник Назарбаева", "Назарбаевтан кейін кім президент болды"); not
# what the essay quotes after him ("кого цитирует эссе после Назарбаева"), nor "who succeeded in establishing peace"
_SUCCESSOR = re.compile(
    r"\bsucceeded (?:nursultan )?(?:nazarbay\w*|elbasy|him|the (?:first )?president)\b(?!')"
    r"|\bsuccessor\w* (?:of|to) (?:nazarbay\w*|elbasy|the (?:first )?president|him)\b|\b(?:nazarbay\w*|elbasy)'?s? successor\b"
    r"|\bpresident\w*(?: of (?:kazakhstan|kz|the country))? after (?:nazarbay\w*|elbasy)\b"
    r"|\bafter (?:nazarbay\w*|elbasy),? (?:who|which president)\b"
    r"|\bпреемник\w* (?:назарбаева|елбасы|первого президента|президента)\b|\bпрезидент\w* после (?:назарбаева|елбасы)\b"
    r"|\bпосле (?:назарбаева|елбасы),? кто\b"
    r"|\b(?:назарбаевтан|елбасыдан) (?:кейін|кейин) (?:кім )?(?:президент|басшы)\w*"
    r"|\b(?:назарбаевтан|елбасыдан) (?:кейін|кейин) [^?.]*\b(?:кім|ким) (?:президент|басшы)\w*"
    r"|\b(?:назарбаевтың|назарбаевтын|елбасының|елбасынын) (?:мұрагері|мурагери)\b",
    _FLAGS,
)
# …and who replaced him or came after him, unless it is the essay's order of people quoted ("кто в тексте пришёл после
# Назарбаева, Белл?", "кто сменил Назарбаева в качестве источника цитат в эссе")
_REPLACED = re.compile(
    r"\breplaced (?:nursultan )?(?:nazarbay\w*|elbasy|him|the (?:first )?president)\b(?!')"
    r"|\b(?:came after|followed) (?:nursultan )?(?:nazarbay\w*|elbasy|him) as (?:the )?(?:president|leader|head)\b"
    r"|\b(?:сменил|заменил|пришел после|пришёл после) (?:нурсултана )?(?:назарбаева|елбасы)\b",
    _FLAGS,
)
_IN_THE_ESSAYS_ORDER = re.compile(
    r"\bв качестве (?:источник|пример|авторитет|цитат)\w*|\bпо порядку\b|\bкак (?:источник|пример|авторитет)\w*"
    r"|\bas (?:the |an? )?(?:author'?s )?(?:source|example|authority|main quote)\b|\blist of (?:quoted|people)"
    r"|\b(?:в тексте|в эссе) (?:пришел|пришёл|идет|идёт)\b|\b(?:bell|белл\w*|marcus|aureli\w*|марк\w*|аврели\w*)\b",
    _FLAGS,
)


# how one of the essay's people stands today, which the essay (a historical text) never says: "is nazarbayev alive now",
# "where is nazarbayev now", "what does nazarbayev do now", "is nazarbayev still president", "жив ли Назарбаев",
# "Назарбаев сейчас кто", "назарбаев қазір кім", "Назарбаев тірі ме" (not where the essay has them: "ok now where is
# nazarbayev mentioned", "what is bell's position on industrial societies now", "when was marcus aurelius alive", nor
# their ideas: "is marcus aurelius' idea still alive")
_ESSAY_PERSON = re.compile(rf"\b(?:{_NAMED})\b", _FLAGS)
_STATE_TODAY = re.compile(  # with a word of today after the name, in its clause ("now", "сейчас", "қазір")
    r"\bwhere (?:is|'s)\b|\bis \w+(?: \w+)? doing\b|\bdoes \w+(?: \w+)? do\b|\bdo (?:now|today|these days|nowadays|rn)\b"
    r"|\bгде\b|\bчем (?:\w+ )?(?:занима\w*|занят\w*)|\bделает\b|\bдолжност\w*|\bработает\b"
    r"|\bқайда\b|\bкайда\b|\bне (?:істейді|истейди|істеп|истеп|жұмыс|жумыс)\w*|\bқызмет\w*|\bкызмет\w*|\bлауазым\w*",
    _FLAGS,
)
_STILL_OR_ALIVE = re.compile(  # today's standing without a word of today (not "when was he alive", "тірі болған")
    r"\b(?:is|'s|still) (?:\w+ ){0,2}alive\b|\bwhat(?: is|'s) \w+(?: \w+)? up to\b"
    r"|\bчем (?:сейчас|щас|теперь|ныне) (?:\w+ )?занима\w*|\bгде (?:сейчас|щас|теперь) (?:\w+ )?(?:живет|живёт|находится)\b|\bstill (?:the )?(?:president|in power|in office|leader|head|rul\w*|around)\b"
    r"|\bжив(?:ой|ы)?\b(?! в\b)|\b(?:ещ[её]|вс[её] ещ[её]|до сих пор) (?:\w+ )?(?:президент\w*|у власти|правит|руководит|жив\b|живой)"
    r"|\b(?:тірі|тири) (?:ме|ма|ма екен|ме екен)\b|\b(?:тірі|тири)ме\b"
    r"|\bәлі (?:де )?(?:президент|билікте|биликте|басшы|тірі|тири)\w*|\bали (?:де )?(?:президент|биликте|тири)\w*",
    _FLAGS,
)
# the essay's own words of its people: where they appear, what they say or think, their books and ideas
_ESSAYS_OWN = re.compile(
    r"\bessay\w*|\btext\b|\barticle\b|\bparagraph\w*|\bsays?\b|\bsaid\b|\bquot\w*|\bwrit\w*|\bmention\w*|\bappear\w*"
    r"|\btalk\w*|\bbook\w*|\bidea\w*|\bposition\b|\bview\w*|\bthink\w*|\baccording\b|\bliving (?:standard|condition)\w*"
    r"|\bэссе\w*|\bтекст\w*|\bстать\w*|\bабзац\w*|\bговорит\b|\bпишет\b|\bцитир\w*|\bупомина\w*|\bупомян\w*|\bкниг\w*"
    r"|\bиде\w*|\bпо мнению\b|\bмақала\w*|\bмакала\w*|\bмәтін\w*|\bматин\w*|\bайтады\b|\bжазады\b|\bаталады\b|\bаталған\w*"
    r"|\bкелтір\w*|\bкелтир\w*|\bкітаб\w*|\bкитаб\w*|\bидея\w*|\bой\w*|\bбойынша\b",
    _FLAGS,
)
_CLAUSE_END = re.compile(r"[,.;:!?]")
# whether what the essay says holds today, asked at the end: "essay says kz is a leader on the path to democracy.. is that
# still true now?", "а сейчас так?", "қазір де солай ма?" (not "why is it still so debated according to the essay")
_STILL_TRUE = re.compile(
    r"\b(?:is|are) (?:that|this|it|they|these|those) still (?:true|the case|so|valid|accurate)"
    r"(?: (?:now|today|nowadays|these days|rn))?\W*$"
    r"|\bstill (?:true|the case|valid|accurate) (?:now|today|nowadays|these days)\W*$"
    r"|(?:^|\W)(?:это |так )?до сих пор (?:так|верно|правда)\W*$|(?:^|\W)(?:и |а )?(?:сейчас|щас|сегодня) (?:тоже |всё ещё |все еще |ещё |еще )?так\s*\?\W*$"
    r"|(?:^|\W)(?:қазір|казир|бүгін|бугин) де (?:солай|сондай)(?: ма| ба)?\W*$",
    _FLAGS,
)


def _person_today(question: str) -> bool:
    """Whether a question asks how one of the essay's people stands today (`_ESSAY_PERSON`)."""
    named = _ESSAY_PERSON.search(question)
    if named is None or _ESSAYS_OWN.search(question):
        return False
    if _STILL_OR_ALIVE.search(question):
        return True
    # a word of today after the name, in its clause ("where is nazarbayev now", "Назарбаев сейчас кто", "what does
    # nazarbayev do now"; not "ok now who is daniel bell", "who is nazarbayev, i need it now for my seminar")
    today = CURRENT.search(question, named.end())
    if today is None or _CLAUSE_END.search(question, named.end(), today.start()):
        return False
    return bool(_STATE_TODAY.search(question) or WHO.search(question))


def essay_dated(question: str) -> bool:
    """Whether a question asks when the essay itself was written ("в каком году написано эссе"): the entry on its
    author says it gives no name and no date."""
    return _essay_dated(_unquoted(question.casefold().translate(LATIN_LETTERS)))


# a work the essay cites named anywhere in the question ("учебник, в каком году написана эта работа?", "what year was the
# text published in Politics journal", "…эссе в списке литературы номер 10"): its year is in the reference list
_CITED_WORK = re.compile(
    r"оқулық|окулык|сөздік|создик|послани|\baddress|жолдау|2030"
    r"|учебник|textbook|книг|\bbook|кітап|китап|газет|newspaper|журнал|journal|жас ка|жас қа|young kazakh|ссыла"
    r"|словар|dictionar|энциклопед|encyclop|\bномер \d|№ ?\d|\bnumber \d|\bno\. ?\d"
)


# a surname's ending, as students spell it ("Абсаттарава", "Абдулаттаефа", "Zhambyloff", "Nysanbaiev", "Жексембекқызы")
_SURNAME_ENDING = r"(?:[оаеё][вф]|ин|ұлы|улы|қызы|кызы|[oae][vf]|i?e[vf]|ye[vf]|in|uly|kyzy)"
_SURNAME = re.compile(r"(?<=\w{5})(?:ов|ев|ин|ov|ev|yev|in)$")


@cache
def _cited_author() -> re.Pattern[str]:
    """An author of a cited work, as the lexicon spells them (`cited` concepts), in any script and with any ending
    ("Куандыка", "Жылықышевтің"), and a surname's root before a misspelt surname ending ("Жылкышова", "Абсаттарава",
    "Zhambyloff"); not a root alone: "Мұстафа", "Абсатар" and "Jambyl region" are students' and places' names."""
    spellings = set()
    for concept in (c for c in raw_concepts() if c.cited):
        for pattern in (p for lang in LANGUAGES for p in concept.patterns(lang) if not p.startswith("!")):
            word = pattern.strip("*")
            spellings.add(re.escape(word) + ("" if pattern.endswith("*") else r"\b"))
            if _SURNAME.search(word):
                spellings.add(re.escape(_SURNAME.sub("", word)) + _SURNAME_ENDING)
    return re.compile(r"\b(?:" + "|".join(sorted(spellings, key=len, reverse=True)) + ")")


# where a clause ends, for whose work is asked: not at an initial, "prof." or an ellipsis ("текст Т.Т. Мустафина",
# "by Dr. Absattarov", "текст... Жамбылова")
_NAME_CLAUSE_END = re.compile(
    r"[,;:!?]|(?<!\.)(?<!\b\w)(?<!\bprof)(?<!\bпроф)(?<!\bакад)(?<!\bдоц)(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!\bmrs)\.(?!\.)"
)
# a short clause before that names whom the next asks about, with "about" or a colon ("про Жамбылова: в каком году
# написано эссе?", "проф. Абсаттаров: …", "Absattarov R.B.: …", "Жамбылов туралы, эссе қай жылы жазылған?"; not
# "я Абсатарова, …", "профессор Абсаттаров спросил, …", nor "Kuandik, what year …" left of "hi im Kuandik, …")
_ABOUT = re.compile(
    r"^\W*(?:(?:а|ну|and|so|ал|ok|ок)\s+)?(?:про|насчет|насчёт|касательно|по поводу|вопрос (?:по|про)|about|regarding|as for|re)\b"
    r"|\b(?:туралы|жайлы|бойынша)\W*$"
)
_ABOUT_WORDS = 5  # "about professor Absattarov R. B.": a name with its title and initials
# …or a short clause after it that asks the same of an author ("в каком году написано эссе? а Жамбылов?", "…, by
# Zhambylov?", "эссе қай жылы жазылған? ал Мұстафин ше?"): the author's work is what has a date
_AND_OF = re.compile(r"^\W*(?:а|и|ну|and|ал|by|what about|how about|and what about)\b(?!\s+(?:не|not|no|емес)\b)")


def _essay_dated(question: str) -> bool:
    """…and no cited work named anywhere, nor its author in the same clause or a clause before that only names them
    ("Жылықышевтің эссесі қай жылы жазылған", "what year was the text written by D. Zhambylov", "Mustafin: what year was
    the essay written?"; not "в каком году написано эссе? Автор Абсатаров?", "я Абсатарова, в каком году написано эссе?",
    "…, а не статья Жылыкышева")."""
    dated = _ESSAY_DATED.search(question)
    if dated is None or _CITED_WORK.search(question):
        return False
    ends = [m.start() for m in _NAME_CLAUSE_END.finditer(question)]
    start = max((end for end in ends if end < dated.start()), default=-1) + 1
    stop = min((end for end in ends if end >= dated.end()), default=len(question))
    if _cited_author().search(question, start, stop):
        return False
    before = question[max((end for end in ends if end < start - 1), default=-1) + 1 : max(start - 1, 0)]
    named = (_ABOUT.search(before) or (start > 0 and question[start - 1] == ":")) and len(before.split()) <= _ABOUT_WORDS
    after = question[stop + 1 : min((end for end in ends if end > stop), default=len(question))]
    named_after = _AND_OF.match(after) and len(after.split()) <= _ABOUT_WORDS
    return not (named and _cited_author().search(before)) and not (named_after and _cited_author().search(after))


def asks(question: str) -> str | None:
    """'compose' (write a text), 'advice' (how to write one's own), 'current' (who holds an office now, or how many now), 'today' (who
    or what is X now), 'when', 'born' (when someone was born or died, or the essay was written), 'times' (how
    many times the essay does something), 'often' (how often), 'count', or None."""
    question = _unquoted(question.casefold().translate(LATIN_LETTERS))
    if COMPOSE.search(question):
        return "compose"
    if ADVICE.search(question) and not _NOTES_OF_IT.search(question) and not _THIS_ESSAYS.search(question):
        return "advice"
    if _person_today(question) or _STILL_TRUE.search(question):
        return "current"  # "is nazarbayev alive now", "назарбаев қазір кім": how the essay's people stand today
    person = PERSON.search(question) and (OFFICE.search(question) or not NOT_TODAY.search(question))
    if CURRENT.search(question) and _WHICH_PARTIES.search(question):
        return "current"  # "which parties are in Kazakhstan now": today's parties, not the essay's
    if CURRENT.search(question) and (person or COUNT.search(question)):  # "today, by the author, who is…" is the essay's own
        # "who is the political force of society today" is asked in the essay's own words: an
        # entry saying what the essay calls today's may answer it; an office holder or a count, never
        return "today" if not (ROLE.search(question) or OFFICE.search(question) or COUNT.search(question)) else "current"
    if (WHO.search(question) and OFFICE.search(question) and not NOT_TODAY.search(question)) or _LABEL_ALONE.search(question):
        return "current"
    if _SUCCESSOR.search(question) or (_REPLACED.search(question) and not _IN_THE_ESSAYS_ORDER.search(question)):
        return "current"
    if _asks_when(question) and not CONDITION.search(question):
        # when someone was born or died: no entry gives it, though one dates when Marcus Aurelius lived
        # ("when was the idea of elected rule born" is the idea's date, which an entry gives)
        # …nor when the essay itself was written ("what is the date of the essay?", "эссенің жазылған күні"), which it
        # does not say either
        life = LIFE_EVENT.search(question) and _PERSON.search(question) and not _IDEA.search(question)
        return "born" if life or _essay_dated(question) else "when"
    if TIMES.search(question):
        return "times"
    if OFTEN.search(question):
        return "often"
    if COUNT.search(question):
        return "count"
    return None


# "When" in the middle of a clause joins it ("what examples does he give when talking about
# parties"); it asks for a date where a clause starts, after a filler, or at the end ("… when?").
_CLAUSE_START = re.compile(
    r"(?:^|[,.;:!?(\-–—]|\b(?:and|so|but|then|ok|okay|also|tell me|и|а|но|ну|так|короче|скажи|подскажи))\s*$", _FLAGS
)
_JOINING_WHEN = re.compile(r"\bwhen\b|\bкогда\b", _FLAGS)
# a clause of one's own doing, or of what the essay does, then the sentence ("When the essay says …, is that …")
_TELLING_WHEN = re.compile(
    r"\s+(?:i|we|я|мы|(?:the\s+)?(?:essay|author|text|article|writer|paper)|he|she|it|автор|эссе|(?:в\s+)?(?:тексте|статье|эссе))\b[^?,]*,",
    _FLAGS,
)


# "when" that opens a condition, and a question after the comma ("when a country modernizes, what changes?", "Когда
# страна модернизируется, что меняется?") or "это"/"that means" after it ("когда страна меняет старые порядки это ж
# как механизм"): not a date; "when did it appear, and who coined it?" still asks one
_DATE_VERB = (  # what asks for a date after "when": "when did it appear", "когда появилось"
    r"did|was|were|is|are|does|do|will|has|have|had|can|could|should|would|exactly|roughly|approximately"
    r"|был\w*|жил\w*|появил\w*|возник\w*|вышл\w*|вышел|написал\w*|принял\w*|принят\w*|начал\w*|ввел\w*|ввёл\w*"
)
_CONDITIONAL_WHEN = re.compile(
    rf"\s+(?!(?:{_DATE_VERB})\b)"
    r"[^?,.;!]{3,80}(?:,\s*(?:so\s+|then\s+|то\s+)?(?:what|how|why|which|who|does|do|is|are|can|что|как|почему|зачем|каки\w+|кто|чем)"
    r"|\s+(?:это|that's|that is|this is|is that|means|значит))\b",  # "когда политика становится современнее это типа …"
    _FLAGS,
)


# "when" of an example, after what it illustrates: "политическое развитие это что своими словами, ну когда система
# подстраивается под людей?", "… like when parties fight" (not "…, ну когда появилось это понятие?")
_EXAMPLE_WHEN_BEFORE = re.compile(r"[,?!]\s*(?:ну|типа|то есть|like|i mean)\s*$", _FLAGS)
_EXAMPLE_WHEN_AFTER = re.compile(rf"\s+(?!(?:{_DATE_VERB})\b)", _FLAGS)
# …not a date asked of what was named, in the past ("…, ну когда это произошло?", "статья Назарбаева, ну когда она
# вышла?", "эссе, ну когда его написали?"); "ну когда она подстраивается под людей" is an example
_PAST = re.compile(r"\b(?!модел|мысл|цел|рол|школ|правил|сил|дел)\w*(?:[аеиоуяыю]|[шсзк])л(?:а|о|и|ся|ась|ось|ись)?\b", _FLAGS)
_CLAUSE_MARK = re.compile(r"[?.!,;]")  # where the clause after "when" ends


# "explain like im a first year nursing student": the student's year of study, no date asked
_YEAR_OF_STUDY = re.compile(r"\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+year\b", _FLAGS)


def _asks_when(question: str) -> bool:
    question = _YEAR_OF_STUDY.sub(" ", question)
    for found in WHEN.finditer(question):
        if not _JOINING_WHEN.fullmatch(found.group()):
            return True  # "what year", "қашан": always a date
        before, after = question[: found.start()], question[found.end() :]
        if found.group().casefold() == "когда" and before.rstrip().endswith(","):
            continue  # ", когда пишет о партиях": Russian joins clauses so
        if (
            _EXAMPLE_WHEN_BEFORE.search(before)
            and _EXAMPLE_WHEN_AFTER.match(after)
            and not _PAST.search(_CLAUSE_MARK.split(after, maxsplit=1)[0])
        ):
            continue  # "…, ну когда система подстраивается под людей?": an example of what is asked
        if _TELLING_WHEN.match(after):
            continue  # "Когда я читала, мне показалось…", "when I read it, …": when one did something
        if _CONDITIONAL_WHEN.match(after):
            continue  # "when a country's politics gets more modern, what does that mean?": if, not a date
        if _CLAUSE_START.search(before) or not re.search(r"\w", after):
            return True
    return False


def capabilities(entry: Entry) -> frozenset[str]:
    """The kinds of fact an entry's answer states: 'when' (a date or period), 'count' (a number),
    'often' (constantly), 'today' (what the essay says of its own day); 'count:X' and 'times:X' say
    what it counts and what it did a number of times (knowledge.counting)."""
    text = CITATION.sub(" ", f"{entry.question.en} {entry.answer.en}")
    found = set()
    if _TODAY_IN_ENTRY.search(entry.answer.en):
        found.add("today")
    if _DATE_IN_ENTRY.search(text):
        found.add("when")
    if _NUMBER_IN_ENTRY.search(text):
        found.add("count")
    if _OFTEN_IN_ENTRY.search(f"{entry.answer.en} {entry.explanation.en}"):
        found.add("often")
    counts, times = counted_in(entry)
    found |= {f"count:{token}" for token in counts} | {f"times:{token}" for token in times}
    return frozenset(found)


def can_answer(kind: str | None, entry_capabilities: frozenset[str], counting: tuple[str, ...] = ()) -> bool:
    """Whether an entry with these capabilities answers a question of this kind (`counting`: the
    tokens of a "how many" question, see `counted`)."""
    if kind == "times":  # "how many times is Nazarbayev quoted": "quotes him by name twice"
        return states(entry_capabilities, "times:", counting)
    if kind == "count":
        if states(entry_capabilities, "count:", counting):
            return True  # the entry counts what is asked ("how many references": "11 references")
        # "how many works" may be the entry's own count in other words ("11 references"), unless what
        # is counted is a term of the essay the entry does not count ("how many presidents")
        return "count" in entry_capabilities and not (counting and is_concept(counting[0]))
    return kind is None or (kind != "current" and kind in entry_capabilities)
