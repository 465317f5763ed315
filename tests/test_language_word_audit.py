"""Audit of the words shared by languages: every word table a text is read with, of every language, checked for a
spelling that means one thing in one language and another thing in another (docs/normalization.md, "Words shared
by languages").

A date is read in every language and refused where their readings differ (month words: tests/test_polish_czech.py
audits them), but a count is read by the first language of `_LANGUAGES` whose tables read it, and a day of the week
by one mapping of every language's names: there the order of the tables would settle a word of two meanings
silently. Each check below finds such a word; where a check is of the real tables and finds nothing, a unit test
shows on a table made to collide that it would.

1. Days of the week: each language's table (`_LANGUAGE_WEEKDAYS`) and their merge (`_WEEKDAYS`).
2. Arabic الاثنين: Monday in a date, "the two" in a count.
3. Counts: number and multiplier words, bounds, range words, vague words, hedges, in every language and English.
4. Month words (of the Gregorian calendar in every language, and of the Solar and Lunar Hijri calendars) against
   number words and days of the week of other languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import pytest

from reconcile import normalize
from reconcile.errors import NormalizeError
from reconcile.normalize import (
    _LANGUAGE_WEEKDAYS,
    _LANGUAGES,
    _LUNAR_HIJRI_WORDS,
    _MONTH_NAMES,
    _SOLAR_HIJRI_WORDS,
    _WEEKDAY_NAMES,
    _WEEKDAYS,
    _count_in,
    _english_count,
    _fold,
    _Language,
    _language,
    _merged_weekdays,
    _plain_letters,
    _weekday_table,
    parse_count,
    parse_date,
)

from .readings import count_of, span_of

D = dt.date

#: A Monday, from which the day of each name is counted.
_MONDAY = D(2022, 10, 17)

_BY_NAME: Mapping[str, _Language] = {language.name: language for language in _LANGUAGES}


# ---------------------------------------------------------------------------------------------------------------
# 1. Days of the week
# ---------------------------------------------------------------------------------------------------------------

def test_a_spelling_of_two_days_in_two_languages_is_refused_at_import() -> None:
    """The merge of the weekday tables refuses a spelling that names different days in two languages, naming both,
    where a merge of dicts would let the later language silently take the earlier's meaning."""
    tables = {"One": _weekday_table(("lun", "", "", "", "", "", "")),
              "Other": _weekday_table(("", "", "", "", "", "", "lun"))}
    with pytest.raises(ValueError, match="'lun' names Monday in One and Sunday in Other"):
        _merged_weekdays(tables)


def test_a_spelling_of_one_day_in_two_languages_is_that_day() -> None:
    """A spelling two languages share for one day (Spanish and Filipino ``lunes``) is that day, once."""
    tables = {"Spanish": _weekday_table(("lunes|lun", "", "", "", "", "", "")),
              "Filipino": _weekday_table(("lunes", "", "", "", "", "", "linggo"))}
    assert dict(_merged_weekdays(tables)) == {"lunes": 0, "lun": 0, "linggo": 6}


def test_a_spelling_of_two_days_in_one_language_is_refused() -> None:
    """One language's table refuses a spelling it gives to two days, in any of the forms it writes names in."""
    with pytest.raises(ValueError, match="'sro' names Monday and Wednesday"):
        _weekday_table(("sro", "", "środa", "", "", "", ""), lambda name: (name, name.replace("ś", "s")[:3]))
    with pytest.raises(ValueError, match="expected the names of 7 days"):
        _weekday_table(("lundi", "mardi"))


def test_every_weekday_table_is_of_a_language_read() -> None:
    """Each weekday table is of a language whose dates are read (`_Language`'s ``name``) or of English, which is read
    before every other: the day of the week settles a date of two languages by these names (`_weekday_date`)."""
    assert set(_LANGUAGE_WEEKDAYS) - {"English"} <= set(_BY_NAME)
    assert all(0 <= day < len(_WEEKDAY_NAMES) for table in _LANGUAGE_WEEKDAYS.values() for day in table.values())


