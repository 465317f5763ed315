"""Digits with a number word that multiplies them (``3 thousand``, ``3 тысячи``, ``3 mille``, ``elfu 3``) are refused
in every language, as in English, and the message names the figure to write: the digits times the word, never the
digits alone, which a coder would record as a toll a thousand times too small."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.normalize import MAX_COUNT, parse_count

# Each language's words of a hundred, a thousand, a myriad, a lakh or a crore, as its press writes them after
# digits, and what each multiplies by; apart from the module's tables. A word written before the digits (Swahili
# ``elfu 3``: 3,000) is marked "before".
_AFTER = "after"
_BEFORE = "before"
_MULTIPLIERS: dict[str, list[tuple[str, int, str]]] = {
    "Russian": [("тысяч", 1000, _AFTER), ("тысячи", 1000, _AFTER), ("тыс.", 1000, _AFTER), ("сотни", 100, _AFTER)],
    "Ukrainian": [("тисяч", 1000, _AFTER), ("тисячі", 1000, _AFTER), ("тис.", 1000, _AFTER)],
    "Bosnian, Croatian, Serbian": [("tisuća", 1000, _AFTER), ("hiljada", 1000, _AFTER), ("хиљада", 1000, _AFTER),
                                   ("tisuće", 1000, _AFTER), ("stotina", 100, _AFTER)],
    "French": [("mille", 1000, _AFTER), ("cents", 100, _AFTER)],
    "Spanish and Portuguese": [("mil", 1000, _AFTER)],
    "Arabic": [("ألف", 1000, _AFTER), ("آلاف", 1000, _AFTER), ("مئة", 100, _AFTER)],
    "Hebrew": [("אלף", 1000, _AFTER), ("אלפים", 1000, _AFTER), ("מאות", 100, _AFTER)],
    "Persian": [("هزار", 1000, _AFTER), ("صد", 100, _AFTER)],
    "Pashto": [("زره", 1000, _AFTER)],
    "Sorani": [("هەزار", 1000, _AFTER)],
    "Kurmanji": [("hezar", 1000, _AFTER), ("sed", 100, _AFTER)],
    "Armenian": [("հազար", 1000, _AFTER), ("հարյուր", 100, _AFTER)],
    "Georgian": [("ათასი", 1000, _AFTER)],
    "Azerbaijani": [("min", 1000, _AFTER)],
    "Turkish": [("bin", 1000, _AFTER), ("yüz", 100, _AFTER)],
    "Amharic": [("ሺህ", 1000, _AFTER), ("ሺ", 1000, _AFTER), ("መቶ", 100, _AFTER)],
    "Tigrinya": [("ሽሕ", 1000, _AFTER)],
    "Somali": [("kun", 1000, _AFTER), ("boqol", 100, _AFTER)],
    "Swahili": [("elfu", 1000, _BEFORE), ("mia", 100, _BEFORE), ("laki", 100_000, _BEFORE)],
    "Indonesian and Malay": [("ribu", 1000, _AFTER), ("ratus", 100, _AFTER)],
    "Thai": [("พัน", 1000, _AFTER), ("ร้อย", 100, _AFTER), ("หมื่น", 10_000, _AFTER), ("แสน", 100_000, _AFTER)],
    "Khmer": [("ពាន់", 1000, _AFTER), ("រយ", 100, _AFTER), ("ម៉ឺន", 10_000, _AFTER), ("សែន", 100_000, _AFTER)],
    "Burmese": [("ထောင်", 1000, _AFTER), ("ရာ", 100, _AFTER), ("သောင်း", 10_000, _AFTER),
                ("သိန်း", 100_000, _AFTER)],
    "Tamil": [("ஆயிரம்", 1000, _AFTER), ("நூறு", 100, _AFTER), ("லட்சம்", 100_000, _AFTER), ("இலட்சம்", 100_000, _AFTER)],
    "Urdu": [("ہزار", 1000, _AFTER), ("لاکھ", 100_000, _AFTER), ("سو", 100, _AFTER), ("کروڑ", 10_000_000, _AFTER)],
    "Hindi": [("हज़ार", 1000, _AFTER), ("हजार", 1000, _AFTER), ("लाख", 100_000, _AFTER), ("सौ", 100, _AFTER),
              ("करोड़", 10_000_000, _AFTER)],
    "Hausa": [("dubu", 1000, _AFTER)],
    "Sinhala": [("දහස", 1000, _AFTER), ("සියය", 100, _AFTER)],
    "Bengali": [("হাজার", 1000, _AFTER), ("শ", 100, _AFTER), ("লাখ", 100_000, _AFTER), ("কোটি", 10_000_000, _AFTER)],
    "English": [("thousand", 1000, _AFTER), ("hundred", 100, _AFTER), ("lakh", 100_000, _AFTER),
                ("crore", 10_000_000, _AFTER)],
}
_WORDS = [(language, *word) for language, words in _MULTIPLIERS.items() for word in words]

# A bound of "more than" before the number in each language whose press writes one so, and a range "from A to B".
_MORE_THAN = {
    "Russian": "более {}",
    "Ukrainian": "понад {}",
    "French": "plus de {}",
    "Spanish and Portuguese": "más de {}",
    "Arabic": "أكثر من {}",
    "Persian": "بیش از {}",
    "Swahili": "zaidi ya {}",
    "English": "more than {}",
    "Indonesian and Malay": "lebih dari {}",
    "Amharic": "ከ{} በላይ",
    "Turkish": "{}den fazla",  # the case ending joins the word after the number: 3 binden fazla
    "Hindi": "{} से अधिक",
    "Urdu": "{} سے زیادہ",
    "Hausa": "fiye da {}",
}
_FROM_TO = {"Russian": "от {} до {}", "Spanish and Portuguese": "de {} a {}", "English": "from {} to {}",
            "French": "de {} à {}"}


def _message(text: str) -> str:
    with pytest.raises(NormalizeError) as raised:
        parse_count(text)
    return str(raised.value)


def _written(number: int, word: str, order: str) -> str:
    return f"{word} {number}" if order == _BEFORE else f"{number} {word}"


def _expected(figure: int, written: str) -> str:
    if figure > MAX_COUNT:
        return f"that is {figure:,}, above the largest figure accepted ({MAX_COUNT:,})"
    if figure == MAX_COUNT and written.startswith("more than"):  # 1,000,001 or more
        return f"that is {written!r}, above the largest figure accepted ({MAX_COUNT:,})"
    return f"digits and a number word are not read together; write {written!r}"


@pytest.mark.parametrize("word", _WORDS, ids=lambda word: f"{word[0]} {word[1]}")
@given(st.integers(1, 999), st.booleans())
@example(1, False)
@example(999, True)
@example(10, True)  # more than 10 lakh, 10 ten-thousands: more than the limit
def test_digits_and_a_multiplier_name_the_product(word: tuple[str, str, int, str], number: int, bound: bool) -> None:
    """The message of digits and a word of a hundred, a thousand, a myriad or a lakh, alone and after a bound,
    names the digits times the word (or that it is above the largest figure accepted), in every language."""
    language, multiplier, size, order = word
    template = _MORE_THAN.get(language) if bound else None
    counted = _written(number, multiplier, order)
    if template is None:
        text, written = counted, f"{number * size}"
    else:
        text, written = template.format(counted), f"more than {number * size}"
    message = _message(text)
    assert _expected(number * size, written) in message
    assert f"write '{number}'" not in message
    assert "read without the words" not in message


@given(st.integers(1, 998), st.integers(1, 998), st.sampled_from(sorted(_FROM_TO)))
@example(2, 1, "Russian")  # от 2 до 3 тысяч: from 2,000 to 3,000
def test_a_range_with_one_multiplier_names_both_ends(low: int, gap: int, language: str) -> None:
    """A range of digits with a word of a thousand after its second number counts the first too, as ``twenty to
    thirty thousand`` does: ``от 2 до 3 тысяч`` is to be written ``from 2000 to 3000``."""
    high = min(low + gap, 999)
    thousand = next(word for word, size, _ in _MULTIPLIERS[language] if size == 1000)
    message = _message(_FROM_TO[language].format(low, f"{high} {thousand}"))
    assert f"write 'from {low * 1000} to {high * 1000}'" in message


@pytest.mark.parametrize(("text", "written"), [
    ("3 тысячи", "3000"),
    ("3 тисячі", "3000"),
    ("3 mille", "3000"),
    ("3 mil", "3000"),
    ("3 هزار", "3000"),
    ("3 ألف", "3000"),
    ("3 bin", "3000"),
    ("3 ribu", "3000"),
    ("elfu 3", "3000"),                      # Swahili writes the thousand before the number it counts
    ("৩ হাজার", "3000"),                     # Bengali digits
    ("৩হাজার", "3000"),                      # ... the word written onto them
    ("3ሺህ", "3000"),
    ("3พันราย", "3000"),                     # Thai writes no spaces: 3,000 persons
    ("40 ஆயிரம்", "40000"),
    ("более 3 тысяч", "more than 3000"),
    ("от 2 до 3 тысяч", "from 2000 to 3000"),
    ("2-3 тысячи", "2000-3000"),
    ("entre 2 e 3 mil", "from 2000 to 3000"),
    ("plus de 3 mille", "more than 3000"),
    ("3 binden fazla", "more than 3000"),     # the Turkish case ending on the word of a thousand
    ("ከ3 ሺህ በላይ", "more than 3000"),          # Amharic: more than, around the number
    ("zaidi ya elfu 3", "more than 3000"),
    ("2,5 тыс.", "2500"),                     # a decimal comma, and the press's abbreviation
    ("1,5 тысячи", "1500"),
    ("2.5 thousand", "2500"),
    ("2,5 thousand", "2500"),
    ("3 hundred thousand", "300000"),
    ("3 แสน", "300000"),                     # Thai: a hundred thousand
    ("3 lakhs", "300000"),
    ("3 сотни", "300"),
    ("ок. 2,5 тыс.", "around 2500"),
    ("до 3 тысяч", "up to 3000"),
    ("lebih dari 3 ribu orang", "more than 3000"),  # with the noun of people after it
])
def test_found_examples_name_the_figure(text: str, written: str) -> None:
    """The texts of the report: each message names the figure to write."""
    assert f"digits and a number word are not read together; write {written!r}" in _message(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("20 লাখ", "2,000,000"),
    ("3 millions", "3,000,000"),
    ("1,500 тысяч", "1,500,000"),  # a comma before three digits groups them, as in a figure alone (1,500)
    ("10 लाख से अधिक", "'more than 1000000'"),  # at the limit, and more than it
])
def test_a_product_above_the_limit_is_named_as_such(text: str, figure: str) -> None:
    """Digits and a multiplier above the largest figure accepted: the message says so, with the product."""
    assert f"that is {figure}, above the largest figure accepted" in _message(text)


@pytest.mark.parametrize("text", ["3 тысячи солдат", "3 mille soldats", "3 hundred soldiers"])
def test_digits_and_a_multiplier_before_other_words_offer_no_digits_alone(text: str) -> None:
    """Where the words after a multiplier are no count's words, the message offers no figure without the multiplier
    (``write '3'``): the source's figure is three thousand."""
    message = _message(text)
    assert "digits and a number word are not read together; write the figure in digits" in message
    assert "write '3'" not in message
    assert "read without the words" not in message