def test_the_merged_weekdays_are_every_language_s_and_only_theirs() -> None:
    """Audit of every weekday table: each spelling of each language names that language's day in the mapping dates
    are read with, and the mapping holds no other spelling. A table merged otherwise than by `_merged_weekdays`
    (as a dict union, where the later language's day wins) fails here at the spelling of two days."""
    for language, table in _LANGUAGE_WEEKDAYS.items():
        for name, day in table.items():
            assert _WEEKDAYS[name] == day, (language, name, _WEEKDAY_NAMES[_WEEKDAYS[name]], _WEEKDAY_NAMES[day])
    assert set(_WEEKDAYS) == {name for table in _LANGUAGE_WEEKDAYS.values() for name in table}


def test_every_weekday_name_is_written_as_the_text_is_folded() -> None:
    """Each spelling is as a date's text is folded before its day of the week is read (casefolded, NFKC, spaced
    once): a spelling that is not would never be read."""
    for name in _WEEKDAYS:
        assert " ".join(_fold(name).replace(",", " ").split()) == name, name


def test_every_weekday_name_reads_its_own_day() -> None:
    """Each spelling of each language before a date on its day reads that date, and before the next day is refused
    as not fitting: the day a name is read as is that language's day, whatever other language shares the
    spelling."""
    for language, table in _LANGUAGE_WEEKDAYS.items():
        for name, day in table.items():
            date = _MONDAY + dt.timedelta(days=day)
            assert span_of(f"{name} {date.isoformat()}") == (date, date, "day"), (language, name)
            with pytest.raises(NormalizeError, match="does not fit"):
                parse_date(f"{name} {(date + dt.timedelta(days=1)).isoformat()}")


# ---------------------------------------------------------------------------------------------------------------
# 2. Arabic الاثنين: Monday, and "the two"
# ---------------------------------------------------------------------------------------------------------------

def _weekdays_that_are_count_words() -> dict[str, set[str]]:
    """Each spelling of a day of the week that is, as counts are compared (`_plain_letters`), a count phrase of a
    language: the spelling and those languages."""
    words: dict[str, set[str]] = {}
    for name in _WEEKDAYS:
        for language in _LANGUAGES:
            if _plain_letters(name) in language.counts.english:
                words.setdefault(name, set()).add(language.name)
    return words


def test_the_weekdays_that_are_count_words_are_those_found() -> None:
    """Arabic الاثنين (and الإثنين and الأثنين, alike without their hamza) is Monday and "the two", and no other
    day's name is a count word: a language added with such a word shows here."""
    assert _weekdays_that_are_count_words() == {"الاثنين": {"Arabic"}, "الإثنين": {"Arabic"},
                                                "الأثنين": {"Arabic"}}


@pytest.mark.parametrize("monday", ["الاثنين", "الإثنين", "الأثنين", "يوم الاثنين"])
def test_arabic_monday_is_monday_in_a_date_and_two_in_a_count(monday: str) -> None:
    """The days of the week are read only in a date, before it (`_weekday_date`, and the Lunar Hijri reader), and no
    count reads them; count words are read only in a count. So الاثنين is Monday before a date (and refused before
    a day that is no Monday) and 2 as a count ("the two"), and neither reading is ever offered for the other field:
    the field settles it."""
    assert span_of(f"{monday} 17 أكتوبر 2022") == (D(2022, 10, 17), D(2022, 10, 17), "day")
    with pytest.raises(NormalizeError, match="does not fit"):
        parse_date(f"{monday} 18 أكتوبر 2022")
    if not monday.startswith("يوم"):
        assert count_of(monday) == (2, 2)
        with pytest.raises(NormalizeError):
            parse_date(monday)


# ---------------------------------------------------------------------------------------------------------------
# 3. Counts
# ---------------------------------------------------------------------------------------------------------------

def _phrase_clashes(languages: Iterable[_Language]) -> dict[tuple[str, str], dict[str, set[str]]]:
    """Each phrase of the count tables of ``languages`` that stands for different English words in two of them: (the
    table, the phrase) and each reading with its languages. The tables: counts (number and multiplier words,
    bounds, vague words), the ends of ranges, bounds after the number, and the hedge words."""
    readings: dict[tuple[str, str], dict[str, set[str]]] = {}

    def add(table: str, phrase: str, english: str, language: str) -> None:
        readings.setdefault((table, phrase), {}).setdefault(english, set()).add(language)

    for language in languages:
        for table in ("counts", "ends"):
            for phrase, english in getattr(language, table).english.items():
                add(table, phrase, english, language.name)
        for before, after, bound in language.after:
            add("after", f"{before}…{after}", bound, language.name)
        if language.hedges is not None:
            for phrase, english in language.hedges.leads.english.items():
                add("hedges", phrase, english, language.name)
    return {key: named for key, named in readings.items() if len(named) > 1}


def _synthetic(numbers: Mapping[str, str], name: str = "Synthetic") -> _Language:
    """A language of these number words alone, as a table made to collide."""
    return _language({}, {}, numbers=numbers, name=name)


def test_no_count_phrase_stands_for_two_readings() -> None:
    """Audit of every count table: a phrase of two languages stands for the same English words in both, in the
    counts, the ends of ranges, the bounds after a number and the hedge words (Spanish and Portuguese ``cerca de``;
    Bosnian, Polish and Czech ``do``, up to)."""
    assert _phrase_clashes(_LANGUAGES) == {}


def test_a_count_phrase_of_two_readings_is_found() -> None:
    """A table made to collide (Kurmanji ``şêst``, sixty, is ``sest`` without its marks, which is Serbian and Czech
    six) is found by the audit above."""
    clashes = _phrase_clashes((_BY_NAME["Czech"], _synthetic({"şêst": "sixty"})))
    assert clashes[("counts", "sest")] == {"six": {"Czech"}, "sixty": {"Synthetic"}}


def _count_readers(languages: Sequence[_Language]) -> list[tuple[str, frozenset[str], frozenset[str] | None]]:
    """The readers of a count in the order `parse_count` tries them: English, then each language (`_foreign_count`);
    each with the letters and the words (None: any) a text it reads may hold: no word of a count is in no table of
    the language that reads it. English words are of ASCII letters."""
    readers: list[tuple[str, frozenset[str], frozenset[str] | None]] = [
        ("English", frozenset("abcdefghijklmnopqrstuvwxyz"), None)]
    for language in languages:
        phrases = [*language.counts.english, *language.ends.english]
        phrases += [words for lead, _, close in language.ranges for words in (lead, close)]
        phrases += [words for before, after, _ in language.after for words in (before, after)]
        pattern = "".join(pattern.pattern for _, pattern, _ in language.ranges)
        letters = frozenset(char for text in (*phrases, pattern) for char in text if char.isalpha())
        words = frozenset(word for phrase in phrases for word in phrase.split())
        # A language that writes its words together (Thai; Hebrew's one-letter words) is held to its letters alone.
        readers.append((language.name, letters, None if language.count_words else words))
    return readers


def _reading(text: str, language: _Language | None) -> object:
    """What ``text`` reads to in ``language`` (English for None): (low, high), "refused" or None for no reading."""
    folded = _fold(text)
    try:
        count = _english_count(folded, text) if language is None else _count_in(language, folded, text)
    except NormalizeError:
        return "refused"
    return None if count is None else (count.low, count.high)


def _ambiguous_counts(languages: Sequence[_Language]) -> dict[str, dict[str, object]]:
    """Each text made of a count phrase of ``languages`` (alone, before and after a figure, between two figures)
    that two readers of a count (English and ``languages``) read differently: the text and each reader's reading.
    ``parse_count`` would give the first reader's reading, silently."""
    by_name = {language.name: language for language in languages}
    readers = _count_readers(languages)
    texts: set[str] = set()
    for language in languages:
        for phrase in language.counts.english:
            texts.update((phrase, f"{phrase} 20", f"20 {phrase}", *(() if " " in phrase else (f"10 {phrase} 20",))))
        texts.update(f"{before}20{after}" for before, after, _ in language.after)
    found: dict[str, dict[str, object]] = {}
    for text in sorted(texts):
        plain = _plain_letters(_fold(text))
        letters = {char for char in plain if char.isalpha()}
        words = {word for word in plain.split() if not word[0].isdigit()}
        # a letter or a word none of its tables holds: the language reads no such text
        candidates = [name for name, alphabet, vocabulary in readers
                      if letters <= alphabet and (vocabulary is None or words <= vocabulary)]
        if len(candidates) < 2:
            continue
        readings = {name: read for name in candidates if (read := _reading(text, by_name.get(name))) is not None}
        if len(set(readings.values())) > 1:
            found[text] = readings
    return found