def test_chinese_and_korean_digits_with_a_unit_are_read() -> None:
    """Chinese and Korean write large figures as digits before a unit character (``3万``, ``3천``), which is read:
    the refusal holds for a number word written apart."""
    assert (parse_count("3万").low, parse_count("3천").low) == (30_000, 3000)


@pytest.mark.parametrize(("text", "figure"), [
    ("три тыс.", 3000),                      # the Russian press's abbreviation, with a number word
    ("три тис.", 3000),                      # ... and the Ukrainian
    ("லட்சம்", 100_000),
    ("ஒரு லட்சம்", 100_000),
    ("மூன்று இலட்சம்", 300_000),
    ("ஒரு லட்சத்து இருபதாயிரம்", 120_000),
])
def test_new_words_of_a_thousand_or_a_lakh_are_read(text: str, figure: int) -> None:
    """``тыс.`` and ``тис.`` are a thousand after a number word, as ``тысяч`` is; Tamil லட்சம் (இலட்சம், Sri Lanka)
    is a lakh, alone, counted and before another number (லட்சத்து), as நூறு and ஆயிரம் are: the word the message of
    ``3 லட்சம்`` needs to name 300,000."""
    count = parse_count(text)
    assert (count.low, count.high) == (figure, figure)


@pytest.mark.parametrize("text", ["हज़ार", "لاکھ", "dubu"])
def test_a_multiplier_of_a_language_whose_number_words_are_not_read_is_no_count_alone(text: str) -> None:
    """Urdu, Hindi and Hausa number words are not read; their words of a thousand or a lakh only tell the message of
    digits before them which figure to name."""
    with pytest.raises(NormalizeError):
        parse_count(text)