def test_no_count_reads_otherwise_in_another_language() -> None:
    """Audit of every count table in use: no text of a count phrase (a number or multiplier word, a bound, a range
    word between figures, a vague word) reads otherwise in English or another language that also reads it. A count
    is read by the first reader that reads it (English, then `_LANGUAGES` in turn), so a word of two readings would
    be read in the first language, whatever the source's language; the audit keeps there being none. Texts of two
    languages that read alike are many (``do 20``: up to 20 in Bosnian, Polish and Czech; ``cinco``)."""
    assert _ambiguous_counts(_LANGUAGES) == {}


def test_a_count_of_two_readings_is_found_and_the_first_language_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table made to collide (``sest``: six in Serbian, sixty in a Kurmanji that read şêst alone) is found by the
    audit above, which names both readings; ``parse_count`` gives the reading of the language tried first, in
    either order, which is why the audit must find none."""
    serbian, sixty = _BY_NAME["Bosnian/Croatian/Serbian"], _synthetic({"şêst": "sixty"}, "Kurmanji Kurdish")
    found = _ambiguous_counts((serbian, sixty))
    assert found["sest"] == {"Bosnian/Croatian/Serbian": (6, 6), "Kurmanji Kurdish": (60, 60)}
    monkeypatch.setattr(normalize, "_LANGUAGES", (serbian, sixty))
    assert count_of("šest") == (6, 6)
    monkeypatch.setattr(normalize, "_LANGUAGES", (sixty, serbian))
    assert count_of("šest") == (60, 60)


def test_kurmanji_sixty_alone_is_not_read_as_serbian_six() -> None:
    """The collision above is the one Kurmanji's tables avoid: şêst alone (sixty) is in no table, Serbian and Czech
    do not read it (ş and ê are among the letters they never write: `_Language`'s ``unwritten``), so it is
    refused, and ``šest`` is six; şêst û pênc is 65."""
    assert count_of("šest") == (6, 6)
    assert count_of("şêst û pênc") == (65, 65)
    with pytest.raises(NormalizeError):
        parse_count("şêst")


# ---------------------------------------------------------------------------------------------------------------
# 4. Month words, number words and days of the week
# ---------------------------------------------------------------------------------------------------------------

_MONTHS = frozenset(name.casefold() for name in _MONTH_NAMES)


def _month_words() -> dict[str, dict[str, set[str]]]:
    """Each month word of the date tables (as compared: `_plain_letters`), each month it names with its languages."""
    words: dict[str, dict[str, set[str]]] = {}
    for language in _LANGUAGES:
        for phrase, english in language.dates.english.items():
            if english in _MONTHS:
                words.setdefault(phrase, {}).setdefault(english, set()).add(language.name)
    return words


def _months_that_are_count_words() -> dict[str, tuple[str, dict[str, str]]]:
    """Each month word that is a count phrase of a language: the word, the month, and the count's English by
    language."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for phrase, named in _month_words().items():
        counted = {language.name: language.counts.english[phrase] for language in _LANGUAGES
                   if phrase in language.counts.english}
        if counted:
            (month,) = named  # two months of one word are the month audit's (tests/test_polish_czech.py)
            found[phrase] = (month, counted)
    return found


def test_the_month_words_that_are_count_words_are_those_found() -> None:
    """Five month words are number words of another language: French ``sept`` (seven) is the September of French,
    Spanish, Indonesian and Filipino; Vietnamese ``mấy`` (several: ``may`` without its marks) is Spanish and
    Azerbaijani May; Czech ``set`` (hundreds, as in ``pět set``: 500) is Portuguese and Filipino September; Portuguese
    ``dez`` (ten) is its December; Haitian Creole ``dis`` (ten) is the Malay December (``dis``). A language added
    with another shows
    here."""
    assert _months_that_are_count_words() == {
        "sept": ("september", {"French": "seven"}),
        "may": ("may", {"Vietnamese": "several"}),
        "set": ("september", {"Czech": "hundred"}),
        "dez": ("december", {"Portuguese": "ten"}),
        "dis": ("december", {"Haitian Creole": "ten"}),
    }


@pytest.mark.parametrize("word", ["sept", "may", "set", "dez", "dis"])
def test_a_month_that_is_a_number_word_is_the_month_in_a_date_and_the_number_in_a_count(word: str) -> None:
    """Not ambiguous: a date reads only the date tables and a count only the count tables, so the field settles the
    word. In a date it is the month (alone, with a day, with a year); in a count it is the number (alone, and where
    a table holds it, after another: ``pět set``, 500)."""
    month, counted = _months_that_are_count_words()[word]
    number = _MONTH_NAMES.index(month.title()) + 1
    assert span_of(f"15 {word} 2022") == (D(2022, number, 15), D(2022, number, 15), "day")
    assert span_of(f"{word} 2022")[2] == "month"
    (language,) = counted
    english = _BY_NAME[language].counts.english[word].replace("[a] ", "a ")
    if english == "hundred":  # a hundred only after the number it counts (pět set: 500), no count alone
        assert count_of(f"pět {word}") == (500, 500)
        with pytest.raises(NormalizeError):
            parse_count(word)
    else:
        assert count_of(word) == count_of(english), (word, english)


def test_no_month_word_is_a_day_of_the_week_or_a_date_word_otherwise() -> None:
    """No month word of a language is the name of a day of the week of another (as compared: `_plain_letters`), and
    no day's name is any other date word of a language: a day of the week is read only where no language reads the
    text as a date (`parse_date` tries `_weekday_date` after them), so such a word would be read as the date word,
    and the day's name would be lost without a word. Would fail were, say, Turkish ``mart`` (March) a day."""
    days = {_plain_letters(name): day for name, day in _WEEKDAYS.items()}
    shared = {(language.name, phrase) for language in _LANGUAGES for phrase in language.dates.english
              if phrase in days}
    assert shared == set()


def test_a_day_that_is_a_date_word_would_be_found() -> None:
    """The check above on a table made to collide: ``mart`` as a day of the week is Azerbaijani, Serbian, Turkish
    and Romanian (abbreviated) March."""
    days = {_plain_letters(name) for name in _merged_weekdays({"Made up": _weekday_table(
        ("mart", "", "", "", "", "", ""))})}
    assert {(language.name, phrase) for language in _LANGUAGES for phrase in language.dates.english
            if phrase in days} == {("Azerbaijani", "mart"), ("Bosnian/Croatian/Serbian", "mart"), ("Romanian", "mart"),
                                           ("Turkish", "mart")}


def _hijri_months_elsewhere() -> dict[str, set[tuple[str, str, str]]]:
    """Each month word of the Solar and Lunar Hijri calendars (`_SOLAR_HIJRI_WORDS`, `_LUNAR_HIJRI_WORDS`) that is a
    date word, a count word or a day of the week of a language: the word, and (the table, the language, its
    English) for each."""
    days = {_plain_letters(name) for name in _WEEKDAYS}
    found: dict[str, set[tuple[str, str, str]]] = {}
    for words in (_SOLAR_HIJRI_WORDS, _LUNAR_HIJRI_WORDS):
        for phrase, token in words.english.items():
            if not token.startswith(("shm", "lhm")):
                continue
            for language in _LANGUAGES:
                for table in ("dates", "counts"):
                    if (english := getattr(language, table).english.get(phrase)) is not None:
                        found.setdefault(phrase, set()).add((table, language.name, english))
            if phrase in days:
                found.setdefault(phrase, set()).add(("weekdays", "", ""))
    return found


def test_the_hijri_months_found_elsewhere_are_those_found() -> None:
    """No month of the Solar or the Lunar Hijri calendar is a Gregorian month word or a day of the week of a language
    (read first, `_foreign_date`, it would take the Hijri date's place without a word); one is a number word: Safar
    (صفر) is zero in Arabic, Persian and Pashto, in a count only, as the field settles it."""
    assert _hijri_months_elsewhere() == {"صفر": {("counts", "Arabic", "zero"), ("counts", "Persian (Dari)", "zero"),
                                                ("counts", "Pashto", "zero")}}
    assert count_of("صفر") == (0, 0)
    assert span_of("15 صفر 1444") == (D(2022, 9, 11), D(2022, 9, 13), "range")
