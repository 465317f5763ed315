"""Place names across scripts and spellings: folding, similarity, claim-text splitting and gazetteer lookup.

The same village reaches a coder as *Karmiraghbyur*, *Karmir Aghbyur*, *Կարմիրաղբյուր* and *Кармирахпюр*; two
villages that look alike (*Verin* and *Nerkin Karmiraghbyur*, Upper and Lower) are two places. This module turns a
name in Armenian, Cyrillic, Arabic, Hebrew or any Latin romanization (Azerbaijani, English, Russian BGN/GOST,
ISO 9985, German, French, Persian-style) into a sequence of sound symbols, and compares those.

How a name is read (`fold`):

1. Words are split on spaces, hyphens and punctuation; apostrophe-like marks (``' ’ ʻ ` ´``, Armenian ``՚``) are
   aspiration or soft-sign marks and are dropped (``Tsaghkunk’`` = ``Tsaghkunk``).
2. Every word is transliterated to one alphabet of sound symbols (see `ARMENIAN`, `CYRILLIC`, `ARABIC`, `HEBREW`,
   `LATIN_LETTERS`, `LATIN_DIGRAPHS`): the vowels ``a e i o u``, the glide ``y``, the consonants ``b d f g h k l m n
   p r s t v x z`` (``x`` is the *kh* sound), the ``w`` that begins a word before o or u (Woldia, Wukro: read as
   v, the initial *vo* rule would take it off), and seven IPA letters, ``ʃ`` (sh), ``ʒ`` (zh), ``ʧ`` (ch), ``ʤ`` (j,
   dzh), ``ʦ`` (ts), ``ʣ`` (dz), ``ɣ`` (gh). A bare Latin ``c`` is ``ʤ`` in a word written in Azerbaijani letters and
   the ambiguous affricate ``c`` otherwise (it is *ts* in Armenian romanizations, *j* in Azerbaijani ones, *ch* with
   its caron lost); a Latin ``j`` is the glide after a vowel before a consonant and in a word written with a
   letter of the alphabets whose j is the glide (č ć đ š ž ł ...: Ljubenić = Љубенић, its lj and nj the Cyrillic љ
   and њ), and otherwise the ambiguous ``j`` (glide or ``ʤ``); in a word spelled the German, Czech or Polish way
   (sch, tsch, sz, cz, š, č, or a w no vowel follows) ``ch`` is *kh* (Chatschmas = Xaçmaz, Charkiw = Kharkiv);
   the Arabic diphthong written *aw* before a consonant is *o* (al-Mawsil = Mosul), and so is the English *ow*
   (Nowshera = Naushera). A Georgian-script word loses its case ending (გორში, in Gori = გორი). A Burmese word is
   read a syllable at a time as its standard romanization (`BURMESE`, `BURMESE_RHYMES`: ရန်ကုန် = yankon, Yangon).
3. Sound rules that hold across the languages' romanizations: an initial *vo* is *o* (Armenian ո: Voskepar =
   Oskepar); an initial *vu* is *u* (Ukrainian: Vuhledar = Ugledar), not an initial *wo*/*wu* (Woldia); an
   initial *ye* is *e* (ե: Yerevan = Erevan); the glide after a consonant before a vowel is dropped (Kyapanak =
   Kapanak, Гюмри = Gümri), and so is the *i* of a final *-ian* (Akhlatian = Akhlatyan); a final *-iy*/*-yy* is
   *-i* (Russian adjectives); a Latin *y* between consonants is the vowel *i* (Arygyran = Arıqıran); *n* before
   *b*/*p* is *m*; *ou* is *u*; doubled symbols are single (Lusarrat = Lusarat). The Arabic article as a word of
   its own (al-, el-, ar-, ez- ...) is left out (al-Raqqa = Er Rakka).
4. Qualifier words (`QUALIFIERS`: Nerkin = Lower = Aşağı = Nizhniy ..., the longer ones with any final vowel:
   Ashaga = Aşağı) become canonical English tags, generic words
   (`GENERIC_WORDS`: village, rayon, село, գյուղ, district ...) are dropped, and the remaining words are joined into
   one *stem* (Karmir Aghbyur = Karmiraghbyur).

``fold(name)`` is ``" ".join(sorted qualifier tags + [stem])``, e.g. ``fold("Ներքին Կարմիրաղբյուր") ==
"lower karmiraɣbur"``.

How two names are compared (`similarity`): the two stems are aligned by an edit distance whose costs know which
sounds the romanizations confuse (`SUBSTITUTION_COSTS`: k/g/q, gh/kh/h, ts/dz/c, ch/j, sh/s, a/e, ...; a vowel, *y*
or *h* may be left out cheaply; two neighbouring consonants may swap), while a consonant no romanization confuses
costs more than any confusion (the consonant skeleton is what survives transliteration) and an edit at the first
sound costs more still; the distance is normalised by the longer stem, where a place-name word that ends both
names (-kend, -avan) counts half. An ending on one side only (`ENDINGS`: Azerbaijani -lı, Russian -skiy and -ovo,
the genitive -i, case endings of Armenian, Russian and Azerbaijani text, the Lithuanian -as) may be left out for a
small factor; so may one extra word, and two words may swap; two different place-name endings (`SUFFIXES`: -shen
/ -avan ...) lower the score; two names that begin with head words (Kfar, Deir, San ...) score no more than the
words after them. Then qualifiers adjust it: two different qualifiers of one kind (Upper vs Lower) make
different places and cap the score well below `SAME_PLACE_THRESHOLD`; a qualifier on one side only costs a little
(`MISSING_QUALIFIER_FACTOR`) so that "Dvin" still matches "Nerkin Dvin" but less well than "Nizhniy Dvin" does.

The regional `Gazetteer` (GeoNames, CC BY 4.0, see ``docs/places.md``) resolves a name to a place, using the
region or coordinates a source gives to tell homonym villages apart, and abstaining with a reason otherwise.
"""

from __future__ import annotations

import collections
import functools
import itertools
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

import attrs
from anyascii import anyascii
from rapidfuzz import fuzz, process

from reconcile import regional
from reconcile.models import GazetteerEntry
from reconcile.normalize import month_number

if TYPE_CHECKING:
    from reconcile.models import Case

__all__ = [
    "APART_DIMENSIONS",
    "ARABIC",
    "ARMENIAN",
    "BURMESE",
    "BURMESE_RHYMES",
    "COUNTRY_NAMES",
    "CYRILLIC",
    "DIRECTIONS",
    "ENDINGS",
    "GENERIC_WORDS",
    "HEBREW",
    "INDIC",
    "LATIN_DIGRAPHS",
    "LATIN_LETTERS",
    "MISSING_QUALIFIER_FACTOR",
    "NEAR_KM",
    "QUALIFIERS",
    "REGION_EDGE_KM",
    "REGION_THRESHOLD",
    "RESOLVE_THRESHOLD",
    "SAME_PLACE_THRESHOLD",
    "STATE_NAMES",
    "SUBSTITUTION_COSTS",
    "SUFFIXES",
    "TIE_MARGIN",
    "Dimension",
    "Gazetteer",
    "Kind",
    "Mention",
    "PlaceName",
    "Resolution",
    "apart",
    "case_gazetteer",
    "coordinates",
    "coordinates_within",
    "country_name",
    "distance_km",
    "fold",
    "lookup_name",
    "mentions",
    "name_words",
    "offset",
    "offset_apart_km",
    "parse",
    "phonetic_key",
    "phonetic_keys",
    "phonetic_word_keys",
    "place_label",
    "place_lookups",
    "place_readings",
    "point_of",
    "regional_gazetteer",
    "same_place",
    "similarity",
    "split_places",
    "state_name",
    "water_namesake",
]

# --------------------------------------------------------------------------------------------------------------
# Transliteration tables
# --------------------------------------------------------------------------------------------------------------

#: Eastern Armenian letters to sound symbols (lowercase; capitals are lowercased first). Aspirated and plain stops
#: fold together (թ = տ = t, ք = կ = k, փ = պ = p) because romanizations mark aspiration with an apostrophe or not
#: at all; ռ = ր = r; ը is the vowel the other scripts write ı/ы/y, so it is ``i``. Multi-letter spellings come
#: first: ու = u, և/եւ = ev, and the classical եա/իւ/եօ = ya/yu/yo (Ախլաթեան = Akhlatyan).
ARMENIAN: Final[Mapping[str, str]] = {
    "ու": "u", "եւ": "ev", "և": "ev", "եա": "ya", "իւ": "yu", "եօ": "yo",
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "i", "թ": "t", "ժ": "ʒ",
    "ի": "i", "լ": "l", "խ": "x", "ծ": "ʦ", "կ": "k", "հ": "h", "ձ": "ʣ", "ղ": "ɣ", "ճ": "ʧ", "մ": "m",
    "յ": "y", "ն": "n", "շ": "ʃ", "ո": "o", "չ": "ʧ", "պ": "p", "ջ": "ʤ", "ռ": "r", "ս": "s", "վ": "v",
    "տ": "t", "ր": "r", "ց": "ʦ", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f",
}  # fmt: skip

#: Cyrillic letters (Russian, with the Ukrainian, Serbian, Kazakh, Tajik, Uzbek and Caucasian letters GeoNames
#: uses) to sound symbols. дж = ʤ, дз = ʣ; е/ё/ю/я are e/yo/yu/ya (the glide then follows the sound rules); ь, ъ and
#: the palochka Ӏ are signs, not sounds; ы = и = i; Russian г stays g (its use for Armenian/Azerbaijani h is a cheap
#: substitution, not an identity: Горадиз ~ Horadiz).
CYRILLIC: Final[Mapping[str, str]] = {
    "дж": "ʤ", "дз": "ʣ", "ий": "iy", "ый": "iy",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "ʒ", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "x", "ц": "ʦ", "ч": "ʧ", "ш": "ʃ", "щ": "ʃ", "ъ": "", "ы": "i", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ј": "y", "џ": "ʤ", "ћ": "ʧ", "ђ": "ʤ", "љ": "l", "њ": "n",
    "ѓ": "g", "ќ": "k", "ѕ": "ʣ", "қ": "k", "ғ": "ɣ", "ҳ": "h", "ӯ": "u", "ӣ": "i", "ҷ": "ʤ", "ә": "a",
    "ө": "o", "ү": "u", "ұ": "u", "һ": "h", "ң": "n", "ў": "u", "җ": "ʤ", "ӏ": "", "Ӏ": "", "ҙ": "z",
}  # fmt: skip

#: Arabic letters (with the Persian ones) to sound symbols. Arabic writes its long vowels and leaves the short ones
#: out: ا, آ and ى are ``a``, and و and ي are the vowels ``u`` and ``i`` between consonants, else ``v`` and the glide
#: (`_abjad_word`); ع, which romanizations write ', a or nothing, is ``a``; ة (the feminine ending) is ``a``;
#: emphatic and plain consonants fold together (ص = س, ط = ت, ض = ظ = د/ز), as romanizations write them alike.
ARABIC: Final[Mapping[str, str]] = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ٱ": "a", "ى": "a", "ء": "", "ؤ": "u", "ئ": "i", "ع": "a", "ة": "a",
    "ب": "b", "ت": "t", "ث": "t", "ج": "ʤ", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s",
    "ش": "ʃ", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "ɣ", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ی": "y", "پ": "p", "چ": "ʧ", "ژ": "ʒ", "گ": "g", "ک": "k",
    "\u064e": "a", "\u064f": "u", "\u0650": "i",
}  # fmt: skip

#: Hebrew letters to sound symbols. Final forms as the others (ך = x, ף = f); a geresh marks the sounds Hebrew
#: borrows (ג׳ = ʤ, ז׳ = ʒ, צ׳ = ʧ, ח׳ = x, ע׳ = ɣ), written ׳, ', ’ or ʼ; א is silent (but the vowel of a word's
#: first and last letter, `_abjad_word`: אשדוד, עיתא) and ע, like Arabic ع, is ``a``; ו and י are vowels or glides
#: as in Arabic; פ is ``f`` after the first letter (Rafiah = רפיח); a final ה is the ``a`` of Gaza (עזה).
#: ח is ``h``: it writes the Arabic ح of the places Hebrew sources name (חאן יונס, Khan Younis; רפיח, Rafah), and
#: Israel's own romanization writes it h (Haifa = חיפה, Holon, Hadera); the Arabic خ, kh, is written ח׳.
HEBREW: Final[Mapping[str, str]] = {
    # The geresh as the Hebrew sign (׳), the apostrophe a keyboard types ('), and the right single quotation mark (’)
    # or modifier letter (ʼ) that word processors and web pages put for it.
    **{f"{letter}{geresh}": sound for letter, sound in (("ג", "ʤ"), ("ז", "ʒ"), ("צ", "ʧ"), ("ח", "x"), ("ע", "ɣ"))
       for geresh in ("'", "\u05f3", "\u2019", "\u02bc")},
    "א": "", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "w", "ז": "z", "ח": "h", "ט": "t", "י": "y", "כ": "k",
    "ך": "x", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "a", "פ": "p", "ף": "f", "צ": "ʦ",
    "ץ": "ʦ", "ק": "k", "ר": "r", "ש": "ʃ", "ת": "t",
}  # fmt: skip

#: Latin letters with a sound of their own (after lowercasing). Azerbaijani: ə = ä = a (Gəncə = Ganja), ı = i,
#: ş = ʃ, ç = ʧ, ğ = ɣ, ö = o, ü = u, q = k (Qazax = Kazakh; q/g is then a cheap substitution), x = x (kh);
#: ISO 9985 / Czech / Esperanto carons and circumflexes; w = v (German Kirowabad; but not the w that begins a word
#: before o or u, `_W_AS_V_RE`); ł = l, as Polish and Belarusian names are romanized (Łuck = Lutsk; the
#: Hübschmann-Meillet ł for Armenian ղ is then a cheap l/ɣ substitution).
#: Other diacritics are stripped (ā = a, é = e).
LATIN_LETTERS: Final[Mapping[str, str]] = {
    "ə": "a", "ǝ": "a", "ä": "a", "æ": "a", "ı": "i", "ş": "ʃ", "ș": "ʃ", "ç": "ʧ", "ğ": "ɣ", "ö": "o",
    "ø": "o", "œ": "o", "ü": "u", "č": "ʧ", "ć": "ʧ", "ĉ": "ʧ", "š": "ʃ", "ś": "ʃ", "ŝ": "ʃ", "ž": "ʒ",
    "ź": "ʒ", "ż": "ʒ", "ĵ": "ʒ", "ǰ": "ʤ", "ĝ": "ʤ", "đ": "ʤ", "ǧ": "ɣ", "ġ": "ɣ", "ħ": "h", "ĥ": "x",
    "ẖ": "x", "ł": "l", "ɫ": "l", "ß": "s", "q": "k", "w": "v",
}  # fmt: skip

#: Latin spellings of one sound, applied longest first: dzh/dž/dsh/dsch/dj = ʤ; tsch/tch/ch/cz = ʧ; sch/sh/sz = ʃ;
#: zh = ʒ; kh = x; gh = ɣ; ts/tz = ʦ; dz = ʣ; th = t and ph = p (aspiration digraphs); ou = u. They also apply
#: after Armenian, Cyrillic, Arabic and Hebrew letters have been transliterated (տս = ts = ʦ), which keeps `fold`
#: idempotent.
LATIN_DIGRAPHS: Final[Mapping[str, str]] = {
    "schtsch": "ʃ", "shch": "ʃ", "dsch": "ʤ", "tsch": "ʧ", "dzh": "ʤ", "dsh": "ʤ", "dʒ": "ʤ", "sch": "ʃ", "tch": "ʧ",
    "tʃ": "ʧ", "dj": "ʤ",
    "ch": "ʧ", "cz": "ʧ", "sh": "ʃ", "sz": "ʃ", "zh": "ʒ", "kh": "x", "gh": "ɣ", "ts": "ʦ", "tz": "ʦ", "dz": "ʣ",
    "th": "t", "ph": "p", "ou": "u",
}  # fmt: skip

# Letters that mark a word as written in Azerbaijani (or Turkish) Latin, where c = ʤ and j = ʒ.
# The combining dot above is what lowercasing leaves of the capital İ, which only Turkic alphabets have.
_TURKIC_MARKS: Final = frozenset("əǝışçğöü\u0307")
_APOSTROPHES: Final = "'’‘`´ʻʼʹ′՚՛՜՝՞\u0301"
_VOWELS: Final = frozenset("aeiou")
_SYMBOLS: Final = "aeiouybdfghklmnprstvwxzcjʃʒʧʤʦʣɣ"
_SYMBOL_SET: Final = frozenset(_SYMBOLS)
_ARMENIAN_RE: Final = re.compile("|".join(sorted(map(re.escape, ARMENIAN), key=len, reverse=True)))
_ABJAD: Final[Mapping[str, str]] = {**ARABIC, **HEBREW}
_ABJAD_LETTERS: Final = frozenset("".join(_ABJAD)) - frozenset("'\u05f3\u2019\u02bc")
_ABJAD_RE: Final = re.compile("|".join(sorted(map(re.escape, _ABJAD), key=len, reverse=True)))
# The Arabic article ال, and the one-letter words written onto a name (و and, ف so, ب in) before the article or
# before a hamza alif (بالرقة, in Raqqa; بأم درمان, in Omdurman), and لل (li, for, with the article, whose alif
# falls); at least two letters stay. Not before a bare alif, where a name's own first letters are at least as likely
# (بابنوسة Babanusa, بارا Bara, باب Bab, وادي Wadi, واو Wau, واسط Wasit; `_clitic_reading` reads them the other way
# too), nor where two letters at most follow the article (بالي, Bali), nor in a word with a letter of Persian or
# Urdu (U+0671 on: پ, ک, ی, ٹ ...), which write no such words onto a name (بالاکوٹ, Balakot). ك (like) is left on:
# it comes before few place names, and begins many (كالينينغراد, Kaliningrad).
_ARABIC_PROPER: Final = "\u0620-\u065f"  # Arabic letters and vowel marks, not the Persian and Urdu letters after them
_ARABIC_CLITIC_RE: Final = re.compile(
    f"^(?:ال|لل|[وفب]ال(?=[{_ARABIC_PROPER}]{{3,}}$)|[وفب](?=[أإ][{_ARABIC_PROPER}]+$))(?=..)"
)
# A waw before a vowel, or first, is the consonant; the vowels include the Kurdish letters of o and e (وێ, وۆ, وە:
# the w of Sorani Wêran), which the script writes as letters and anyascii reads after this.
_WAW_RE: Final = re.compile(r"w(?=[aeiouyۆێە])|^w")
_CYRILLIC_RE: Final = re.compile("|".join(sorted(map(re.escape, CYRILLIC), key=len, reverse=True)))
_DIGRAPH_RE: Final = re.compile("|".join(sorted(map(re.escape, LATIN_DIGRAPHS), key=len, reverse=True)))
_WORD_SPLIT_RE: Final = re.compile(r"[\s\-‐‑‒–—―_/.,;:!?()\[\]{}«»\"“”„<>+*|~№#&،؛、，；]+")


_LATIN_TABLE: Final = str.maketrans(dict(LATIN_LETTERS))
_KH_ORTHOGRAPHY_RE: Final = re.compile("sch|sz|cz|[čšžř]|w(?![aeiouyąęó])")
_KH_CH_RE: Final = re.compile("(?<![st])ch")
_FRENCH_OU_RE: Final = re.compile("^ou(?=[aeiéè])")
_GLIDE_J_RE: Final = re.compile(r"(?<=[aeiouy])j(?=[^\Waeiouyj])|(?<=[kn]i)j$|(?<=[^aeiou]y)j$")
# A word spelled in an alphabet whose j is the glide (Serbian, Croatian, Bosnian, Slovene, Czech, Slovak, Polish,
# Lithuanian), as a letter of it shows: č ć đ š ž ř ě ů ň ľ ĺ ŕ ť ď ł ż ź ą ę. Its every j is the glide, and lj and
# nj are the palatal l and n (Cyrillic љ, њ): Ljubenić = Љубенић, Koviljača = Ковиљача, Knjaževac =
# Књажевац. Not where macrons or dots below show a scholarly romanization of Arabic, Persian or an Indic language,
# whose j is the affricate (Jōšaqān). Only letters mark it: they are gone from the folded word, which keeps `fold`
# idempotent, whereas a spelling such as lj or kj may also come of two words joined into a stem (Tal Jabal, Beit
# Jala), where the j is English. A word without such a letter keeps its ambiguous j (`phonetic_keys` reads it
# both ways).
_GLIDE_ALPHABET: Final = frozenset("čćđšžřěůňľĺŕťďłżźąę")
_SCHOLARLY_MARKS: Final = frozenset("āēīōūḥṣṭḍẓṛḳḵḡẖ")
_GLIDE_LN_RE: Final = re.compile("(?<=[ln])j")
# The Arabic diphthong aw before a consonant, which other romanizations write o or u (al-Mawsil = Mosul, al-Hawl =
# al-Hol, az-Zawr = ez-Zor). Only a written w: av is the Slavic -av- (Pavlovka); and German and Polish spellings,
# which write в as w, keep it where they show themselves by a second w (Pawlowsk, Pawliwka) or by sch, sz, cz, ł or
# a caron (a plain Pawlohrad is read o, one cheap consonant from Pavlohrad). Not before n: ISO 9985 and the
# classical orthography write Armenian աւ as aw, and its toponyms have it before n (aghawni, dove: Aghawnadzor).
# The English ow before a consonant is the same diphthong (Nowshera = Naushera), and ISO 9985 ow is Armenian ու,
# one cheap vowel from o (Owzun = Uzun).
_ARABIC_AW_RE: Final = re.compile("[ao]w(?=[bdfgklmpqrstxz])")
_SLAVIC_W_RE: Final = re.compile("sch|sz|cz|[čšžřł]")
# A w that begins a word before o or u is the w of English, French (Ouologuem), Arabic, Ethiopian and Chinese
# romanizations (Woldia, Wollo, Wukro, Wuhan), and stays the symbol w: read as v, the initial vo/vu rule
# (`_SOUND_RULES`, for the Armenian ո and the Ukrainian в before у) would take it off, and Woldia would be Oldia,
# far from Weldiya and ወልድያ. German and Polish write в as w, so a word that shows itself German or Polish by sch, sz,
# cz, a letter of the Slavic alphabets, ö or ü, a w no vowel follows or a second w keeps w = v (Woronesch = Voronezh,
# Wukowar = Vukovar); an unmarked German Wolodymyr is one cheap w from Volodymyr (`_INDEL`: 0.96), and its key
# without the w is Volodymyr's (`_stem_keys`). Only there: elsewhere w = v changes nothing the rules read.
_W_AS_V_RE: Final = re.compile("sch|sz|cz|w(?![aeiouyąęó])|w.*w|[čćđšžřěůňľĺŕťďłżźąęóśńöü]")
_INITIAL_W_RE: Final = re.compile("^v(?=[ou])")


def _latin_word(word: str) -> str:
    """Latin letters of one lowercased word to sound symbols (the rest of the word passes through)."""
    turkic = not _TURKIC_MARKS.isdisjoint(word)
    glide = (
        not turkic and "j" in word and not _GLIDE_ALPHABET.isdisjoint(word) and _SCHOLARLY_MARKS.isdisjoint(word)
    )
    if "ch" in word and _KH_ORTHOGRAPHY_RE.search(word):
        # German, Polish and Czech spellings write kh as ch (Chatschmas, Chačmaz = Xaçmaz): their sh and ch are
        # sch/sz/š and tsch/cz/č, so a word spelled with one of those reads its other ch as x; and so does a word
        # with a w that no vowel follows, German and Polish for в (Charkiw, Charków), which English and French
        # write v (their w, as in Chikwawa or Norwich, comes before a vowel).
        word = _KH_CH_RE.sub("x", word)
    if word.startswith("ou"):
        # A French initial ou before a vowel is w (Ouagadougou = Wagadugu, Ouargla); w is v below.
        word = _FRENCH_OU_RE.sub("w", word)
    if ("aw" in word or "ow" in word) and word.count("w") == 1 and not _SLAVIC_W_RE.search(word):
        word = _ARABIC_AW_RE.sub("o", word)
    initial_w = word[:1] == "w" and not _W_AS_V_RE.search(word)
    word = word.translate(_LATIN_TABLE)
    if not word.isascii():
        # Strip the remaining diacritics (ā, é, ḩ ...) but keep other letters and our IPA symbols intact.
        word = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    word = _DIGRAPH_RE.sub(lambda m: LATIN_DIGRAPHS[m.group()], word)
    if initial_w:
        word = _INITIAL_W_RE.sub("w", word)
    if turkic:
        return word.replace("c", "ʤ").replace("j", "ʒ")
    if glide:
        return _GLIDE_LN_RE.sub("", word).replace("j", "y")
    # j after a vowel and before a consonant other than j is the glide (German, Polish, Czech spellings: Ajgezard;
    # but Hajjah is a doubled j), and so is the final j of the Russian adjective endings -кий/-ний/-ый (Novyj,
    # Nizhnij, Vysokij; not Manbij, Lahij or the Arabic diphthong of al-Burayj); elsewhere it is the glide or the
    # affricate depending on the language (Kjapanak, Gukasjan are y; Jrashen, Birinji, Ganja, Getamej are ʤ), so it
    # stays the ambiguous symbol j, cheap to match with y, ʤ or ʒ.
    return _GLIDE_J_RE.sub("y", word) if "j" in word else word


#: Letters of the Indic scripts (Devanagari, Gurmukhi, Bengali) whose romanization anyascii reads too coarsely, to
#: the Latin spelling the names are published in: the nukta letters of Persian and Arabic sounds (ज़ = z, फ़ = f,
#: ख़ = kh, ग़ = gh, क़ = q) and the retroflex flap (ड़ = r: उड़ी = Uri, कुपवाड़ा = Kupwara), which NFKC writes as a
#: letter and a nukta; and the palatal and retroflex sibilants (श, ष = sh), which anyascii writes as a bare s.
INDIC: Final[Mapping[str, str]] = {
    "ड़": "r", "ढ़": "rh", "ज़": "z", "फ़": "f", "ख़": "kh", "ग़": "gh", "क़": "q", "श": "sh", "ष": "sh",
    "ਜ਼": "z", "ਫ਼": "f", "ਖ਼": "kh", "ਗ਼": "gh", "ਸ਼": "sh", "ੜ": "r",
    "ড়": "r", "ঢ়": "rh", "য়": "y", "শ": "sh", "ষ": "sh",
}  # fmt: skip
_INDIC_LETTERS: Final = frozenset("".join(INDIC))
_INDIC_RE: Final = re.compile("|".join(sorted(map(re.escape, INDIC), key=len, reverse=True)))
# Nasal signs of the Brahmic scripts (anusvara, Gurmukhi tippi and bindi, candrabindu): a nasal of the place of the
# consonant after it, which romanizations write n (पुंछ = Poonch; before b and p the sound rules make it m).
_NASAL_SIGN_WORDS: Final = ("ANUSVARA", "TIPPI", "BINDI", "CANDRABINDU", "NIKAHIT")


def _is_abugida_sign(ch: str) -> bool:
    """Whether ``ch`` is a vowel sign, virama or nasal sign of a script that writes vowels on their consonant
    (Devanagari, Bengali, Tamil, Sinhala, Thai, Lao, Burmese, Khmer ...): a mark outside the general combining
    block (Latin, Greek and Cyrillic diacritics) and the Hebrew and Arabic points, which `_abjad_word` reads."""
    return (
        unicodedata.category(ch)[0] == "M"
        and not "\u0300" <= ch <= "\u036f"
        and not "\u0591" <= ch <= "\u08ff"
        and not "\u1ab0" <= ch <= "\u1dff"
        and not "\u20d0" <= ch <= "\u20ff"
        and not "\ufe20" <= ch <= "\ufe2f"
    )


_KNOWN_LETTERS: Final = frozenset(
    _SYMBOLS + "abcdefghijklmnopqrstuvwxyz" + "".join(LATIN_LETTERS) + "".join(ARMENIAN) + "".join(CYRILLIC)
)


@functools.lru_cache(maxsize=4096)
def _prepare(ch: str) -> str:
    """One lowercased character before transliteration: letters of the tables, and Latin letters with decorative
    diacritics, stay; apostrophe-like marks, digits and signs go; a letter of another script (Georgian, Arabic,
    Greek ...) becomes anyascii's romanization, so that every later step sees only letters it knows."""
    if _is_abugida_sign(ch):
        # A vowel sign (ो = o, ি = i), a virama (no vowel: ""), a nasal sign (n); anyascii reads them.
        if any(word in unicodedata.name(ch, "") for word in _NASAL_SIGN_WORDS):
            return "n"
        return "".join(c for c in anyascii(ch).lower() if "a" <= c <= "z")
    if ch in _KNOWN_LETTERS or unicodedata.combining(ch):
        return ch
    if ch in _APOSTROPHES or not ch.isalpha():
        return ""
    base = unicodedata.normalize("NFKD", ch)[0]
    if base.isascii() and base.isalpha():
        return ch  # é, ā, ḩ: the Latin pass strips the mark
    return "".join(c for c in anyascii(ch).lower() if "a" <= c <= "z")


def _to_symbols(word: str) -> str:
    """One lowercased word in any script to sound symbols (before the sound rules).

    Armenian and Cyrillic go first, straight to symbols (decomposing Cyrillic й or ё as Latin diacritics would lose
    them); then the Latin letters and spellings. Letters of other scripts were romanized by `_prepare`.
    """
    if not word.isascii():
        if word[:1] == "у" and word[1:2] in ("а", "э", "о", "и"):
            word = "w" + word[1:]  # a Russian initial у before a vowel writes a foreign w: Уагадугу, Уаргла
        word = _ARMENIAN_RE.sub(lambda m: ARMENIAN[m.group()], word)
        word = _CYRILLIC_RE.sub(lambda m: CYRILLIC[m.group()], word)
    word = _latin_word(word)
    if not _SYMBOL_SET.issuperset(word):
        word = "".join(ch for ch in word if ch in _SYMBOL_SET)
    return word


#: Burmese letters to the Latin spelling of the standard romanization (MLC, BGN/PCGN) that published names follow:
#: the aspirates as the plain stops, as names drop or prefix their h (ဖ = p: Hpakant, ထ = t: Dawei); သ = th; ရ = y as
#: spoken (Yangon); အ carries a vowel and is silent; the medials ျ and ြ are y (မြ = my, ကြ = ky), ွ is w, and ှ
#: is an h before the consonant (လှ = hl; ရှ and ယှ are sh: Lashio). `BURMESE_RHYMES` reads what follows them.
BURMESE: Final[Mapping[str, str]] = {
    "က": "k", "ခ": "k", "ဂ": "g", "ဃ": "g", "င": "ng", "စ": "s", "ဆ": "s", "ဇ": "z", "ဈ": "z", "ည": "ny",
    "ဋ": "t", "ဌ": "t", "ဍ": "d", "ဎ": "d", "ဏ": "n", "တ": "t", "ထ": "t", "ဒ": "d", "ဓ": "d", "န": "n",
    "ပ": "p", "ဖ": "p", "ဗ": "b", "ဘ": "b", "မ": "m", "ယ": "y", "ရ": "y", "လ": "l", "ဝ": "w", "သ": "th",
    "ဟ": "h", "ဠ": "l", "အ": "", "ဿ": "th",
    "ဣ": "i", "ဤ": "i", "ဥ": "u", "ဦ": "u", "ဧ": "e", "ဩ": "aw", "ဪ": "aw",
}  # fmt: skip

#: Burmese rhymes to their romanization: the vowel signs after a syllable's onset, then the class of its killed
#: final (a consonant with asat or virama, or the nasal sign ံ). Burmese spelling is not its pronunciation: a final
#: stop is a glottal stop, a final nasal nasalises the vowel, and both change the vowel, so a rhyme is read whole
#: (ိတ် = eik, ုန် = on, ောက် = auk, ိုင် = aing, စ် = it). Vowel keys: ``""`` the inherent a, ``ာ`` a, ``ိ`` i, ``ု``
#: u, ``ေ`` and ``ဲ`` e, ``ော`` aw, ``ို`` o, and ``ွ`` for the medial w, which is the vowel u before a final (ွန် =
#: un). Final classes: ``K`` (က), ``S`` (စ), ``T`` (the other stops), ``NG`` (င), ``NY`` (ဉ), ``N`` (the other
#: nasals and ံ), ``I`` (ည: ပြည် = pyi) and ``E`` (ယ: ငယ် = nge). A rhyme not listed is its vowel and its final's
#: letter.
BURMESE_RHYMES: Final[Mapping[str, str]] = {
    "": "a", "ာ": "a", "ိ": "i", "ု": "u", "ေ": "e", "ဲ": "e", "ော": "aw", "ို": "o",
    "ွ": "wa", "ွာ": "wa", "ွေ": "we", "ွဲ": "we", "ွိ": "wi",
    "K": "et", "S": "it", "T": "at", "NG": "in", "NY": "in", "N": "an", "I": "i", "E": "e",
    "ိT": "eik", "ိK": "eik", "ိN": "ein", "ုT": "ok", "ုK": "ok", "ုN": "on",
    "ောK": "auk", "ောNG": "aung", "ိုK": "aik", "ိုNG": "aing",
    "ွT": "ut", "ွN": "un", "ွK": "wet", "ွNG": "win",
}  # fmt: skip
_BURMESE_FINALS: Final[Mapping[str, str]] = {
    "က": "K", "စ": "S", "တ": "T", "ပ": "T", "ဋ": "T", "ဍ": "T", "င": "NG", "ဉ": "NY", "န": "N", "မ": "N", "ဏ": "N",
    "ည": "I", "ယ": "E",
}  # fmt: skip
# Vowel signs as the rhyme keys write them (the long ီ ူ and the tall ါ are i, u and a there); tone marks (့ း) and
# the asat of ော် are not read; ွ is handled apart.
_BURMESE_VOWEL_SIGNS: Final[Mapping[str, str]] = {
    "\u1031": "ေ", "\u102d": "ိ", "\u102e": "ိ", "\u102f": "ု", "\u1030": "ု", "\u102c": "ာ", "\u102b": "ာ",
    "\u1032": "ဲ", "\u1037": "", "\u1038": "", "\u103a": "",
}  # fmt: skip
_BURMESE_KILLERS: Final = frozenset("\u103a\u1039")  # asat and virama: the consonant before them ends a syllable
_BURMESE_MEDIALS: Final = frozenset("\u103b\u103c\u103d\u103e")
# The Burmese aspirates as BGN/PCGN and the published names write them, an H before the stop or s that starts a
# word of a name (Hpakant, Hpa-an, Htantabin, Hkamti, Hsipaw): no other romanization begins a name so, and the
# Burmese script reads them as the plain consonant (`BURMESE`), as other spellings of the names do (Pa-an, Sipaw).
# Only a capital H: a folded stem is lower case, and one folded from Arabic letters, which leave short vowels out,
# may begin with h and a consonant (الحسكة = hska, Hasakah).
_BURMESE_ASPIRATES: Final = frozenset("ptks")


def _burmese_final(word: str, i: int) -> int:
    """How many characters from ``word[i]`` spell a killed final: a consonant, then a dot below, then an asat or a
    virama (ကန့်, the kinzi င်္); 0 when ``word[i]`` starts a syllable."""
    if word[i : i + 1] not in BURMESE or i + 1 >= len(word):
        return 0
    j = i + 1 + (word[i + 1] == "\u1037")
    if j < len(word) and word[j] in _BURMESE_KILLERS:
        return j + 1 - i + (word[j + 1 : j + 2] == "\u1039")
    return 0


class _BurmeseReading(NamedTuple):
    """How `_burmese_word` reads the letters: the onsets, the rhymes, ခ with the medial ျ or ြ, ြ itself where it
    is not read as the y of ျ (empty), and whether a word's first syllable may be the minor syllable
    (`_BURMESE_MINOR`)."""

    letters: Mapping[str, str]
    rhymes: Mapping[str, str]
    palatal: str
    medial_r: str
    minor: bool = False


_BURMESE_STANDARD: Final = _BurmeseReading(BURMESE, BURMESE_RHYMES, "ch", "")
# Burmese says the first syllable of many words as a minor syllable, a short a with no final, and voices the onset
# after it as it does after a vowel (စစ်ကိုင်း = Sagaing, not Sitkaing): a first syllable with the inherent vowel and
# a killed stop (စစ်, တပ်, မက်) before another syllable is read so by `_BURMESE_MINOR`, its next onset voiced.
_BURMESE_STOP_FINALS: Final = frozenset(("K", "S", "T"))
_BURMESE_VOICED: Final[Mapping[str, str]] = {"k": "g", "t": "d", "p": "b", "s": "z"}


def _burmese_word(word: str, reading: _BurmeseReading = _BURMESE_STANDARD) -> str:
    """A Burmese-script word to its romanization (`BURMESE`, `BURMESE_RHYMES`, or another ``reading``:
    `_burmese_reading`), a syllable at a time: the onset with its medials, the vowel signs, the killed final."""
    letters, rhymes = reading.letters, reading.rhymes
    out: list[str] = []
    i = 0
    voiced = False
    while i < len(word):
        onset = word[i]
        i += 1
        if onset not in BURMESE:
            out.append(onset)
            continue
        after_minor, voiced = voiced, False
        medials = ""
        while i < len(word) and word[i] in _BURMESE_MEDIALS:
            medials += word[i]
            i += 1
        vowels, final = "", ""
        while i < len(word):
            if word[i] in _BURMESE_VOWEL_SIGNS:
                vowels += _BURMESE_VOWEL_SIGNS[word[i]]
            elif word[i] == "\u1036":
                final = "N"  # the nasal sign ံ
            elif (size := _burmese_final(word, i)) and not final:
                final = _BURMESE_FINALS.get(word[i], BURMESE[word[i]])
                i += size
                continue
            else:
                break
            i += 1
        letter = letters[onset]
        if after_minor and not medials:
            letter = _BURMESE_VOICED.get(letter, letter)
        if reading.minor and not out and not medials and not vowels and final in _BURMESE_STOP_FINALS \
                and word[i : i + 1] in BURMESE:
            out.append(letter + "a")
            voiced = True
            continue
        if "\u103e" in medials:
            letter = "sh" if onset in "ရယ" else "h" + letter
        if "\u103c" in medials and reading.medial_r:
            letter += reading.medial_r
        elif "\u103b" in medials or "\u103c" in medials:
            letter = reading.palatal if onset == "ခ" else letter + "y"
        if "\u1021" <= onset <= "\u102a":  # an independent vowel: its own sound, and the final's
            out.append(letter + rhymes.get(final, final.lower()).lstrip("aeiou"))
            continue
        rhyme = rhymes.get(("\u103d" if "\u103d" in medials else "") + vowels + final)
        if rhyme is None:
            if "\u103d" in medials:
                letter += "w"
            rhyme = rhymes.get(vowels + final) or rhymes.get(vowels, "a") + final.lower()
        out.append(letter + rhyme)
    return "".join(out)


# Sound rules on the symbol string of one word, in order (see the module docstring, step 3).
_C = "bdfghklmnprstvxzcʃʒʧʤʦʣɣ"  # consonants (not the ambiguous j: it may be the glide)
_GEMINATE_RE: Final = re.compile(r"(.)\1+")
_SOUND_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (_GEMINATE_RE, r"\1"),  # doubled symbols are single: Lusarrat = Lusarat, Masallı = Masali
    (re.compile(r"[iy]y$"), "i"),  # Russian adjective endings: Nizhniy = Nizhni, Novyy = Novi
    (re.compile(rf"(?<=[{_C}])y(?=[{_C}])|(?<=[{_C}])y$|^y(?=[{_C}])"), "i"),  # y as a vowel: Arygyran
    (re.compile(rf"(?<=[{_C}])i(?=an$)"), "y"),  # Armenian -յան/-եան written -ian: Akhlatian = Akhlatyan
    (re.compile(r"n(?=[bp])"), "m"),  # n before a labial is m: Sunpatandize = Sumbatandiza
    (re.compile(rf"(?<=[{_C}])y(?=[aeou])"), ""),  # palatal glide: Kyapanak = Kapanak, Гюмри = Gümri
    (re.compile(r"^vo"), "o"),  # Armenian initial ո: Voskepar = Oskepar
    (re.compile(r"^vu"), "u"),  # Ukrainian initial ву: Vuhledar = Ugledar
    (re.compile(r"^ye"), "e"),  # Armenian initial ե, Russian initial е: Yerevan = Erevan
    (_GEMINATE_RE, r"\1"),  # again: a dropped glide can bring two equal symbols together
)


# Marks the end of one abjad letter's reading in `_abjad_word`, where a letter's reading ends and the next begins.
_LETTER_END: Final = "\x00"
_ABJAD_JOIN_RE: Final = re.compile("|".join((
    *(f"(?<={re.escape(digraph[0])}){_LETTER_END}(?={re.escape(digraph[1])})"
      for digraph in sorted({d[:2] for d in LATIN_DIGRAPHS if d[:2].isascii() and d[:2].isalpha()})),
    # m and an n before a labial, which the sound rules read as m (`_SOUND_RULES`): two m would be one.
    f"(?<=m){_LETTER_END}(?=n{_LETTER_END}[bp])",
)))


# The Hebrew letters after which a final א is no vowel: a vowel letter or a silent one before it (הוא, he), and the
# gutturals that carry their own vowel.
_HEBREW_NO_FINAL_A: Final = frozenset("אהוע")


def _abjad_word(word: str) -> str:
    """An Arabic- or Hebrew-script word to sound symbols (`ARABIC`, `HEBREW`): the Arabic article and the one-letter
    words written onto a name come off (`_ARABIC_CLITIC_RE`); waw and yod are consonants before a vowel or first,
    vowels elsewhere."""
    # Direction marks and joiners (right-to-left text carries them) are not letters, and would hide the article.
    word = "".join(ch for ch in word if unicodedata.category(ch) != "Cf")
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in word)
    if arabic:
        word = _ARABIC_CLITIC_RE.sub("", word)
    if word[-1:] in ("ה", "ه") and len(word) > 2:
        word = word[:-1] + "a"  # a final he / ha: the -a of Gaza (עזה, غزه)
    elif word[-1:] == "א" and len(word) > 2 and word[-2] not in _HEBREW_NO_FINAL_A:
        word = word[:-1] + "a"  # a final alef after a consonant or yod: the -a of Kfar Saba, Aita (כפר סבא, עיתא)
    if word[:1] == "א" and len(word) > 2 and "\u05d0" <= word[1] <= "\u05ea":
        # A first alef carries the word's first vowel: the u or o of a vav after it (אופקים, Ofakim; אום אל-פחם, Umm
        # al-Fahm), which is then no consonant; the a of a consonant (אשדוד, Ashdod; אביבים, Avivim). Before a yod
        # it stays silent and the yod is the vowel (אילת, Eilat).
        if word[1] == "ו" and word[2:3] != "ו":
            word = "u" + word[2:]
        elif word[1] not in "יאהע":
            word = "a" + word[1:]
    word = word[:1] + word[1:].replace("פ", "ף")  # pe is f after the first letter (Rafiah)
    word = _ABJAD_RE.sub(lambda m: _ABJAD[m.group()] + _LETTER_END, word)
    # Two letters are two sounds: where their readings would make one Latin digraph (د+ز dz, ت+س ts, ک+ه kh), the
    # short vowel the script leaves unwritten stands between them (کندز = Kunduz, not Kunʣ); so it does between m
    # and an n before b or p, which the sound rules make m, and the two m one (منبج = Manbij, not Mbij).
    word = _ABJAD_JOIN_RE.sub("a", word).replace(_LETTER_END, "")
    word = _WAW_RE.sub("v", word).replace("w", "u")
    # An Arabic waw before the vowel u (ووكرو, Wukro) is the w the sound rules keep (`_W_AS_V_RE`); Hebrew writes
    # its consonant v or w with two vavs (וו), which are no w and u.
    return "w" + word[1:] if word[:2] == "vu" and arabic else word


# Georgian case endings and postpositions written onto a name (Mkhedruli), longest first: -ში in, -ზე on, -თან at,
# -(ი)დან from, -(ა)მდე up to, -(ის)კენ towards, -ისთვის for, -ის of, -ით with, -ად as. A Georgian name in the
# nominative ends in a vowel (-ი after a consonant stem: გორი, Gori), so an ending that leaves a consonant gives the
# -ი back (გორში, გორის, გორიდან = გორი). Those that end in a vowel (-ში, -ზე, -მდე) need three letters before them.
_GEORGIAN_CASE_RE: Final = re.compile(
    "(?<=[ა-ჰ]{3})(?:ში|ზე|ამდე|მდე)$|(?<=[ა-ჰ]{2})(?:ისთვის|ისკენ|კენ|იდან|დან|თან|ის|ით|ად)$"
)
# The Georgian dative -ს (გორს, ქურთას), also with the -ა it takes before და, and (ცხინვალსა და გორს): a bare -ს
# also ends words that are no names (ახლოს, near), so a name so written is read both ways, as written and in the
# nominative (`_georgian_dative_reading`). Three letters before it; -სა only after a consonant or -ა, as a name may
# end in it (კვაისა, Kvaisa; ქურთასა is ქურთა).
_GEORGIAN_DATIVE_RE: Final = re.compile("(?<=[ა-ჰ]{2}[აბ-დვ-თკ-ნპ-ტფ-ჰ])სა(?![ა-ჰ])|(?<=[ა-ჰ]{3})ს(?![ა-ჰ])")
_GEORGIAN_VOWELS: Final = frozenset("აეიოუ")
# A Georgian name in -ა loses it before the genitive, the instrumental and the endings on them (ჯავა: ჯავის, ჯავით,
# ჯავიდან, ჯავისკენ; ქურთა: ქურთის), which `_georgian_word` reads as a name in -ი (ჯავი): the name in -ა is a second
# reading (`_SECOND_READING_FACTOR`), as the same ending of a name in -ი (გორის, of Gori) is the first.
_GEORGIAN_A_STEM_RE: Final = re.compile("(?<=[ა-ჰ]{2}[ბ-დვ-თკ-ნპ-ტფ-ჰ])(?:ისთვის|ისკენ|იდან|ის|ით)(?![ა-ჰ])")


def _georgian_word(word: str) -> str:
    """A Georgian-script word in the nominative: its case ending (`_GEORGIAN_CASE_RE`) taken off."""
    stem = _GEORGIAN_CASE_RE.sub("", word)
    if stem == word or stem[-1] in _GEORGIAN_VOWELS:
        return stem
    return stem + "ი"


@functools.cache
def _brahmic_consonant(ch: str) -> bool:
    """Whether ``ch`` is a consonant letter of a script from Tamil to Sinhala (its romanization has no vowel)."""
    if not "\u0b80" <= ch <= "\u0dff" or unicodedata.category(ch) != "Lo":
        return False
    reading = anyascii(ch).lower()
    return reading.isalpha() and _VOWELS.isdisjoint(reading)


def _inherent_vowels(word: str) -> str:
    """A word of Tamil, Telugu, Kannada, Malayalam or Sinhala with the vowel a that a consonant carries when no
    sign follows it, where another consonant comes next: வவுனியா is va-vu-ni-ya (Vavuniya), not vvuniya. These
    scripts mark a consonant without its vowel (the virama); Devanagari, Bengali and Gurmukhi do not, and Hindi and
    Bengali drop the vowel in speech (अमृतसर, Amritsar), so their words are read as written. Not at the end of a
    word."""
    out: list[str] = []
    for ch, after in itertools.pairwise(word):
        out.append(ch)
        if _brahmic_consonant(ch) and _brahmic_consonant(after):
            out.append("a")
    out.append(word[-1])
    return "".join(out)


#: The Bengali consonant letters (ক to হ, and ড়, ঢ়, য় as NFKC writes them: the letter and the nukta after it).
_BENGALI_CONSONANTS: Final = frozenset(
    chr(c) for c in range(0x0995, 0x09BA) if unicodedata.category(chr(c)) == "Lo")
#: The Bengali signs said after a vowel: the anusvara (ং, ng), the visarga (ঃ) and the candrabindu (ঁ, nasal).
_BENGALI_AFTER_VOWEL: Final = frozenset("\u0982\u0983\u0981")
_BENGALI_NUKTA: Final = "\u09bc"
#: The Bengali anusvara (ং) is always ng (বুচিডং, Buthidaung; রংপুর, Rangpur), not the nasal of the place of the
#: consonant after it that the Devanagari one is (`_NASAL_SIGN_WORDS`).
_BENGALI_ANUSVARA: Final = "\u0982"
_BENGALI_ANUSVARA_SAID: Final = "ng"
#: The vowel Bengali says after a consonant that no sign follows, where it is said, as the names write it (ô: Cox's
#: Bazar, Moheshkhali, Palongkhali, Naikhongchhari).
_BENGALI_INHERENT: Final = "o"


def _bengali_inherent_vowels(word: str) -> str:
    """A Bengali word with the anusvara as ng (`_BENGALI_ANUSVARA`) and the vowel its consonants carry where it is
    said (`_BENGALI_INHERENT`), which anyascii leaves out: before the anusvara, the visarga or the candrabindu
    (মংডু is mong-du, Mongdu; পালংখালী, Palongkhali), and on the first consonant of a word where another consonant
    follows it (কক্সবাজার is kok-sba-jar, Cox's Bazar; মহেশখালী, Moheshkhali). Elsewhere the vowel is mostly not
    said (টেকনাফ, Teknaf; রাখাইন, Rakhine; a word's last consonant), and the word is read as written, as Hindi is
    (`_inherent_vowels`)."""
    out: list[str] = []
    for i, ch in enumerate(word):
        out.append(_BENGALI_ANUSVARA_SAID if ch == _BENGALI_ANUSVARA else ch)
        nukta_letter = ch == _BENGALI_NUKTA and i > 0 and word[i - 1] in _BENGALI_CONSONANTS
        if ch not in _BENGALI_CONSONANTS and not nukta_letter:
            continue
        after = word[i + 1 : i + 2]
        if after == _BENGALI_NUKTA:
            continue
        first = i == 0 or (i == 1 and word[1] == _BENGALI_NUKTA)
        if after in _BENGALI_AFTER_VOWEL or (first and after in _BENGALI_CONSONANTS):
            out.append(_BENGALI_INHERENT)
    return "".join(out)


#: Greek letters as ELOT 743 (and the UN system, which is the same) writes them, the romanization of Greek and
#: Cypriot maps, road signs and gazetteers (Καστελλόριζο = Kastellorizo, Αμμόχωστος = Ammochostos, Λευκωσία =
#: Lefkosia), before the Latin sound rules read them as they read the Latin spelling; the letter pairs that are
#: one sound are in `_GREEK_PAIRS`.
_GREEK_LETTERS: Final[Mapping[str, str]] = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    ("a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
     "ch", "ps", "o"), strict=True))
#: Greek letter pairs that are one sound, as ELOT 743 writes them: the vowel pairs ου (ou), αι, ει, οι, υι, which a
#: tonos on the first letter or a dialytika on the second part (τσάι, Αϊδίνι); γγ, γξ, γχ (ng, nx, nch); and μπ, ντ,
#: γκ, b, d and g first in a word (Μπέλα = Bela, Ντένια = Denia) and after a consonant, where no nasal is said
#: (Αβντιίβκα = Avdiivka, as Greek writes the d of a foreign name), and mb, nd, ng after a vowel (Αγγελόκαστρο =
#: Angelokastro), as they are said: ELOT writes mp and nt there, which the sound rules read as mb and nd do.
_GREEK_PAIRS: Final[Mapping[str, str]] = {
    "ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "υι": "yi", "γγ": "ng", "γξ": "nx", "γχ": "nch",
}
_GREEK_STOPS: Final[Mapping[str, tuple[str, str]]] = {"μπ": ("b", "mb"), "ντ": ("d", "nd"), "γκ": ("g", "ng")}
#: αυ, ευ, ηυ: av, ev, iv before a vowel or a voiced consonant, af, ef, if before a voiceless one and at the end of
#: a word (Ευρώτας = Evrotas, Λευκωσία = Lefkosia, Ευξεινούπολη = Efxeinoupoli), as ELOT writes them.
_GREEK_U_DIPHTHONGS: Final[Mapping[str, str]] = {"α": "a", "ε": "e", "η": "i"}
_GREEK_VOICELESS: Final = frozenset("θκξπσςτφχψ")
_GREEK_CONSONANTS: Final = frozenset("βγδζθκλμνξπρσςτφχψ")
#: Greek letters (the Greek and Coptic block and the polytonic Greek extended block).
_GREEK_RE: Final = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_TONOS: Final = "\u0301"
_DIALYTIKA: Final = "\u0308"


#: The Greek letters and pairs as the older English and the phonetic spellings write them, where they differ from
#: ELOT 743: χ as h (Hania, Hios, Halkidiki), αι as e, ει, οι and υι as i (Egeo, Inousses, Pireas), as they are said.
_GREEK_PHONETIC: Final[Mapping[str, str]] = {"χ": "h", "αι": "e", "ει": "i", "οι": "i", "υι": "i"}


#: χ as the English spellings of the names Greek writes with it write it (Χάρκοβο = Kharkovo, Kharkiv; Χανιά =
#: Khania), where ELOT writes ch and the phonetic spelling h.
_GREEK_KH: Final[Mapping[str, str]] = {"χ": "kh", "γχ": "nkh"}


def _greek_word(word: str, *, phonetic: bool = False, kh: bool = False) -> str:
    """A lowercase Greek word in the Latin letters of ELOT 743 (`_GREEK_LETTERS`, `_GREEK_PAIRS`,
    `_GREEK_U_DIPHTHONGS`): anyascii reads Greek letter by letter (ου as oy, ευ as ey, γγ as gg, μπ as mp), which
    spells no Greek place as its maps do (Μόρφου as Morfoy, Λευκωσία as Leykosia); with ``phonetic``, as the older
    English and phonetic spellings write it (`_GREEK_PHONETIC`); with ``kh``, with χ as kh (`_GREEK_KH`)."""
    sounds = {**_GREEK_LETTERS, **_GREEK_PAIRS, **(_GREEK_PHONETIC if phonetic else {}), **(_GREEK_KH if kh else {})}
    letters: list[str] = []
    marks: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and letters:
            marks[-1] += ch
        else:
            letters.append(ch)
            marks.append("")
    out: list[str] = []
    i = 0
    while i < len(letters):
        ch, pair = letters[i], "".join(letters[i : i + 2])
        # a tonos on the first letter or a dialytika on the second says the two vowels apart
        apart = _TONOS in marks[i] or (i + 1 < len(letters) and _DIALYTIKA in marks[i + 1])
        if pair in _GREEK_STOPS:
            out.append(_GREEK_STOPS[pair][i > 0 and letters[i - 1] not in _GREEK_CONSONANTS])
            i += 2
        elif pair in _GREEK_PAIRS and not apart:
            out.append(sounds[pair])
            i += 2
        elif ch in _GREEK_U_DIPHTHONGS and letters[i + 1 : i + 2] == ["υ"] and not apart:
            after = letters[i + 2 : i + 3]
            out.append(_GREEK_U_DIPHTHONGS[ch] + ("f" if not after or after[0] in _GREEK_VOICELESS else "v"))
            i += 2
        else:
            out.append(sounds.get(ch, ch))
            i += 1
    return "".join(out)


# The Ethiopic w without its vowel (ው, the sixth order) first in a word, which Amharic and Tigrinya say u and
# romanizations write Wu (ውቅሮ = Wukro, ውጫሌ = Wuchale): as ዉ, wu. Elsewhere it is the w of a diphthong (ነው).
_ETHIOPIC_W: Final = "\u12cd"
_ETHIOPIC_WU: Final = "\u12c9"


# Thai writes the vowels เ แ โ ใ ไ before the consonant they follow in speech (เมือน is m-uea-n): a Thai word is read
# with each of them after its consonant, and after the second consonant of a cluster (ร ล ว before a vowel or a tone
# mark: เปล่า), as RTGS writes them; the vowels written around the consonant read as RTGS reads them (เ◌ือ uea, เ◌ีย
# ia, เ◌า ao, เ◌อ and เ◌ิ oe, เ◌็ e, แ◌ ae, โ◌ o, ไ◌ and ใ◌ ai, ◌ัว ua). A consonant with the thanthakhat (์) is silent
# and left out, as ทร์ is (สุรินทร์ is Surin); ำ is am (น้ำ, Nam); a consonant that ends the word is said as
# `_THAI_FINALS` says; the ห written before a sonorant to mark its tone is left out (ใหม่ is mai, หมาก mak).
# The tone marks are not read.
_THAI_LEADING_VOWELS: Final[Mapping[str, str]] = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_THAI_AFTER_E: Final = (("ือ", "uea"), ("ีย", "ia"), ("า", "ao"), ("อ", "oe"), ("ิ", "oe"), ("็", "e"), ("ะ", "e"))
# The vowel ำ (am), as NFKC writes it: the nikhahit and า.
_THAI_AM: Final = "\u0e4d\u0e32"
_THAI_CARRIED: Final = frozenset("aeiou\u0e30\u0e32\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39")
_THAI_CONSONANTS: Final = frozenset(map(chr, range(0x0E01, 0x0E2F)))
_THAI_CLUSTER_SECONDS: Final = frozenset("รลว")
_THAI_TONE_MARKS: Final = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_THAI_SILENT_RE: Final = re.compile(
    "\u0e17\u0e23\u0e4c|[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c|\u0e2b(?=[\u0e07\u0e0d\u0e19\u0e21\u0e22\u0e23\u0e25])")
# The Khmer bantoc (់) shortens the vowel of its syllable: no sound of its own (anyascii reads it a); the nikahit (ំ)
# is m, as the names write it (ធំ Thom, ភ្នំ Phnom, កំពត Kampot), not the n of the Indic anusvara.
_KHMER_BANTOC: Final = "\u17cb"
_KHMER_NIKAHIT: Final = "\u17c6"
# Thai consonants at the end of a word, as they are said there and RTGS writes them: the stops and sibilants as k, t
# or p, the liquids and nasals ญ ณ ร ล ฬ as n (ศรีสะเกษ is Si Sa Ket, กันทรลักษ์ Kantharalak).
_THAI_FINALS: Final[Mapping[str, str]] = {
    **dict.fromkeys("กขคฆ", "k"), **dict.fromkeys("จชซฎฏฐฑฒดตถทธศษส", "t"), **dict.fromkeys("บปพฟภ", "p"),
    **dict.fromkeys("ญณรลฬ", "n"),
}


def _thai_word(word: str) -> str:
    """A Thai word with its vowels in the order they are said, as RTGS spells them (`_THAI_LEADING_VOWELS`): Latin
    letters for the vowels, Thai consonants for anyascii."""
    word = _THAI_SILENT_RE.sub("", "".join(ch for ch in word if ch not in _THAI_TONE_MARKS))
    word = word.replace(_THAI_AM, "am")
    out: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _THAI_LEADING_VOWELS and i + 1 < len(word) and word[i + 1] in _THAI_CONSONANTS:
            onset = word[i + 1]
            j = i + 2
            if j + 1 < len(word) and word[j] in _THAI_CLUSTER_SECONDS and word[j + 1] not in _THAI_CONSONANTS:
                onset, j = onset + word[j], j + 1
            vowel = _THAI_LEADING_VOWELS[ch]
            if ch == "เ":
                for written, said in _THAI_AFTER_E:
                    if word.startswith(written, j):
                        vowel, j = said, j + len(written)
                        break
            elif ch in "แโ" and word.startswith("ะ", j):
                j += 1
            out.append(onset + vowel)
            i = j
        elif ch == "\u0e31" and word.startswith("ว", i + 1):  # ◌ัว: ua
            out.append("ua")
            i += 2
        elif i == len(word) - 1 and i > 0 and ch in _THAI_FINALS:
            out.append(_THAI_FINALS[ch])
            i += 1
        else:
            out.append(ch)
            i += 1
    said = "".join(out)
    # อ first before a vowel carries it and is not said (อำเภอ is amphoe, อุบล Ubon).
    return said[1:] if said[:1] == "อ" and said[1:2] in _THAI_CARRIED else said


#: A vowel with a mark, once decomposed: Vietnamese writes one in nearly every word (Đà Nẵng, Đầu, Đông), the
#: alphabets that write đ for the sound ʤ (Croatian, Bosnian, Serbian Latin) none (Đakovica, Međugorje, Đurđević).
_VOWEL_MARK_RE: Final = re.compile("[aeiouy][\u0300-\u036f]")


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """One word (any script) to its string of sound symbols; idempotent."""
    if word[:1] == "H" and word[1:2] in _BURMESE_ASPIRATES:
        word = word[1:]
    word = word.lower()
    if not word.isascii():
        if "đ" in word and _VOWEL_MARK_RE.search(unicodedata.normalize("NFD", word)):
            word = word.replace("đ", "d")  # a Vietnamese word: its đ is a d, as its names are romanised (Da Nang)
        if not _ABJAD_LETTERS.isdisjoint(word):
            word = _abjad_word(word)
        elif "ა" <= word[-1] <= "ჰ":
            word = _georgian_word(word)
        elif _is_indic(word):
            if any(ch >= "\u0b80" for ch in word):
                word = _inherent_vowels(word)
            elif any("\u0980" <= ch <= "\u09ff" for ch in word):
                word = _bengali_inherent_vowels(word)
            if not _INDIC_LETTERS.isdisjoint(word):
                word = _INDIC_RE.sub(lambda m: INDIC[m.group()], word)
        elif any("\u1000" <= ch <= "\u109f" for ch in word):
            word = _burmese_word(word)
        elif word[:1] == _ETHIOPIC_W and len(word) > 1:
            word = _ETHIOPIC_WU + word[1:]
        elif "\uac00" <= word[0] <= "\ud7a3" or "\uac00" <= word[-1] <= "\ud7a3":
            word = _hangul_word(word)
        elif any("\u0e01" <= ch <= "\u0e4e" for ch in word):
            word = _thai_word(word)
        elif any("\u1780" <= ch <= "\u17dd" for ch in word):
            word = word.replace(_KHMER_BANTOC, "").replace(_KHMER_NIKAHIT, "m")
        elif _GREEK_RE.search(word):
            word = _greek_word(word)
    word = "".join(_prepare(ch) for ch in word)
    word = _to_symbols(word)
    for pattern, repl in _SOUND_RULES:
        word = pattern.sub(repl, word)
    return word


def _words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT_RE.split(unicodedata.normalize("NFKC", text)) if w]


# --------------------------------------------------------------------------------------------------------------
# Qualifiers and generic words
# --------------------------------------------------------------------------------------------------------------

#: The kinds of qualifier: two names with different qualifiers of one dimension are different places.
Dimension = Literal["position", "age", "size", "order", "people", "side", "number", "feature"]

#: Qualifier words, by canonical tag: ``tag: (dimension, spellings...)``. Two names whose qualifiers of one dimension
#: differ (Upper vs Lower) are different places. Spellings are matched after folding and after merging sounds the
#: romanizations confuse (see `_loose`), so Ashaghy, Aşağı, Asagi and Ашагы are one spelling here.
QUALIFIERS: Final[Mapping[str, tuple[Dimension, tuple[str, ...]]]] = {
    "lower": ("position", (
        "lower", "nerkin", "ներքին", "неркин", "aşağı", "ashagy", "ашагы", "ашағы", "ashaga", "ашага", "nizhniy",
        "nizhniye", "nizhneye", "nizhnyaya", "nizhnie", "нижний", "нижние", "нижнее", "нижняя", "storin", "ստորին",
        "donji", "donje", "donja", "доњи", "доње", "доња", "dolni", "dolna", "dolno", "долни", "долна", "долно",
        "poshtëm", "poshtme", "poshtëme", "poshtem",
        # Georgian: ქვემო (Kvemo Nikozi, Квемо-Никози).
        "kvemo", "ქვემო", "квемо",
        # Kyrgyz: Төмөнкү (Tömönkü, Tomonku); Tajik: Поён (Poyon, Poyen), as a word before the name.
        "төмөнкү", "tömönkü", "tomonku", "поён", "poyon", "poyen",
    )),
    "upper": ("position", (
        "upper", "verin", "վերին", "верин", "yuxarı", "yukhary", "yukhari", "jukhary", "юхары", "yokhary", "ёхары",
        "йухары", "verkhniy", "verkhniye", "verkhneye", "verkhnyaya", "verkhnie", "верхний", "верхние", "верхнее",
        "верхняя", "gornji", "gornje", "gornja", "горњи", "горње", "горња", "gorni", "gorna", "gorno", "горни",
        "горна", "горно", "epërm", "epërme", "eperm", "eperme", "sipërm", "sipërme", "siperm", "siperme",
        # Georgian: ზემო (Zemo Nikozi, Земо-Никози).
        "zemo", "ზემო", "земо",
        # Kyrgyz: Жогорку (Jogorku, Zhogorku); Tajik: Боло (Bolo).
        "жогорку", "jogorku", "zhogorku", "боло", "bolo",
    )),
    "middle": ("position", (
        "middle", "mijin", "միջին", "миджин", "orta", "орта", "sredniy", "srednyaya", "sredneye", "средний",
        "средняя", "среднее", "srednji", "srednje", "srednja", "средњи", "средње", "средња", "mesëm", "mesme",
        "შუა",
    )),
    "new": ("age", (
        "new", "nor", "նոր", "нор", "yeni", "ени", "novo", "novyy", "novaya", "novoye", "novyye", "новый", "новая",
        "новое", "новые", "novi", "nova", "nove", "нови", "нова", "ново", "нове",
        # Georgian ახალი as a word of its own (Akhali Atoni); not written onto a name (Akhalgori is one name).
        "akhali", "ახალი", "ахали",
        # Kyrgyz: Жаңы (Jangy, Zhangy; Жангы as Russian spells it); Tajik: Нав (Nav).
        "жаңы", "жангы", "jangy", "zhangy", "нав", "nav",
    )),
    "old": ("age", (
        "old", "hin", "հին", "хин", "köhnə", "кёхня", "kekhna", "kegna", "кегна", "кёхна", "staro", "staryy",
        "staraya", "staroye", "старый", "старая", "старое", "eski", "stari", "stara", "stare", "стари", "стара",
        "старо", "старе", "vjetër", "vjeter",
        "dzveli", "ძველი", "дзвели",
        # Kyrgyz: Эски (Eski, as the Turkish above); Tajik: Куҳна (Kuhna; Кухна as Russian spells it).
        "эски", "куҳна", "кухна", "kuhna",
    )),
    "big": ("size", (
        "big", "great", "greater", "mets", "mec", "մեծ", "мец", "böyük", "беюк", "бёюк", "bolshoy", "bolshaya",
        "bolshoye", "большой", "большая", "большое", "veliki", "velika", "veliko", "велики", "велика", "велико",
        "madh", "madhe",
        "didi", "დიდი", "диди",
        # Kyrgyz: Чоң (Chong; Чонг as Russian spells it); Tajik: Калон (Kalon).
        "чоң", "чонг", "chong", "калон", "kalon",
    )),
    "small": ("size", (
        "small", "little", "lesser", "pokr", "poqr", "փոքր", "покр", "kiçik", "кичик", "balaca", "малый", "malyy",
        "malaya", "maloye", "малая", "малое", "mali", "mala", "malo", "мали", "мала", "мало", "vogël", "vogel",
        "patara", "პატარა", "патара",
        # Kyrgyz: Кичи (Kichi); Tajik: Хурд (Khurd).
        "кичи", "kichi", "хурд", "khurd",
    )),
    "first": ("order", ("first", "birinci", "birinji", "биринджи", "pervyy", "первый", "arajin", "առաջին", "1st")),
    "second": ("order", ("second", "ikinci", "ikinji", "икинджи", "vtoroy", "второй", "yerkrord", "երկրորդ", "2nd")),
    "third": ("order", ("third", "üçüncü", "uchunju", "учюнджю", "tretiy", "третий", "yerrord", "երրորդ", "3rd")),
    "fourth": ("order", (
        "fourth", "dördüncü", "dordunju", "дёрдюнджю", "chetvertyy", "четвертый", "chorrord", "չորրորդ", "4th",
    )),
    "fifth": ("order", (
        "fifth", "beşinci", "beshinji", "бешинджи", "pyatyy", "пятый", "hingerord", "հինգերորդ", "5th",
    )),
    "armenian": ("people", (
        "armenian", "hay", "հայ", "haykakan", "հայկական", "armyanskiy", "armyanskaya", "armyanskoye", "армянский",
        "армянская",
    )),
    "azerbaijani": ("people", ("azerbaijani", "azerbaydzhanskiy", "азербайджанский")),
    "russian": ("people", ("russian", "russkiy", "russkaya", "russkoye", "русский", "русская", "русское")),
    # The compass word of a name, outside a direction phrase (`DIRECTIONS`): North and South Waziristan, Nord- and
    # Sud-Kivu, Mullivaikkal East and West, Rio Grande do Norte and do Sul are different places. The bare words of
    # English, French, Spanish, Portuguese and German, not the adjectives, which make names of their own (Northern
    # Ireland, Western Sahara, Kasaï-Oriental). French est is also "is": it is read as east only where it is written
    # as part of a name (`_FRENCH_EAST_RE`: Kivu-Est, Mayo-Kebbi Est).
    # A dam, which takes its name from a town or a river (Tishreen Dam, سد تشرين, Bendava Tişrînê, Tişrin Barajı):
    # the dam of X is not X, and the same dam in any language is one place; Kurmanji and Arabic write it before the
    # name, English and Turkish after.
    # Albanian writes the side after the name as the noun in the genitive with its article, as Portuguese writes do
    # Norte (Mitrovica e Veriut, North Mitrovica; e Jugut, of the South; e Lindjes, e Perëndimit).
    "dam": ("feature", ("dam", "سد", "bendav", "bendava", "bendavê", "baraj", "baraja", "barajı")),
    "north": ("side", ("north", "nord", "norte", "veriut")),
    "south": ("side", ("south", "sud", "süd", "sur", "sul", "jugut")),
    "east": ("side", ("east", "este", "leste", "ost", "lindjes")),
    "west": ("side", ("west", "ouest", "oeste", "perëndimit", "perendimit")),
}  # fmt: skip

#: What a name's generic words say it is.
Kind = Literal["settlement", "region"]
_WordKind = Literal["settlement", "region", "context"]

# The countryside of a town, region words (below): English, and the Arabic ريف with the article or "in", "and"
# or "for" written onto it.
_COUNTRYSIDE_WORDS: Final = ("countryside", "ريف", "بريف", "وريف", "لريف", "الريف")

# The parts of a place by the compass and its middle, as Burmese writes them onto its name (ရှမ်းပြည်နယ်မြောက်ပိုင်း,
# northern Shan State; စစ်ကိုင်းတိုင်းအနောက်မြောက်ပိုင်း, north-western Sagaing Region), and the sides between the
# four (အရှေ့မြောက်ဘက်, north-east of it). Not a bare ပိုင်း (part), which is a syllable of names.
_BURMESE_PARTS: Final = (
    *(f"{side}ပိုင်း" for side in ("အရှေ့", "အနောက်", "မြောက်", "တောင်", "အရှေ့မြောက်", "အရှေ့တောင်", "အနောက်မြောက်",
                                  "အနောက်တောင်", "အလယ်")),
    *(f"{side}ဘက်" for side in ("အရှေ့မြောက်", "အရှေ့တောင်", "အနောက်မြောက်", "အနောက်တောင်")),
)


#: The Arabic towns, villages and cities in the dual (بلدتي, قريتي, مدينتي: the two towns of) and the plural (بلدات,
#: قرى, مدن), which the NNA writes before a list of names joined by و (and): settlement words (`GENERIC_WORDS`),
#: after which the و comes off every name of the list (`_ARABIC_LIST_RE`).
_ARABIC_PLURAL_SETTLEMENTS: Final = ("بلدتي", "بلدات", "قريتي", "قرى", "مدينتي", "مدن")

#: Generic words: they say what kind of place a name is (or how the sentence relates to it), not which place.
#: ``settlement`` words mark a village or town, ``region`` words an administrative area, ``context`` words are
#: prepositions and phrases around names. All are dropped from the name's stem (Qazakh Rayon = Qazakh).
#: The border ("the Armenia–Azerbaijan border", "на границе", "Azərbaycan-Ermənistan sərhədi") in the scripts of
#: its sources that write it with no namesake: generic words of context, dropped from the name as the English
#: "border" is, so that the border names no place of its own and the district or village written beside it decides
#: (`reconcile.match.VAGUE_PLACE_WORDS` has the state border's adjectives: государственной, dövlət). Armenian
#: սահման in its cases, the border zone and line (սահմանագոտի, սահմանագիծ) and the border adjectives (սահմանային,
#: սահմանամերձ); Georgian საზღვარი in its cases and სასაზღვრო; Arabic حدود, الحدود, الحدودي(ة), and the border
#: strip (الشريط الحدودي); Persian and Dari مرز, مرزی, مرزهای, نوار مرزی; Pashto پوله; Urdu سرحدی, بارڈر (سرحد is a
#: vague word of matching); Hindi सरहद, बॉर्डर, सीमावर्ती, सीमांत (सीमा is a vague word of matching); Hebrew
#: גבול (with its one-letter words written onto it: בגבול, מהגבול), גבולות; Sorani سنوور; Amharic ድንበር; Tamil
#: எல்லை; German Grenze (a noun, so capitalised), Grenzgebiet, Grenzregion.
_BORDER_WORDS: Final = (
    "սահման", "սահմանը", "սահմանի", "սահմանին", "սահմանում", "սահմանից", "սահմանով", "սահմանները",
    "սահմաններին", "սահմաններում", "սահմանագոտի", "սահմանագոտին", "սահմանագոտում", "սահմանագոտու",
    "սահմանագոտուց", "սահմանագիծ", "սահմանագիծը", "սահմանագծի", "սահմանագծին", "սահմանագծում", "սահմանային",
    "սահմանամերձ",
    "საზღვარი", "საზღვარს", "საზღვარზე", "საზღვართან", "საზღვრის", "საზღვრით", "საზღვრად", "საზღვრები",
    "საზღვრებზე", "საზღვრებთან", "საზღვრების", "სასაზღვრო",
    "حدود", "الحدود", "الحدودي", "الحدودية", "حدودي", "حدودية", "الشريط", "مرز", "مرزی", "مرزهای", "مرزها", "نوار",
    "پوله", "سرحدی", "بارڈر", "सरहद", "बॉर्डर", "सीमावर्ती", "सीमांत", "גבול", "גבולות", "سنوور",
    "سنووری", "ድንበር", "ድንበሩ", "எல்லை", "எல்லையில்", "grenze", "grenzgebiet", "grenzregion",
)  # fmt: skip
GENERIC_WORDS: Final[Mapping[_WordKind, tuple[str, ...]]] = {
    "settlement": (
        "village", "villages", "vil", "town", "towns", "city", "cities", "settlement", "settlements", "hamlet",
        "hamlets",
        "urban", "rural", "kəndi", "kənd", "kendi", "kəndləri", "kəndlər", "kendleri", "şəhəri", "şəhər", "qəsəbəsi",
        "qəsəbə", "qesebe", "село",
        # Azerbaijani şəhər(i) and qəsəbəsi as written without the Azerbaijani letters (Naxcivan Səhəri, Şuşa seheri).
        "səhər", "səhəri", "seher", "seheri", "sheher", "sheheri", "qesebesi",
        # Azerbaijani: the settlement words with the possessive and a case ending (Şuşa şəhərində, in the city of
        # Shusha; Talış kəndindəki, the one in the village of Talish).
        "şəhərində", "şəhərindəki", "şəhərinə", "şəhərindən", "şəhərinin", "kəndində", "kəndindəki", "kəndinə",
        "kəndindən", "kəndinin", "qəsəbəsində", "qəsəbəsindəki", "qəsəbəsinə", "qəsəbəsindən", "qəsəbəsinin",
        # Azerbaijani: the villages of a district in a case (Tovuz rayonunun kəndlərində, in the villages of the
        # Tovuz district), and the settlement, yaşayış məntəqəsi (inhabited locality), with its plural and cases.
        "kəndlərində", "kəndlərinə", "kəndlərindən", "kəndlərinin", "kəndlərini", "məntəqə", "məntəqəsi",
        "məntəqəsində", "məntəqəsinə", "məntəqəsindən", "məntəqəsinin", "məntəqələr", "məntəqələri",
        "məntəqələrində", "məntəqələrinə", "məntəqələrindən", "məntəqələrinin", "məntəqələrini",
        # Russian "населённый пункт" (a settlement) in its cases: в районе населенного пункта Мовсес.
        "населенный", "населённый", "населенного", "населённого", "населенном", "населённом", "пункт", "пункта",
        "пункте",
        # and in the plural (мирные населённые пункты Джермука, the civilian settlements of Jermuk)
        "населенные", "населённые", "населенных", "населённых", "пункты", "пунктов", "пунктах", "пунктам",
        # Not "сёлах" (in the villages): it folds as the village of Solak.
        "села", "селе", "селом", "сёла", "сел", "сёл", "селах", "сёлам", "селам", "сёлами", "селами",
        "деревня", "деревни", "деревне", "деревню", "деревень", "деревнях", "посёлок", "поселок", "посёлка", "поселка",
        "посёлке", "поселке", "посёлков", "поселков", "посёлках", "поселках", "городов", "городах",
        "пгт", "город", "города", "городе", "selo", "derevnya", "poselok", "posyolok", "posëlok", "gorod", "pgt",
        "khutor", "хутор", "stantsiya", "станция", "գյուղ", "գյուղը", "գյուղի", "գյուղում", "գյուղերի",
        "gyugh", "gyug", "гюх", "qaghaq", "քաղաք", "քաղաքը", "քաղաքի", "ավան", "ավանը", "imeni", "имени", "im",
        # Armenian: the town and the village in the locative and the ablative (Գորիս քաղաքում, in the town of Goris;
        # Սոթք գյուղից), the villages (Սոթք և Կութ գյուղերում), and the settlement, բնակավայր, in its cases.
        "քաղաքում", "քաղաքից", "գյուղից", "գյուղեր", "գյուղերը", "գյուղերում", "ավանում", "ավանի", "բնակավայր",
        "բնակավայրը", "բնակավայրի", "բնակավայրում", "բնակավայրից", "բնակավայրեր", "բնակավայրերը", "բնակավայրերի",
        "բնակավայրերում",
        # Ukrainian, Arabic, Hebrew, French, German, Bosnian-Croatian-Serbian and Georgian monitors' words.
        "сіл", "селі", "селища", "селище", "селищі", "місто", "міста", "місті", "смт", "населений", "населеного",
        "населеному", "пункт", "пункту", "пункті", "قرية", "مدينة", "بلدة", "مخيم", "شهر", "ښار", "کلی", "قریه",
        # The Arabic ones with "in" or "to" written onto them, as the units are (بمحافظة): "السجن الاحتياطي بمدينة
        # صعدة" (the remand prison in the city of Saada), "بقرية", "ببلدة", "بمخيم".
        "بمدينة", "لمدينة", "بقرية", "لقرية", "ببلدة", "لبلدة", "بمخيم", "لمخيم",
        # The Arabic settlement and colony, as Hezbollah's statements and Arab media name an Israeli town
        # (مستعمرة المطلة, the colony of Metula; مستوطنة كريات شمونة), alone, in the plural and with in or to.
        "مستعمرة", "مستوطنة", "مستعمرات", "مستوطنات", "بمستعمرة", "لمستعمرة", "بمستوطنة", "لمستوطنة",
        # The Arabic towns, villages and cities in the dual and the plural, before the list of their names, as the NNA
        # writes them (بلدتي عيتا الشعب ورامية, the two towns of Aita al-Shaab and Ramyeh; بلدات, قرى), also with "in"
        # or "to" written onto them; the و between the names comes off (`_ARABIC_LIST_RE`).
        *(f"{prefix}{word}" for prefix in ("", "ب", "ل") for word in _ARABIC_PLURAL_SETTLEMENTS),
        "camp", "refugee", "kibbutz",
        "moshav", "קיבוץ", "מושב", "העיר", "בעיר", "מהעיר", "לעיר", "עיירה", "העיירה", "בעיירה", "יישוב", "היישוב",
        "ville", "localité", "localités", "gemeinde", "dorf", "stadt", "općina",
        # Polish: the village (wieś; we wsi, in the village), the locality (miejscowość), with their marks and
        # without them; Czech: the municipality (obec, v obci) and the village (vesnice).
        "wieś", "wies", "wsi", "wioska", "wiosce", "miejscowość", "miejscowosc", "miejscowości", "miejscowosci",
        "obec", "obci", "vesnice", "vesnici",
        # German: the locality (Ortschaft); Italian: the village (villaggio), the town (paese, città, cittadina),
        # the hamlet (frazione), the locality (località); Romanian: the village (satul, of it satului), the
        # locality (localitatea, localității), the town (orașul) and the municipality (municipiul), with their
        # marks and without them.
        "ortschaft", "ortschaften", "villaggio", "villaggi", "paese", "città", "citta", "cittadina", "frazione",
        "località", "localita", "satul", "satului", "satele", "localitatea", "localității", "localitatii", "orașul",
        "orasul", "orașului", "orasului", "municipiul", "municipiului",
        "opština", "opstina", "სოფელი", "სოფელ", "სოფელში", "ქალაქი", "ქალაქ", "ქალაქში", "गांव", "गाँव", "گاؤں",
        # Georgian: the village with its stem's vowel dropped before an ending (სოფლის, of the village; სოფლებში, in
        # the villages), which the case endings alone do not give back.
        "სოფლის", "სოფლიდან", "სოფლები", "სოფლებში", "სოფლების", "ქალაქებში",
        # French, Spanish and Portuguese: a site de déplacés (a camp of displaced people, as "IDP site"), a
        # caserío, an aldea or aldeia, a povoado, a localidad or localidade (a populated place, as the French
        # localité); the Colombian vereda is in `_SPELLED_GENERICS`. Not "pueblo" or "ciudad": they begin names
        # (Pueblo Bello, Ciudad Bolívar); nor "cité" and "site" (DR Congo's town, la cité de Beni; a site de
        # déplacés), which begin names too (Cité Soleil, Haitian Creole Site Solèy): `_LOWER_CASE_GENERICS`.
        "déplacés", "deplacés", "displaced", "idp", "idps", "caserío",
        "caseríos", "aldea", "aldeas", "aldeia", "aldeias", "povoado", "povoados", "localidad", "localidade",
        "urbano", "urbana",
        # Colombian place text: the town of a municipio (casco urbano, cabecera municipal de Toribío). Not "sitio":
        # it begins names (Sitio Nuevo, Sítio Novo).
        "casco", "cabecera", "asentamiento", "asentamientos",
        # A city with its suburbs is the city: Maiduguri metropolis, the Lagos metropolitan area, el área
        # metropolitana de Cúcuta.
        "metropolis", "metropolitan", "metropolitana", "metropolitano",
        # Refugee camps in Hebrew, with the article and the one-letter words written onto them (במחנה הפליטים
        # ג'באליה, in the Jabalia refugee camp), and in Arabic (مخيم جباليا للاجئين, Jabalia camp for refugees).
        "מחנה", "המחנה", "במחנה", "למחנה", "ממחנה", "פליטים", "הפליטים", "לפליטים", "للاجئين", "اللاجئين", "لاجئين",
        "станції", "станцію", "станции", "станцию", "станція",
        # Camps in English plural (Abu Shouk camps) and Sudanese Arabic: معسكر is the word for the Darfur camps of
        # displaced people (معسكر أبو شوك، معسكر زمزم), as مخيم is elsewhere; "for the displaced" as "for refugees".
        "camps", "معسكر", "معسكرات", "مخيمات", "للنازحين", "النازحين", "نازحين",
        # A camp or site of displaced people in English as "site de déplacés" in French: the Mugunga displacement
        # site, Lac Vert displacement sites.
        "displacement",
        # Swahili and Kinyarwanda / Kirundi: the village (kijiji cha Kishishe, vijiji, kijijini: in the village;
        # umudugudu wa Kishishe, Rwanda's smallest unit, and mu mudugudu, in the village, with the augment dropped
        # after the preposition) and refugees (kambi ya wakimbizi, a refugee camp). The short words of the camp and
        # the town (kambi, mji, mujyi) begin names: `_LOWER_CASE_GENERICS`. And the Swahili mine (mgodi, migodi,
        # mgodini: at the mine; machimbo, the diggings: machimbo ya Rubaya, the mines of Rubaya), named by its town.
        "kijiji", "vijiji", "kijijini", "vijijini", "kitongoji", "vitongoji", "wakimbizi", "umudugudu", "mudugudu",
        "imidugudu", "midugudu", "mgodi", "migodi", "mgodini", "migodini", "machimbo", "machimboni",
        # Bosnian, Croatian and Serbian: selo in its cases (u selu, kod sela, u selima), naselje (settlement),
        # zaseok (hamlet), the city in "u gradu" (not grad itself: Novi Grad, Stari Grad are names), and the cases of
        # općina / opština (u općini Vlasenica).
        "selu", "селу", "selima", "селима", "naselje", "naselju", "насеље", "насељу", "zaseok", "zaseoku",
        "gradu", "граду", "općini", "opštini", "opstini", "općine", "opštine", "opstine", "општина", "општини",
        "општине",
        # Albanian: the village and the city with the article and in their cases (fshati, në fshatin, i fshatit;
        # qyteti, në qytetin).
        "fshat", "fshati", "fshatin", "fshatit", "fshatra", "fshatrat", "fshatrave", "qytet", "qyteti", "qytetin",
        "qytetit",
        # Hindi and Urdu: town and city, and the villages in the oblique plural (गाँवों में).
        "शहर", "कस्बा", "कस्बे", "गाँवों", "गांवों", "شہر", "قصبہ", "قصبے", "موضع",
        # Amharic and Tigrinya: town, towns, village, countryside, Tigrinya qushet (a sub-village).
        "ከተማ", "ከተሞች", "መንደር", "ገጠር", "ቁሸት",
        # Burmese: village, town, and a bare village written as a word of its own (ရွာ, not written onto a name:
        # Monywa is မုံရွာ; see `_written_on`); the town proper (မြို့ပေါ်), a camp of the displaced (ဒုက္ခသည်စခန်း,
        # စစ်ရှောင်စခန်း) and a camp (စခန်း).
        "ကျေးရွာ", "မြို့", "ရွာ", "မြို့ပေါ်", "ဒုက္ခသည်စခန်း", "စစ်ရှောင်စခန်း", "စခန်း",
        # Thai and Khmer: the temple that names a site on the border (ปราสาท, ប្រាសាទ, in Latin letters prasat, and
        # the English temple: Prasat Ta Muen Thom, the Ta Muen Thom temple), the village (หมู่บ้าน, ភូមិ; not บ้าน,
        # which begins the names of Thai villages, Ban Nong Chan), the town (ក្រុង) and a base (ฐาน, ฐานปฏิบัติการ).
        "temple", "temples", "prasat", "ปราสาท", "ប្រាសាទ", "หมู่บ้าน", "ភូមិ", "ក្រុង", "ฐาน", "ฐานปฏิบัติการ",
        # Indonesian and Malay: the village (kampung, Malay kampong, the Acehnese gampong; the urban village
        # kelurahan), named by the name after it (Kampung Bilogai); desa and dusun by their spelling
        # (`_SPELLED_GENERICS`). The town (kota) begins names (Kota Kinabalu, Kota Bharu, Kota Baru) and is generic
        # in lower case only (`_LOWER_CASE_GENERICS`).
        "kampung", "kampong", "gampong", "kelurahan",
        # Filipino: the barangay, the smallest unit and the village or neighbourhood it is (Barangay Pag-asa, Brgy.
        # Pag-asa), and the city (lungsod; Lungsod Quezon, Quezon City); the town (bayan) begins names (Bayan,
        # Lombok) and is generic in lower case only (`_LOWER_CASE_GENERICS`).
        "barangay", "brgy", "bgy", "lungsod",
        # Tamil: village (கிராமம், and in the village, கிராமத்தில்), town (நகரம், and in it, நகரில்,
        # நகரத்தில்); Sinhala: village (ගම, ගම්මානය; in it, ගමේ, ගම්මානයේ) and town (නගරය; in it, නගරයේ).
        "கிராமம்", "கிராமத்தில்", "நகரம்", "நகரில்", "நகரத்தில்", "ගම", "ගමේ", "ගම්මානය", "ගම්මානයේ",
        "නගරය", "නගරයේ",
        # Bengali: the village and the town, alone, in the genitive (of) and the locative (in): গ্রাম, গ্রামের, গ্রামে;
        # শহর, শহরের, শহরে; a camp (ক্যাম্প, শিবির, আশ্রয়শিবির).
        "গ্রাম", "গ্রামের", "গ্রামে", "শহর", "শহরের", "শহরে", "ক্যাম্প", "ক্যাম্পের", "ক্যাম্পে", "শিবির", "শিবিরের",
        "শিবিরে", "আশ্রয়শিবির", "আশ্রয়শিবিরের", "আশ্রয়শিবিরে",
        # Greek: the village (χωριό; of it, χωριού; villages, χωριά), the town (πόλη, πόλης; κωμόπολη), the
        # settlement (οικισμός) and the community (κοινότητα, the unit of a village in Greece and Cyprus).
        "χωριό", "χωριού", "χωριά", "χωριών", "πόλη", "πόλης", "κωμόπολη", "κωμόπολης", "οικισμός", "οικισμού",
        "κοινότητα", "κοινότητας", "κοινότητες",
    ),
    "region": (
        "province", "provinces", "region", "regions", "district", "districts", "rayon", "raion", "rajon", "rejon",
        "rayonu", "rayonunun", "rayonunda",
        # Azerbaijani: the district in its other cases and in the plural, as the ministries list several (Kəlbəcər
        # və Laçın rayonları, the Kalbajar and Lachin districts; rayonlarının, of them; rayonlarında, in them).
        "rayonundan", "rayonuna", "rayonlar", "rayonları", "rayonlarının", "rayonlarında", "rayonlarına",
        "rayonlarından", "inzibati", "ərazi", "dairəsi", "bələdiyyəsi", "oblast", "okrug",
        "marz", "marzi", "մարզ", "մարզի", "մարզում", "շրջան", "շրջանի", "վարչական", "shrjan", "varchakan",
        "համայնք", "համայնքի", "hamaynk",
        # the Armenian community in the locative and the plural (Ջերմուկ համայնքում; Ջերմուկ, Սոթք համայնքների)
        "համայնքում", "համայնքներ", "համայնքները", "համայնքների", "համայնքներում",
        "район", "района", "районе", "рајон", "рејон", "область", "области",
        "округ", "марз", "county", "municipality", "community", "commune", "territory", "republic", "autonomous",
        # Haiti's communal section (3e section communale de Saint-Marc; Haitian Creole 3e seksyon kominal), the
        # unit below the commune (komin), named by its number and its commune; seksyon is a section (below)
        "communale", "communales", "kominal", "komin",
        # and the department (depatman Latibonit, the Artibonite department), as the French département is
        "depatman",
        "muxtar", "respublikası", "administrative", "distrito", "daerah", "piirikunta", "кӏошт",
        "районі", "району", "області",
        # The Russian and Ukrainian front "direction" named by an adjective before it (на Покровском направлении,
        # на Покровському напрямку, Вугледарський напрямок): a stretch of front around the town of its name. After
        # в/у and before a name it says towards (в направлении Покровска, у напрямку Покровська: `_VICINITY`).
        "направление", "направлении", "направления", "напрямок", "напрямку", "напрямі", "напряму",
        "громада", "громади", "громаді", "governorate", "محافظة", "منطقة", "ناحية",
        # The Arabic front "axis" and front (محور عين زارة, the Ain Zara axis; محور الخلاطات; جبهة نهم), as the Libyan,
        # Syrian and Yemeni sides name a stretch of front by the place it runs through: a unit before its name, as
        # the English axis after it (`_FRONT_DIRECTIONS`).
        "محور", "محاور", "بمحور", "جبهة", "بجبهة",
        "قضاء", "cercle", "département", "arrondissement", "préfecture", "რაიონი", "რაიონში", "მუნიციპალიტეტი",
        "რეგიონი",
        # Administrative units elsewhere: a unit named beside a village is where the village lies, not a second
        # place ("Humera, Western Tigray Zone"; "Pazigyi village, Kanbalu Township": a Myanmar township is a
        # district). Ethiopia: zone, woreda, kebele, tabia; Myanmar: division, township; South Asia: tehsil,
        # taluka, mandal, zila, union council; Sudan: ولاية (state), locality; Yemen: مديرية (district), عزلة
        # (sub-district). "State" is one by its spelling, where it ends its name (`_SPELLED_GENERICS`).
        "zone", "zones", "division", "divisions", "township", "townships", "prefecture",
        "prefectures", "subdistrict", "subdistricts", "locality", "localities", "parish", "canton", "woreda",
        "wereda", "kebele", "tabia", "tabiya", "tehsil", "tahsil", "taluka", "taluk", "mandal", "zila", "zilla",
        "council", "union", "valley", "valleys", "gorge", "gorges", "ущелье", "ущелья", "ущелью", "ущельем",
        "ущельях", "долина", "долины", "долине", "долину", "долиной", "долин", "долинах", "долини", "долині",
        "долиною", "ხეობა", "ხეობები", "ولاية", "محلية", "مديرية", "عزلة", "ضلع", "تحصیل", "तहसील",
        "ज़िला", "जिला", "ज़िले", "जिले",
        # Not घाटी (valley): as Ghati in Latin letters, it is a word of names (कृष्णा घाटी, Krishna Ghati sector).
        # The Urdu valley before its name (وادی نیلم, the Neelum valley) is one by its spelling: the Arabic وادي
        # heads names of places of their own (Wadi Halfa).
        # Afghanistan, in Dari and Pashto: province, district (the wuleswali), a city's police district (nahia).
        # The countryside of a town (Tal Abyad countryside, the countryside of Derik; Arabic ريف, with "in" and
        # "and" written onto it: بريف الحسكة, in the countryside of Hasakah): the area around it, named by it.
        *_COUNTRYSIDE_WORDS,
        "ولایت", "wilayat", "velayat", "ولسوالی", "ولسوالۍ", "wuleswali", "woluswali", "ناحیه", "nahia",
        # DR Congo (territoire, collectivité: a chefferie or a secteur, groupement), Colombia (departamento,
        # municipio, corregimiento: the rural unit of a municipio that holds veredas, zona rural), Spanish and
        # Portuguese America and Africa (provincia, estado, comuna, parroquia, município, posto administrativo).
        "territoire", "territoires", "collectivité", "chefferie", "secteur", "groupement", "departamento",
        "municipio", "municipios", "município", "municipalidad", "corregimiento", "corregimientos", "zona", "zonas",
        "provincia", "estado", "comuna", "parroquia", "administrativo",
        # French plurals ("communes de Diallassagou, Dianwéli et Déguéssagou") and the rural or urban commune.
        "communes", "cercles", "départements", "arrondissements", "collectivités", "secteurs", "préfectures",
        "rurale", "rurales", "urbaine", "urbaines",
        # Ukraine's hromada (a municipality: Бахмутська міська територіальна громада) and the Russian names of the
        # occupation "republics" in their cases (в Донецкой Народной Республике).
        "hromada", "hromady", "територіальна", "територіальної", "територіальній", "республика", "республики",
        "республике", "республикой", "республіка", "республіки", "республіці", "народная", "народной", "народна",
        "народної", "народній",
        # Wards, constituencies, boroughs and emirates of Anglophone Africa and Asia.
        "ward", "wards", "constituency", "constituencies", "subcounty", "borough", "municipal", "municipalities",
        "emirate",
        # Somali (degmada Baydhabo, the district of Baidoa; gobolka Bay, the Bay region) and Swahili (wilaya ya
        # Lamu, kaunti ya Mandera, mkoa, tarafa); their "of", ya, is a context word.
        "degmada", "degmo", "degmooyin", "gobolka", "gobol", "gobollada", "wilaya", "wilayah", "wilayani", "kaunti",
        "mkoa", "mkoani", "tarafa",
        # Kinyarwanda and Kirundi units: the district (akarere; mu karere ka Rubavu, with the augment dropped after
        # the preposition), the sector (umurenge), the cell (akagari), the province (intara), the Burundian commune
        # (komine); and the Swahili province (jimbo, jimboni).
        "akarere", "karere", "uturere", "turere", "umurenge", "murenge", "imirenge", "akagari", "kagari", "utugari",
        "intara", "komine", "amakomine", "jimbo", "jimboni",
        # The Arabic units as romanized (muhafaza, qada, mudiriya, nahiya, mintaqa, baladiya: governorate, district,
        # district, sub-district, area, municipality) and in Arabic letters with "in" written onto them
        # (بمحافظة حلب, in Aleppo governorate); Persian (استان, شهرستان, بخش, دهستان: province to rural
        # district), Turkish (ilçesi, beldesi) and Kurdish (parêzgeha, navçeya) units.
        "muhafaza", "muhafazah", "muhafazat", "mohafaza", "mohafazah", "mohafazat", "qada", "qadaa", "qadha", "caza",
        "mudiriya", "mudiriyah", "mudiriyat", "nahiya", "nahiyah", "mintaqa", "mintaqah", "mantiqa", "mantiqat",
        "baladiya", "baladiyah", "baladiyat", "بمحافظة", "لمحافظة", "بمديرية", "بقضاء", "بناحية", "بمنطقة",
        "بولاية", "لقضاء", "لناحية", "استان", "شهرستان", "بخش", "دهستان", "shahrestan", "dehestan", "ilçe", "ilçesi",
        "beldesi",
        "parêzgeha", "navçeya",
        # Russian and Ukrainian names of these units (провинции Идлиб, мухафаза Хомс, Краснодарский край), the
        # Hebrew district and regional council (מחוז, מועצה אזורית), the Georgian region (მხარე), the Hindi state
        # (राज्य), the Urdu province (صوبہ), Portuguese and Spanish counties and parishes, and Ethiopia's kilil.
        "провинция", "провинции", "провинцию", "провінція", "провінції", "мухафаза", "мухафазы", "мухафазе", "край",
        "края", "крае", "krai", "kray", "округа", "округе", "муниципалитет", "муниципалитета", "מחוז", "במחוז", "נפת",
        "מועצה", "אזורית", "მხარე", "მხარეში", "राज्य", "صوبہ", "condado", "concelho", "freguesia", "municipalité",
        "daïra", "moughataa", "kilil",
        # Colombia: the inspección de policía (a rural unit of a municipio) and "en jurisdicción de"; the subregion
        # of a departamento (la subregión del Catatumbo, the Catatumbo subregion, as UN OCHA writes it) and the
        # resguardo (an indigenous reserve: resguardo indígena de Huellas); Albanian komuna (komuna e Rahovecit).
        "inspección", "inspeccion", "jurisdicción", "jurisdiccion", "subregion", "subregions", "sub-region",
        "sub-regions", "subregión", "subregiones", "regiones", "resguardo", "resguardos", "indígena", "indígenas",
        "indigena", "indigenas", "serranía", "serrania", "cañón",
        "komuna", "komunë", "komunën", "komunës",
        # English plurals.
        "counties", "communities", "territories", "cantons", "parishes", "woredas", "kebeles", "tehsils",
        # Amharic and Tigrinya units: region (kilil), zone (Tigrinya zoba), woreda, kebele, tabia, the sub-city
        # (ክፍለ ከተማ).
        "ክልል", "ዞን", "ዞባ", "ወረዳ", "ቀበሌ", "ጣብያ", "ክፍለ",
        # Burmese: township, village tract, district, region and its older name division, state, ward.
        "မြို့နယ်", "ကျေးရွာအုပ်စု", "ခရိုင်", "တိုင်းဒေသကြီး", "တိုင်း", "ပြည်နယ်", "ရပ်ကွက်",
        # Thai: province, district, sub-district (also as RTGS writes them: changwat, amphoe, tambon); Khmer:
        # province, district, commune, the districts and quarters of Phnom Penh.
        "จังหวัด", "อำเภอ", "กิ่งอำเภอ", "ตำบล", "อ\u0e4d\u0e32เภอ", "กิ่งอ\u0e4d\u0e32เภอ", "ต\u0e4d\u0e32บล",
        "changwat", "amphoe", "amphur", "tambon", "ខេត្ត", "ស្រុក", "ឃុំ",
        "ខណ្ឌ", "សង្កាត់",
        # Indonesian and Malay units: the regency (kabupaten, kab.; its English name, regency), the Papuan district
        # (distrik) and the district elsewhere (kecamatan, kec.), the province (provinsi, propinsi, prov.), and the
        # Malaysian district and subdistrict (daerah, mukim); wilayah (the area, the territory) is above. Distrik
        # Sugapa, Kabupaten Intan Jaya names Sugapa in Intan Jaya. The Malay state, negeri, begins a state's name
        # (Negeri Sembilan) and is generic in lower case only (`_LOWER_CASE_GENERICS`).
        "kabupaten", "kab", "regency", "regencies", "distrik", "kecamatan", "kec", "provinsi", "propinsi", "prov",
        "daerah", "mukim",
        # Filipino: the province (lalawigan; lalawigan ng Palawan) and the municipality (munisipalidad, munisipyo).
        "lalawigan", "munisipalidad", "munisipyo",
        # Tamil: district (மாவட்டம், and in it, மாவட்டத்தில்), the divisional secretariat's division (பிரதேச
        # செயலகப் பிரிவு: its words are generic alone); Sinhala: district (දිස්ත්‍රික්කය, in it දිස්ත්‍රික්කයේ) and
        # province (පළාත, පළාතේ), written without the joiner that folding leaves out.
        "மாவட்டம்", "மாவட்டத்தில்", "செயலகப்", "பிரிவு", "දිස්ත්රික්කය", "දිස්ත්රික්කයේ", "පළාත", "පළාතේ",
        # Bengali: the union (ইউনিয়ন, a rural council of Bangladesh), the upazila (উপজেলা, the sub-district), the
        # district (জেলা), the division (বিভাগ) and the township (Burmese টাউনশিপ), alone, of and in.
        "ইউনিয়ন", "ইউনিয়নের", "ইউনিয়নে", "উপজেলা", "উপজেলার", "উপজেলায়", "জেলা", "জেলার", "জেলায়", "বিভাগ",
        "বিভাগের", "বিভাগে", "টাউনশিপ", "টাউনশিপের", "টাউনশিপে",
        # Greek: the municipality (δήμος, of it δήμου), the district of Cyprus and the old one of Greece (επαρχία),
        # the prefecture (νομός) and the region (περιφέρεια).
        "δήμος", "δήμου", "δήμο", "επαρχία", "επαρχίας", "νομός", "νομού", "περιφέρεια", "περιφέρειας",
        # Polish: the commune (gmina, in it w gminie, of it gminy), the county (powiat, w powiecie, powiatu) and the
        # province (województwo), with their marks and without them; Czech: the district (okres, v okrese).
        "gmina", "gminie", "gminy", "powiat", "powiecie", "powiatu", "województwo", "województwie", "województwa",
        "wojewodztwo", "wojewodztwie", "wojewodztwa", "okres", "okrese", "okresu",
        # German: the district (Landkreis, Kreis, Bezirk) and the federal state (Bundesland); Italian: the
        # municipality (comune) and the region (regione); Romanian: the commune (comuna above; of it comunei), the
        # county (județul, of it județului), the Moldovan district (raionul) and the region (regiunea).
        "landkreis", "landkreises", "kreis", "kreises", "bezirk", "bezirks", "bundesland", "comune", "regione",
        "comunei", "județul", "judetul", "județului", "judetului", "raionul", "raionului", "regiunea", "regiunii",
    ),
    "context": (
        # Tamil: area (பிரதேசம், பகுதி; in it, பிரதேசத்தில், பகுதியில்), near (அருகே, அருகில்), around (சுற்றுவட்டாரம்),
        # and இருந்து ("being"), which makes a locative before it an ablative (விசுவமடுவில் இருந்து, from Visuvamadu);
        # Sinhala: area (ප්‍රදේශය; in it, ප්‍රදේශයේ), near (අසල, ආසන්නයේ)
        "பிரதேசம்", "பிரதேச", "பிரதேசத்தில்", "பகுதி", "பகுதியில்", "அருகே", "அருகில்", "சுற்றுவட்டாரம்", "இருந்து",
        "ප්රදේශය", "ප්රදේශයේ", "අසල", "ආසන්නයේ",
        "near", "nearby", "in", "at", "of", "the", "around", "outskirts", "vicinity", "close", "to", "by",
        "from", "between", "towards", "toward", "direction", "directions", "area", "areas", "sector", "section",
        "seksyon",
        "positions",
        "position", "border", "along", "on", "and", "or", "both", "also", "neighbouring", "neighboring",
        "у", "в", "во", "под", "близ", "около", "возле", "вблизи", "окрестностях", "между", "и",
        "или", "на", "с", "со", "մոտ", "մոտակայքում", "ուղղությամբ", "հատվածում", "տարածքում", "և", "ու", "եւ",
        "yaxınlığında", "yaxınlığındakı", "ərazisində", "istiqamətində", "və", "ve",
        # The front direction after its town, in every case the two ministries' daily reports write it, as in
        # the locative (ուղղությամբ, istiqamətində): Մարտակերտի ուղղություն, Ağdərə istiqaməti (nominative),
        # istiqamətindən (from), istiqamətinə (towards), the plural istiqamətlərində, ուղղություններում.
        "ուղղություն", "ուղղության", "ուղղությունում", "ուղղությունից", "ուղղություններով", "ուղղություններում",
        # and the Armenian plural in the nominative and genitive, for the directions of several towns (Գորիսի և
        # Կապանի ուղղություններ, the Goris and Kapan directions).
        "ուղղություններ", "ուղղությունները", "ուղղությունների",
        # The section (of the border), as "section" and the locative հատվածում: Տավուշի մարզի սահմանային հատված (the
        # border section of Tavush marz), in the nominative, the genitive, the definite and the instrumental (along).
        "հատված", "հատվածի", "հատվածը", "հատվածով",
        "istiqamət", "istiqaməti", "istiqamətindən", "istiqamətinə", "istiqamətləri", "istiqamətlərində",
        "поблизу", "околиці", "околицях", "قرب", "في", "بالقرب", "من", "على", "بعد", "د", "په",
        "در",
        # Arabic off (the coast of) a port, as the Houthi statements place a ship: قبالة المخا, قبالة سواحل الحديدة.
        "قبالة", "سواحل",
        # Arabic parts of a town and points by it, as Lebanon's NNA places a strike (أطراف بلدة علما الشعب, the
        # outskirts of the town of Alma al-Shaab; خراج بلدة حولا, the lands of Houla; عند, at), and the posts and
        # barracks Hezbollah's statements strike, named after their place as a frontier post is (موقع المالكية, the
        # Malkia post; ثكنة برانيت, the Branit barracks).
        "أطراف", "اطراف", "خراج", "عند", "موقع", "مواقع", "ثكنة", "ثكنات",
        # Pashto کې (in), the postposition that closes په ... کې (په المار ولسوالۍ کې: in Almar district), and its
        # older spelling کښې.
        "کې", "کښې",
        # Persian (Dari) across and along a border, as the Taliban's defence ministry places a strike: آن سوی خط
        # فرضی (beyond the hypothetical line: that side, آن سوی), مقابل ولایت خوست (opposite Khost province), کنار
        # (beside, along); Pashto هاخوا (beyond) and غاړه (side, bank).
        "آن", "سوی", "سوي", "مقابل", "کنار", "هاخوا", "غاړه", "غاړې",
        "ליד", "près", "dans", "ya",
        # Hebrew area, sector, neighbourhood, quarter, outskirts, approaches and vicinity, in the construct state
        # before the name and with the one-letter words and the article written onto them (באזור בינת ג'בייל, in
        # the area of Bint Jbeil; בשכונת שג'אעייה, in the Shuja'iyya neighbourhood; בפאתי חאן יונס).
        "אזור", "האזור", "באזור", "מאזור", "לאזור", "איזור", "באיזור", "מאיזור", "גזרת", "בגזרת", "מגזרת", "מרחב",
        "במרחב", "שכונת", "בשכונת", "משכונת", "לשכונת", "שכונה", "השכונה", "בשכונה", "רובע", "ברובע", "פאתי", "בפאתי",
        "מפאתי", "מבואות", "במבואות", "סביבת", "בסביבת", "קרבת", "בקרבת", "בסמוך", "סמוך",
        # Hebrew the military post and the base, named after their place as the IDF names a post Hezbollah struck
        # (במוצב ברנית, at the Branit post; בבסיס מירון, at the Meron base), as the Arabic موقع and ثكنة are.
        "מוצב", "מוצבים", "בסיס",
        "de", "du", "des", "do", "la", "le", "les", "bei", "nahe", "ახლოს", "crossing",
        # Georgian postpositions written as words of their own after a name in the genitive: near, in the vicinity,
        # between, in the direction of, and და (and) in its own script.
        "მახლობლად", "მიდამოებში", "შორის", "მიმართულებით",
        # Georgian parts of a place after its name in the genitive, as the English "centre of", "outskirts of"
        # are context: the centre (გორის ცენტრში), central (the central square: ცენტრალური მოედანი), the
        # outskirts (გარეუბანში), the environs (შემოგარენში), the territory (ტერიტორიაზე); the distance of a
        # distance phrase (5 კმ-ის მოშორებით, დაშორებით, მანძილზე: at a distance of 5 km); and the compass words in
        # the instrumental, only ever directions (გორის ჩრდილოეთით, north of Gori; `_GEORGIAN_DIRECTIONS`).
        "ცენტრი", "ცენტრში", "ცენტრალური", "გარეუბანი", "გარეუბანში", "შემოგარენი", "შემოგარენში", "მიდამოები",
        "ტერიტორია", "ტერიტორიაზე", "მოშორებით", "დაშორებით", "მანძილზე",
        "ჩრდილოეთით", "სამხრეთით", "აღმოსავლეთით", "დასავლეთით",
        # Hindi postpositions (in, of, from, on) and "sector": generic in their own script only (see
        # `_generic_key`), as their romanizations (ke, se, par) are syllables of names; the Urdu ones are in
        # `_SPELLED_GENERICS`.
        "में", "के", "की", "का", "से", "पर", "سیکٹر", "सेक्टर",
        # Parts of a place rather than places: "Srebrenica enclave", "les environs de Gao", "в пригороде Донецка".
        "enclave", "pocket", "suburb", "suburbs", "surroundings", "environs", "abords", "banlieue", "périphérie",
        "periferia", "arredores",
        # The surroundings of a place named beside it, which name no place of their own: "Wad Madani and (the)
        # surrounding villages", "and its surroundings", "Goma et ses environs", "les villages environnants", "los
        # barrios aledaños"; Arabic ود مدني والقرى المحيطة (بها), وضواحيها, وما حولها, ومحيطها, والقرى المجاورة
        # (with و, and, written onto them: it is taken off a name only before the article, `_ARABIC_WRITTEN_ON_RE`);
        # and its or their countryside, as SOHR writes it (رأس العين وتل أبيض وريفيهما, Ras al-Ain and Tal Abyad and
        # the countryside of both: وريفها, وريفه, وريفيهما, وأريافها); Amharic መቐለ እና አካባቢዋ (and its
        # surroundings), Tigrinya ከባቢኣ.
        "surrounding", "adjacent", "its", "their", "environnants", "environnantes", "alentour", "ses", "leurs",
        "aledaños", "aledañas", "circundantes", "المحيطة", "المحيط", "المجاورة", "المجاور", "القريبة", "ضواحي",
        "ضواحيها", "محيط", "محيطها", "حول", "حولها", "ما", "بها", "وضواحيها", "ومحيطها", "وما", "وحولها",
        "وريفها", "وريفه", "وريفيهما", "وريفهما", "وأريافها", "واريافها",
        "አካባቢዋ", "አካባቢው", "ዙሪያዋ", "ዙሪያው", "ከባቢኣ", "ከባቢኡ",
        "faubourg", "faubourgs", "quartier", "quartiers", "barrio", "barrios", "bairro", "bairros", "alentours",
        "axe", "market", "markets", "marketplace", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "حي", "sectors",
        # The residential quarter of a town struck: "residential area of Ganja", "жилой квартал Гянджи", "в
        # микрорайоне", Azerbaijani "Gəncənin yaşayış massivi", "məhəlləsi", Armenian "բնակելի թաղամաս".
        "residential", "жилой", "жилом", "жилого", "жилые", "жилых", "жилая", "квартал", "квартале",
        "квартала", "кварталы", "кварталах", "микрорайон", "микрорайоне", "микрорайона", "житловий", "житловому",
        "житлового", "yaşayış", "massiv", "massivi", "massivində", "massivinə", "məhəllə", "məhəlləsi",
        "məhəlləsində", "բնակելի", "թաղամաս", "թաղամասը", "թաղամասում", "թաղամասի",
        "souq", "souk", "suq", "سوق", "military",
        # Border posts and checkpoints: "погранзастава Кайрагач", "на участке Кайрагач" (sector), "блокпост у села",
        # "КПП Кайрагач", the Donbas entry-exit checkpoint КПВВ, "пункт пропуска"; "Kairagach frontier post".
        "outpost", "outposts", "checkpoint", "checkpoints", "frontier", "post", "posts", "погранзастава",
        "погранзаставы", "погранзаставе", "погранзаставу", "погранзаставой", "застава", "заставы", "заставе", "заставу",
        "заставой", "пограничная", "пограничной", "пограничный", "пограничного", "пограничном", "погранпост",
        "погранпоста", "погранпосту", "погранпосте", "участок", "участке", "участка", "участку", "блокпост",
        "блокпоста", "блокпосту", "блокпосте", "блокпосты", "блокпостов", "поста", "посту", "посте", "кпп", "кпвв",
        "пропуска", "пропуску", "прикордонна", "прикордонної", "прикордонний", "прикордонного", "прикордонному",
        "ділянка", "ділянці", "ділянку",
        # Squares, stations and buildings struck in a place: "Gori main square", "залізничний вокзал Краматорська"
        # (Kramatorsk railway station), "ж/д вокзал", "Mariupol drama theatre", "в центре Харькова" (in the centre
        # of Kharkiv; `_SPELLED_GENERICS`), "במחנה ... בית החולים" (the hospital). Not "central" or "centre": they
        # begin names of regions (Central Darfur, Centre-Nord).
        "square", "squares", "main", "downtown", "площадь", "площади", "площа", "площі", "მოედანი", "მოედანზე",
        "მოედანთან", "ساحة", "station", "stations", "railway", "train", "вокзал", "вокзала", "вокзале", "вокзалу",
        "вокзалі", "залізничний", "залізничного", "залізничному", "залізнична", "залізничної", "железнодорожный",
        "железнодорожного", "железнодорожном", "железнодорожная", "hospital", "hospitals", "schools",
        # Hospitals in more languages (French, Italian, German, Turkish and Azerbaijani, Armenian, Persian and Urdu,
        # Syrian Arabic, Russian and Ukrainian military hospitals), and the children's and maternity hospitals:
        # "l'hôpital Al-Ahli", "Okhmatdyt children's hospital", "Bərdə rayon xəstəxanası".
        "hôpital", "hopital", "hôpitaux", "hopitaux", "ospedale", "krankenhaus", "hastane", "hastanesi",
        "xəstəxana", "xəstəxanası", "xəstəxanasına", "xəstəxanasında", "հիվանդանոց", "հիվանդանոցը",
        "հիվանդանոցի", "հիվանդանոցում", "بیمارستان", "ہسپتال", "مشفى", "госпиталь", "госпиталя", "госпитале",
        "шпиталь", "шпиталі", "роддом", "пологовий", "children", "children's", "childrens", "maternity",
        "theatre", "theater", "drama", "shopping", "mall", "supermarket", "театр", "театра", "театру", "театре",
        "театрі", "драмтеатр", "драмтеатра", "драмтеатру", "драмтеатре", "драмтеатрі", "лікарня", "лікарні",
        "больница", "больницы", "больнице", "школа", "школи", "школы", "школе", "школі", "торговый", "торгового",
        "торговом", "торговельний", "торговельного", "торговельному", "مستشفى", "مدرسة", "חולים", "החולים",
        # Airports struck in a place, as its stations are: "Bahir Dar airport", "l'aéroport de Goma", "аэропорт
        # Донецка", مطار الفاشر, Amharic ባሕር ዳር አየር ማረፊያ (air landing-place), Tigrinya መዕርፎ ነፈርቲ (aircraft
        # resting-place), so that they compare across scripts as their place does.
        "airport", "airports", "airfield", "airbase", "aéroport", "aeroport", "aeropuerto", "aeroporto",
        "аэропорт", "аэропорта", "аэропорту",
        "аэропорте", "аеропорт", "аеропорту", "аеропорті", "مطار", "المطار", "አየር", "ማረፊያ", "መዕርፎ", "ነፈርቲ",
        # Buildings struck in a place: "Şuşa şəhərindəki kilsə" (the church in the city of Shusha).
        "church", "cathedral", "mosque", "kilsə", "kilsəsi", "məscid", "məscidi", "церковь", "церкви", "собор",
        "собора", "мечеть", "мечети", "եկեղեցի", "եկեղեցին", "եկեղեցու", "մզկիթ",
        # Prisons struck in a place, named by their place as hospitals are: "Evin prison" = "Evin jail" = Persian
        # "زندان اوین" = Evin; Arabic "سجن صيدنايا"; Hebrew "כלא עופר" (and בית הסוהר, `_HEBREW_HOUSE_OF`);
        # "тюрьма в Еленовке", "колонія в Оленівці"; Spanish cárcel, German Gefängnis, Turkish cezaevi.
        "prison", "prisons", "jail", "jails", "gaol", "penitentiary", "prisión", "prision", "cárcel", "carcel",
        "presídio", "presidio", "prisão", "prisao", "carcere", "gefängnis", "gefangnis", "haftanstalt",
        "cezaevi", "cezaevinde", "hapishane", "hapishanesi", "həbsxana", "həbsxanası", "زندان", "سجن", "السجن",
        "כלא", "тюрьма", "тюрьмы", "тюрьме", "тюрьму", "сизо", "колония", "колонии", "колонію", "колонія",
        "колонії", "в'язниця", "в'язниці", "в'язницю",
        # What a prison struck is called beside its place, as agencies, monitors and Arab outlets name it: "Saada
        # remand prison", "the detention centre in Saada", "Ofer detention facility", "pre-trial detention centre";
        # Arabic "السجن الاحتياطي بمدينة صعدة" (the remand prison in the city of Saada), "السجن المركزي" (central
        # prison), "الاحتجاز" (detention).
        "remand", "detention", "pre-trial", "pretrial", "facility", "الاحتياطي", "احتياطي", "المركزي",
        "الاحتجاز", "احتجاز",
        # A migrants' shelter or detention centre and a military academy or college struck in a place, as the UN,
        # agencies and Libyan outlets name them: "Tajoura migrant shelter", "le centre de détention de migrants de
        # Tadjourah", "il centro di detenzione per migranti di Tagiura", "مركز إيواء المهاجرين غير الشرعيين
        # بتاجوراء" (the shelter centre for illegal migrants in Tajoura), "Military Academy, Al-Hadhba", "l'école
        # militaire", "الكلية العسكرية بطرابلس" (the military college in Tripoli). The Italian centro is a context
        # word in lower case only (`_LOWER_CASE_GENERICS`), as centre is.
        "shelter", "shelters", "migrant", "migrants", "academy", "academies", "college", "détention", "école",
        "ecole", "écoles", "académie", "militaire", "migranti", "detenzione", "accoglienza", "accademia",
        "militare", "scuola", "مركز", "إيواء", "ايواء", "الإيواء", "الايواء", "المهاجرين", "المهاجرون", "مهاجرين",
        "للمهاجرين", "غير", "الشرعيين", "الشرعية", "كلية", "الكلية", "العسكرية", "العسكري", "الحربية",
        "الميداني", "ميداني",
        # An air base struck or taken, named by its place: the French base aérienne, Spanish and Italian base aérea /
        # aerea, the Arabic قاعدة ... الجوية (قاعدة الوطية الجوية, al-Watiya air base); the English air before base
        # (`_facility_word`), as Air begins no place name but Aïr, which folds alike, is one.
        "aérienne", "aerienne", "aérea", "aerea", "قاعدة", "بقاعدة", "الجوية", "الجوي",
        # Arabic "belonging to", between a place and the unit it lies in, as Iraqi and Syrian statements write it:
        # ناحية دركار التابعة لقضاء زاخو (the sub-district of Darkar, of the district of Zakho).
        "التابعة", "التابع", "والتابعة", "والتابع",
        # A building struck in a place: "telecommunications building, Al-Hodeidah", "مبنى الاتصالات، الحديدة".
        "building", "buildings", "telecommunications", "telecom", "مبنى", "الاتصالات",
        # A resort struck in a place, as a hospital is: "the Barakh resort in Zakho", "a tourist resort in Duhok",
        # Arabic مصيف (a summer resort: مصيف برخ في زاخو) and منتجع, with "in" written onto them (بمصيف), and
        # سياحي (tourist). The Sorani, Kurmanji and Turkish ones are `_SPELLED_GENERICS`.
        "resort", "resorts", "tourist", "touristic", "مصيف", "المصيف", "بمصيف", "مصايف", "منتجع", "المنتجع",
        "بمنتجع", "سياحي", "السياحي", "سياحية", "السياحية",
        # A depot or store struck or blown up in a place: "fuel depot near Stepanakert", "ammunition depot",
        # "склад ГСМ", Azerbaijani "yanacaq anbarı", Armenian "վառելիքի պահեստ".
        "depot", "depots", "warehouse", "warehouses", "fuel", "ammunition", "склад", "склада", "складе", "складу",
        "гсм", "anbar", "anbarı", "anbarında", "yanacaq", "պահեստ", "պահեստը", "պահեստի", "պահեստում", "վառելիքի",
        "окраине", "окраина", "окраинах", "пригороде", "пригород", "окраїні", "околиці", "передмісті",
        # Distances and the French contractions of "à": "20 km north of Gao", "à 30 km de Gao", "au nord de Gao";
        # nautical miles as maritime advisories write them ("54NM southwest of Aden", "50 nm west of Mokha").
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres", "mile",
        "miles", "nm", "nmi", "км", "кілометрів", "кілометри", "километров", "километрах", "metres", "meters",
        "mètres", "au", "aux", "kilómetro", "kilómetros", "kilometros", "quilômetro", "quilômetros", "quilómetro",
        "quilómetros",
        "metros", "millas", "milhas", "كم", "كيلومتر", "كيلومترات", "كيلومترا", "كلم", "קילומטר", "קילומטרים",
        "კმ", "კილომეტრი", "კილომეტრში", "კილომეტრის",
        # Filipino miles and kilometres, and their forms with the linker: "mga 75 milya mula sa Palawan".
        "milya", "milyang", "kilometro", "kilometrong",
        # Directions only ever written as directions (Russian and Ukrainian): "к северу от", "севернее Донецка".
        "северу", "югу", "востоку", "западу", "севернее", "южнее", "восточнее", "западнее",
        "северо-восточнее", "северо-западнее", "юго-восточнее", "юго-западнее", "північніше", "південніше",
        "східніше", "західніше",
        # Spanish and French "in" (en la vereda El Carmen, en Ituri); Colombian place text: the road (vía, carretera),
        # the police of an inspección de policía, "conocido como" (known as), near, outskirts and surroundings.
        "vía", "via", "carretera", "policía", "policia", "conocido", "conocida", "denominado", "denominada",
        "llamado", "llamada", "cerca", "afueras", "alrededores", "inmediaciones",
        # The post, base or farm struck in a place, which two claims about two places share: "estación de policía
        # de Suárez" and "estación de policía de Morales", the "police station in Suarez", "base militar de Tibú",
        # "batallón", "finca La Esperanza", a trocha (a dirt track), the límites (bounds) of two places; the bridge
        # (puente) in lower case only (`_LOWER_CASE_GENERICS`), as Puente Nacional and Puente Alto are towns.
        "police", "base", "bases", "estación", "estacion", "estaciones", "subestación", "subestacion", "comando",
        "cuartel", "militar", "militares", "batallón", "batallon", "finca", "fincas", "trocha", "límites",
        "limites", "headquarters", "veredal", "veredales",
        # Portuguese place text of Mozambique and Angola: the district's seat (sede distrital de Quissanga), the
        # neighbouring villages (Macomia e aldeias vizinhas), the barracks (quartel), the football pitch (campo de
        # futebol da aldeia de Muatide), the road (estrada de Awasse), the gas projects (a seis quilómetros dos
        # projetos de gás) and the port town (the French ville portuaire, the Portuguese vila portuária); and the
        # strategic town of the English, French and Portuguese press: words that two claims about two places share.
        "distrital", "distritais", "vizinha", "vizinhas", "vizinho", "vizinhos", "quartel", "quartéis", "quarteis",
        "futebol", "projeto", "projetos", "projecto", "projectos", "gás",
        "portuária", "portuario", "portuário", "portuaria", "portuaire", "strategic", "stratégique", "estratégica",
        "estrategica", "estratégico", "estrategico",
        # Bosnian, Croatian and Serbian: near (u blizini, blizu, pored), the surroundings (u okolini), the area (na
        # području), towards; the short prepositions are in `_SPELLED_GENERICS`.
        # Polish: near (w pobliżu, niedaleko), the surroundings (w okolicach, okolic); Czech: near (poblíž,
        # nedaleko), the surroundings (v okolí).
        "pobliżu", "poblizu", "niedaleko", "okolicach", "okolic", "okolicy", "poblíž", "pobliz", "nedaleko", "okolí",
        # German: near (in der Nähe von), the surroundings (Umgebung); Italian: near (presso, vicino a, nei pressi
        # di), the surroundings (dintorni, vicinanze); Romanian: near (lângă, în apropierea), the vicinity
        # (vecinătatea); the short prepositions and articles are in `_LOWER_CASE_GENERICS`.
        "nähe", "naehe", "umgebung", "presso", "vicino", "pressi", "dintorni", "vicinanze", "lângă", "langa",
        "apropierea", "apropiere", "vecinătatea", "vecinatatea",
        "blizini", "близини", "blizu", "близу", "pored", "поред", "okolini", "околини", "okolina", "околина",
        "području", "подручју", "područje", "подручје", "prema", "према",
        # Albanian: near (afër, pranë), around, the road (rruga, në rrugën), the neighbourhood (lagjja).
        "afër", "afer", "pranë", "prane", "rrethinat", "rruga", "rrugën", "rrugës", "lagjja", "lagje", "lagjen",
        "lagjes",
        # Arabic "in" written as a word of its own once it is taken off the name it was written onto (`_written_on`:
        # سوق صابرين بأم درمان); the Urdu and Arabic near (کے قریب, قريب, نزدیک, کے پاس) and area (علاقے).
        "ب", "قریب", "قريب", "نزدیک", "پاس", "علاقے", "علاقہ",
        # Hindi near (के पास, के निकट, के नज़दीक) and area (इलाके, क्षेत्र).
        "पास", "निकट", "नज़दीक", "नजदीक", "इलाका", "इलाके", "इलाक़ा", "इलाक़े", "क्षेत्र",
        # Amharic and Tigrinya: near, the area, inside, around, beside, via; in, from and to (Tigrinya ኣብ, ካብ, ናብ;
        # Amharic ወደ); the Amharic in and from once taken off their name (`_written_on`: በመቐለ, in Mekelle).
        "አቅራቢያ", "አካባቢ", "ከባቢ", "ውስጥ", "ዙሪያ", "አጠገብ", "ጥቓ", "በኩል", "ኣብ", "አብ", "ካብ", "ናብ", "ወደ", "በ", "ከ",
        # Burmese postpositions written onto a name: in / at, located in, near, around (တဝိုက်, အနီးတဝိုက်), inside
        # (အတွင်း), and the sides of a place (အရှေ့ဘက်, east of it).
        "တွင်", "ရှိ", "အနီး", "တဝိုက်", "တစ်ဝိုက်", "အနီးတဝိုက်", "အတွင်း", "ဘက်", "အရှေ့ဘက်", "အနောက်ဘက်",
        "မြောက်ဘက်", "တောင်ဘက်",
        *_BURMESE_PARTS,
        # Thai and Khmer words written before a name (`_written_on`): the area of (บริเวณ, พื้นที่, តំបន់), near
        # (ใกล้, ใกล้กับ, ក្បែរ, ជិត), at and in (ที่, ณ, ใน, នៅ, ក្នុង), around (แถว), the border (ชายแดน, ព្រំដែន),
        # the side of (ฝั่ง, ខាង) and along (ตาม, តាម).
        "บริเวณ", "พื้นที่", "ใกล้", "ใกล้กับ", "ที่", "ณ", "ใน", "แถว", "ชายแดน", "ฝั่ง", "ตาม", "តំបន់", "ក្បែរ",
        "ជិត", "នៅ", "ក្នុង", "ព្រំដែន", "ខាង", "តាម",
        # Swahili near (karibu na Kitshanga), in (katika), from, at (kwenye), at the border (mpakani); the short
        # words (mu, ku, ka, cha, hafi ...) are in `_LOWER_CASE_GENERICS`.
        "karibu", "katika", "kutoka", "kwenye", "mpakani",
        # Indonesian and Malay around (sekitar), the area (kawasan), the border (perbatasan); in (di) is a particle
        # of names already (`_NAME_PARTICLES`), near (dekat) is read by its spelling (`_SPELLED_GENERICS`).
        "sekitar", "kawasan", "perbatasan",
        # Filipino near (malapit sa Ayungin), the waters of (karagatan), the coast (baybayin); of (ng) and at (sa)
        # are in `_LOWER_CASE_GENERICS`.
        "malapit", "karagatan", "baybayin",
        # Bengali: the border (সীমান্ত, সীমান্তের, সীমান্তে; the frontier, বর্ডার), the area (এলাকা, এলাকার, এলাকায়;
        # অঞ্চল), near (কাছে, নিকটে, পাশে, সংলগ্ন), and (ও, এবং).
        "সীমান্ত", "সীমান্তের", "সীমান্তে", "বর্ডার", "এলাকা", "এলাকার", "এলাকায়", "অঞ্চল", "অঞ্চলের", "অঞ্চলে",
        "কাছে", "নিকটে", "পাশে", "সংলগ্ন", "ও", "এবং",
        # Greek: in, at, to with the article (στο, στη, στην, στον, στα, στις, σε), of the (του, της, των), the
        # article (ο, η, το, οι, τα, τον, την), and (και), near (κοντά), off a coast (ανοιχτά), the area
        # (περιοχή), the buffer zone (νεκρή ζώνη: the dead zone of Cyprus), the border (σύνορα).
        "στο", "στη", "στην", "στον", "στα", "στις", "στους", "σε", "του", "της", "των", "ο", "η", "το", "οι", "τα",
        "τον", "την", "και", "κοντά", "ανοιχτά", "περιοχή", "περιοχής", "περιοχές", "νεκρή", "ζώνη", "ζώνης",
        "σύνορα", "συνόρων",
        # The border in the scripts of its sources, as the English "border" (`_BORDER_WORDS`: the words whose spelling
        # is a name in Latin letters or in lower case only are in `_SPELLED_GENERICS` and `_LOWER_CASE_GENERICS`).
        *_BORDER_WORDS,
    ),
}  # fmt: skip

# Chinese writes no spaces: the generic words and prepositions of a place text are set apart from the names
# between them (加勒万河谷地区 = 加勒万 河谷 地区; 班公湖南岸神炮山地域 = 班公湖 南岸 神炮山 地域), as the words of
# `_HAN_CONTEXT` and the valleys and areas wherever they stand, a unit of one character (省, 县, 区, 乡, 市,
# 镇, 村) at the end of a run where two characters of the name stay before it (和田县 = 和田 县; not 大村), the
# prepositions in (在, 于, 位于) at its start, and and and of (和, 与, 及, 的) between two names of two characters
# or more (德普桑和加勒万; not 和田, Hotan, nor 新疆和田县, where one character is left before the unit).
_HAN_CONTEXT: Final = (
    "附近", "一带", "一帶", "周边", "周邊", "地域", "地带", "地帶", "南岸", "北岸", "东岸", "東岸", "西岸", "边境",
    "邊境", "境内", "境內", "以东", "以東", "以西", "以南", "以北", "东部", "東部", "西部", "南部", "北部", "东段",
    "東段", "西段", "中段", "在", "于", "於", "位于", "位於", "和", "与", "與", "及", "的",
    # The sea around a feature, as the coast guards and the foreign ministries write it after its name (仁爱礁附近海域,
    # the waters near Second Thomas Shoal; 黄岩岛邻近海域, 仙宾礁海域): the sea area, the waters, the sea surface and
    # adjacent (as the Korean 해역 is context). Not 海上, at sea, which a sea's name runs into (黄海上, 南海上).
    "海域", "水域", "海面", "邻近", "鄰近",
)
# The country a place is said to be of, written onto its name at the start of a run (中国黄岩岛, China's Huangyan
# Island; 中国南沙群岛仁爱礁; 在中国黄岩岛): left out, as it says whose the place is, not where it is (`_written_on`).
# Written alone (中国), before and (中国和菲律宾) or before a word set apart (中国海域, Chinese waters; 中国境内), the
# country is the place named, and stays; so do the names it begins (印度尼西亚, Indonesia; 印度洋; 印度支那). A
# closed list, of the countries of the disputes the Chinese press writes of (the South China Sea, the Line of Actual
# Control).
_HAN_COUNTRIES: Final = ("中国", "中國", "印度", "越南", "菲律宾", "菲律賓")
# The valleys, the areas and the archipelagos (群岛, 列岛: a container the coast guards write before the feature, as
# Chinese orders them: 南沙群岛仁爱礁 = 南沙 群岛 仁爱礁, the Spratlys' Second Thomas Shoal), set apart wherever they
# stand and read as regions.
_HAN_AREAS: Final = ("河谷", "山谷", "谷地", "地区", "地區", "流域", "群岛", "群島", "列岛", "列島")
_HAN_CHARS: Final = "㐀-䶿一-鿿"
_HAN_WORDS_APART_RE: Final = re.compile("|".join((
    "(?:" + "|".join(sorted((w for w in (*_HAN_CONTEXT, *_HAN_AREAS) if len(w) > 1),
                            key=len, reverse=True)) + ")",
    f"(?<=[{_HAN_CHARS}]{{2}})[省县縣区區乡鄉市镇鎮村](?![{_HAN_CHARS}])",
    f"(?<![{_HAN_CHARS}])(?:位于|位於|在|于|於)(?=[{_HAN_CHARS}]{{2}})",
    f"(?:(?<![{_HAN_CHARS}])|(?<=[在于於]))(?:{'|'.join(_HAN_COUNTRIES)})"
    f"(?![和与與及尼洋支]|{'|'.join(w for w in (*_HAN_CONTEXT, *_HAN_AREAS) if len(w) > 1)})(?=[{_HAN_CHARS}]{{2}})",
    f"(?<=[{_HAN_CHARS}]{{2}})[和与與及的](?=[{_HAN_CHARS}]{{2}})(?![{_HAN_CHARS}][省县縣区區乡鄉市镇鎮村](?![{_HAN_CHARS}]))",
)))
_HAN_RE: Final = re.compile(f"[{_HAN_CHARS}]")

# Korean writes its particles onto the word before them (연평도에서, at Yeonpyeong Island; 인근에서, in the vicinity),
# and the units of administration and the island onto the name (연천군, Yeoncheon county; 연평도, Yeonpyeong Island;
# 삼곶리, Samgot village), as the Revised Romanization sets them apart with a hyphen (Yeoncheon-gun, Yeonpyeong-do,
# Samgot-ri). They are set apart where two syllables stay before them, as one-syllable names end in these syllables
# (대구, Daegu; 안동, Andong; 독도, Dokdo), but for the townships (면, 읍), whose names are often of one syllable
# (중면, Jung-myeon; 남면) and which end few other words; the particle of direction (로, 으로) is not set apart, as it
# ends names of roads (세종로). The particles: at, in and from (에서, 에, 에는, 에게), of (의), and (와, 과), up to
# (까지), from (부터); the units: 도 (a province, or an island), 군 (county), 구 (district), 면 and 읍 (townships), 시
# (city), 리 (village), 동 (neighbourhood), and 섬 (island).
# The romanized units, after the hyphen that sets them apart (Yeoncheon-gun, Jung-myeon, Samgot-ri, Paju-si,
# Sinchon-dong, Jung-gu; McCune–Reischauer Yŏnch'ŏn-kun, Chung-myŏn, Chung-ku, Kaesŏng-si, Changp'yŏng-ŭp), in lower
# case, as the romanizations write them: the county, the district, the townships, the city, the village and the
# neighbourhood. The island and province, -do, is the Romance "of" of the lexicon already.
_KOREAN_UNITS_LATIN: Final = ("gun", "kun", "gu", "ku", "myeon", "myŏn", "myon", "eup", "ŭp", "si", "shi", "ri",
                                "dong")
_KOREAN_UNIT_HYPHEN_RE: Final = re.compile(
    r"(?<=[^\W\d_])-(" + "|".join(sorted(_KOREAN_UNITS_LATIN, key=len, reverse=True)) + r")(?![^\W_])")
_KO_PARTICLES: Final = ("에서", "에는", "에게", "에", "의", "와", "과", "까지", "부터")
_KO_UNITS: Final = ("도", "군", "구", "면", "읍", "시", "리", "동", "섬")
# A Korean address names its units from the largest to the smallest, a space between them and no comma (경기도
# 연천군 중면 삼곶리: Gyeonggi Province, Yeoncheon County, Jung Township, Samgot village), the reverse of the order of
# an English address ("Samgot-ri, Jung-myeon, Yeoncheon County"), which `mentions` reads: the smallest place first,
# the units that contain it after commas. Two or more words that each end in a unit (`_KO_UNITS`, and a particle
# after it) are such an address; the words of context after it (일대, 인근에서) stay with the smallest.
_KO_UNIT_WORD: Final = (
    "[\uac00-\ud7a3]{2,}(?:" + "|".join(_KO_UNITS) + ")|[\uac00-\ud7a3]+(?:면|읍)")
_KO_AREA_WORDS: Final = (
    "일대", "일원", "지역", "인근", "부근", "근처", "주변", "해상", "앞바다", "해역", "연안", "상공")
_KOREAN_ADDRESS_RE: Final = re.compile(
    f"(?<![\uac00-\ud7a3])(?P<units>(?:{_KO_UNIT_WORD})(?: +(?:{_KO_UNIT_WORD}))+)"
    f"(?P<area>(?: +(?:{'|'.join(_KO_AREA_WORDS)})(?:{'|'.join(_KO_PARTICLES)})?)*)(?![\uac00-\ud7a3])")


def _korean_address(found: re.Match[str]) -> str:
    """A Korean address (`_KOREAN_ADDRESS_RE`) in the order of an English one: 경기도 연천군 = 연천군, 경기도; 연천군
    중면 일대 = 중면 일대, 연천군."""
    units = found["units"].split()
    return ", ".join((units[-1] + found["area"], *reversed(units[:-1])))


_HANGUL_WRITTEN_ON_RE: Final = re.compile(
    "(?<=[\uac00-\ud7a3]{2})(?:" + "|".join(_KO_PARTICLES) + ")(?![\uac00-\ud7a3])"
    "|(?<=[\uac00-\ud7a3]{2})(?:" + "|".join(_KO_UNITS) + ")(?=(?:" + "|".join(_KO_PARTICLES)
    + ")?(?![\uac00-\ud7a3]))"
    "|(?<=[\uac00-\ud7a3])(?:면|읍)(?=(?:" + "|".join(_KO_PARTICLES) + ")?(?![\uac00-\ud7a3]))"
)

# Generic words told apart from another generic word by their spelling, not their sound: the Colombian vereda, the
# hamlet-level unit below the corregimiento where a rural incident is recorded ("vereda La Guayacana, Tumaco"), is a
# settlement like "village", while the Ethiopian wereda, which sounds the same to the lexicon, is a district.
# So are words that sound as another language's word of names: the Russian and Ukrainian centre (в центре
# Харькова, у центрі Харкова) as the French Centre of region names (Centre-Nord); and the short Ukrainian
# adjectives of a hromada (міська, city; сільська, village; селищна, settlement), which are generic in Cyrillic only.
# So are the Russian and Ukrainian prepositions and phrases of place, short words that sound as Latin syllables of
# names (из Цхинвала, from Tskhinvali, as Iz; від, Vid; за, Za; по, the Po; бік as Big; через as a name's Cheres):
# из, от, к, до, за, над, при, через, вдоль, вокруг, рядом, неподалёку; со стороны, в сторону, по направлению к
# (from the side of, towards); з, із, зі, від, під, до, повз, вздовж, навколо, поруч, неподалік; з боку, зі
# сторони, в бік, у напрямі (from the side of, towards). And the Russian штат (a state: штат Борно), which sounds
# as the English State of names and the German Stadt; and the Urdu postpositions (میں, in; پر, on; کے, of),
# which Arabic and Hebrew letters write as words of names (באר שבע, Be'er Sheva, reads as پر).
#: Hebrew words of place that take ל ("to") before the name: north, south, east and west of (מצפון ל, צפונית ל),
#: near (סמוך ל, בסמוך ל, קרוב ל, בקרבה ל), outside (מחוץ ל), beyond (מעבר ל).
_HEBREW_TAKING_LAMED: Final = (
    "מצפון", "מדרום", "ממזרח", "ממערב", "צפונית", "דרומית", "מזרחית", "מערבית", "סמוך", "בסמוך", "קרוב", "בקרבה",
    "מחוץ", "מעבר",
)
# Turkish writes "south of" after the name, as a noun with the possessive (Tel Abyad'ın güneyi, the south of Tel
# Abyad; güneyinde, in it; güneyindeki, the one in it; Fırat'ın doğusu, east of the Euphrates; Resulayn'ın 10 km
# doğusunda), and "in the south" after a name in the ablative (Resulayn'dan 10 km güneyde, 10 km south of Resulayn),
# as "at a distance" (Resulayn'a 10 km uzaklıkta): context, by their spelling, and the name before them is where the
# direction is measured from (`_DIRECTIONS_AFTER_NAME`), alone the place. Not the bare compass words, which begin
# names (Güneysu, Doğubayazıt, Kuzey Kıbrıs).
_TURKISH_COMPASS: Final = (
    *(f"{direction}{ending}" for direction, endings in (
        ("kuzey", ("i", "inde", "indeki", "de")), ("güney", ("i", "inde", "indeki", "de")),
        ("doğu", ("su", "sunda", "sundaki", "da")), ("batı", ("sı", "sında", "sındaki", "da")),
        ("kuzeydoğu", ("su", "sunda", "sundaki", "da")), ("kuzeybatı", ("sı", "sında", "sındaki", "da")),
        ("güneydoğu", ("su", "sunda", "sundaki", "da")), ("güneybatı", ("sı", "sında", "sındaki", "da")))
      for ending in endings),
    "uzaklıkta", "uzaklığında", "mesafede",
)
_CONTEXT_SPELLINGS: Final = (
    "из", "изо", "от", "ото", "к", "ко", "до", "за", "над", "при", "через", "вдоль", "вокруг", "рядом", "недалеко",
    "неподалёку", "неподалеку", "стороны", "сторону", "стороне", "сторона", "направлению", "по", "з", "із", "зі",
    "від", "під", "повз", "вздовж", "навколо", "довкола", "поруч", "неподалік", "боку", "бік", "сторони", "стороні",
    "окрестности", "окрестностей", "околиць",
    # The Ukrainian near, by its spelling: it folds as the feminine adjective Біла (white), which begins names
    # (Біла Церква).
    "біля",
    "میں", "کے", "کی", "کا", "سے", "پر",
    # Bosnian, Croatian and Serbian near (kod sela Ćuška, код села), from, and the road (na putu, пут): short words
    # that sound as Latin names (Kot Addu, Iz); not puta (of the road), a name in Azerbaijan (Staraya Puta).
    # Albanian in (në fshatin, and ne, written without its diaeresis).
    "kod", "код", "iz", "put", "putu", "пут", "путу", "në", "ne",
    # The Spanish and French "in" (en la vereda El Carmen, en Ituri), as spelled: the Kurdish Ên (Kurmanji for the
    # Arabic ayn, spring) folds alike and heads names (Ên Îsa, Ayn Issa), which lost it and read as Îsa.
    "en",
    # Kurmanji place text as written: in the village of, in the city of (li gundê Til Temir, bajarê Serêkaniyê),
    # Hebrew words of place that take ל, "to", written onto the name after them (`_written_on`): north, south, east
    # and west of (מצפון לחאן יונס, south of Khan Younis), near (סמוך לרפיח, בסמוך, קרוב), outside, beyond; and that
    # ל once set apart. By their spelling, as Hebrew letters leave the vowels out.
    *_HEBREW_TAKING_LAMED, "ל",
    # the region of, near (nêzîkî), the centre of; Sorani in, city of, village of, area of and near (لە شاری کۆبانێ,
    # in the city of Kobanê). By their spelling: without its marks a Kurdish word sounds as a syllable of names.
    "gundê", "gundên", "gundan", "bajarê", "bajarokê", "herêma", "herêmê", "nêzîkî", "nêzî", "navenda",
    # Kurmanji around (li derdora, li dora Kobanê), near (nêzîkê), the neighbourhood of (taxa Şêxmeqsûd), between
    # (navbera), and the linking words of the izafe, which join a name to the place it lies in (gundê Helîlê yê
    # navçeya Qamişlo: the village of Helîlê, the one of the district of Qamişlo): by their spelling. Not the
    # plural ên, which is spelled as Ên (spring) that heads names (Ên Îsa).
    "derdora", "derdorê", "nêzîkê", "taxa", "taxê", "navbera", "ê", "yê", "yên",
    # Kurmanji and Sorani "belonging to", between a place and the unit it lies in, as the Turkish bağlı: gundê Kanî
    # Masê yê girêdayî navçeya Amêdiyê (the village of Kani Masi, of Amedi district); هاوینەهەواری پەرەخی سەر بە
    # زاخۆ (the Parakh resort, of Zakho), گوندی کانی ماسێ سەر بە قەزای ئامێدی. By their spelling, with their
    # Kurdish letters (girêdayî also without its marks; بە also with ە typed as ه, the Persian "to").
    "girêdayî", "girêdayê", "giredayi", "سەر", "بە", "به",
    "لە", "شاری", "شار", "گوندی", "گوند", "ناوچەی", "نزیک", "نزیکی",
    # Turkish: near (yakınlarında, yakınında), the centre of (merkezi), the countryside of (kırsalı, kırsalında),
    # the village of (köyü, köyünde), the region of (bölgesi, bölgesinde): Resulayn kırsalı, Tel Abyad merkezi.
    "yakınlarında", "yakınında", "merkezi", "merkezinde", "kırsalı", "kırsalında", "köyü", "köyünde", "bölgesi",
    "bölgesinde",
    # and the other cases the press writes them in: near, the one near (yakınlarındaki, yakınındaki), to the centre,
    # the one in the centre (merkezine, merkezindeki): Ceylanpınar ilçe merkezine, to the town of Ceylanpınar.
    "yakınlarındaki", "yakınındaki", "merkezine", "merkezindeki",
    *_TURKISH_COMPASS,
)
# The border by its spelling, as the English "border" (`_BORDER_WORDS`): Azerbaijani sərhəd in its cases and the
# border-side adjectives (sərhədyanı, sərhədboyu), with their ə; the cases of the Turkish sınır and hudut and the
# line (sınır hattı), with their ı; the oblique cases of the Russian, Ukrainian and Serbian граница and кордон (на
# границе, на кордоні, на граници) and the Russian and Ukrainian border-side adjectives (приграничный,
# прикордонні); the Kurmanji sînor. Their nominatives, whose spelling is also a place's (Граница, a village of
# Bulgaria; Кордон), and the Vietnamese biên giới (Biên is a syllable of names: Điện Biên Phủ), are
# `_LOWER_CASE_GENERICS`.
_BORDER_SPELLINGS: Final = (
    "sərhəd", "sərhədi", "sərhədə", "sərhəddə", "sərhəddəki", "sərhəddən", "sərhədin", "sərhədinin", "sərhədinə",
    "sərhədində", "sərhədindəki", "sərhədindən", "sərhədləri", "sərhədlərində", "sərhədlərinə", "sərhədyanı",
    "sərhədboyu",
    "sınırı", "sınıra", "sınırda", "sınırdaki", "sınırdan", "sınırın", "sınırına", "sınırında", "sınırındaki",
    "sınırından", "sınırları", "sınırlarında", "sınırlarındaki", "hududu", "hudutta", "hududa", "hududunda",
    "hududundaki", "hattı", "hattında", "hattındaki", "hattına",
    "границы", "границе", "границу", "границей", "границ", "границам", "границами", "границах", "граници",
    "границом", "кордону", "кордоні", "кордоном", "кордони", "кордонів", "кордонах", "приграничье", "приграничья",
    "приграничный", "приграничного", "приграничном", "приграничной", "приграничная", "приграничную",
    "приграничные", "приграничных", "прикордоння", "прикордонні", "прикордонних", "прикордонну",
    "sînor", "sînorê", "sînorên",
)  # fmt: skip
_SPELLED_GENERICS: Final[Mapping[str, _WordKind]] = {
    "vereda": "settlement", "veredas": "settlement",
    # The Indonesian and Malay village and hamlet (Desa Mugi, Dusun Wandai) and near (di dekat Kiwirok), by their
    # spelling: as folded, desa is Dessa (a village of Tillabéri, Niger) and dekat would be Deqat.
    "desa": "settlement", "dusun": "settlement", "dekat": "context",
    # Vietnamese, by their spelling: without their marks they are syllables of names (xa, dao, bai, da, tinh). The
    # units (tỉnh, province; huyện, district; quận, urban district; xã, commune; phường, ward) are regions, as their
    # English names are, and the village (thôn, làng, ấp) a settlement; the island (đảo; quần đảo, the archipelago;
    # hòn, an islet; cụm đảo, a cluster of islands), the bank or shoal (bãi, bãi cạn), the rock or reef (đá, rạn) and
    # the sandbank (cồn) are words of context, named by the name after them in either letter case (bãi Cỏ Mây, Bãi
    # Cỏ Mây: the Co May shoal, Second Thomas Shoal), as Vietnamese writes them; and near (gần), at (tại), in (ở),
    # off the coast of (ngoài khơi), the area (khu vực) and belonging to (thuộc). The units of two words, of which
    # one is a syllable of names (thị xã, thị trấn, thành phố), are `_UNIT_PHRASES`.
    **dict.fromkeys(("tỉnh", "huyện", "quận", "xã", "phường"), "region"),
    **dict.fromkeys(("thôn", "làng", "ấp"), "settlement"),
    **dict.fromkeys(("đảo", "quần", "hòn", "cụm", "bãi", "cạn", "đá", "rạn", "cồn", "gần", "tại", "ở", "ngoài", "khơi",
                     "khu", "vực", "thuộc"), "context"),
    **dict.fromkeys(_CONTEXT_SPELLINGS, "context"),
    # The border by its spelling (`_BORDER_SPELLINGS`), in any letter case.
    **dict.fromkeys(_BORDER_SPELLINGS, "context"),
    "штат": "region", "штата": "region", "штате": "region", "штаті": "region",
    # A state (Borno State, Kachin State, Blue Nile State) and Nigeria's local government area (Gwoza LGA; Dikwa
    # Local Government Area: `_UNIT_PHRASES`), by their spelling: "state" sounds like Stadt and Staat. Before
    # another word of a name "state" is an adjective (Shahumyan State Farm, a sovkhoz): see `_unit_adjective`.
    "state": "region", "states": "region", "lga": "region", "lgas": "region",
    **dict.fromkeys(("gundê", "gundên", "gundan", "bajarê", "bajarokê", "شاری", "شار", "گوندی", "گوند", "köyü",
                     "köyünde", "bajarên", "bajarok", "gundekî", "kampa", "kampê", "kampên"), "settlement"),
    **dict.fromkeys(("herêma", "herêmê", "ناوچەی", "kırsalı", "kırsalında", "bölgesi", "bölgesinde"), "region"),
    # Turkish, by their spelling, in the cases and the plural the press writes them in (Akçakale ilçesinde, in the
    # district of Akçakale; Nusaybin ilçesine, to it; Akçakale ve Ceylanpınar ilçeleri, the districts of Akçakale
    # and Ceylanpınar; Şanlıurfa ilinde, in the province of Şanlıurfa; Resulayn şehrinde, in the city of Resulayn;
    # Mürşitpınar köylerinde, in the villages of Mürşitpınar): without their marks or alone they are syllables of
    # names (Kent, Ili).
    **dict.fromkeys(("ilçesinde", "ilçesine", "ilçesindeki", "ilçesinin", "ilçeleri", "ilçelerinde", "ilçelerine",
                     "ilçelerindeki", "beldesinde", "beldesine", "bölgesine", "bölgesindeki", "bölgeleri",
                     "bölgelerinde", "kırsalına", "kırsalındaki", "ilinde", "ilindeki", "ilinin"), "region"),
    **dict.fromkeys(("köyüne", "köyündeki", "köyde", "köyler", "köyleri", "köylerde", "köylerinde", "köylerine",
                     "köylerindeki", "şehir", "şehri", "şehrinde", "şehrine", "şehrindeki", "kenti", "kentinde",
                     "kentine", "kentindeki", "kasabası", "kasabasında", "kasabasına"), "settlement"),
    # Kurmanji: the district (navçe, navçeya Dirbêsiyê, navçeyên: the districts of), the province (parêzgeh), and
    # the countryside of a town (gundewarê Qamişlo, gundewarên), as the Turkish kırsalı is.
    **dict.fromkeys(("navçe", "navçeyê", "navçeyên", "parêzgeh", "parêzgehê", "gundewar", "gundewarê",
                     "gundewarên"), "region"),
    # Sorani, as the Kurdistan Region's ministries and Rudaw write Iraq's units before the name, with the izafe ی
    # (of) or without it: the district (قەزای زاخۆ, the district of Zakho), the province (پارێزگای دهۆک), the
    # sub-district (ناحیەی کانی ماسێ), each also with ە typed as ه; and the villages of (گوندەکانی), the villages
    # (گوندەکان). By their spelling, as the other Sorani words: without the Kurdish letters they are other words.
    **{form: "region" for word in ("قەزا", "قەزای", "قەزاکانی", "پارێزگا", "پارێزگای", "پارێزگاکانی", "ناحیە",
                                   "ناحیەی") for form in (word, word.replace("ە", "ه"))},
    **{form: "settlement" for word in ("گوندەکانی", "گوندەکان", "کەمپ", "کەمپی", "کەمپەکەی")
       for form in (word, word.replace("ە", "ه"))},
    # The Sorani camp (کەمپی مەخموور, ئۆردوگای مەخموور: the Makhmour camp) and the Turkish one in its cases (Mahmur
    # Kampı, Mahmur kampında, kampına, kampındaki); the Turkish province of (Duhok iline bağlı Zaho ilçesi: the
    # district of Zakho belonging to Duhok province) and belonging to (bağlı), as the foreign ministry writes it.
    **dict.fromkeys(("ئۆردوگا", "ئۆردوگای", "kampı", "kampında", "kampına", "kampındaki", "kampının", "kampları",
                     "kamplarında"), "settlement"),
    "iline": "region",
    "bağlı": "context",
    # A resort struck in a place, named by its place as a hospital is (see `GENERIC_WORDS`): the Sorani summer
    # resort (هاوینەهەواری پەرەخ, the Parakh resort), the Kurmanji one (havîngeha Perexê), with their marks and
    # without them, and the Turkish tourist facility (Zaho'daki turistik tesis).
    **{form: "context" for word in ("هاوینەهەوار", "هاوینەهەواری", "هاوینەهەوارەکەی", "هاوینەهەوارەکانی")
       for form in (word, word.replace("ە", "ه"))},
    **dict.fromkeys(("havîngeh", "havîngeha", "havîngehê", "havîngehên", "havingeh", "havingeha", "havingehe",
                     "havingehen", "turistik", "tesis", "tesisi", "tesisinde", "tesisine", "tesisindeki", "tesislere",
                     "tesislerde"), "context"),
    # Kyrgyz, by their spelling (as folded, шаар is Shar and ара Ara): the village and the town with the possessive
    # a name before them takes and its cases (Көк-Таш айылы, the village of Kök-Tash; айылында, in it; айылынан,
    # from it; айылдагы, the one in it), the province (облус) and the district (район, whose cases not yet above);
    # a section of the border (тилкеси, участогу); its short words of context are `_LOWER_CASE_GENERICS`.
    **dict.fromkeys(("айыл", "айылы", "айылында", "айылынын", "айылынан", "айылына", "айылдагы", "айылда",
                     "айылдар", "айылдары", "айылдарында", "шаар", "шаары", "шаарында", "шаарынын", "шаарынан",
                     "шаарына", "шаардагы", "шаарда", "кыштак", "кыштагы", "кыштагында"), "settlement"),
    **dict.fromkeys(("облус", "облусу", "облусунда", "облусунун", "облусунан", "облусуна", "облусундагы",
                     "районунда", "районунун", "районунан", "районуна", "районундагы", "райондору", "аймак",
                     "аймагы", "аймагында", "аймагынын", "аймагындагы"), "region"),
    **dict.fromkeys(("тилкеси", "тилкесинде", "участогу", "участогунда"), "context"),
    # Tajik, by their spelling, with the ezāfe that joins them to the name after them (деҳаи Воруҳ, the village of
    # Vorukh; ноҳияи Исфара, the district of Isfara; шаҳри Исфара, the town of Isfara), and as they are typed on a
    # Russian keyboard (дехаи, нохияи, шахри): the village, the villages (деҳаҳои, деҳоти), the town; the district,
    # the province (вилоят), the jamoat (ҷамоат, a rural municipality); the area (минтақаи), the border (сарҳади,
    # марзи); its short words of context are `_LOWER_CASE_GENERICS`.
    **dict.fromkeys(("деҳа", "деҳаи", "деҳаҳо", "деҳаҳои", "деҳот", "деҳоти", "дехаи", "дехаҳои",
                     "қишлоқ", "қишлоқи", "кишлоки", "шаҳр", "шаҳри", "шахри", "шаҳрак", "шаҳраки"), "settlement"),
    **dict.fromkeys(("ноҳия", "ноҳияи", "ноҳияҳои", "нохияи", "вилоят", "вилояти", "ҷамоат", "ҷамоати", "чамоати"),
                    "region"),
    **dict.fromkeys(("минтақа", "минтақаи", "минтакаи", "сарҳад", "сарҳади", "сархади", "марзи"), "context"),
    "центр": "context", "центре": "context", "центра": "context", "центру": "context", "центрі": "context",
    "міська": "region", "міської": "region", "міській": "region", "сільська": "region", "сільської": "region",
    "сільській": "region", "селищна": "region", "селищної": "region", "селищній": "region",
    # The Urdu valley, written before its name (وادی نیلم, Neelum valley); the Arabic وادي (Wadi Halfa) heads names.
    "وادی": "region",
    # Chinese, in simplified and traditional characters, once set apart from the name they are written onto
    # (`_han_words_apart`): the units (省 province, 县 county, 区 district, 乡 township; 市 city, 镇 town, 村
    # village), the valley (河谷, 山谷, 谷地), the area (地区, 流域: a basin) and the archipelago (群岛, 列岛); near
    # (附近), the area around (一带, 周边, 地域, 地带), the sea around a feature (海域, 水域, 海面, 邻近), the banks of
    # a lake or a river (南岸 ... 西岸), the border (边境), within (境内), the sides and parts (以东, 东部, 东段 ...),
    # in (在, 于, 位于), and (和, 与, 及) and of (的).
    **dict.fromkeys(("省", "县", "縣", "区", "區", "乡", "鄉", *_HAN_AREAS), "region"),
    **dict.fromkeys(("市", "镇", "鎮", "村"), "settlement"),
    **dict.fromkeys(_HAN_CONTEXT, "context"),
    # Korean, once set apart from the name (`_HANGUL_WRITTEN_ON_RE`): the units of administration (도 province, 군
    # county, 구 district, 면 and 읍 townships; 시 city, 리 village, 동 neighbourhood) — 도 is also an island, a
    # unit of its own in the reading of a place text (연평도, Yeonpyeong-do, the place the text is about); the
    # island (섬); the particles; the area (일대, 일원, 지역, 지구), near (인근, 부근, 근처, 주변), the sea off
    # (해상, 앞바다, 해역, 연안), the air above (상공), the sides (남측, 북측 ... 남쪽, 북쪽 ...), and (및).
    **dict.fromkeys(("도", "군", "구", "면", "읍"), "region"),
    **dict.fromkeys(("시", "리", "동"), "settlement"),
    **dict.fromkeys(("섬", *_KO_PARTICLES, "일대", "일원", "지역", "지구", "인근", "부근", "근처", "주변",
                     "해상", "앞바다", "해역", "연안", "상공", "남측", "북측", "동측", "서측", "남쪽", "북쪽", "동쪽",
                     "서쪽", "및"), "context"),
}  # fmt: skip

# Words that are generic only as written in lower case, as capitalised they begin names. Articles and conjunctions
# stand before a generic noun in running text (en el casco urbano, en los alrededores, komuna e Rahovecit, Cabo
# Delgado e Niassa; El Carmen, Los Palmitos, Las Delicias), and so does "sitio" (en el sitio conocido como El Filo;
# Sitio Nuevo). The Spanish and, y (Tumaco y Pasto), as the Portuguese e; the Portuguese prepositions em, no, nos,
# nas (em Palma, no Chiúre; na is the Slavic на already) and the French, Spanish and Portuguese entre (entre Goma
# et Sake, entre Palma e Mocímboa; Entre Ríos). And the settlement words of names: the Portuguese vila (na vila de
# Palma; Vila Real), the Spanish pueblo, ciudad and villa (Pueblo Bello, Ciudad Bolívar, Villa Rica), the seat of
# a municipality or district (sede municipal, sede do distrito, as cabecera); and the French colline, a hill, and
# in Burundi the smallest unit, which says no more of the name after it than "the hills of" does (sur la colline
# Gatare, les collines de Masisi; Collines, a department of Benin). So are the English hill(s), heights and ridge
# (Runyoni hills, the Masisi heights; Golan Heights, Signal Hill, Blue Ridge are names), and the centre of a town
# written after it (Saké-centre, Goma centre-ville, the centre of Goma; Centre-Nord, a region of Burkina Faso).
# And the short words of Swahili and Kinyarwanda / Kirundi place text, which sound as syllables of names (Mji
# Mwema, Ka, Mu): Swahili of (cha, wa, mwa: kijiji cha Kishishe, mji wa Goma, kaskazini mwa Goma), the town (mji,
# mjini: in the town; miji), the camp (kambi, kambini), the area (eneo, maeneo); Kinyarwanda and Kirundi in, on and
# at (mu, ku), of (ka, cya, rya, bya, bwa), near (hafi ya Gisenyi), the town (mujyi, umujyi: mu mujyi wa Goma) and the
# hill, Burundi's smallest unit as the French colline (umusozi; ku musozi wa Runyoni).
def _compass_forms(stems: Iterable[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """Each stem with each of its endings ("" the bare stem)."""
    return tuple(stem + ending for stem, endings in stems for ending in endings)


# The Azerbaijani compass words in the cases they stand in after the name a direction is measured from, which is in
# the ablative or the genitive (Tərtərdən 10 km şimalda, 10 km north of Tartar; Tərtərin şimalında, in the north of
# Tartar; Tərtər şəhərinin şimal tərəfində, on the north side of the town of Tartar): the bare word, the locative
# (-da, -də), the ablative and the dative, and with the possessive (-ı, -ında, -ındakı, -ından, -ına), by the vowel
# harmony of their stem; the compounds (şimal-şərq, north-east) by their last stem. And the side (tərəfində, on the
# side) and the distance (məsafədə, at a distance) after them. Context in lower case only, as capitalised they begin
# names (Şimal DRES, Şərq bazarı).
_AZERBAIJANI_COMPASS: Final = (
    *_compass_forms((stem, ("", "da", "dan", "a", "ı", "ında", "ındakı", "ından", "ına")) for stem in ("şimal",)),
    *_compass_forms((stem, ("", "da", "dan", "a", "u", "unda", "undakı", "undan", "una")) for stem in ("cənub",)),
    *_compass_forms((stem, ("", "də", "dən", "ə", "i", "ində", "indəki", "indən", "inə")) for stem in (
        "şərq", "qərb", "şimal-şərq", "şimal-qərb", "cənub-şərq", "cənub-qərb")),
    "tərəf", "tərəfində", "tərəfindəki", "tərəfdə", "tərəfə", "məsafədə", "məsafəsində",
)  # fmt: skip
# The Armenian compass words (north, south, east, west, in the reformed spelling with և and the classical one with
# եւ, and the compounds: հյուսիս-արևելք, north-east) after the name a direction is measured from, which is in the
# ablative or the genitive (Թարթառից 10 կմ հյուսիս, 10 km north of Tartar; Թարթառի հյուսիսում, in the north of
# Tartar): the bare word, the locative -ում, the ablative -ից, the genitive -ի and the article -ը. And the distance
# after a distance (Թարթառից 10 կմ հեռավորության վրա, at a distance of 10 km from Tartar). In lower case only, as
# a capital begins a name (Հյուսիսային պողոտա).
_ARMENIAN_COMPASS: Final = (
    *_compass_forms((stem, ("", "ում", "ից", "ի", "ը")) for stem in (
        "հյուսիս", "հարավ", "արևելք", "արևմուտք", "արեւելք", "արեւմուտք", "հյուսիս-արևելք", "հյուսիս-արևմուտք",
        "հարավ-արևելք", "հարավ-արևմուտք", "հյուսիսարևելք", "հյուսիսարևմուտք", "հարավարևելք", "հարավարևմուտք",
        "հյուսիս-արեւելք", "հյուսիս-արեւմուտք", "հարավ-արեւելք", "հարավ-արեւմուտք")),
    "հեռավորության", "հեռավորությամբ", "հեռավորությունում", "վրա",
)  # fmt: skip
_LOWER_CASE_BORDER: Final = (
    "biên", "giới",
    "frontera", "fronteras", "fronterizo", "fronteriza", "fronterizos", "fronterizas", "fronteira", "fronteiras",
    "fronteiriço", "fronteiriça", "fronteiriços", "fronteiriças", "frontière", "frontières", "frontiere",
    "frontalier", "frontalière", "frontaliers", "frontalières", "confine", "confini", "frontiera", "frontieră",
    "frontierei", "granița", "graniță", "graniței", "granita", "hotar", "hotarul", "granica", "granicy", "granicą",
    "granicę", "granice", "granic", "granici", "granicu", "granicom", "granicama", "granični", "graničnom",
    "granične", "hranice", "hranici", "hranic", "граница", "кордон", "sınır", "hudut", "kufi", "kufiri", "kufirin",
    "kufirit", "xuduud", "xuduudka", "iyaka", "iyakar", "umupaka", "mupaka",
    # and the "with" of "the border with Azerbaijan", "la frontera con Colombia", "na granicy z Białorusią",
    # "Ermənistan ilə sərhəd", the country after it a party's name or a name of its own, not a place "with X".
    "with", "con", "com", "avec", "z", "ze", "ilə",
)  # fmt: skip
_LOWER_CASE_GENERICS: Final[Mapping[str, _WordKind]] = {
    # Azerbaijani and Armenian compass words after the name a direction is measured from (see the tables).
    **dict.fromkeys((*_AZERBAIJANI_COMPASS, *_ARMENIAN_COMPASS), "context"),
    # French cité and site, a town and a camp (la cité de Beni, le site de déplacés de Bulengo): capitalised, they
    # begin names (Cité Soleil, Site Solèy in Haitian Creole).
    **dict.fromkeys(("cité", "cite", "site", "sites"), "settlement"),
    **dict.fromkeys(("el", "los", "las", "e", "y", "como", "sitio", "sitios", "em", "no", "nos", "nas", "entre",
                     "puente", "puentes",
                     "colline", "collines", "hill", "hills", "heights", "ridge", "ridges", "centre", "center",
                     "centro",
                     # The height or hill taken or held, as the Caucasus ministries name a position by the hill's
                     # name: Azerbaijani yüksəklik (Lələtəpə yüksəkliyi, the Lələtəpə height) and the hill of
                     # (təpəsi), Turkish tepesi (Lele Tepe tepesi), Russian and Ukrainian высота / висота (высота
                     # Лелетепе), Armenian բարձունք (Լելե Թեփե բարձունքը): capitalised they begin names, and the bare
                     # təpə / tepe ends them (Lələ təpə, Ağ təpə), so only the words of a hill named beside them.
                     "yüksəklik", "yüksəkliyi", "yüksəklikdə", "yüksəkliyində", "yüksəkliyini", "yüksəklikləri",
                     "yüksəkliklərində", "yüksəkliklərini", "təpəsi", "təpəsində", "təpəsini", "təpələri", "tepesi",
                     "tepesinde", "tepesini", "tepeleri", "высота", "высоты", "высоте", "высоту", "высотой",
                     "висота", "висоти", "висоті", "висоту", "բարձունք", "բարձունքը", "բարձունքի", "բարձունքում",
                     "բարձունքները", "բարձունքներ", "բարձունքներում",
                     # Azerbaijani boyu and Turkish boyunca, along, after the line or river (cəbhə xətti boyu, temas
                     # hattı boyunca), as the English along before it: capitalised, Boyu begins names.
                     "boyu", "boyunca",
                     # Azerbaijani and Armenian centre of a town (Bərdə şəhərinin mərkəzi, Բարդայի կենտրոնում):
                     # capitalised, Mərkəzi is the Central of region names (Mərkəzi Aran).
                     "mərkəz", "mərkəzi", "mərkəzində", "կենտրոն", "կենտրոնում", "կենտրոնը",
                     # central, of a square, a market, a street in a town (the central square of Gori, центральная
                     # площадь Гори, центральна площа): capitalised, it begins names (Central Equatoria, Центральный
                     # район).
                     "central", "центральная", "центральной", "центральную", "центральный", "центрального",
                     "центральном", "центральна", "центральній", "центральну", "центральний", "центрального",
                     # The coast and the waters off a port ("off the coast of Hodeidah", "in the waters off
                     # Aden"): capitalised they are words of names (Ivory Coast, Gold Coast).
                     "coast", "coasts", "waters", "shore",
                     "cha", "wa", "mwa", "eneo", "maeneo", "mu", "ku", "ka", "cya", "rya", "bya", "bwa", "hafi",
                     "umusozi", "musozi", "imisozi", "misozi",
                     # Kyrgyz: the border (чек ара, чек арасында: on the border), near (жанында, жакын), and
                     # (жана); Tajik: in (дар), from (аз), to (ба), and (ва), between (байни), near (наздики): in
                     # lower case only, as Ара, Дар and Аз begin names.
                     "чек", "ара", "арасы", "арасында", "арадагы", "жанында", "жанындагы", "жакын", "жакынкы",
                     "жана", "дар", "аз", "ба", "ва", "байни", "наздики", "наздикии",
                     # Haitian Creole place text: in (nan Ponsonde), near (bò Akayè, toupre, kote), the area of
                     # (zòn Ponsonde, nan zòn Kwadebouke), the neighbourhood of (katye Solino), the locality of
                     # (lokalite Ponsonde), inside (anndan), on the road (sou wout nasyonal 1): in lower case only,
                     # as Nan, Bò, Kote and Sou begin names.
                     "nan", "bò", "toupre", "kote", "zòn", "zon", "katye", "lokalite", "anndan", "sou",
                     # Kurmanji in and from (li Qamişlo, ji Kobanê): Li and Ji begin names and surnames; and
                     # ser bi ... ve (belonging to: gundê Qere Qozax ê ser bi Kobanê ve), bi (by, with).
                     "li", "ji", "ser", "bi",
                     # Polish in (w, we; w Przewodowie) and Czech in (v, ve): W and V begin no names but as initials.
                     "w", "we", "v", "ve",
                     # German in the (der, dem), of (von, vom); Italian at, of, in, the (a, di, del, della, dei, nei,
                     # nel, il); Romanian in, from, on (în, din, pe): in lower case only, as Del, Di, Din and Pe
                     # begin names.
                     "der", "dem", "von", "vom", "a", "di", "del", "della", "dei", "nei", "nel", "il", "în", "din",
                     "pe",
                     # Hausa place text: near (kusa da Maiduguri), in (a cikin garin Bama), the state and the local
                     # government area of (jihar Borno, karamar hukumar Konduga), the area of (yankin Gwoza).
                     "kusa", "cikin", "karamar", "ƙaramar", "yankin",
                     # Somali: the outskirts of (duleedka Afgooye), the vicinity of (agagaarka Jowhar), the area of
                     # (deegaanka Leego), inside (gudaha Muqdisho).
                     "duleedka", "agagaarka", "deegaanka", "gudaha",
                     # Islands, peninsulas, forests and mountains, which are named by the name beside the word
                     # (Boma peninsula, Bohoma (presqu'île), l'île de Kinasserom, Sambisa forest, dajin Sambisa, the
                     # Mandara mountains): capitalised, the words are names' own (Long Island, Forest Hills, Île-de-
                     # France). Not lakes and rivers, whose name alone is often another place's (Lake Chad and
                     # Chad, lac Kivu and Kivu, the Niger river and Niger, the Yobe river and Yobe State).
                     "island", "islands", "isle", "islet", "islets", "peninsula", "peninsulas", "île", "îles", "ile",
                     "iles", "îlot", "îlots", "presqu'île", "presqu’île", "presqu'ile", "presqu’ile", "presqu'îles",
                     "presqu’îles", "isla", "islas", "islote", "islotes", "península", "ilha", "ilhas",
                     "ilhéu", "остров", "острове", "острова", "полуостров", "полуострове", "острів", "острові",
                     "півострів", "півострові", "adası", "adasında", "yarımadası", "yarımadasında", "tsibiri",
                     "tsibirin", "kisiwa", "visiwa", "kisiwani", "forest", "forests", "forêt", "forêts", "bosque",
                     "floresta", "dajin", "daji", "mountain", "mountains", "montagne", "montagnes", "monts",
                     # Filipino: of (ng) and at (sa: sa Ayungin), the island (pulo; isla is above), the reef or shoal
                     # (bahura), the archipelago (kapuluan, and kapuluang before its name: Kapuluang Kalayaan), as
                     # "island" is; before ng (of) they head the name capitalised too (`_FILIPINO_HEADS`).
                     "ng", "sa", "pulo", "bahura", "kapuluan", "kapuluang",
                     # Greek: the island (νησί, νήσος; of it νησιού, νήσου; islands, νησιά), the islet and the rocky
                     # islet (νησίδα, βραχονησίδα), the cape (ακρωτήριο; capitalised, Ακρωτήρι is a name: Akrotiri),
                     # the bay (όρμος, κόλπος), the peninsula (χερσόνησος)
                     "νησί", "νησιού", "νησιά", "νησιών", "νήσος", "νήσου", "νήσοι", "νησίδα", "νησίδας", "νησίδες",
                     "βραχονησίδα", "βραχονησίδας", "βραχονησίδες", "βραχονησίδων", "ακρωτήριο", "ακρωτηρίου",
                     "όρμος", "όρμου", "όρμο", "κόλπος", "κόλπου", "κόλπο", "χερσόνησος", "χερσονήσου",
                     # Portuguese and English: the port (o porto de Mocímboa da Praia, the port of Mocímboa), the
                     # administrative post (posto administrativo de Mbau), the football pitch (campo de futebol), the
                     # beach and the bush (a praia de Palma, a mata de Catupa), along the road (ao longo da estrada),
                     # the gas complex (complexo de gás de Afungi): capitalised they are or begin names (Porto, Port
                     # Sudan, Campo Grande, Praia, Posto da Mata, Complexo do Alemão).
                     "porto", "portos", "port", "ports", "posto", "postos", "campo", "campos", "praia", "praias",
                     "mata", "matas", "ao", "aos", "longo", "estrada", "estradas", "complexo",
                     # The civilian (peaceful) settlements of a town struck, as the ombudsmen and ministries write
                     # them: civilian settlements of Jermuk, мирные населённые пункты, mülki (dinc) yaşayış
                     # məntəqələri, Armenian խաղաղ բնակավայրեր: capitalised they begin names (Мирный, Mirny).
                     "civilian", "мирные", "мирных", "мирный", "мирного", "мирном", "мирным", "mülki", "dinc",
                     "խաղաղ",
                     # The border, where its spelling is also a place's (Frontera in Tabasco and on El Hierro,
                     # Fronteira in Portugal and Brazil, Granica and Granice in Poland, Hranice in Czechia, Граница in
                     # Bulgaria, Hotar in Romania): Spanish, Portuguese, French, Italian and Romanian, Polish, Czech,
                     # Bosnian, Croatian and Serbian, Russian, Ukrainian, Turkish, Albanian, Somali, Hausa and
                     # Kinyarwanda, in lower case, as running text writes them (la frontera con Venezuela, na
                     # granicy, на границе): capitalised they are names (`_BORDER_SPELLINGS` for the others).
                     *_LOWER_CASE_BORDER),
     "context"),
    **dict.fromkeys(("vila", "vilas", "pueblo", "pueblos", "ciudad", "villa", "sede", "mji", "miji", "mjini",
                     # The Portuguese city and settlement (cidade de Pemba, povoação de Chitunda): capitalised they
                     # begin names (Cidade Velha, Povoação).
                     "cidade", "povoação", "povoacao", "povoações", "povoacoes",
                     "kambi", "kambini", "makambi", "mujyi", "umujyi", "imijyi",
                     # Haitian Creole town (vil, lavil: nan vil Mibalè, lavil Pòtoprens) and market town (bouk)
                     "vil", "lavil", "bouk",
                     # Hausa town and village, and their "of" forms (garin Bama, the town of Bama; kauyen Kirawa, the
                     # village of Kirawa; kauyukan, the villages of): capitalised they begin names (Garin Kwashebe,
                     # Birnin Kebbi).
                     "gari", "garin", "garuruwa", "garuruwan", "kauye", "kauyen", "ƙauye", "ƙauyen", "kauyuka",
                     "kauyukan", "ƙauyuka", "ƙauyukan", "birni", "birnin",
                     # Kurmanji village and town written without their marks (li gunde Til Temir).
                     "gund", "gunde", "bajar", "bajare",
                     # Somali town and village, with the article (magaalada Kismaayo, the town of Kismayo; tuulada
                     # Leego, the village of Leego) and in the plural.
                     "magaalo", "magaalada", "magaalooyinka", "tuulo", "tuulada", "tuulooyinka",
                     # The Indonesian and Malay town (di kota Dekai, the town of Dekai): capitalised it begins
                     # names (Kota Kinabalu, Kota Bharu).
                     "kota"), "settlement"),
    # The Malay state (di negeri Perak): capitalised it begins a state's name (Negeri Sembilan).
    "negeri": "region",
    # The Filipino town and municipality (bayan ng Kalayaan) and the zone of a barangay (purok).
    "bayan": "region", "purok": "settlement",
    # The Korean units of `_KOREAN_UNITS_LATIN`, once set apart from the name they follow (ku, the McCune–Reischauer
    # district, is the Kinyarwanda "in" above already: a word of context).
    **dict.fromkeys(("gun", "kun", "gu", "myeon", "myŏn", "myon", "eup", "ŭp"), "region"),
    **dict.fromkeys(("si", "shi", "ri", "dong"), "settlement"),
    "kata": "region",
    # Hausa: the state of (jihar Borno) and the local government (karamar hukumar Konduga, the local government area
    # of Konduga); capitalised, Jiha and Hukuma begin names of bodies.
    "jiha": "region", "jihar": "region", "hukuma": "region", "hukumar": "region",
}


def _generic(raw: str, folded: str, generics: Mapping[tuple[str, str], _WordKind]) -> _WordKind | None:
    """The kind of a word of a place text (``raw`` as written, ``folded`` by `_fold_word`) that is a generic word,
    or a Hebrew generic word with the one-letter words and the article written onto it
    (`_HEBREW_GENERIC_PREFIX_RE`: ובעיר, and in the city; מהקיבוץ, from the kibbutz; ביישוב, in the locality), each
    way they may be taken off, where three letters stay. A name is no generic word, whatever letters it begins
    with: they stay on it (`_unprefixed`)."""
    if raw in _LOWER_CASE_GENERICS:
        return _LOWER_CASE_GENERICS[raw]
    found = _SPELLED_GENERICS.get(raw.casefold()) or generics.get(_generic_key(folded, _script_class(raw)))
    if found is None and "\u05d0" <= raw[:1] <= "\u05ea" and (prefix := _HEBREW_GENERIC_PREFIX_RE.match(raw)):
        for cut in range(1, prefix.end() + 1):
            rest = raw[cut:]
            if found := generics.get(_generic_key(_fold_word(rest), "abjad")):
                break
    return found


#: Unit words that are also English adjectives before a noun: a unit where it ends its name (Borno State), an
#: adjective before another capitalised word (Shahumyan State Farm, State House).
_UNIT_ADJECTIVES: Final = frozenset({"state"})


#: Unit words of two words, each of which alone is common (a local market, government forces), or a syllable of
#: names (the Vietnamese town, thị xã and thị trấn, and city, thành phố: Thị Tứ is the island Thitu).
_UNIT_PHRASES: Final = frozenset({("local", "government"), ("thị", "xã"), ("thị", "trấn"), ("thành", "phố")})
_UNIT_PHRASE_WORDS: Final = frozenset(word for phrase in _UNIT_PHRASES for word in phrase)


#: Filipino words of places that head the name after ``ng`` (of) written capitalised as the name is: Isla ng Pag-asa
#: (the island of Pag-asa), Bahura ng Ayungin (Ayungin Shoal), Bayan ng Kalayaan, Kapuluan ng Kalayaan; each is a
#: generic word of the kind it is in lower case (`_LOWER_CASE_GENERICS`), and before ng in any letter case.
_FILIPINO_HEADS: Final[Mapping[str, _WordKind]] = {
    "isla": "context", "pulo": "context", "bahura": "context", "kapuluan": "context", "bayan": "region",
}


def _filipino_head(words: Sequence[str], n: int) -> _WordKind | None:
    """The kind of ``words[n]`` (as written) where it is one of `_FILIPINO_HEADS` before ``ng``, else ``None``."""
    if n + 1 < len(words) and words[n + 1] == "ng":
        return _FILIPINO_HEADS.get(words[n].casefold())
    return None


#: Hebrew buildings named in the construct state with בית (house of), the second word naming nothing alone: the
#: hospital (בית החולים, the house of the sick), the school (בית הספר), the synagogue (בית הכנסת), the cemetery
#: (בית העלמין), the prison (בית הסוהר, the house of the warden). בית also heads names (Beit Hanoun, בית חאנון;
#: Beit HaKerem, בית הכרם), so it is generic only before one of these.
_HEBREW_HOUSE_OF: Final = frozenset({"החולים", "חולים", "הספר", "ספר", "הכנסת", "כנסת", "העלמין", "עלמין", "הסוהר",
                                     "סוהר"})
#: בית with the one-letter words written onto it: in, from, to, and in (בבית החולים, מבית הספר, ובבית).
_HEBREW_HOUSE_RE: Final = re.compile(r"^ו?ש?[בלמ]?בית$")


def _hebrew_facility(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is a word of a Hebrew building named with בית (`_HEBREW_HOUSE_OF`)."""
    word = words[n]
    if word in _HEBREW_HOUSE_OF:
        return n > 0 and bool(_HEBREW_HOUSE_RE.match(words[n - 1]))
    return n + 1 < len(words) and words[n + 1] in _HEBREW_HOUSE_OF and bool(_HEBREW_HOUSE_RE.match(word))


#: The centre of a building's name, written with a capital in its title: "Tajoura Detention Centre", "Shelter
#: Center". Capitalised elsewhere it begins and ends names of regions (Centre-Nord, Centre, Centro Habana).
_FACILITY_CENTRES: Final = frozenset(("centre", "center", "centres", "centers", "centro"))
#: The English "air" of an air base or an airfield written in two words (Watiya air base, Bagram Air Base).
_AIR_BEFORE: Final = frozenset(("base", "bases", "field", "strip"))
#: An airport's "international", in a text with a word of an airport: "Mitiga International Airport", "مطار معيتيقة
#: الدولي", "l'aéroport international de Mitiga", "Aeropuerto Internacional de Tocumen". Elsewhere it is a word of a
#: name (International Falls) or says nothing of a place.
_AIRPORT_INTERNATIONAL: Final = frozenset((
    "international", "internationale", "internacional", "internazionale", "الدولي", "الدولية", "دولي",
    "международный", "международного", "международном", "міжнародний", "міжнародного", "міжнародному",
    "uluslararası", "beynəlxalq"))
_AIRPORT_WORDS: Final = frozenset((
    "airport", "airports", "aéroport", "aeroport", "aeropuerto", "aeroporto", "مطار", "المطار", "аэропорт",
    "аэропорта", "аэропорту", "аэропорте", "аеропорт", "аеропорту", "аеропорті", "havalimanı",
    "havalimanında"))


def _facility_word(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is a word of a building's name that names no place: one of
    `_FACILITY_CENTRES` right after a context word of a building or facility (Detention Centre, Migrant Shelter
    Center), one of `_AIRPORT_INTERNATIONAL` in a text with a word of an airport (Mitiga International Airport,
    مطار معيتيقة الدولي), or the English air right before one of `_AIR_BEFORE` (Watiya air base)."""
    word = words[n].casefold()
    if word == "air":
        return n + 1 < len(words) and words[n + 1].casefold() in _AIR_BEFORE
    if word in _AIRPORT_INTERNATIONAL:
        return any(other.casefold().removeprefix("l'").removeprefix("l’") in _AIRPORT_WORDS
                   for other in words)
    if word not in _FACILITY_CENTRES or n == 0:
        return False
    before = words[n - 1]
    folded = _fold_word(before)
    return bool(folded) and _generic(before, folded, _lexicons()[1]) == "context"


def _unit_phrase(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is a word of a unit of two words (`_UNIT_PHRASES`). Asked of every word
    that is no generic word: a word of no such phrase answers at once."""
    if words[n].casefold() not in _UNIT_PHRASE_WORDS:
        return False
    pair = tuple(word.casefold() for word in words[n : n + 2])
    before = tuple(word.casefold() for word in words[n - 1 : n + 1]) if n else ()
    return pair in _UNIT_PHRASES or before in _UNIT_PHRASES


#: The English words for a stretch of front named by the town before them (the Pokrovsk direction, the Kupiansk
#: axis, the Bakhmut front), as the Russian and Ukrainian направление and напрямок are: a unit there
#: (`_front_direction`), context elsewhere (in the direction of Pokrovsk: towards it). The front only in lower case
#: (the Popular Front is a party's name), and only after its town (not in front of Gori, nor the front line, which
#: names no place: `reconcile.match.VAGUE_PLACE_WORDS`).
_FRONT_DIRECTIONS: Final = frozenset({"direction", "directions", "axis", "front", "fronts"})
#: Of these, the words that name the front before its town as well, with "of" (the axis of Salah al-Din, as the
#: Arabic محور عين زارة): not the direction (in the direction of Pokrovsk is towards the town), nor the front (in
#: front of Gori).
_FRONTS_BEFORE_OF: Final = frozenset({"axis"})
_LOWER_CASE_FRONTS: Final = frozenset({"front", "fronts"})


def _front_direction(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is one of `_FRONT_DIRECTIONS` right after a capitalised word, not before
    "of": the front direction of that town; the word before may begin with the romanized Arabic article (the Salah
    al-Din axis). Not after two towns with a dash between them (the Gao–Ansongo axis): that is the road between them
    (`_road`). Or one of `_FRONTS_BEFORE_OF` before "of" and a capitalised word (the axis of Salah al-Din): the
    front direction of the town after it."""
    word = words[n].casefold()
    if word not in _FRONT_DIRECTIONS or (word in _LOWER_CASE_FRONTS and words[n] != word):
        return False
    of = n + 1 < len(words) and words[n + 1].casefold() == "of"
    if of:
        return (word in _FRONTS_BEFORE_OF and n + 2 < len(words)
                and _LATIN_ARTICLE_HYPHEN_RE.sub("", words[n + 2])[:1].isupper())
    return (n > 0 and _LATIN_ARTICLE_HYPHEN_RE.sub("", words[n - 1])[:1].isupper()
            and not _ROAD_DASH_RE.search(words[n - 1]) and not _road_hyphen(words[n - 1]))


def _capitalised_in_name(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is a Cyrillic word with a capital after a capitalised word: Russian and
    Ukrainian write a common noun in lower case inside a text, so a context word so written is a word of a name
    (Біла Церква, Белая Церковь: the white church), not the building struck in a place."""
    word = words[n]
    return (n > 0 and word[:1].isupper() and "\u0400" <= word[:1] <= "\u04ff" and words[n - 1][:1].isupper()
            and not word.isupper())


def _unit_adjective(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is a unit word used as an adjective: one of `_UNIT_ADJECTIVES` before a
    capitalised word."""
    return words[n].casefold() in _UNIT_ADJECTIVES and n + 1 < len(words) and words[n + 1][:1].isupper()


#: The points of the compass between a cardinal point and the one beside it, spelled out with a hyphen.
_SIXTEEN_POINTS: Final[tuple[str, ...]] = (
    "north-northeast", "east-northeast", "east-southeast", "south-southeast", "south-southwest", "west-southwest",
    "west-northwest", "north-northwest",
)
#: The abbreviated points of the compass (SW, NNE), which a name capitalised as a word is not (`_compass_word`).
_ABBREVIATED_POINTS: Final = ("ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw")
#: Compass directions, which are also parts of names (North Waziristan, West Bank, Nord-Kivu, Восток): context only
#: where the phrase makes them a direction (see `_direction_words`).
DIRECTIONS: Final[tuple[str, ...]] = (
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "nord", "sud", "est",
    "ouest", "nordest", "nordouest", "sudest", "sudouest", "север", "юг", "восток", "запад", "северу", "югу",
    "востоку", "западу", "северо", "юго", "северо-востоку", "северо-западу", "юго-востоку", "юго-западу",
    "північ", "південь", "схід", "захід", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "צפון",
    "דרום", "מזרח", "מערב",
    # Swahili (kaskazini mwa Goma, north of Goma) and Kinyarwanda / Kirundi (mu majyaruguru ya Goma; with the
    # augment, amajyaruguru, the Northern Province's name, Intara y'Amajyaruguru).
    "kaskazini", "kusini", "mashariki", "magharibi", "majyaruguru", "majyepfo", "burasirazuba", "burengerazuba",
    "amajyaruguru", "amajyepfo", "iburasirazuba", "iburengerazuba",
    # The abbreviated points of the compass of maritime advisories and military reports ("54NM SW of Aden", "70 km
    # NNE of Hodeidah"), not capitalised as a name (`_compass_word`); not the one-letter N, S, E and W, which are
    # initials and the letters of coordinates.
    *_ABBREVIATED_POINTS,
    # Filipino (75 milya kanluran ng Palawan, 75 miles west of Palawan; hilagang-kanluran, north-west).
    "hilaga", "timog", "silangan", "kanluran", "hilagang-silangan", "hilagang-kanluran", "timog-silangan",
    "timog-kanluran",
    # And those points spelled out, as coast guards and navies write them ("13.5 nautical miles east-northeast of
    # Ayungin Shoal"), with a hyphen (a space between the words is a run of the words above).
    *_SIXTEEN_POINTS,
)  # fmt: skip
# Words after which a run of directions is one ("au nord", "à l'est", "20 km north", "на північ"), and before which
# it is ("north of", "nord de", "к северу от", "на північ від", and the comparatives that are "east of" in one word:
# северо-восточнее); the Slavic ones are part of the phrase then.
_DIRECTION_BEFORE: Final[tuple[str, ...]] = (
    "au", "aux", "à", "km", "kms", "miles", "mile", "nm", "nmi", "на", "к", "км", "al", "ao", "mu", "upande",
)  # fmt: skip
# Spanish and Portuguese compass words: context only in lower case after one of those words ("al norte de Járkov",
# "ao sul de Izium"); before "de" they begin names (Norte de Santander, Rio Grande do Norte).
#: Arabic and Hebrew unit and settlement words with "in" or "to" written onto them (بمحافظة, in the governorate of;
#: بمدينة, in the city of; במחוז, in the district of; בעיר, in the city of): a preposition and its noun, before the
#: name they name, never a name's word after it.
_ABJAD_IN_UNITS: Final = frozenset(_fold_word(word) for word in (
    "بمحافظة", "لمحافظة", "بمديرية", "لمديرية", "بقضاء", "لقضاء", "بناحية", "لناحية", "بمنطقة", "بولاية", "بمدينة",
    "لمدينة", "بقرية", "لقرية", "ببلدة", "لبلدة", "بمخيم", "لمخيم", "بمستعمرة", "لمستعمرة", "بمستوطنة", "لمستوطنة",
    "במחוז", "בעיר", "לעיר", "מהעיר", "בעיירה", "בקיבוץ"))
_AFTER_ONLY_DIRECTIONS: Final[tuple[str, ...]] = (
    "norte", "sur", "sul", "este", "leste", "oeste", "noreste", "nordeste", "noroeste", "sureste", "sudeste",
    "suroeste", "sudoeste",
)  # fmt: skip
_DIRECTION_AFTER: Final[tuple[str, ...]] = (
    "of", "de", "du", "des", "from", "от", "від", "восточнее", "западнее", "східніше", "західніше", "mwa", "ya",
    "wa", "bwa",
    # Filipino from (mga 75 milya mula sa Palawan, some 75 miles from Palawan; sa, at, is context already) and of
    # (kanluran ng Palawan, west of Palawan).
    "mula", "ng",
    # Arabic writes "south of" as "south" before its place (جنوب الفاشر), as a name is written (جنوب كردفان, South
    # Kordofan): the direction is one where a generic word follows it, which no name has after its compass word
    # (شرق مدينة الفاشر, east of the town of El Fasher; جنوب معسكر زمزم).
    "مدينة", "مدينه", "قرية", "قريه", "بلدة", "معسكر", "مخيم", "منطقة", "محلية", "ولاية",
)  # fmt: skip
# The Arabic compass nouns, which are a direction ("south of") before a generic word (`_DIRECTION_AFTER`) and after
# a road's number (طريق M4 جنوب تل أبيض, the M4 road south of Tal Abyad: no name follows a road's number).
_ARABIC_COMPASS: Final = frozenset(("شمال", "جنوب", "شرق", "غرب"))
# Kurmanji compass words in the construct state, which hold their "of" (başûrê Minbicê, south of Manbij; bakurê
# rojhilatê Reqayê, north-east of Raqqa): context before another word, in lower case only, as capitalised they name
# the parts of Kurdistan (Bakur, Başûr, Rojhilat, Rojava; li Rojavayê, in Rojava).
_CONSTRUCT_DIRECTIONS: Final[tuple[str, ...]] = (
    "bakurê", "başûrê", "rojhilatê", "rojavayê", "bakur", "başûr", "rojhilat", "rojava", "bakurrojhilatê",
    "bakurrojavayê", "başûrrojhilatê", "başûrrojavayê",
)  # fmt: skip
# "sur l'axe Gao-Ansongo": "sur" is a preposition before another word and a name (Sur, Tyre) on its own.
_LEADING_CONTEXT: Final[tuple[str, ...]] = ("sur",)
# The Russian and Ukrainian "in the area of" (в районе Чинари, у районі Мар'їнки): after в/у and before a name the
# word for district says near, not which district (that is an adjective before it: в Тавушском районе); so does
# the word for a front direction say towards (в направлении Покровска, у напрямку Покровська), not which front.
_VICINITY: Final[tuple[str, ...]] = ("районе", "районі", "направлении", "напрямку", "напрямі")
_VICINITY_BEFORE: Final[tuple[str, ...]] = ("в", "во", "у")
# Words that hedge a distance ("about 20 km west of", "some 5 miles", "up to 3 km", "environ 10 km", "около 5 км"):
# context before a distance (numbers between them), words of a name elsewhere (Some, Upton).
_APPROXIMATIONS: Final[tuple[str, ...]] = (
    "about", "some", "roughly", "approximately", "approx", "nearly", "almost", "around", "up", "to", "over",
    "under", "less", "more", "than", "within", "environ", "около", "примерно", "приблизно", "близько", "почти",
    "майже", "დაახლოებით", "თითქმის",
    # Filipino about (mga, humigit-kumulang) and nearly (halos) before an amount.
    "mga", "humigit-kumulang", "halos",
)  # fmt: skip
_DISTANCE_UNITS: Final[tuple[str, ...]] = (
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres", "mile", "miles",
    # Nautical miles, as maritime security advisories (UKMTO, Ambrey) write them: "54NM southwest of Aden", "50 nm
    # west of Mokha", "80 nmi"; "50 nautical miles" is an amount in words before its unit.
    "nm", "nmi",
    "metres", "meters", "mètres", "км", "кілометрів", "кілометри", "километров", "километрах",
    "kilómetro", "kilómetros", "kilometros", "quilômetro", "quilômetros", "quilómetro", "quilómetros", "metros",
    "millas", "milhas", "كم", "كيلومتر", "كيلومترات", "كيلومترا", "كلم", "ק\"מ", "קילומטר", "קילומטרים", "კმ",
    "კილომეტრი", "კილომეტრში", "კილომეტრის",
    # Filipino: miles (milya, and nautical ones, milya nautikal: the amount is the words before the unit) and
    # kilometres, as the coast guard and the press write them in Filipino; the forms with the linker (milyang).
    "milya", "milyang", "kilometro", "kilometrong",
)  # fmt: skip
# Amounts of a distance written in words: number words, approximate-number nouns (une trentaine de km, a dozen miles,
# десяток км) and indefinite amounts (a few, several, quelques, plusieurs, unos, несколько, кілька). With
# `_direction_words`' rule for words in lower case before a unit, which covers the number words not listed here.
_AMOUNTS: Final[tuple[str, ...]] = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "dozens",
    "a", "an", "few", "several", "couple", "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
    "dix",
    "quinze", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "quelques", "plusieurs",
    "dizaine", "dizaines", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
    "soixantaine", "centaine", "centaines", "unos", "unas", "uno", "dos", "tres", "cuatro", "cinco", "diez",
    "quince", "veinte", "treinta", "cuarenta", "cincuenta", "cien", "varios", "varias", "algunos", "decena",
    "decenas", "docena", "um", "uma", "dois", "duas", "cinquenta", "vários", "alguns", "dezena", "dezenas",
    "несколько", "нескольких", "десяток", "десятка", "десятки", "десятков", "два", "двух", "три", "трех", "трёх",
    "пять", "пяти", "десять", "десяти", "двадцать", "двадцати", "тридцать", "тридцати", "сорок", "сорока",
    "пятьдесят", "сто", "кілька", "кількох", "декілька", "дві", "двох", "трьох", "п'ять",
    "п'яти", "двадцять", "тридцять",
    # Georgian number words before a unit, also without their final ი as they stand there (ხუთ კილომეტრში), and
    # several (რამდენიმე); a Georgian word is no amount otherwise (see `_amount`).
    "ერთი", "ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა", "ათი", "თხუთმეტი", "ოცი", "ოცდაათი",
    "ორმოცი", "ორმოცდაათი", "ასი", "ერთ", "ორ", "სამ", "ოთხ", "ხუთ", "ექვს", "შვიდ", "ათ", "თხუთმეტ", "ოც",
    "ოცდაათ", "ორმოც", "ორმოცდაათ", "ას", "რამდენიმე",
)  # fmt: skip
# The "of" of "une trentaine de km", "a couple of miles", "dozens of kilometres".
_AMOUNT_OF: Final[tuple[str, ...]] = ("de", "of", "d")
# French elision before a vowel or a mute h: d'Ansongo, l'axe, l'est (not L'viv, D'yakovo: the soft sign).
_ELISION_RE: Final = re.compile(r"(?<![\w'’])([dl])['’](?=[aeiouhàâäéèêëîïôöùûüœæ])", re.IGNORECASE)


class _DirectionLexicon(NamedTuple):
    """The word lists of direction and distance phrases, folded (see `_direction_words`)."""

    directions: frozenset[str]
    after_only: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    leading: frozenset[str]
    hedges: frozenset[str]
    units: frozenset[str]
    amounts: frozenset[str]
    amount_of: frozenset[str]
    vicinity: frozenset[str]
    vicinity_before: frozenset[str]
    construct: frozenset[str]


@functools.cache
def _direction_lexicon() -> _DirectionLexicon:
    def folded(words: Iterable[str]) -> frozenset[str]:
        return frozenset(_fold_word(word) for word in words)

    return _DirectionLexicon(
        folded(DIRECTIONS), folded(_AFTER_ONLY_DIRECTIONS), folded(_DIRECTION_BEFORE), folded(_DIRECTION_AFTER),
        folded(_LEADING_CONTEXT),
        folded(_APPROXIMATIONS), folded(_DISTANCE_UNITS), folded(_AMOUNTS), folded(_AMOUNT_OF), folded(_VICINITY),
        folded(_VICINITY_BEFORE), folded(_CONSTRUCT_DIRECTIONS))


def _direction_words(words: Sequence[str], raw: Sequence[str] | None = None) -> frozenset[int]:
    """The positions of folded words that say where from a place something is, not which place.

    Rules: a run of compass words (north, nord-est, північ ...) is context when a distance or a preposition comes
    before it (20 km north, au nord, à l'est, на північ) or "of" after it (north of, nord de, к северу от), and so
    is that "of"; elsewhere it is part of a name (North Waziristan, Nord-Kivu, la région de l'Est, Gao est). A
    leading preposition (sur) is context before another word. The Russian and Ukrainian "in the area of" (в районе,
    у районі) is context before another word. A Kurmanji compass word in the construct state, which holds its "of"
    (başûrê Minbicê: south of Manbij; bakurê rojhilatê Reqayê), is context before another word where it is written
    in lower case (`_CONSTRUCT_DIRECTIONS`), and so are the words of a run of them. An Arabic compass noun right
    after a road's number (`_ARABIC_COMPASS`, `_ROAD_CODE_RE`: طريق M4 جنوب تل أبيض) is context.

    A distance unit is measured in an amount, which is no name: the words before a unit are context back to the
    first that is no amount (`_amount`), and so is a "from" right after it (в 5 км от Донецка).
    """
    lexicon = _direction_lexicon()
    directions, before, after, units = lexicon.directions, lexicon.before, lexicon.after, lexicon.units
    found: set[int] = {n for n, word in enumerate(words[:-1]) if word in lexicon.leading}
    found.update(n for n, word in enumerate(words[:-1])
                 if word in lexicon.construct and (raw is None or raw[n].islower()))
    found.update(
        n for n, word in enumerate(words[:-1])
        if n and word in lexicon.vicinity and words[n - 1] in lexicon.vicinity_before
    )
    for n, word in enumerate(words):
        if word not in units:
            continue
        if n + 1 < len(words) and (words[n + 1] in after or (
                raw is not None and raw[n + 1] in _GEORGIAN_UNIT_ENDINGS)):
            found.add(n + 1)
        start = n
        while start and _amount(words, raw, start - 1, lexicon):
            start -= 1
        found.update(range(start, n))
    n = 0
    while n < len(words):
        if (words[n] in lexicon.after_only and n > 0 and words[n - 1] in before
                and (raw is None or raw[n].islower())):
            found.update((n - 1, n))  # "al norte": and "de" after it
            if n + 1 < len(words) and words[n + 1] in after:
                found.add(n + 1)
            n += 1
            continue
        if not _compass_word(words, raw, n, directions):
            n += 1
            continue
        end = n
        while end < len(words) and _compass_word(words, raw, end, directions):
            end += 1
        if (n > 0 and words[n - 1] in before) or (end < len(words) and words[end] in after) or (
                raw is not None and n > 0 and raw[n] in _ARABIC_COMPASS and _ROAD_CODE_RE.fullmatch(raw[n - 1])):
            found.update(range(n, end))
            if end < len(words) and words[end] in after:
                found.add(end)
            if n > 0 and words[n - 1] in before:
                found.add(n - 1)
        n = end
    return frozenset(found)


#: The abbreviated points of the compass (`DIRECTIONS`) as `_fold_word` folds them, which are directions only as
#: written in capitals or lower case (SW, nne): a capitalised name folds alike (Vsvv as WSW, the river Ene as ENE).
_FOLDED_ABBREVIATED_POINTS: Final = frozenset(_fold_word(word) for word in _ABBREVIATED_POINTS)


def _compass_word(words: Sequence[str], raw: Sequence[str] | None, n: int, directions: frozenset[str]) -> bool:
    """Whether the folded ``words[n]`` is a compass word of ``directions``: an abbreviated point only as written in
    capitals or in lower case (``raw[n]``, where the caller has the words as written), not capitalised as a name."""
    word = words[n]
    if word not in directions:
        return False
    return raw is None or word not in _FOLDED_ABBREVIATED_POINTS or raw[n].isupper() or raw[n].islower()


# The Georgian case endings written onto a unit after a hyphen, which splits them off: 5 კმ-ში (at 5 km), 5 კმ-ის
# მოშორებით (at a distance of 5 km), 5 კმ-ზე.
_GEORGIAN_UNIT_ENDINGS: Final = frozenset({"ში", "ის", "ზე", "ით"})
# The Georgian compass words in the instrumental (north of, ...: გორის ჩრდილოეთით), context words that, like a
# distance unit, say that the name before them is where a direction is measured from.
_GEORGIAN_DIRECTIONS: Final = frozenset({"ჩრდილოეთით", "სამხრეთით", "აღმოსავლეთით", "დასავლეთით"})
# The words, as written, that languages which put a direction after its name (Georgian, Armenian, Azerbaijani,
# Turkish) write after that name, or after its distance: a name right before one, or before a distance that one
# follows, is where the direction is measured from, a reference (`_measured_from`).
_DIRECTIONS_AFTER_NAME: Final = frozenset(
    {*_GEORGIAN_DIRECTIONS, *_AZERBAIJANI_COMPASS, *_ARMENIAN_COMPASS, *_TURKISH_COMPASS})


def _measured_from(name: str, words: Sequence[str], n: int, directional: frozenset[int]) -> bool:
    """Whether the name whose last word is ``name``, closed by ``words[n]`` (as written), is where a distance or a
    direction after it is measured from: ``words[n]`` is a compass word written after its name
    (`_DIRECTIONS_AFTER_NAME`: გორის ჩრდილოეთით, Tərtərin şimalında, Թարթառի հյուսիսում, Tel Abyad'ın güneyinde),
    or it begins a distance (``directional``, `_direction_words`) after a Georgian or Armenian name, whose languages
    write every distance after its name (ცხინვალიდან 5 კმ-ში, Թարթառից 10 կմ), or before such a compass word
    (Tərtərdən 10 km şimalda, Resulayn'ın 10 km doğusunda): not a name before an English distance with no comma
    between them (Sake 27 km west of Goma), which is the incident's place."""
    if words[n] in _DIRECTIONS_AFTER_NAME:
        return True
    if n not in directional:
        return False
    if _is_georgian(name) or _is_armenian(name):
        return True
    while n < len(words) and n in directional:
        n += 1
    return n < len(words) and words[n] in _DIRECTIONS_AFTER_NAME


def _is_georgian(word: str) -> bool:
    """Whether ``word`` is written in Georgian letters (Mkhedruli, or Mtavruli capitals)."""
    return any("\u10d0" <= ch <= "\u10ff" or "\u1c90" <= ch <= "\u1cbf" for ch in word)


def _is_armenian(word: str) -> bool:
    """Whether ``word`` is written in Armenian letters."""
    return any("\u0531" <= ch <= "\u058a" for ch in word)


def _amount(words: Sequence[str], raw: Sequence[str] | None, n: int, lexicon: _DirectionLexicon) -> bool:
    """Whether the word at position ``n`` of a text (``words`` folded, ``raw`` as written where known) is part of
    the amount of a distance unit after it: a number (an empty word), a number word or indefinite amount
    (`_AMOUNTS`), a hedge, the "of" of "une trentaine de km", or any other word in lower case that is no generic
    word (vingt-cinq, сорока, п'ятнадцять): a name is written with a capital where its script has one."""
    word = words[n]
    if not word or word in lexicon.amounts or word in lexicon.hedges or word in lexicon.amount_of:
        return True
    if raw is None or not raw[n].islower() or _is_georgian(raw[n]):
        return False  # Mkhedruli has capitals (Mtavruli) but never writes a name with one: only listed amounts
    return _generic(raw[n], word, _lexicons()[1]) is None and word not in lexicon.before


def _elided(text: str) -> str:
    """The text with French elided articles and prepositions written out: d' as "de", l' left out; and the zones
    that are no administrative unit (`_AREA_ZONE_RE`) written as "area"; and the centre of a town written onto its
    name in lower case set apart from it (`_CENTRE_SUFFIX_RE`: Saké-centre, Goma centre-ville); and the Georgian km
    from its case ending (`_GEORGIAN_UNIT_HYPHEN_RE`: 5 კმ-ში)."""
    if "one" in text or "ONE" in text:
        text = _AREA_ZONE_RE.sub(" area ", text)
    if "cent" in text or "sede" in text:
        text = _CENTRE_SUFFIX_RE.sub(" ", text)
    if "კმ-" in text:
        text = _GEORGIAN_UNIT_HYPHEN_RE.sub(" ", text)
    return _ELISION_RE.sub(lambda m: "de " if m.group(1) in "dD" else "", text)


# The hyphen between the Georgian km and its case ending (5 კმ-ში, at 5 km; 5 კმ-ის მოშორებით): the ending is a
# word of the distance phrase (`_GEORGIAN_UNIT_ENDINGS`).
_GEORGIAN_UNIT_HYPHEN_RE: Final = re.compile("(?<=კმ)-(?=(?:ში|ის|ზე|ით)(?![ა-ჰ]))")


# The hyphen before the centre of a town written onto its name in lower case (Saké-centre, Sake-center) and the one
# of centre-ville (the town centre): the centre is a context word (`_LOWER_CASE_GENERICS`), ville a settlement word.
# Capitalised, Centre begins and ends names of regions (Centre-Nord, Kasaï-Central), which keep their hyphen. So is
# the Portuguese seat of a district or post (Macomia-sede, the town of Macomia; vila-sede, the seat town; sede a
# settlement word in lower case).
_CENTRE_SUFFIX_RE: Final = re.compile(
    r"(?<=\w)[-‐‑](?=(?:cent(?:re|er)|sede)\b)|(?<=\bcentre)[-‐‑](?=ville\b)|(?<=\bvila)[-‐‑](?=sede\b)")


# Zones of war that are no administrative unit: "No Fire Zone", "safe zone", "buffer zone", "demilitarized zone"
# name an area, not a region called "No Fire" (a zone of Ethiopia is a unit: Western Tigray Zone).
_AREA_ZONE_RE: Final = re.compile(
    r"\b(?:no[- ]fire|no[- ]go|safe|safety|buffer|demilitari[sz]ed|exclusion|security|combat|war|conflict|grey|gray"
    r"|humanitarian|de-escalation|deconfliction|free[- ]fire|kill)[- ]zones?\b",
    re.IGNORECASE,
)


# Sound classes merged when matching words against the lexicons above (not when scoring names).
_LOOSE: Final = str.maketrans({
    "g": "k", "ɣ": "k", "x": "k", "ʃ": "s", "ʒ": "z", "ʦ": "c", "ʣ": "c", "ʧ": "c", "ʤ": "c", "b": "p", "d": "t",
    "f": "v", "y": None, "j": None, "w": None,
})  # fmt: skip


@functools.lru_cache(maxsize=1 << 14)
def _loose(symbols: str) -> str:
    """A folded word with the sounds romanizations confuse merged: for lexicon look-ups only."""
    return _GEMINATE_RE.sub(r"\1", symbols.translate(_LOOSE))


# Generic words are looked up by their sounds as folded, none merged, with the ambiguous j read as the glide y:
# they are short, so a sound merged or left out makes another word of them (Bost = post, lake = lagje, Naya = на, Ай =
# a, Jor = or; Naha = ناحية, nahiya). Their spellings are listed instead (gyugh, гюх; rayon, rajon; kəndi, kendi).
_GENERIC_SPELLING: Final = str.maketrans({"j": "y"})


_GENERIC_GLIDE_RE: Final = re.compile(r"(?<=[^aeiouy])y(?=[aeiou])")


@functools.lru_cache(maxsize=1 << 14)
def _generic_key(symbols: str, script: str) -> tuple[str, str]:
    """A folded word as the generic-word lexicon is looked up: its sounds as folded, none merged (not `_loose`: Bost
    is no post, lake no lagje), the ambiguous j read as the glide, and the glide dropped after a consonant before a
    vowel, as the sound rules drop y (Gjukh = Gyukh); and the script class of the word
    (`_script_class`). Words in Arabic or Hebrew letters leave short vowels out, and the short postpositions of
    Indic scripts (के, से, पर) and the syllables of Ethiopic and Burmese read as syllables of names in other
    scripts (Ke, Se, Par): their generic words (ناحية, nahiya, folds as Naha; قرية as Kra) are generic in their own
    script only.

    An abjad word is looked up as folded, its sounds not merged: its letters are one spelling, not one of many
    romanizations, and with the short vowels left out two merged consonants make a generic word of a name (شوك,
    Shouk, would be سوق, market; غرب, west, قرب, near)."""
    if script == "abjad":
        return script, _GEMINATE_RE.sub(r"\1", symbols)
    spelled = _GENERIC_GLIDE_RE.sub("", symbols.translate(_GENERIC_SPELLING))
    return script, _GEMINATE_RE.sub(r"\1", spelled)


def _is_abjad(word: str) -> bool:
    return not word.isascii() and not _ABJAD_LETTERS.isdisjoint(word)


def _is_indic(word: str) -> bool:
    """Whether the word has letters of a Brahmic script of South Asia (Devanagari to Sinhala, U+0900-U+0DFF)."""
    return not word.isascii() and any("\u0900" <= ch <= "\u0dff" for ch in word)


def _script_class(word: str) -> str:
    """``"abjad"``, ``"indic"``, ``"ethiopic"``, ``"thai"``, ``"khmer"``, ``"greek"``, ``"burmese"`` or ``""``: the
    scripts whose generic words are generic in that script only (the short Thai ที่, at, and ใน, in, read as Ti and
    Nai; the Greek article η and το, read as I and To)."""
    if word.isascii():
        return ""
    if _is_abjad(word):
        return "abjad"
    if _is_indic(word):
        return "indic"
    if any("\u1200" <= ch <= "\u139f" for ch in word):
        return "ethiopic"
    if any("\u0e00" <= ch <= "\u0e7f" for ch in word):
        return "thai"
    if any("\u1780" <= ch <= "\u17ff" for ch in word):
        return "khmer"
    if _GREEK_RE.search(word):
        return "greek"
    return "burmese" if any("\u1000" <= ch <= "\u109f" for ch in word) else ""


_BLIND_MIN: Final = 5  # sounds a qualifier needs to be recognised with another final vowel


def _vowel_blind(loose: str) -> str:
    """A loose word with its final vowel written ``*``: Ashaga = Ashagy = Aşağı, Yukhara = Yuxarı."""
    return loose[:-1] + "*" if loose[-1:] in _VOWELS else loose


# The tag of a number written in a name: "#9" for District 9 (see `_fold_name`).
_NUMBER_TAG: Final = "#"
# A number of a name, not of a distance (3 km, 20 miles north of). One after a number sign is a name's number
# whatever follows it: a key writes a name's number so ("Km 5" folds to "#5 km"), and a key must fold to itself.
_NAME_NUMBER_RE: Final = re.compile(
    r"(?<=#)\d+|\d+(?![\d.,]*\s*(?:"
    + "|".join(map(re.escape, sorted(_DISTANCE_UNITS, key=len, reverse=True))) + r")(?!\w))",
    re.IGNORECASE,
)

# The word of a numbered post or patrol point written between a place's name and the post's number: Galwan PP-14,
# Galwan PP14, Galwan Patrolling Point 14, Hot Springs patrol point 15, Avdiivka checkpoint 2, блокпост № 3;
# the abbreviations (PP, OP, CP, BOP) in capitals only. The post is read as the place with a number (`_NUMBER_TAG`):
# two posts of one place are apart, a post and its place's bare name meet as names with a qualifier on one side
# only. A post with no name before it (Post 14, PP-15) keeps the word: the post is all its name says.
_POST_OF_PLACE_RE: Final = re.compile(
    r"(?<=[^\W\d_])[\s,]+(?:(?-i:PPs?|OPs?|CPs?|BOPs?)|patrol(?:ling)?\s+points?|patrol\s+posts?"
    r"|(?:border\s+|observation\s+|forward\s+)?(?:out)?posts?|check\s?points?|check\s?posts?|pickets?"
    r"|блок-?пост|пост|кпп|poste)\s*(?:[-–#№.]|no\.?)?\s*(?=\d)",
    re.IGNORECASE,
)

# The spellings of qualifiers written with digits (1st, 2nd ...), whose digits folding drops: each is read as its
# tag's word before folding, so that "5th" is not "th" and a lone D or T (Pashto د, "of") is no "fifth".
_DIGIT_QUALIFIERS: Final[Mapping[str, str]] = {
    spelling: tag for tag, (_dim, spellings) in QUALIFIERS.items() for spelling in spellings
    if any(ch.isdigit() for ch in spelling)
}
# An ordinal written with digits and the ending of its language: English 2nd, Armenian 2-րդ and 1-ին, Russian and
# Ukrainian 2-й, 2-я, 2-е, 2-го, Azerbaijani and Turkish 2-ci, 3-cü, 6-cı, French 2e, 2ème, 1er, Spanish and
# Portuguese 2º, 2ª, 2do. Read as the English ordinal (`_ordinal`): 2-րդ is 2nd is "second", 7-й is the number 7,
# not a number and a syllable "j" of the name. Endings of one Latin letter count in lower case only (Camp 7A is a
# camp of its own).
_DIGIT_ORDINAL_RE: Final = re.compile(
    r"(?<!\w)(\d+)[-‐‑'’]?(?:(?i:st|nd|rd|th)|րդ|ին|"
    r"й|я|е|го|ой|ый|ий|ая|ое|ого|"
    r"[ıi]?nc[ıiuü]|c[ıiuü]|"
    r"e|è|ème|eme|er|re|ère|nd|nde|"
    r"\.?[ºª]|ro|do|to|vo|no)(?!\w)"
)


# The French est ("east") where it is written as part of a name: joined to it by a hyphen (Kivu-Est, Kasaï-est) or
# capitalised after it (Mayo-Kebbi Est). Elsewhere est is a word of the sentence ("Gao est attaquée": is).
_FRENCH_EAST_RE: Final = re.compile(r"(?<=\w)(?:[-‐‑](?:[Ee]st|EST)|\s+(?:Est|EST))(?!\w)")


def _ordinal(found: re.Match[str]) -> str:
    """An ordinal written with digits (`_DIGIT_ORDINAL_RE`) as its English spelling: its qualifier word where the
    lexicon has one (2-րդ -> "second"), else the number alone (a number tag, `_NUMBER_TAG`)."""
    number = int(found.group(1))
    ending = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return _DIGIT_QUALIFIERS.get(f"{number}{ending}", str(number))


@functools.cache
def _lexicons() -> tuple[dict[str, str], dict[tuple[str, str], _WordKind]]:
    qualifiers: dict[str, str] = {}
    blind: dict[str, set[str]] = {}
    for tag, (_dim, spellings) in QUALIFIERS.items():
        for spelling in (tag, *spellings):
            if spelling in _DIGIT_QUALIFIERS:
                continue
            if spelling in _EXACT_QUALIFIERS:
                qualifiers[_EXACT_MARK + _fold_word(spelling)] = tag
                continue
            loose = _qualifier_key(spelling, _fold_word(spelling))
            qualifiers[loose] = tag
            if len(loose) >= _BLIND_MIN:
                blind.setdefault(_vowel_blind(loose), set()).add(tag)
    # Qualifiers of five sounds or more are also recognised with another final vowel: Turkic vowel harmony and
    # Russian spellings move it (Ashaga, Ashagy, Aşağı; Yukhara, Yuxarı).
    for key, tags in blind.items():
        if len(tags) == 1 and key not in qualifiers:
            qualifiers[key] = next(iter(tags))
    generics: dict[tuple[str, str], _WordKind] = {}
    for kind, words in GENERIC_WORDS.items():
        for word in words:
            generics.setdefault(_generic_key(_fold_word(word), _script_class(word)), kind)
    return qualifiers, generics


# A qualifier spelled with a palatal consonant, the j after a consonant (Serbian Latin nj: Donja, Gornji, Srednje)
# or Cyrillic њ, љ (Доња), is recognised only in a word that writes one too: Dona (the Portuguese title, and the
# Doña of Spanish names: Doña Ana) is no Donja, though `_loose` leaves the glide out of both and folding reads њ as
# n. A word that writes one is also looked up without it: the German and Czech spellings of Russian write the soft
# sign so (Nizhnjaja, Armjanskij). The mark is written after the word's loose key.
_PALATAL_J_RE: Final = re.compile(f"(?<=[{_C}])j")
_PALATAL_LETTERS: Final = frozenset("љњЉЊ")
_PALATAL_MARK: Final = "ʲ"


# Qualifiers recognised only as they fold, no sound merged and no other final vowel (`_loose`, `_BLIND_MIN`): the
# Georgian ones, whose spellings do not vary so, and whose loose keys are names elsewhere (ახალი, Akhali, would take
# the Azerbaijani Ağalı and Agalu for New; ძველი, Dzveli, Tsveli).
_EXACT_QUALIFIERS: Final = frozenset({
    "zemo", "ზემო", "земо", "kvemo", "ქვემო", "квемо", "შუა", "akhali", "ახალი", "ахали", "dzveli", "ძველი",
    "дзвели", "didi", "დიდი", "диди", "patara", "პატარა", "патара",
})  # fmt: skip
_EXACT_MARK: Final = "="


@functools.cache
def _exact_qualifier_folds() -> frozenset[str]:
    return frozenset(_fold_word(spelling) for spelling in _EXACT_QUALIFIERS)


def _qualifier_key(raw: str, folded: str) -> str:
    """A word (``raw`` as written, ``folded`` by `_fold_word`) as the qualifier lexicon is looked up: `_loose`,
    marked where the word writes a palatal n or l (`_PALATAL_J_RE`, `_PALATAL_LETTERS`); a word that folds as one of
    `_EXACT_QUALIFIERS` as folded, after `_EXACT_MARK`."""
    if folded in _exact_qualifier_folds():
        return _EXACT_MARK + folded
    loose = _loose(folded)
    if _PALATAL_J_RE.search(folded) or not _PALATAL_LETTERS.isdisjoint(raw):
        return loose + _PALATAL_MARK
    return loose


def _qualifier(loose: str, qualifiers: Mapping[str, str]) -> str | None:
    """The tag of a word's `_qualifier_key` that is a qualifier (see `_lexicons`), else ``None``: a key with the
    palatal mark is looked up with it, then without."""
    tag = qualifiers.get(loose)
    if tag is None and len(loose) >= _BLIND_MIN:
        tag = qualifiers.get(_vowel_blind(loose))
    if tag is None and loose.endswith(_PALATAL_MARK):
        return _qualifier(loose[: -len(_PALATAL_MARK)], qualifiers)
    return tag


# Russian and Ukrainian qualifier prefixes of compound names (folded), with at least four sounds after them:
# Верхне-/Верхньо- (Verkhne-, Verkhno-, Verkhnyo-), Нижне-/Нижньо- (Nizhne-, Nyzhno-, Nyzhnyo-), Средне-/Середньо-,
# Ново-, Старо-, Больше-/Велико-, Мало-.
_PREFIXES: Final[Mapping[str, str]] = {
    "novo": "new", "staro": "old", "verxne": "upper", "verxno": "upper", "niʒne": "lower", "niʒno": "lower",
    "sredne": "middle", "seredno": "middle", "bolʃe": "big", "veliko": "big", "malo": "small",
}  # fmt: skip
_PREFIX_RE: Final = re.compile(f"({'|'.join(_PREFIXES)})(?=.{{4}})")

# Korean writes big (대, 大) and small (소, 小) onto a name, as Russian writes Больше- and Мало-: 대연평도 and 소연평도,
# Greater and Lesser Yeonpyeong Island, are two islands, and 연평도 names the greater (a name and its qualified form,
# as Dvin and Nerkin Dvin). Only where two syllables of the name stay once the unit is set apart (`_written_on`): a
# name of two syllables begins with them as often (대구 Daegu, 대전 Daejeon, 소사 Sosa, and 대청도 Daecheong Island,
# which is no big Cheongdo).
_HANGUL_SIZE_PREFIXES: Final[Mapping[str, str]] = {"대": "big", "소": "small"}
_HANGUL_SIZE_RE: Final = re.compile(f"^([{''.join(_HANGUL_SIZE_PREFIXES)}])(?=[\uac00-\ud7a3]{{2,}}$)")
#: The letters the rest of such a name must read as: two syllables of vowels alone read as one letter (이이, i), which a
#: name's words cannot be told from (the Slavic i, "and"), so that the key would not be its own key.
_HANGUL_SIZED_REST: Final = 3

# The adjective a Russian or Ukrainian unit is named with, in any case, without its suffix -ск- where four sounds
# are left (Баткенская, Баткенской, Харківської область; Газахский, Изюмского район), else without its ending alone:
# a short name is its own -ск (Курской, Омская: Kursk, Omsk), and so is -цк (Донецкой: Donetsk).
_ADJECTIVE_CASES: Final = "i|a|o|u|e|oe|oye|ie|iye|aya|uyu|oy|oi|oyi|oyu|ogo|oho|omu|om|ix|im|imi"
_REGION_ADJECTIVE_RE: Final = re.compile(
    rf"(?<=....)(?:in)?sk(?:{_ADJECTIVE_CASES})?$|(?<=..sk|..ʦk)(?:{_ADJECTIVE_CASES})$")

# Abbreviations that are generic only with their dot ("с. Бердаван", "g. Ijevan"): matched on the raw text. And
# the Russian and Ukrainian abbreviations written with a slash or several dots, which would otherwise come apart
# into letters at the slash or the dots: ж/д, ж.-д., ж.д. (railway: ж/д вокзал), п.г.т., с.м.т. (urban-type
# settlement).
_ABBREVIATION_RE: Final = re.compile(
    r"(?<![\w])(?:ж\s*/\s*д(?!\w)\.?|ж\.\s*-?\s*д\.|п\.\s*г\.\s*т(?!\w)\.?|с\.\s*м\.\s*т(?!\w)\.?"
    r"|(?:с|c|s|г|g|գ|ք|q|v|пос|пгт|r-n|р-н|м|н\.\s*п|смт|обл|სოფ|ქ|მუნ)\.)\s*",
    re.IGNORECASE,
)


# Abbreviations that hold a slash (ж/д, железнодорожный, "of the railway"; в/ч, a military unit; з/д): a letter or
# two on each side; the slash there is no list of places.
_SLASH_ABBREVIATION_RE: Final = re.compile(r"(?<![\w/])[^\W\d_]{1,2}/[^\W\d_]{1,2}(?![\w/])")
# Abbreviations of several letters, each with its dot (с.м.т., п.г.т., н. п.: an urban-type settlement, a
# settlement): one word; in lower case only, as initials in a name (J.F. Kennedy) are capitals.
_DOTTED_ABBREVIATION_RE: Final = re.compile(r"(?<![\w.])(?:[^\W\d_]\.\s*){2,}")


# Saint and Sainte abbreviated, St, St., Ste, Ste., capitalised before a capitalised word (St. Louis, St Petersburg,
# Ste-Marie, St.Kitts): the head word they stand for (`_HEAD_WORDS`), so that St. Louis is Saint-Louis. Folded alone,
# st is the Arabic سد (dam), and St. Louis read as a dam named Louis.
_SAINT_ABBREVIATION_RE: Final = re.compile(r"(?<![\w.'’])(Ste?)(?:\.[\s-]*|[\s-]+)(?=[^\W\d_])")
_SAINT_WORDS: Final[Mapping[str, str]] = {"St": "Saint", "Ste": "Sainte"}


def _saints_out(text: str) -> str:
    """A name's text with Saint and Sainte written out where abbreviated (`_SAINT_ABBREVIATION_RE`): read by
    `parse`, not by `split_places`, which gives the names as written (St. Louis names St Louis)."""
    return _SAINT_ABBREVIATION_RE.sub(_saint_out, text) if "St" in text else text


def _saint_out(match: re.Match[str]) -> str:
    """The word a match of `_SAINT_ABBREVIATION_RE` stands for, with its hyphen or a space; the match as it is
    before a word in lower case (St. of a street, St in a sentence)."""
    if not match.string[match.end()].isupper():
        return match.group()
    return _SAINT_WORDS[match.group(1)] + ("-" if "-" in match.group() else " ")


def _abbreviations_out(text: str) -> str:
    """The text without the abbreviations of generic words (`_ABBREVIATION_RE`, `_SLASH_ABBREVIATION_RE`,
    `_DOTTED_ABBREVIATION_RE`), each written as a space; and with the generic words written onto a name written
    apart from it (`_written_on`)."""
    text = _written_on(text)
    if "/" in text:
        text = _SLASH_ABBREVIATION_RE.sub(" ", text)
    if "." in text:
        text = _DOTTED_ABBREVIATION_RE.sub(lambda m: " " if m.group().islower() else m.group(), text)
    return _ABBREVIATION_RE.sub(" ", text)


# Generic words that Burmese writes onto the end of a name, as it writes no spaces between words (ပဇီကြီးကျေးရွာ,
# Pazigyi village; ကန့်ဘလူမြို့နယ်တွင်, in Kanbalu township): village tract, village, township, town, the town
# proper, region (and its older name, division), state, ward, district, a camp of the displaced and a camp, and the
# postpositions in / at, located in, near, around, inside and the sides of a place. Not a bare ရွာ (village), which
# ends names (Monywa, မုံရွာ), nor နား (near), which ends Myitkyina (မြစ်ကြီးနား).
_BURMESE_WRITTEN_ON: Final = tuple(sorted((
    "ကျေးရွာအုပ်စု", "ကျေးရွာ", "မြို့နယ်", "မြို့", "တိုင်းဒေသကြီး", "တိုင်း", "ပြည်နယ်", "ရပ်ကွက်", "ခရိုင်", "တွင်",
    "ရှိ", "အနီး", "မြို့ပေါ်", "ဒုက္ခသည်စခန်း", "စစ်ရှောင်စခန်း", "စခန်း", "တဝိုက်", "တစ်ဝိုက်", "အနီးတဝိုက်",
    "အတွင်း", "အရှေ့ဘက်", "အနောက်ဘက်", "မြောက်ဘက်", "တောင်ဘက်", "ဘက်", *_BURMESE_PARTS,
), key=len, reverse=True))
# Generic words and prepositions that Thai and Khmer write onto the start of a name, as they write no spaces between
# words (บริเวณปราสาทตาเมือนธม, the area of the Ta Muen Thom temple; ខេត្តព្រះវិហារ, Preah Vihear province): the
# area of, near, at, in, around, the border, along, the temple, the village, the base, province, district,
# sub-district, commune. Not บ้าน (village), which begins Thai village names (บ้านหนองจาน, Ban Nong Chan), nor ภูมิ
# written as Thai, nor ភ្នំ (mountain), which begins names (Phnom Penh).
_THAI_KHMER_WRITTEN_ON: Final = tuple(sorted((
    "บริเวณ", "พื้นที่", "ใกล้กับ", "ใกล้", "ที่", "ใน", "แถว", "ชายแดน", "ฝั่ง", "ตาม", "ปราสาท", "หมู่บ้าน",
    "ฐานปฏิบัติการ", "ฐาน", "จังหวัด", "กิ่งอำเภอ", "อำเภอ", "ตำบล", "ณ",
    "តំបន់", "ក្បែរ", "ជិត", "នៅ", "ក្នុង", "ព្រំដែន", "ខាង", "តាម", "ប្រាសាទ", "ភូមិ", "ក្រុង", "ខេត្ត", "ស្រុក",
    "ឃុំ", "ខណ្ឌ", "សង្កាត់",
), key=len, reverse=True))
# The words as written and in NFKC (อำเภอ: ำ is ํา), as a name may come in either.
_THAI_KHMER_WRITTEN_ON_FORMS: Final = tuple(sorted(
    {form for word in _THAI_KHMER_WRITTEN_ON for form in (word, unicodedata.normalize("NFKC", word))},
    key=lambda form: (-len(form), form)))
_THAI_KHMER_RE: Final = re.compile("[\u0e01-\u0e4e\u1780-\u17dd]")
# A run of Thai or Khmer letters and signs (not their digits or punctuation).
_THAI_KHMER_RUN_RE: Final = re.compile("[\u0e01-\u0e4e\u1780-\u17d3\u17dd]+")
# The signs that go on a consonant or continue its syllable (Thai vowels after and over it, tone marks; the Khmer
# dependent vowels and signs): a name that starts with one starts inside a syllable, so the word before is no word.
_THAI_KHMER_SIGNS: Final = frozenset(
    [*map(chr, range(0x0E30, 0x0E3B)), *map(chr, range(0x0E45, 0x0E4F)), *map(chr, range(0x17B4, 0x17D4)), "\u17dd"])
# The Thai abbreviations of the units written before a name with a full stop (จ.สุรินทร์, อ.กันทรลักษ์, ต.): province,
# district, sub-district; written out, so that they read as the generic words they are.
_THAI_ABBREVIATIONS: Final[Mapping[str, str]] = {
    "จ": "จังหวัด", "อ": unicodedata.normalize("NFKC", "อำเภอ"), "ต": unicodedata.normalize("NFKC", "ตำบล")}
_THAI_ABBREVIATION_RE: Final = re.compile("(?<![\u0e01-\u0e4e])([จอต])\\.\\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# A run of Burmese letters and signs (not its digits or its punctuation ၊ ။ ၌ ၍ ၎ ၏).
_BURMESE_RUN_RE: Final = re.compile("[\u1000-\u103f\u1050-\u109f]+")
_BURMESE_STACKER: Final = "\u1039"  # a consonant after it is stacked under the one before: no syllable starts there
# The Amharic in (በ), from (ከ), of (የ) and to (ለ) written onto the first syllable of a word (በመቐለ, in Mekelle;
# ከአዲስ አበባ, from Addis Ababa; የትግራይ ክልል, the region of Tigray). Names begin with these syllables too (በደሌ
# Bedele, በራህሌ Berahle, ከምባታ Kembata, ከሚሴ Kemise, ከረን Keren), and the spelling cannot tell them apart, so the
# syllable comes off only where the rest is a word known to be one: a generic word (በከተማ, in the town; here), or
# a name that a gazetteer lists or another spelling has (`_unprefixed`: the name is read with and without it).
# Ethiopic writes a syllable a character (U+1200-U+135A); two must remain.
_ETHIOPIC_PREFIX_RE: Final = re.compile("(?<![\u1200-\u135a])([በከየለ])([\u1200-\u135a]{2,})")
_ETHIOPIC_WORDSPACE: Final = "\u1361"  # ፡, the old word divider, a space
# The Arabic in (ب) and and (و) written onto a name after another word (سوق صابرين بأم درمان, the Sabreen market in
# Omdurman; الخرطوم والجنينة): only before the article or a hamza alif (بالفاشر, بأم درمان), and before the head
# words ام and ابو written without their hamza (بام درمان, بابو شوك), where a name's own first letters are rare.
# Not before a bare alif: names begin with ب and an alif (بابنوسة Babanusa, بارا Bara). Nor in a word with a letter
# of Persian or Urdu, which write no such ب (بالاکوٹ, Balakot), nor where two letters at most follow the article
# (the Persian بالا, upper).
_ARABIC_WRITTEN_ON_RE: Final = re.compile(
    "(?<=[\u0620-\u065f\u066e-\u06d3]\\s)([بو])"
    "(?=(?:ال[\u0620-\u064a]{3,}|[أإ][\u0620-\u064a]+)(?![\u0620-\u06ff])|(?:ام|ابو)\\s)"
)
# The Arabic in (ب) written onto a name after a word of a building or a facility with the article (الكلية العسكرية
# بطرابلس, the military college in Tripoli; مركز إيواء المهاجرين بتاجوراء, the migrants' shelter in Tajoura): a
# definite noun or adjective takes no name after it as its complement, so the ب there is the preposition, before any
# letter, where three letters of the name stay. Only after a context word (`GENERIC_WORDS`, checked in
# `_written_on`): after a word of a name, or a generic word without the article (مستشفى بنغازي, the Benghazi
# hospital; مطار بنينا, Benina airport), the ب is the name's own. Not before a bare alif (`_ARABIC_WRITTEN_ON_RE`).
_ARABIC_IN_AFTER_FACILITY_RE: Final = re.compile(
    "(?<![\u0620-\u06ff])(ال[\u0620-\u064a]{3,})(\\s+)ب(?=[\u0621-\u0626\u0628-\u064a][\u0620-\u064a]{2,}"
    "(?![\u0620-\u06ff]))"
)
# The Arabic and (و) written onto a name after another word before the head words that begin names of places
# (رأس العين وتل أبيض, Ras al-Ain and Tal Abyad; وعين عيسى, ودير الزور, وكفر نبل, وخان شيخون) and the generic words
# of a town, a village, a camp and a countryside (وريف حلب, and the countryside of Aleppo), a settlement or colony,
# a barracks and a post (كريات شمونة وثكنة عين زيتيم, Kiryat Shmona and the Ein Zeitim barracks), followed by the
# next word of the name: no name begins with و and one of them.
_ARABIC_AND_HEAD_RE: Final = re.compile(
    "(?<=[\u0620-\u065f\u066e-\u06d3]\\s)(و)"
    "(?=(?:تل|عين|رأس|راس|دير|كفر|خان|جسر|بئر|بير|بيت|جبل|سوق|قرية|مدينة|بلدة|مخيم|ريف|مستعمرة|مستوطنة|ثكنة"
    "|موقع)\\s)"
)
# A list of Arabic names after a dual or plural settlement word (`_ARABIC_PLURAL_SETTLEMENTS`, with "in" or "to" on
# it): بلدتي عيتا الشعب ورامية (the two towns of Aita al-Shaab and Ramyeh), بلدات عيتا الشعب ورامية وبيت ليف. The
# and (و) written onto a word after the list's first word begins the next name, whatever its first letters: the
# plural says a list follows. The first word keeps its و, which may be the name's own (بلدتي وادي خالد والعريضة).
_ARABIC_LIST_RE: Final = re.compile(
    f"(?<![\u0620-\u065f\u066e-\u06d3])(?P<head>[بل]?(?:{'|'.join(_ARABIC_PLURAL_SETTLEMENTS)})\\s+[^\\s،,;؛]+)"
    "(?P<rest>[^،,;؛]*)"
)
# (Read in what follows the list's first word: every word there comes after another.)
_ARABIC_LIST_AND_RE: Final = re.compile("(?<=\\s)(و)(?=[\u0620-\u064a]{3,})")
# The Hebrew ל ("to") written onto a name after a word of place that takes it (`_HEBREW_TAKING_LAMED`: מדרום לחאן
# יונס, south of Khan Younis; סמוך לרפיח, near Rafah), where three letters of the name remain (a geresh counts with
# its letter: לג׳באליה). The grammar asks for the ל there, so a name that begins with one writes it twice (ללוד).
_HEBREW_WRITTEN_ON_RE: Final = re.compile(
    f"(?<![\u05d0-\u05ea])((?:{'|'.join(_HEBREW_TAKING_LAMED)})\\s+)ל"
    "(?=(?:[\u05d0-\u05ea]['\u05f3\u2019\u02bc]?){3})"
)
# Albanian qualifiers come after the name with their article (Krusha e Madhe, Velika Kruša; Krusha e Vogël, Mala
# Kruša; i Epërm, e Poshtme): the article is left out before one, so that the qualifier stays in the name.
_ALBANIAN_QUALIFIERS: Final = (
    "madh", "madhe", "vogël", "vogel", "epërm", "epërme", "eperm", "eperme", "sipërm", "sipërme", "siperm",
    "siperme", "poshtëm", "poshtëme", "poshtme", "poshtem", "mesëm", "mesme", "vjetër", "vjeter", "veriut", "jugut",
    "lindjes", "perëndimit", "perendimit",
)
_ALBANIAN_ARTICLE_RE: Final = re.compile(
    f"(?<=\\w)\\s+[ieIE]\\s+(?=(?i:{'|'.join(_ALBANIAN_QUALIFIERS)})(?!\\w))"
)


@functools.cache
def _ethiopic_generics() -> frozenset[str]:
    """The generic words written in Ethiopic letters: `_written_on` takes no prefix off them (ከተሞች, towns)."""
    return frozenset(
        word for words in GENERIC_WORDS.values() for word in words if _script_class(word) == "ethiopic"
    )


#: A Bengali word with the genitive ending written onto it (ের, য়ের: টেকনাফের, of Teknaf; বুচিডংয়ের), where two letters
#: of the name stay: the name is the place the next name lies in (টেকনাফের হোয়াইক্যং, Whykong in Teknaf), as a
#: comma says in English (Whykong, Teknaf). Not the র alone that follows a vowel (মংডুর, of Maungdaw): names end in it
#: (রংপুর, Rangpur; কক্সবাজার, Cox's Bazar).
_BENGALI_GENITIVE_RE: Final = re.compile(
    "(?P<name>[\u0980-\u09ff]{2,}?)(?:\u09af\u09bc?\u09c7\u09b0|\u09df\u09c7\u09b0|\u09c7\u09b0)"
    "(?![\u0980-\u09ff])(?P<next>(?= [\u0980-\u09ff]))?")


def _written_on(text: str) -> str:
    """The text with the generic words and prepositions that its script writes onto a name set apart from the name,
    so that they read as words of their own (see `GENERIC_WORDS`):

    - Burmese generic words at the end of a run of Burmese letters (`_BURMESE_WRITTEN_ON`), one after another,
      where two characters of the name stay (ပဇီကြီးကျေးရွာ = ပဇီကြီး ကျေးရွာ);
    - the Amharic in, from, of and to on an Ethiopic generic word (`_ETHIOPIC_PREFIX_RE`: በከተማ = በ ከተማ; a name
      keeps them, and is read both ways by `_unprefixed`), and the Ethiopic word divider ፡ as a space;
    - the Arabic in and and on a name after another word (`_ARABIC_WRITTEN_ON_RE`: صابرين بأم درمان = صابرين ب أم
      درمان), and the and before a head word of a name (`_ARABIC_AND_HEAD_RE`: رأس العين وتل أبيض = رأس العين و تل
      أبيض), and the in on a name after a facility's word with the article (`_ARABIC_IN_AFTER_FACILITY_RE`:
      الكلية العسكرية بطرابلس = الكلية العسكرية ب طرابلس), and a name of a list after a dual or plural settlement
      word (`_ARABIC_LIST_RE`: بلدتي عيتا الشعب ورامية = بلدتي عيتا الشعب و رامية);
    - the Hebrew ל on a name after a word of place that takes it (`_HEBREW_WRITTEN_ON_RE`: מדרום לחאן יונס =
      מדרום ל חאן יונס);
    - the Albanian article before a qualifier after the name (`_ALBANIAN_ARTICLE_RE`: Krusha e Madhe = Krusha
      Madhe);
    - the Chinese generic words and prepositions, wherever they stand (`_HAN_WORDS_APART_RE`: 加勒万河谷地区 =
      加勒万 河谷 地区), as Chinese writes no spaces;
    - the Korean units of administration that the Revised Romanization and McCune–Reischauer write after a hyphen
      (`_KOREAN_UNIT_HYPHEN_RE`: Yeoncheon-gun = Yeoncheon gun, Jung-myeon, Samgot-ri, Kaesŏng-si);
    - the Korean particles and units of administration at the end of a word (`_HANGUL_WRITTEN_ON_RE`: 연평도에서 =
      연평 도 에서, 연천군 = 연천 군), where two syllables of the name stay;
    - the Bengali genitive on a name (`_BENGALI_GENITIVE_RE`: টেকনাফের হোয়াইক্যং = টেকনাফ, হোয়াইক্যং).
    """
    if " e " in text or " i " in text or " E " in text or " I " in text:
        text = _ALBANIAN_ARTICLE_RE.sub(" ", text)
    if "-" in text:
        text = _KOREAN_UNIT_HYPHEN_RE.sub(r" \1", text)
    if text.isascii():
        return text
    if any("\u1000" <= ch <= "\u109f" for ch in text):
        text = _BURMESE_RUN_RE.sub(_burmese_words_apart, text)
    if any("\u1200" <= ch <= "\u139f" for ch in text):
        text = text.replace(_ETHIOPIC_WORDSPACE, " ")
        generics = _ethiopic_generics()
        text = _ETHIOPIC_PREFIX_RE.sub(
            lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2) in generics and m.group() not in generics
            else m.group(), text
        )
    if "ب" in text or "و" in text:
        text = _ARABIC_WRITTEN_ON_RE.sub(r"\1 ", text)
        text = _ARABIC_AND_HEAD_RE.sub(r"\1 ", text)
        if "ب" in text:
            text = _ARABIC_IN_AFTER_FACILITY_RE.sub(_arabic_in_after_facility, text)
        text = _ARABIC_LIST_RE.sub(lambda m: m["head"] + _ARABIC_LIST_AND_RE.sub(r"\1 ", m["rest"]), text)
    if _HAN_RE.search(text):
        text = _HAN_WORDS_APART_RE.sub(lambda m: " " if m.group() in _HAN_COUNTRIES else f" {m.group()} ", text)
    if "ל" in text:
        text = _HEBREW_WRITTEN_ON_RE.sub(r"\1ל ", text)
    if _HANGUL_RE.search(text):
        text = _HANGUL_WRITTEN_ON_RE.sub(" \\g<0>", text)
    if _BENGALI_GENITIVE_RE.search(text):
        text = _BENGALI_GENITIVE_RE.sub(lambda m: m["name"] + ("," if m["next"] else ""), text)
    if _THAI_KHMER_RE.search(text):
        text = _THAI_ABBREVIATION_RE.sub(lambda m: f"{_THAI_ABBREVIATIONS[m.group(1)]} ", text)
        text = _THAI_KHMER_RUN_RE.sub(_thai_khmer_words_apart, text)
    return text


def _arabic_in_after_facility(found: re.Match[str]) -> str:
    """The Arabic ب set apart from the name after a context word with the article (`_ARABIC_IN_AFTER_FACILITY_RE`);
    the text as written after any other word."""
    word = found.group(1)
    folded = _fold_word(word)
    if folded and _generic(word, folded, _lexicons()[1]) == "context":
        return f"{word}{found.group(2)}ب "
    return found.group()


def _thai_khmer_words_apart(run: re.Match[str]) -> str:
    """A run of Thai or Khmer letters with the generic words written onto its start (`_THAI_KHMER_WRITTEN_ON`)
    apart, one after another, where two characters of the name stay and the name starts a syllable."""
    name = run.group()
    before: list[str] = []
    found = True
    while found:
        found = False
        for word in _THAI_KHMER_WRITTEN_ON_FORMS:
            rest = name[len(word):]
            if len(rest) >= 2 and name.startswith(word) and rest[0] not in _THAI_KHMER_SIGNS:
                name, found = rest, True
                before.append(word)
                break
    return " ".join([*before, name])


def _burmese_words_apart(run: re.Match[str]) -> str:
    """A run of Burmese letters with the generic words written onto its end (`_BURMESE_WRITTEN_ON`) apart."""
    name = run.group()
    after: list[str] = []
    found = True
    while found:
        found = False
        for word in _BURMESE_WRITTEN_ON:
            cut = len(name) - len(word)
            if cut >= 2 and name.endswith(word) and name[cut - 1] != _BURMESE_STACKER:
                name, found = name[:cut], True
                after.append(word)
                break
    return " ".join([name, *reversed(after)])


# --------------------------------------------------------------------------------------------------------------
# Parsed names
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class PlaceName:
    """A name as the matcher reads it: ``stem`` (joined sound symbols of the name words), qualifier ``tags`` and
    the ``kind`` its generic words suggest (``None`` when it has none)."""

    text: str
    stem: str
    tags: frozenset[str] = frozenset()
    kind: Kind | None = None

    @property
    def key(self) -> str:
        """The folded key: sorted qualifier tags, then the stem, separated by spaces."""
        return " ".join([*sorted(self.tags), self.stem]) if self.stem else " ".join(sorted(self.tags))


@functools.lru_cache(maxsize=1 << 16)
def parse(name: str) -> PlaceName:
    """Read one place name: fold its words, take out qualifiers and generic words, join the rest into the stem.

    Rules: a generic word (village, rayon, село, գյուղ, of, near ...) is dropped unless nothing else is left; a
    qualifier (Nerkin, Upper, Нижний, Nor, Mets, Birinci ...) becomes a tag unless it is the only word left (then it
    is the name: a village may be called "Nor"); the canonical English tags themselves ("lower", "upper") read as
    qualifiers, which keeps `fold` idempotent.
    """
    return _read(name)[0]


def name_words(name: str) -> tuple[str, ...]:
    """The folded words the stem of ``parse(name)`` was joined from: the name's words without its generic words and
    qualifiers (``("armenia", "azerbaijan")`` for "Armenia–Azerbaijan border", ``("doneʦk",)`` for "North Donetsk")."""
    return _read(name)[1]


def _read(name: str) -> tuple[PlaceName, tuple[str, ...]]:
    """`parse`, and the folded words the stem was joined from (to compare names word by word)."""
    known = _SHIPPED_READINGS.get(name)
    return known if known is not None else _fold_name(name)


# The readings of the shipped gazetteer's names, worked out when the package was built (`_load_shipped_readings`):
# folding its ~9,000 names takes half a second, reading them a fiftieth. Filled once, never changed after.
_SHIPPED_READINGS: dict[str, tuple[PlaceName, tuple[str, ...]]] = {}


_REFOLDS: Final = 8


@functools.lru_cache(maxsize=1 << 16)
def _fold_name(name: str) -> tuple[PlaceName, tuple[str, ...]]:
    """`_read` worked out from the name's text (see `parse` for the rules), read as its own key reads.

    The key is read again as a name (until it holds, `_REFOLDS` times at most), and where that reading differs, the
    name's stem, tags and words are the key's: the key is Latin letters in one word for the stem, and what the
    name's own words and script told may read otherwise there. The stem of words joined into one may begin with
    a Russian prefix that splits a one-word name (Staro Verin, two qualifiers and so both the name, is the key
    ``staroverin``, read as Old Verin); the stem of a word of another script may be a generic word of Latin ones
    beside a qualifier (ልዕሊ, Tigrinya above, is ``li``, the Kurmanji in; 3시 is ``si``, the Korean city: the
    keys ``middle li`` and ``#3 middle si`` were read as Middle alone). Without this, `fold` would not be
    idempotent, and two names with equal keys could score below 1.0. The kind stays the name's: the generic
    words that tell it are not in the key."""
    parsed, words = _name_reading(name)
    for _ in range(_REFOLDS):
        again, again_words = _name_reading(parsed.key)
        if again.key == parsed.key:
            break
        parsed, words = attrs.evolve(parsed, stem=again.stem, tags=again.tags), again_words
    return parsed, words


@functools.lru_cache(maxsize=1 << 16)
def _name_reading(name: str) -> tuple[PlaceName, tuple[str, ...]]:
    """The reading of a name's text by the rules of `parse`, before its key is read again (`_fold_name`)."""
    qualifiers, generics = _lexicons()
    text = _FRENCH_EAST_RE.sub(" east", _elided(_abbreviations_out(_saints_out(name))))
    numbers: frozenset[str] = frozenset()
    if any(ch.isdigit() for ch in text):
        text = _DIGIT_ORDINAL_RE.sub(_ordinal, text)
        # A post or patrol point of a named place, by its number (Galwan PP-14, Galwan Patrolling Point 14): the
        # place's name with the post's number as a qualifier, which the bare name meets as a missing one.
        text = _POST_OF_PLACE_RE.sub(" ", text)
        # A number in a name tells places of one name apart (District 9, PD 13, Camp 3): a tag of its own dimension.
        numbers = frozenset(f"{_NUMBER_TAG}{int(number)}" for number in _NAME_NUMBER_RE.findall(text))
    raw = [w for w in _words(text) if _fold_word(w)]
    folded = [_fold_word(w) for w in raw]
    english = _english_articles(raw, folded)
    articles = _arabic_articles(folded)
    at = [n for n in range(len(folded)) if n not in articles]
    words = [folded[n] for n in at]
    directional = _direction_words(words, [raw[n] for n in at]) | {m for m, n in enumerate(at) if n in english}
    kind: Kind | None = None
    kept: list[str] = []
    dropped: dict[int, _WordKind] = {}
    for m, (n, word) in enumerate(zip(at, words, strict=True)):
        # A generic word is never a qualifier: میں (Urdu "in") is not Mijin (Middle).
        generic = "context" if m in directional else _generic(raw[n], word, generics) or _filipino_head(raw, n)
        if generic is None and (_hebrew_facility(raw, n) or _facility_word(raw, n)):
            generic = "context"  # בית החולים: the hospital, as in `_piece_mentions`
        if generic == "region" and _unit_adjective(raw, n):
            generic = None
        elif (generic is None and _unit_phrase(raw, n)) or (
                # the words of the text are cut at its dashes: a dash anywhere may be a road's (`_front_direction`)
                generic in (None, "context") and _front_direction(raw, n) and not _ROAD_DASH_RE.search(text)
                and not _road_hyphen(text)):
            generic = "region"
        elif generic == "context" and _capitalised_in_name(raw, n):
            generic = None
        if generic is None:
            kept.append(word)
            continue
        dropped[m] = generic
        if generic == "region" or (generic == "settlement" and kind is None):
            kind = generic
    if len(kept) == 1 and dropped and kept[0] in _HEAD_WORDS:
        kept, kind = _with_complement(words, dropped)
    if not kept:
        kept = words
    tags: set[str] = set()
    stem_words: list[str] = []
    generic_words = {words[m] for m in dropped}  # back after a head word, a generic word is still no qualifier
    # A word before the Romance "of" governs the name after it: Norte de Santander is a department of its own, not a
    # north of Santander (Rio Grande do Norte is one of Rio Grande).
    generic_words.update(words[m] for m, n in enumerate(at[:-1]) if raw[n + 1].casefold() in _NAME_PARTICLES)
    spelled = {words[m]: raw[n] for m, n in enumerate(at)}  # a folded word as written, for `_qualifier_key`
    for word in kept:
        tag = None if word in generic_words else _qualifier(_qualifier_key(spelled.get(word, word), word), qualifiers)
        if tag is None:
            prefix = _PREFIX_RE.match(word)
            size = _HANGUL_SIZE_RE.match(spelled.get(word, ""))
            rest = word[prefix.end() :] if prefix else ""
            if prefix and len(kept) == 1 and not _qualifier_or_generic(rest, qualifiers, generics):
                # Russian compounds: Novonikolaevka = New Nikolaevka, Verkhnetalin = Upper Talin; not where the
                # rest is a qualifier or a generic word (Staroverin), which the key would read as one.
                tags.add(_PREFIXES[prefix.group(1)])
                word = word[prefix.end() :]
            elif size and len(rest := _fold_word(spelled[word][size.end() :])) >= _HANGUL_SIZED_REST:
                # Korean: 대연평도 = Big 연평도 (`_HANGUL_SIZE_RE`).
                tags.add(_HANGUL_SIZE_PREFIXES[size.group(1)])
                word = rest
            stem_words.append(word)
        else:
            tags.add(tag)
    if not stem_words:
        stem_words, tags = kept, set()
    if kind == "region" and len(stem_words) == 1:
        # Russian names of districts are adjectives: Газахский район = Qazakh rayon.
        stem_words = [_REGION_ADJECTIVE_RE.sub("", stem_words[0])]
    stem = _joined(stem_words)
    parsed = PlaceName(text=name, stem=stem, tags=frozenset(tags) | numbers, kind=kind)
    return parsed, tuple(filter(None, stem_words))


def _qualifier_or_generic(word: str, qualifiers: Mapping[str, str],
                          generics: Mapping[tuple[str, str], _WordKind]) -> bool:
    """Whether a folded word reads as a qualifier or a generic word, as the word of a key would."""
    return _qualifier(_qualifier_key(word, word), qualifiers) is not None or _generic(word, word, generics) is not None


def _with_complement(words: list[str], dropped: Mapping[int, _WordKind]) -> tuple[list[str], Kind | None]:
    """The words of a name that kept only a head word (Kafr, Tell, Deir ...) once its generic words were dropped,
    and the kind of the generic words left out, with the word after the head word back when that word is not a
    settlement word: a head word governs the word after it, which names the place even where it is spelled like a
    preposition or a district word (كفر ناحية, Kafr Nahiya; Kafr La). "Tell village" stays the village of Tell."""
    head = next(n for n in range(len(words)) if n not in dropped)
    rest = (
        dict(dropped)
        if dropped.get(head + 1, "settlement") == "settlement"
        else {n: generic for n, generic in dropped.items() if n != head + 1}
    )
    kinds = set(rest.values())
    return [word for n, word in enumerate(words) if n not in rest], (
        "region" if "region" in kinds else "settlement" if "settlement" in kinds else None
    )


# Consonants the Arabic article takes the sound of ("sun letters": ar-Raqqa, ez-Zor, an-Numan, ash-Shati).
_SUN_LETTERS: Final = frozenset("tdrszlnʃʒʣʦ")


def _arabic_articles(words: Sequence[str]) -> frozenset[int]:
    """The positions of folded words that are the Arabic article written as a word of its own before another: al,
    el or ul (al-Mawsil, Эль-Хасака), the Hebrew spelling אל (אל-ח'יאם, El-Khiam), or a / e with the sun
    consonant that starts the next word (ar-Raqqa, ez-Zor). In Arabic letters the article is part of the word
    (`_abjad_word` takes it off)."""
    return frozenset(
        n for n, (word, after) in enumerate(itertools.pairwise(words))
        if word in ("al", "el", "ul", "l")
        or (len(word) == 2 and word[0] in "ae" and word[1] in _SUN_LETTERS and after[:1] == word[1])
    )


_ONE_LETTER_CONTEXT: Final = frozenset(("à", "À", "а"))


def _english_articles(raw: Sequence[str], folded: Sequence[str]) -> frozenset[int]:
    """The positions of the English article *a* among a text's words (``raw``, and ``folded`` by `_fold_word`).

    An article is written in lower case, or comes before a word in lower case, a generic word or a qualifier (a
    village near, A Small Village): it introduces a common noun, never a name directly. A capital A before a
    capitalised name word is the first word of the name (A Nang Pa, A Lưới: Kachin and Vietnamese names), and so
    is a last-word A. The French preposition à and the Russian conjunction а (which fold as *a*) always are context.
    """
    qualifiers, generics = _lexicons()
    found: set[int] = {n for n, word in enumerate(raw) if word in _ONE_LETTER_CONTEXT}
    for n in range(len(raw) - 1):
        if raw[n] not in ("a", "A"):
            continue
        after, key = raw[n + 1], folded[n + 1]
        if (
            raw[n] == "a"
            or after[:1].islower()
            or _generic(after, key, generics) is not None
            or _qualifier(_qualifier_key(after, key), qualifiers) is not None
        ):
            found.add(n)
    return frozenset(found)


def fold(name: str) -> str:
    """The canonical, script-independent key of one place name (idempotent: ``fold(fold(x)) == fold(x)``).

    Equal keys mean `similarity` 1.0. Use it for exact blocking; `phonetic_key` is the coarser key for recall.

    >>> fold("Ներքին Կարմիրաղբյուր") == fold("Nerkin Karmir Aghbyur") == "lower karmiraɣbur"
    True
    """
    return parse(name).key


# The key's classes hold every two consonants that `SUBSTITUTION_COSTS` lets replace each other cheaply, so that a
# confusion the similarity forgives does not part two names in blocking: the sibilants and the affricates are one
# class (French ch is sh: Kouchar = Kushar; German z is ts; ts/s, dz/z, zh/j), and so are the labials (p/f, b/v).
_PHONETIC: Final = str.maketrans({
    "b": "P", "p": "P", "f": "P", "v": "P", "w": "P", "t": "T", "d": "T", "k": "K", "g": "K", "x": "K", "ɣ": "K",
    "h": "K", "s": "S", "z": "S", "ʃ": "S", "ʒ": "S", "ʦ": "S", "ʣ": "S", "ʧ": "S", "ʤ": "S", "c": "S", "l": "L",
    "m": "M", "n": "N", "r": "R", "y": "", "j": "S", "a": "", "e": "", "i": "", "o": "", "u": "", " ": "",
})  # fmt: skip


# Where the ambiguous j of a stem is the glide for the key: after a consonant English and French spellings do not
# put their j (dzh) after, before a vowel (German, Polish, Czech and Serbian spellings of я, ю, є, ь + vowel: Kjur,
# Sjewjerodonezk, Bjelgorod, Isjum, Shaumjan; not Aghjabadi, Arjut, Borjomi, Ganja, where English writes dzh so);
# and before an i after a consonant, or after a consonant and i/y: the ji of Ukrainian ї (Marjinka, Kyjiw,
# Awdijiwka; not Birinji, Baiji, Hawija). Elsewhere it stays an affricate: a j between vowels or at the start is
# the glide in German (Majorsk, Jasynuwata) and dzh in English (Najaf, Jenin), and one key cannot be both.
_KEY_GLIDE_J_RE: Final = re.compile(
    r"(?<=[bpfvmklstz])j(?=[aeiou])|(?<=[^aeiouyjn])j(?=i)|(?<=[^aeiouyj][iy])j(?=i)"
)
# A stem spelled the South Slavic way, with lj before a vowel (Bijeljina, Kraljevo, Lipljan; and the German and
# Czech spellings of Russian ль: Saljan, Musaeljan), which English and Arabic spellings do not write but for the
# article al- written onto a name (Aljazeera): its j beside a vowel (`_KEY_AMBIGUOUS_J_RE`) is the glide for
# `phonetic_key`, as Cyrillic ј is (Bijeljina = Бијељина = PLN); `phonetic_keys` keeps the affricate's key too.
_KEY_GLIDE_SPELLING_RE: Final = re.compile("(?<!^[ae])lj(?=[aeiou])")
_KEY_AMBIGUOUS_J_RE: Final = re.compile("j(?=[aeiou])|(?<=[aeiou])j")
# The glide y where German, Polish, Czech and South Slavic spellings write it j, whose j the key reads as the
# affricate (an English j is dzh: Najaf, Kajaran): between vowels (Mayorsk, Majorsk) and at the start before a vowel
# (Yagodina, Jagodina). `_stem_keys` adds the key of the stem with it spelled so, as `_j_spelled_stem` does for
# Cyrillic letters: a name spelled with y waits under the key of its j spelling, which has one key.
_KEY_VOWEL_Y_RE: Final = re.compile("^y(?=[aeiou])|(?<=[aeiou])y(?=[aeiou])")
# The Cyrillic letters that the alphabets whose j is the glide (Serbian and Croatian Latin, German, Czech, Polish)
# write with a j, as a Latin spelling of the name does, whose j the key cannot tell from the affricate (Меја =
# Meja, Бања Лука = Banja Luka, Гњилане = Gnjilane, Подујево = Podujevo, Јагодина = Jagodina, Майорск =
# Majorsk): ј, й, љ (lj), њ (nj), and я, ю, є, ї, ё (ja, ju, je, ji, jo) where the glide is a sound of its own, at
# the start of a word, after a vowel or after the soft or hard sign (Ясинувата = Jasynuwata, Дарьяла). After a
# consonant they only soften it, and the key leaves out the j German writes there anyway (Kjapanak). The Russian
# (and Belarusian) е is such a letter too, je in those places (Сараево = Sarajevo, Ереван = Jerewan, Енакиево =
# Jenakijewe), but not in a word that shows itself Ukrainian, Serbian or Macedonian by a letter of its own (і, ї, є,
# ґ, ј, љ, њ, ћ, ђ, џ, ѓ, ќ, ѕ), whose е is e.
_CYRILLIC_J_SPELLING: Final[Mapping[str, str]] = {
    "ј": "j", "й": "j", "љ": "lj", "њ": "nj", "я": "ja", "ю": "ju", "є": "je", "ї": "ji", "ё": "jo", "е": "je",
}  # fmt: skip
_CYRILLIC_J_RE: Final = re.compile("[јйљњ]|(?:^|(?<=[аеёиоуыэюяєіїьъ]))[яюєїё]")
_RUSSIAN_J_RE: Final = re.compile("[йј]|(?:^|(?<=[аеёиоуыэюяьъ]))[яюёе]")
_NOT_RUSSIAN_LETTERS: Final = frozenset("іїєґјљњћђџѓќѕ")
# The German z of the Slavic ending -цк (Donezk, Sjewjerodonezk, Luzk): ts, as Donetsk, Sievierodonetsk, Lutsk.
_KEY_GERMAN_ZK_RE: Final = re.compile(r"z(?=k$)")
# A final h: after a vowel, the Arabic and Persian feminine ending ة/ه, which romanizations write -ah, -eh or -a
# (Junaynah = Geneina, Hajjah = Hajja), and the similarity leaves out cheaply; after a consonant, the final ح/ח of
# an Arabic or Hebrew spelling, whose short vowel the script leaves out and a Latin spelling writes (رفح = Rafah,
# دير البلح = Deir al-Balah), so that the key of one is the key of the other. A Latin h after a consonant is a
# digraph's (sh, kh ...) or the h of Sindh, whose spelling Sind the key then meets as well.
_KEY_FINAL_H_RE: Final = re.compile("h$")
# The ambiguous c before t: French and English ct (Tombouctou = Timbuktu, Doctor). The shipped gazetteer and the
# development pairs have no c before t, and there c before other consonants is an affricate (Xacmaz = Xaçmaz,
# Cloxan = Çloxan, Qaraagacli, Lernanck = Lernantsk, Brcko = Brčko), so it stays one elsewhere.
_KEY_VELAR_C_RE: Final = re.compile(r"c(?=t)")
# An h after ts: the Bantu tsh is one affricate, ch (Kitshanga = Kitchanga, Rutshuru = Rutchuru); in compounds it
# is t + sh (Bagratshen), whose key is S either way.
_KEY_TSH_RE: Final = re.compile("(?<=ʦ)h")


def phonetic_key(name: str) -> str:
    """A coarse consonant skeleton of the name's stem, for blocking with high recall.

    Vowels and y are dropped; consonants fall into classes that romanizations confuse: P (p b f v), T (t d),
    K (k g q kh gh h), S (s z sh zh ts dz ch j c), and L, M, N, R (w is P, as v); repeats collapse. Qualifiers
    are not part of it. An ambiguous j is dropped as the glide where only the glide is written so (after a consonant
    such as k, s, b, l, m before a vowel, or as the ji of Ukrainian ї: Kjur, Marjinka, Kyjiw), and beside a vowel
    in a stem with the South Slavic lj (Bijeljina = Бијељина = ``PLN``; `phonetic_keys` keeps the affricate's
    ``PSLN`` too); a final -zk is
    the German -tsk (Donezk), c before t is K (Tombouctou = Timbuktu), the h of tsh is silent (Kitshanga =
    Kitchanga), and a final h is left out (Junaynah = Geneina, رفح = Rafah).
    ``phonetic_key("Qazakh") == phonetic_key("Газах") == "KSK"``.
    """
    return _stem_keys(parse(name).stem)[0]


def _stem_key(stem: str) -> str:
    """`phonetic_key` of a folded stem, as `_KEY_GLIDE_J_RE` reads its j."""
    if "j" in stem:
        stem = _KEY_GLIDE_J_RE.sub("", stem)
    if stem.endswith("zk"):
        stem = _KEY_GERMAN_ZK_RE.sub("ʦ", stem)
    if "ct" in stem:
        stem = _KEY_VELAR_C_RE.sub("k", stem)
    if "ʦh" in stem:
        stem = _KEY_TSH_RE.sub("", stem)
    if stem.endswith("h"):
        stem = _KEY_FINAL_H_RE.sub("", stem)
    return _GEMINATE_RE.sub(r"\1", stem.translate(_PHONETIC))


def _stem_keys(stem: str) -> tuple[str, ...]:
    """The keys of a folded stem, without repeats: `_stem_key`'s; for a stem spelled with the South Slavic lj
    (`_KEY_GLIDE_SPELLING_RE`), first the key with its j beside a vowel read as the glide; for a stem with the glide
    y between vowels or first before a vowel, then the key of its spelling with j (`_KEY_VOWEL_Y_RE`: Mayorsk =
    Majorsk); for a stem that begins with the symbol w, then the keys of the stem without it, as the German w = v
    of an unmarked spelling reads (Wolodymyr = Volodymyr, whose initial v the sound rules take off); for a stem
    that ends in -ih, -oh or -uh, then the key with that h said (Kryvyi Rih: ``("KRPR", "KRPRK")``, as Кривий Ріг)."""
    key = _stem_key(stem)
    said = stem[-1:] == "h" and stem[-2:-1] in ("i", "o", "u")
    if "j" not in stem and "y" not in stem and stem[:1] != "w" and not said:
        return (key,)
    keys = [key]
    if said:
        # The Ukrainian г that ends a word, which Ukrainian romanizations write h (Kryvyi Rih, Buh, Ostroh): the key
        # of the h said, which the Cyrillic spelling's г gives (Ріг, Буг).
        keys.append(_stem_key(stem + "a"))
    if "j" in stem and _KEY_GLIDE_SPELLING_RE.search(stem):
        keys.insert(0, _stem_key(_KEY_AMBIGUOUS_J_RE.sub("", stem)))
    if "y" in stem:
        keys.append(_stem_key(_KEY_VOWEL_Y_RE.sub("j", stem)))
    if stem[:1] == "w":
        keys.extend(_stem_keys(stem[1:]))
    return tuple(dict.fromkeys(keys))


# A u between vowels: the glide w that French spellings write ou before a vowel (Tinzaouatène, folded tinzauatene,
# = Tinzawaten, folded tinzavaten), which the key, dropping vowels, would leave out: a stem with one also waits
# under the key with that u read as the w (v) of other spellings.
_KEY_VOWEL_U_RE: Final = re.compile("(?<=[aeiou])u(?=[aeiou])")


def _glide_keys(stem: str) -> tuple[str, ...]:
    """`_stem_keys` of a stem, then, for a stem with a u between vowels, the keys with it read as w
    (`_KEY_VOWEL_U_RE`)."""
    keys = _stem_keys(stem)
    if "u" not in stem or (glided := _KEY_VOWEL_U_RE.sub("v", stem)) == stem:
        return keys
    return tuple(dict.fromkeys((*keys, *_stem_keys(glided))))


def _joined(words: Iterable[str]) -> str:
    """The stem of folded words: joined and folded again, so that the sound rules see the compound as one word
    (Karmir Aghbyur = Karmiraghbyur); until nothing changes (twice at most in practice): the join can make a
    spelling the words did not have, and its reading a new one ("bat" + "hza": t + h reads t, then t + z reads
    ʦ), which a key folded again would read."""
    stem = _fold_word("".join(words))
    for _ in range(_REFOLDS):
        again = _fold_word(stem)
        if again == stem:
            break
        stem = again
    return stem


@functools.lru_cache(maxsize=1 << 16)
def _j_spelled_stem(name: str) -> str | None:
    """The stem of a name in Cyrillic letters with its words spelled as the alphabets whose j is the glide spell
    them (`_CYRILLIC_J_SPELLING`); ``None`` for a name without such a letter."""
    spelled: dict[str, str] = {}
    for word in _words(name):
        lower = word.lower()
        pattern = _CYRILLIC_J_RE if not _NOT_RUSSIAN_LETTERS.isdisjoint(lower) else _RUSSIAN_J_RE
        if pattern.search(lower):
            spelled[_fold_word(word)] = _fold_word(pattern.sub(lambda m: _CYRILLIC_J_SPELLING[m.group()], lower))
    if not spelled:
        return None
    words = _read(name)[1]
    if not any(word in spelled for word in words):
        return None
    return _joined(spelled.get(word, word) for word in words)


def _affricate_joined_stem(name: str) -> str | None:
    """The stem of a name whose words after the first begin with the ambiguous j, with that j read as the affricate:
    joined into the stem it follows a consonant, where the key reads a j as the glide (Kjur), but it begins a word,
    where English and Arabic spellings write the affricate (Beit Jala = بيت جالا, Tal Jabal = تل جبل); ``None`` for
    a name without such a word."""
    words = _read(name)[1]
    if not any(word[:1] == "j" for word in words[1:]):
        return None
    return _joined((words[0], *("ʤ" + word[1:] if word[:1] == "j" else word for word in words[1:])))


# A Russian adjective made of a place name, in its cases (Кодорское ущелье, Kodori gorge; Цхинвальский район;
# Цхинвальского района), as a place text leaves it once its generic word is gone: it also waits under the key of
# the name it is made of, which `similarity` finds close (Кодорское / კოდორის ხეობა 0.90). Only the adjective's own
# endings: Pokrovsk is a name of its own, and Майорска, Майорску, Майорске, Майорском are the town of Mayorsk.
_ADJECTIVE_STEM_RE: Final = re.compile(r"(?<=...)(?:in)?sk(?:i|aya|oe|oye|ie|iye|ogo|omu|oy|oi|ix|im|imi|uyu)$")


# The same adjective without its case ending alone, as the front direction of a town in -sk is named (на Покровському
# напрямку, на Покровском направлении: the Pokrovsk direction): it also waits under the town's key.
_ADJECTIVE_CASE_RE: Final = re.compile(r"(?<=...sk)(?:aya|oe|oye|ie|iye|ogo|omu|om|oy|oi|ix|im|imi|uyu)$")


@functools.lru_cache(maxsize=1 << 16)
def phonetic_keys(name: str) -> tuple[str, ...]:
    """`phonetic_key` of the name, then the keys of each other reading `similarity` compares (without the Hebrew
    one-letter words or the Amharic preposition written onto its first word, the jim read as g, the Hebrew ע as gh,
    x read as ks, an Albanian spelling read in Serbian letters, the Arabic one-letter words read the other way, a
    Tamil or Kyrgyz name without its case ending, the Tajik ҳ and the Kyrgyz ң as Russian spells them), the
    keys of the name read as German, Dutch, Polish, Spanish and Italian spell and of a Burmese name read as the
    Shan, Kachin and Rakhine romanizations do (`_romanization_readings`: Chan Junis as Khan Junis, Khan Younis as
    Khan Jounis and Jan Younis), the other keys of each stem (`_stem_keys`: the South Slavic lj read with its j as
    the affricate, a y spelled j, a first w left out), and the keys of a Cyrillic name spelled with j
    (`_CYRILLIC_J_SPELLING`) and of a name whose later word begins with j, read as the affricate
    (`_affricate_joined_stem`), without repeats:
    ``phonetic_keys("בשדרות") == ("PSTRT", "STRT")``, which Sderot shares; ``phonetic_keys("Axum") == ("KM", "KSM")``,
    which Aksum shares; ``phonetic_keys("Меја") == ("M", "MS")``, which Meja shares."""
    stems = [parse(text).stem for text in (name, *(text for text, _ in _other_readings(name)), *_vowel_readings(name))]
    stems.extend(_spelled_stems(name))
    if (adjective := _ADJECTIVE_STEM_RE.sub("", stems[0])) != stems[0]:
        stems.append(adjective)
        if (town := _ADJECTIVE_CASE_RE.sub("", stems[0])) != stems[0]:
            stems.append(town)
    for other in (_j_spelled_stem(name), _affricate_joined_stem(name)):
        if other is not None:
            stems.append(other)
    return tuple(dict.fromkeys(filter(None, itertools.chain.from_iterable(map(_glide_keys, stems)))))


def phonetic_word_keys(name: str) -> tuple[str, ...]:
    """The keys of a name of two or more words with the word at one end left out, as `similarity` reads a name
    with one word more than the other (central Kharkiv = Kharkiv), without the name's own
    `phonetic_keys`; empty for a one-word name. As `similarity` does, it never leaves out a head word (Kfar Aza is
    not Aza) nor keeps nothing but head words (`_parts`)."""
    _parsed, words = _read(name)
    if len(words) < 2:
        return ()
    rests = [rest for rest, left_out in ((words[1:], words[0]), (words[:-1], words[-1]))
             if left_out not in _HEAD_WORDS and not all(word in _HEAD_WORDS for word in rest)]
    parts = [key for rest in rests for key in _stem_keys(_fold_word("".join(rest)))]
    own = phonetic_keys(name)
    return tuple(key for key in dict.fromkeys(parts) if key and key not in own)


# --------------------------------------------------------------------------------------------------------------
# Similarity
# --------------------------------------------------------------------------------------------------------------

#: Cost of substituting one sound for another where romanizations or the languages confuse them (symmetric; any
#: other substitution costs 1). Voicing pairs are cheap because Western and Eastern Armenian readings swap them;
#: gh/kh/h/g/k because ղ, խ, հ, Azerbaijani ğ/q/x and Russian г/х render each other; the affricates because
#: ts/dz/ch/j/c are spelled every way (German writes ts as z: Donezk, Zchinwali); vowels because ə, ı, ö, ü and
#: Russian я/е/ю have no fixed Latin form; w/v because one language's w is another's v (Woldia, Weldiya).
SUBSTITUTION_COSTS: Final[Mapping[tuple[str, str], float]] = {
    ("a", "e"): 0.4, ("e", "i"): 0.4, ("i", "u"): 0.5, ("o", "u"): 0.4, ("e", "o"): 0.5, ("a", "o"): 0.6,
    ("a", "i"): 0.7, ("i", "o"): 0.7, ("e", "u"): 0.7, ("a", "u"): 0.7,
    ("i", "y"): 0.3, ("e", "y"): 0.5, ("y", "ʤ"): 0.4, ("y", "ʒ"): 0.6,
    ("j", "y"): 0.2, ("j", "ʤ"): 0.2, ("j", "ʒ"): 0.3, ("j", "i"): 0.4, ("j", "ʧ"): 0.4, ("j", "c"): 0.3,
    ("j", "ʣ"): 0.4, ("j", "ʦ"): 0.5, ("c", "ʒ"): 0.5, ("ʒ", "ʣ"): 0.4,
    ("p", "b"): 0.3, ("t", "d"): 0.3, ("k", "g"): 0.25, ("ʦ", "ʣ"): 0.3, ("ʧ", "ʤ"): 0.3, ("s", "z"): 0.5,
    ("ʃ", "ʒ"): 0.5, ("f", "v"): 0.4, ("p", "f"): 0.5, ("b", "v"): 0.5,
    ("ʃ", "s"): 0.3, ("ʒ", "z"): 0.3, ("ʒ", "ʤ"): 0.3, ("ʧ", "ʃ"): 0.5, ("ʦ", "s"): 0.5, ("ʣ", "z"): 0.4,
    ("ʦ", "ʧ"): 0.4, ("ʣ", "ʤ"): 0.3, ("ʦ", "ʤ"): 0.5, ("ʣ", "ʧ"): 0.5, ("ʦ", "z"): 0.5,
    ("c", "ʦ"): 0.15, ("c", "ʧ"): 0.15, ("c", "ʤ"): 0.15, ("c", "ʣ"): 0.25, ("c", "s"): 0.5, ("c", "k"): 0.5,
    ("x", "h"): 0.3, ("x", "k"): 0.35, ("x", "ɣ"): 0.25, ("ɣ", "g"): 0.25, ("ɣ", "h"): 0.4, ("ɣ", "k"): 0.4,
    ("g", "h"): 0.35, ("x", "g"): 0.45, ("h", "k"): 0.6, ("x", "ʧ"): 0.7, ("l", "ɣ"): 0.4,
    ("w", "v"): 0.2,
}  # fmt: skip

# Cost of leaving a sound out (or putting one in): vowels (an unwritten schwa, ə spelled or not), the glides and h
# come and go between spellings (the w before o and u too: Wuhan = Ухань, and German Wolodymyr = Volodymyr, whose
# v the initial vo rule takes off); any other sound costs `_UNRELATED`.
_INDEL: Final[Mapping[str, float]] = {
    "a": 0.5, "e": 0.5, "i": 0.5, "o": 0.6, "u": 0.6, "y": 0.3, "j": 0.3, "w": 0.3, "h": 0.5,
}  # fmt: skip

# The cost of substituting two sounds no romanization confuses (Tapanli / Taparli), or of leaving out a consonant
# (Bzovan / Bzovdan): higher than any confusion in `SUBSTITUTION_COSTS`, because the consonant skeleton is the part
# of a name that survives transliteration, and one foreign consonant usually means another name.
_UNRELATED: Final = 1.6
# Two neighbouring consonants swapped (metathesis, Akhlatyan / Alkhatyan) cost less than two substitutions.
_TRANSPOSITION: Final = 1.0
# Names are told apart by their beginnings (Rind / Irind, Ashtarak / Khashtarak): an edit at the first sound of
# either name costs this many times more.
_ONSET_WEIGHT: Final = 1.6
# One sound of length is worth this much edit cost: the score is 1 - distance / (_LENGTH_UNIT * length).
_LENGTH_UNIT: Final = 1.3

_INDEX: Final = {s: i for i, s in enumerate(_SYMBOLS)}
_OTHER: Final = len(_SYMBOLS)  # any symbol outside the alphabet


def _cost_matrix() -> tuple[list[list[float]], list[float]]:
    n = len(_SYMBOLS) + 1
    sub = [[0.0 if i == j else _UNRELATED for j in range(n)] for i in range(n)]
    for (a, b), cost in SUBSTITUTION_COSTS.items():
        sub[_INDEX[a]][_INDEX[b]] = sub[_INDEX[b]][_INDEX[a]] = cost
    indel = [_INDEL.get(s, _UNRELATED) for s in _SYMBOLS] + [_UNRELATED]
    return sub, indel


_SUB, _INDEL_COST = _cost_matrix()


#: Two stems whose table (`_alignment`) has at most this many cells are aligned whole: every stem of up to 128
#: sounds against every other (a place name has up to about 60; the shipped gazetteer's longest stem, several
#: spellings run together, 94), and a short stem against a long one. Two longer stems (hostile text: a field may
#: hold 100,000 characters, and their whole table would take hours) are aligned within `_BAND` of the table's
#: diagonal (`_banded_cells`), in time linear in their length.
_ALIGNMENT_CELLS_MAX: Final = 128 * 128
#: How far from the diagonal of two long stems' table (the straight line between its corners), in sounds of the
#: shorter stem, a path of edits may stray: about ``2 * _BAND + 1`` cells are worked out a sound of the longer stem.
_BAND: Final = 8


@functools.lru_cache(maxsize=1 << 16)
def _distance(a: str, b: str) -> float:
    """Weighted edit distance between two stems (in sorted order, so that it is symmetric): the last cell of
    `_alignment`, or of the band of it that `_banded_cells` works out for two long stems."""
    return 0.0 if a == b else _corner_cells(a, b, ((len(a), len(b)),))[len(a), len(b)]


def _corner_cells(a: str, b: str, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """The cells ``wanted`` (row, column) of the alignment of two stems: from the whole table (`_alignment`) when
    it has at most `_ALIGNMENT_CELLS_MAX` cells, otherwise from the band around its diagonal (`_banded_cells`)."""
    if len(a) * len(b) <= _ALIGNMENT_CELLS_MAX:
        table = _alignment(a, b)
        return {(n, k): table[n][k] for n, k in wanted}
    return _banded_cells(a, b, wanted)


def _spread(row: list[float], lo: int, start: int, stop: int) -> list[float]:
    """The cells of a banded row (``row``, its first in column ``lo``) in the columns ``start`` to ``stop`` - 1,
    infinite outside the row's band."""
    a, b = max(start, lo), min(stop, lo + len(row))
    if a >= b:
        return [math.inf] * (stop - start)
    return [math.inf] * (a - start) + row[a - lo : b - lo] + [math.inf] * (stop - b)


def _banded_cells(a: str, b: str, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """The cells ``wanted`` (row, column) of `_alignment`'s table of two stems, neither empty, each the cheapest
    path of edits to it that keeps within the band of cells (n, k) with ``|n * len(b) - k * len(a)| <= _BAND *
    max(len(a), len(b))``: at most `_BAND` sounds of the shorter stem off the straight line between the table's
    corners, about ``2 * _BAND + 1`` cells a sound of the longer stem; a cell outside the band is infinite.

    The same sums and minimum as `_alignment`, cell for cell, over the paths that keep within the band: a cell is
    the distance or more (an upper bound, so a score from it is the score or less, still in [0, 1]), and exactly
    the distance when a cheapest path keeps within the band. The band is the same cells with the stems swapped, so
    the distance stays symmetric.
    """
    m, n = len(a), len(b)
    reach = _BAND * max(m, n)
    ca = [_INDEX.get(ch, _OTHER) for ch in a]
    cb = [_INDEX.get(ch, _OTHER) for ch in b]
    ins = [_INDEL_COST[j] for j in cb]
    ins[0] *= _ONSET_WEIGHT
    by_row: dict[int, list[int]] = {}
    for row_n, col in wanted:
        by_row.setdefault(row_n, []).append(col)
    out: dict[tuple[int, int], float] = {}

    def keep(row_n: int, lo: int, row: list[float]) -> None:
        for col in by_row.get(row_n, ()):
            out[row_n, col] = row[col - lo] if lo <= col < lo + len(row) else math.inf

    prev = [0.0]  # row 0, from column 0: the insertions of b's first sounds, as far as the band reaches
    for cost in ins[: min(n, reach // m)]:
        prev.append(prev[-1] + cost)
    keep(0, 0, prev)
    lo, lo2 = 0, 0
    prev2: list[float] = []
    for r, i in enumerate(ca):
        start = max(0, -((reach - (r + 1) * n) // m))  # the row's band: columns start .. stop - 1
        stop = min(n, ((r + 1) * n + reach) // m) + 1
        onset = r == 0
        sub_i = _SUB[i]
        del_i = _INDEL_COST[i] * _ONSET_WEIGHT if onset else _INDEL_COST[i]
        # The row above from column start - 1 on, and the one above it from start - 2 on: above[x] and above[x + 1]
        # are the cells diagonally above and above column start + x, above2[x] the cell a transposition comes from.
        above = _spread(prev, lo, start - 1, stop)
        above2 = _spread(prev2, lo2, start - 2, stop - 2)
        row: list[float] = []
        if not start:
            row.append(above[1] + del_i)
        left = row[-1] if row else math.inf
        for col in range(max(start, 1), stop):
            k, x = col - 1, col - start
            j = cb[k]
            best = above[x] + (sub_i[j] * _ONSET_WEIGHT if onset or not k else sub_i[j])
            if (d := above[x + 1] + del_i) < best:
                best = d
            if (d := left + ins[k]) < best:
                best = d
            if r and k and i != j and i == cb[k - 1] and ca[r - 1] == j and (d := above2[x] + _TRANSPOSITION) < best:
                best = d
            row.append(best)
            left = best
        keep(r + 1, start, row)
        prev2, lo2, prev, lo = prev, lo, row, start
    return out


def _alignment(a: str, b: str) -> list[list[float]]:
    """The weighted edit distance between every prefix of ``a`` and every prefix of ``b``: row n, column k is the
    distance between ``a[:n]`` and ``b[:k]``.

    Weighted Levenshtein with transpositions of neighbours (optimal string alignment), one row at a time; an edit
    touching the first sound of either stem costs `_ONSET_WEIGHT` times more. A cell depends only on the cells above
    and to its left, so it holds exactly what aligning the two prefixes alone gives: one table answers for every
    pair of forms of two stems (`_forms` leaves endings out, so every form is a prefix of its stem). Which stem runs
    along the rows does not change a cell: each is the cost of the cheapest path of edits from the first sounds,
    summed in the order of the path, and every cost is symmetric.
    """
    ca = [_INDEX.get(ch, _OTHER) for ch in a]
    cb = [_INDEX.get(ch, _OTHER) for ch in b]
    ins = [_INDEL_COST[j] for j in cb]
    if ins:
        ins[0] *= _ONSET_WEIGHT
    prev2: list[float] = []
    prev = [0.0]
    for cost in ins:
        prev.append(prev[-1] + cost)
    table = [prev]
    for n, i in enumerate(ca):
        onset = n == 0
        sub_i = _SUB[i]
        del_i = _INDEL_COST[i] * _ONSET_WEIGHT if onset else _INDEL_COST[i]
        row = [prev[0] + del_i]
        for k, j in enumerate(cb):
            best = prev[k] + (sub_i[j] * _ONSET_WEIGHT if onset or not k else sub_i[j])
            if (d := prev[k + 1] + del_i) < best:
                best = d
            if (d := row[k] + ins[k]) < best:
                best = d
            if n and k and i != j and i == cb[k - 1] and ca[n - 1] == j and (d := prev2[k - 1] + _TRANSPOSITION) < best:
                best = d
            row.append(best)
        table.append(row)
        prev2, prev = prev, row
    return table


def _stem_similarity(a: str, b: str, distance: float, *, discount: float = 0.0) -> float:
    """1 - ``distance`` (the two stems' `_distance`) / (`_LENGTH_UNIT` * the longer stem's length less
    ``discount``), in [0, 1]."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return max(0.0, 1.0 - distance / (_LENGTH_UNIT * (max(len(a), len(b)) - discount)))


#: Score factor for each qualifier dimension present in only one of two names ("Dvin" vs "Nerkin Dvin"): weaker
#: evidence, not a contradiction, so identical stems stay above `SAME_PLACE_THRESHOLD`.
MISSING_QUALIFIER_FACTOR: Final = 0.9

# Score cap when two names carry different qualifiers of one dimension (Verin vs Nerkin): different places.
_CONFLICT_CAP: Final = 0.5

#: The score at and above which two names are taken to name the same place (chosen on the tuning part of the
#: development pairs for the best F1; see docs/places.md for the measured precision and recall).
SAME_PLACE_THRESHOLD: Final = 0.76


#: The qualifier dimensions whose conflict says two places of one name lie apart, not side by side: Upper and Lower
#: Karmiraghbyur are neighbours as a rule, District 9 and District 13 of a city, or North and South Waziristan, not.
APART_DIMENSIONS: Final[frozenset[Dimension]] = frozenset({"side", "number"})


def apart(a: str, b: str) -> bool:
    """Whether two names are one name with different numbers or compass words (`APART_DIMENSIONS`): different
    places that need not be neighbours."""
    da, db = _dimensions(parse(a).tags), _dimensions(parse(b).tags)
    return any(dim in da and dim in db and da[dim] != db[dim] for dim in APART_DIMENSIONS) or _months_apart(a, b)


def _dimensions(tags: frozenset[str]) -> dict[Dimension, frozenset[str]]:
    out: dict[Dimension, set[str]] = {}
    for tag in tags:
        out.setdefault("number" if tag[:1] == _NUMBER_TAG else QUALIFIERS[tag][0], set()).add(tag)
    return {dim: frozenset(values) for dim, values in out.items()}


#: Place-name endings of the region that are words of their own ("village", "town", "gorge", "fortress" ...):
#: two names ending in different ones are usually different places even when the rest is alike (Mrgashat /
#: Mrgashen, Azatavan / Azatashen). Patterns on folded stems, tag: regular expression.
SUFFIXES: Final[Mapping[str, str]] = {
    "shen": "[ʃs]en", "shat": "[ʃs]at", "avan": "avan", "kert": "[kg]er[td]", "vank": "vank", "dzor": "[ʣʤzj]or",
    "berd": "ber[td]", "kend": "[kg][ae]n[td]", "abad": "a[bp]a[dt]", "lar": "l[ae]r", "dag": "da[gɣk]",
    "kala": "[kgɣ]ala", "tapa": "t[ae]p[ae]", "chay": "ʧa[yi]", "sar": "sar", "bulag": "bula[gkɣx]",
    "ovka": "[oe]vka", "ovo": "[oe]vo", "sk": "sk", "akan": "akan", "aghbyur": "[ɣgx][bp]ur", "blur": "blur",
}  # fmt: skip
_SUFFIX_RES: Final = tuple((tag, re.compile(f"(?<=.)(?:{pattern})$")) for tag, pattern in SUFFIXES.items())
_SUFFIX_CONFLICT: Final = 0.85
_FORMANT_WEIGHT: Final = 0.5


@functools.lru_cache(maxsize=1 << 16)
def _suffix(stem: str) -> tuple[str, int] | None:
    for tag, pattern in _SUFFIX_RES:
        if len(stem) >= 5 and (found := pattern.search(stem)):
            return tag, len(found.group())
    return None


@functools.lru_cache(maxsize=1 << 16)
def _pair_similarity(a: str, b: str) -> float:
    """`_stem_similarity` of two stems (in sorted order), lowered for two different place-name endings."""
    return _pair_score(a, b, _distance(a, b) if a and b else 0.0)  # an empty stem scores 0 whatever the distance


def _pair_score(a: str, b: str, distance: float) -> float:
    """`_pair_similarity` of two stems whose `_distance` is ``distance``."""
    if a == b:
        return 1.0
    sa, sb = _suffix(a), _suffix(b)
    if sa is None or sb is None:
        return _stem_similarity(a, b, distance)
    if sa[0] != sb[0]:
        return _SUFFIX_CONFLICT * _stem_similarity(a, b, distance)
    # One place-name word ends both (Kalinin-kend / Lenin-kend): it says little about which place, so its sounds
    # count only `_FORMANT_WEIGHT` in the length.
    return _stem_similarity(a, b, distance, discount=(1.0 - _FORMANT_WEIGHT) * min(sa[1], sb[1]))


#: Endings that one spelling of a name may carry and another not, by name: ``(pattern, factor)``. The pattern is
#: matched on the folded stem; leaving the ending out multiplies the score by ``factor``, and the stem without it
#: must keep four sounds. The endings are read in every script alike (a name scores the same whatever its script):
#: suffixes of word formation (Azerbaijani -lı "with", Russian adjectives and -ovo/-ovka) and foreign nominatives,
#: then the case endings of running text in Armenian, Russian and Azerbaijani that cannot be taken for the end of
#: a name (the Russian and Armenian -ov/-in of surnames stay).
ENDINGS: Final[Mapping[str, tuple[str, float]]] = {
    # Chinarli = Чинар, Tapanlı = Tapan, Beyləqanlıq = Beyləqan.
    "Azerbaijani -lı/-li/-lu/-lü, -lıq": (r"(?<=[^aeiou])l[iu]k?$", 0.95),
    # Khodzhalinskaya = Ходжалин, Kazakhskiy = Kazakh.
    "Russian adjective -skiy/-skaya/-skoye": (r"(?<=...)sk[aeiouyj]*$", 0.95),
    # Their other cases in running text: Ізюмського району (of the Izium district), в Покровском.
    "Russian and Ukrainian adjective cases -skogo/-skomu/-skom/-skikh/-skim": (
        r"(?<=...)sk(?:og[oa]|omu|om|ix|imi|im)$", 0.95),
    # Nikitino = Nikitinka = Nikitin, Kirovo = Kirov.
    "Russian -o, -ka (-ovo, -ino, -ovka, -inka)": (r"(?<=[vn])k?[ao]$", 0.9),
    # The Ukrainian locative and dative of a name in -ка, whose к becomes ц: в Авдіївці, у Мар'їнці, по Горлівці
    # (Avdiivka, Marinka, Horlivka); the stem is the one -ovka and -inka leave above.
    "Ukrainian locative -ці of -ka (-ivtsi, -intsi)": (r"(?<=[vn])ʦi$", 0.95),
    # The Armenian genitive (Տավուշի), the Georgian nominative (Verisheni), the Russian plural (Белоканы).
    "-i after a consonant": (rf"(?<=[{_C}])i$", 0.95),
    # Aštarakas, Agdamas, Lokbatanas.
    "Lithuanian -as/-is/-us": (rf"(?<=[{_C}])[aiu]s$", 0.9),
    # Armenian locative -ում and ablative -ից: Բերդավանում, Երևանից.
    "Armenian -um, -its": (rf"(?<=[{_C}])(?:um|iʦ)$", 0.95),
    # The same after a final i (Շուշիում, Մարտունիում), where the ablative's i is one with it (Շուշիից: ʃuʃiʦ).
    "Armenian -um, -its after i": (r"(?<=i)(?:um|ʦ)$", 0.95),
    # Russian cases: Бердавана, Бердаване, Бердавану, Бердаваном, Шамкиром, Шушой.
    "Russian -a, -e, -u, -om, -oy": (rf"(?<=[{_C}])(?:a|e|u|om)$|(?<=...)oy$", 0.95),
    # Azerbaijani cases: locative -da/-də, ablative -dan/-dən, genitive after a vowel -nın, dative -ya (Qazaxda,
    # Ağdamdan, Şuşanın); the dative -a/-ə is the Russian -a above.
    "Azerbaijani -da, -dan, -nın, -ya": (r"(?<=...)[dt]an?$|(?<=[aeiou])(?:n[iu]n|ya)$", 0.95),
}  # fmt: skip
_ENDING_RES: Final = tuple((re.compile(pattern), factor) for pattern, factor in ENDINGS.values())


@functools.lru_cache(maxsize=1 << 16)
def _forms(stem: str) -> tuple[tuple[str, float], ...]:
    """The stem, and the stem without each ending it may carry (`ENDINGS`), with the factor for leaving it out."""
    out = [(stem, 1.0)]
    for pattern, factor in _ENDING_RES:
        for found in pattern.finditer(stem):
            if found.start() >= 4:
                out.append((stem[: found.start()], factor))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _stems_similarity(a: str, b: str) -> float:
    """The best `_pair_similarity` over the forms of two stems (in sorted order), times their ending factors."""
    forms_a, forms_b = _forms(a), _forms(b)
    if a == b or len(forms_a) == len(forms_b) == 1:
        return _pair_similarity(a, b)
    # Every form is a prefix of its stem: one alignment of the two stems has the distance of every pair of forms.
    cells = _corner_cells(a, b, [(len(sa), len(sb)) for sa, _fa in forms_a for sb, _fb in forms_b])
    best = _pair_score(a, b, cells[len(a), len(b)])
    for sa, fa in forms_a:
        for sb, fb in forms_b:
            if fa * fb > best and (sa, sb) != (a, b):
                best = max(best, fa * fb * _pair_score(sa, sb, cells[len(sa), len(sb)]))
    return best


def _stems(a: str, b: str) -> float:
    key = (a, b) if a <= b else (b, a)
    found = _BATCH_SCORES.get(key)
    return found if found is not None else _stems_similarity(*key)


# `_stems_similarity` of the pairs of stems that `Gazetteer.score_readings` is scoring, worked out together
# (`_batch_stems_similarity`) before they are asked for one by one; empty between calls.
_BATCH_SCORES: dict[tuple[str, str], float] = {}
# Fewer pairs than this are scored one by one (`_stems_similarity`): below it, numpy saves less than its calls
# cost; and while numpy is not loaded yet (small cases: the shortlists load it from `_CDIST_MIN` names on), below
# `_BATCH_MIN_UNLOADED`, where one by one (~16 µs a pair) costs less than loading it (~0.1 s, ~5 µs a pair after).
_BATCH_MIN: Final = 256
_BATCH_MIN_UNLOADED: Final = 8192
# Cells of the tables of one `_alignments` call (8 bytes each): a block of pairs of about the same lengths, so
# that few cells are padding, and small enough to stay in the processor's caches.
_BATCH_CELLS: Final = 600_000


class _Codes(dict[int, str]):
    """`str.translate` table: each sound symbol to the character of its index, any other character to `_OTHER`'s."""

    def __missing__(self, char: int) -> str:
        return chr(_OTHER)


_CODES: Final = _Codes({ord(symbol): chr(i) for i, symbol in enumerate(_SYMBOLS)})


@functools.lru_cache(maxsize=1 << 16)
def _coded(stem: str) -> str:
    """``stem`` with each symbol as the character of its index in `_SYMBOLS` (`_OTHER`'s for any other)."""
    return stem.translate(_CODES)


def _alignments(pairs: Sequence[tuple[str, str]]) -> Any:
    """`_alignment` of many pairs of stems at once, cell for cell the same numbers: an array ``D`` of shape
    (m + n + 1, m + 1, pairs), m and n the longest first and second stems, where ``D[i + j, i, p]`` is cell
    ``(i, j)`` of pair ``p``'s table.

    The table is filled one anti-diagonal (``i + j``) at a time, all pairs together: a cell depends only on cells of
    the two diagonals before it and the transposition's, and each is the same sums and minimum as `_alignment`
    works out, so the results are equal to the last bit. Shorter stems are padded with `_OTHER`; the padding only
    adds cells beyond a pair's own, which its cells do not depend on.
    """
    import numpy

    count = len(pairs)
    m = max(len(a) for a, _ in pairs)
    n = max(len(b) for _, b in pairs)

    def codes(stems: Iterable[str], width: int) -> Any:  # (width, count): the symbols' indices, a column a stem
        text = "".join([_coded(stem).ljust(width, chr(_OTHER)) for stem in stems])
        return numpy.frombuffer(text.encode("latin-1"), numpy.uint8).reshape(count, width).T.astype(numpy.intp)

    ca, cb = codes([a for a, _ in pairs], max(m, 1)), codes([b for _, b in pairs], max(n, 1))
    sub_costs, indel_costs = numpy.array(_SUB), numpy.array(_INDEL_COST)
    deletions, insertions = indel_costs[ca], indel_costs[cb]
    deletions[0] *= _ONSET_WEIGHT
    insertions[0] *= _ONSET_WEIGHT
    table = numpy.empty((m + n + 1, m + 1, count))
    table[0, 0] = 0.0
    if n:
        table[numpy.arange(1, n + 1), 0] = numpy.add.accumulate(insertions[:n], axis=0)  # in order, as one by one
    if m:
        table[numpy.arange(1, m + 1), numpy.arange(1, m + 1)] = numpy.add.accumulate(deletions[:m], axis=0)
    if not m or not n:
        return table
    substitutions = sub_costs[ca[:, None, :], cb[None, :, :]]  # (m, n, count)
    substitutions[0] *= _ONSET_WEIGHT
    substitutions[1:, 0] *= _ONSET_WEIGHT
    may_swap = numpy.zeros((m, n, count), bool)  # cell (i + 1, j + 1) may end in a transposition
    if m >= 2 and n >= 2:
        x, y = ca[1:, None, :], cb[None, 1:, :]
        may_swap[1:, 1:] = (x != y) & (x == cb[None, :-1, :]) & (ca[:-1, None, :] == y)
    substitutions = substitutions.reshape(m * n, count)
    swapped = may_swap.reshape(m * n, count)
    step = max(n - 1, 1)
    for d in range(2, m + n + 1):
        lo, hi = max(1, d - n), min(m, d - 1)  # the cells (i, d - i), i = lo .. hi
        # Their substitutions, (i - 1, d - i - 1), are the rows start, start + n - 1, ... of the flattened costs.
        start = (lo - 1) * n + (d - lo - 1)
        cells = slice(start, start + step * (hi - lo) + 1, step)
        best = table[d - 2, lo - 1 : hi] + substitutions[cells]
        numpy.minimum(best, table[d - 1, lo - 1 : hi] + deletions[lo - 1 : hi], out=best)
        numpy.minimum(best, table[d - 1, lo : hi + 1] + insertions[d - hi - 1 : d - lo][::-1], out=best)
        first, last = max(lo, 2), min(hi, d - 2)  # the cells with i >= 2 and j >= 2 may end in a transposition
        if first <= last:
            may = swapped[cells][first - lo : last - lo + 1]
            if may.any():
                part = best[first - lo : last - lo + 1]
                numpy.copyto(part, numpy.minimum(part, table[d - 4, first - 2 : last - 1] + _TRANSPOSITION), where=may)
        table[d, lo : hi + 1] = best
    return table


def _blocks(pairs: Sequence[tuple[str, str]]) -> Iterator[Sequence[tuple[str, str]]]:
    """``pairs`` (sorted by length) in runs whose tables (`_alignments`: the longest stems' size) hold at most
    `_BATCH_CELLS` cells; a pair larger than that alone."""
    begin, m, n = 0, 0, 0
    for end, (a, b) in enumerate(pairs):
        wider_m, wider_n = max(m, len(a)), max(n, len(b))
        if end > begin and (end - begin + 1) * (wider_m + 1) * (wider_m + wider_n + 1) > _BATCH_CELLS:
            yield pairs[begin:end]
            begin, wider_m, wider_n = end, len(a), len(b)
        m, n = wider_m, wider_n
    if begin < len(pairs):
        yield pairs[begin:]


def _batch_stems_similarity(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """`_stems_similarity` of each pair of stems (in sorted order), the tables worked out together (`_alignments`),
    a block of pairs of about the same lengths at a time."""
    ordered = sorted(set(pairs), key=lambda pair: (len(pair[0]), len(pair[1])))
    # Two long stems are aligned one pair at a time, within a band (`_corner_cells`), not in a table of their size.
    out = {(a, b): _stems_similarity(a, b) for a, b in ordered if len(a) * len(b) > _ALIGNMENT_CELLS_MAX}
    ordered = [(a, b) for a, b in ordered if len(a) * len(b) <= _ALIGNMENT_CELLS_MAX]
    for block in _blocks(ordered):
        table = _alignments(block)
        rows = [len(a) for a, _ in block]
        # The distance of each pair, the last cell of its table, read all at once (as Python floats).
        distances = table[[m + len(b) for m, (_, b) in zip(rows, block, strict=True)], rows,
                          range(len(block))].tolist()
        for p, (a, b) in enumerate(block):
            forms_a, forms_b = _forms(a), _forms(b)
            if a == b or len(forms_a) == len(forms_b) == 1:  # as `_pair_similarity`
                out[a, b] = _pair_score(a, b, distances[p] if a and b and a != b else 0.0)
                continue
            cells = table[:, :, p]
            best = _pair_score(a, b, distances[p])
            for sa, fa in forms_a:
                for sb, fb in forms_b:
                    if fa * fb > best and (sa, sb) != (a, b):
                        best = max(best, fa * fb * _pair_score(sa, sb, float(cells[len(sa) + len(sb), len(sa)])))
            out[a, b] = best
    return out


# A name with a word more than the other ("Akhund Bzovan" / "Bzovan", "Artik tuf" / "Artik"): the extra word is
# usually a description, but may name another place; two words in the other order are the same name.
_EXTRA_WORD_FACTOR: Final = 0.85
_WORD_ORDER_FACTOR: Final = 0.95


# Words that head a place name and make it another place than the name without them: Kfar Aza is not Gaza (Aza),
# Stanytsia Luhanska not Luhansk, Sremska Mitrovica not Mitrovica (house of, village of, hill of, spring of ...). A
# name is never compared without one of them (`_extra_word_pairs`).
_HEAD_WORDS: Final = frozenset(_fold_word(word) for word in (
    "kfar", "kafr", "beit", "bayt", "deir", "dayr", "tal", "tell", "tel", "khan", "ayn", "ain", "ein", "ras", "umm",
    "abu", "jisr", "bir", "wadi", "jabal", "kiryat", "givat", "ramat", "nahal", "sde", "neve", "mitzpe", "stanytsia",
    "stanitsa", "станица", "станиця", "sremska", "كفر", "بيت", "دير", "تل", "خان", "عين", "رأس", "أم", "أبو", "جسر",
    "بئر", "وادي", "جبل", "כפר", "בית", "קרית", "גבעת", "רמת", "נחל", "שדה", "נווה", "מצפה",
    # Kurmanji: tell and hill (Til Temir, Girê Spî), spring (Ên Îsa, Kaniya Kurda), monastery (Dêra Sor).
    "til", "gir", "girê", "ên", "kanî", "kaniya", "dêr", "dêra",
    # The spellings with y, as Russian and Ukrainian write them and some Latin ones do (Бейт-Лахия, Дейр-эз-Зор,
    # Deyr ez-Zor, Эйн).
    "beyt", "deyr", "eyn", "бейт", "дейр", "эйн",
    # A body of water named after a place is not that place: the Gulf of Aden is no Aden, the Sea of Azov no Azov,
    # the Red Sea no "Red" (not bay, which ends the names of towns: Montego Bay, Walvis Bay).
    "gulf", "sea", "strait", "straits", "ocean", "خليج", "بحر", "مضيق",
    # Arabic: ruin, master (a saint's tomb), meadow, palace, river, sons of, pool, mountain, tower, bath, the
    # Maarrat of Maarat al-Numan, sheikh (Khirbet Ghazaleh, Sidi Bouzid, Marj Uyun, Qasr Shirin, Nahr al-Bared,
    # Bani Walid, Birkat al-Jamal, Jebel Akhdar, Burj al-Barajneh, Hammam al-Alil, Sheikh Maqsoud), in Latin and
    # Arabic letters. Not those that name a town alone (al-Bab, al-Marj): a head word left alone keeps the word
    # after it (`_with_complement`), which would make al-Bab district a name.
    "khirbet", "khirbat", "khirbit", "خربة", "sidi", "سيدي", "qasr", "قصر", "nahr", "نهر", "bani", "beni", "بني",
    "birkat", "birket", "بركة", "jebel", "jbel", "burj", "برج", "hammam", "حمام", "maarat", "maarrat", "معرة",
    "sheikh", "shaykh", "الشيخ",
    # Hebrew: the Kefar spelling, field, ascent, well, path, entrance (Nir Oz, Ma'ale Adumim, Be'er Sheva, Netiv
    # HaAsara, Mevo Horon).
    "kefar", "nir", "ניר", "maale", "beer", "באר", "netiv", "נתיב", "mevo", "מבוא",
    # Persian, Pashto and Urdu: village, bridge, well (Deh Rawud, Pul-i-Khumri, Chah Bahar); not qala and kala
    # (fort), which name villages alone (Kala / Kala-Machtagi, one place).
    "deh", "ده", "pul", "پل", "chah", "چاه",
    # Turkish and Azerbaijani colours written as a word of their own (Kızıl Tepe, Qara Yazı; most are written onto
    # the name, Kızıltepe, a word that is no name of two).
    "kızıl", "qızıl", "kara", "qara",
    # Saint and its Slavic, Romance, German and Dutch words (Sveti Nikole, San Cristóbal, Santa Ana, São Paulo,
    # Saint-Denis, Sankt Pölten), port, mount and fort (Puerto Cortés, Monte Plata, Mont-Royal, Fort Liberté; not
    # porto, which names a city alone).
    "sveti", "sveta", "sveto", "san", "santa", "santo", "são", "saint", "sainte", "sankt", "sint", "puerto", "monte",
    "mont", "fort", "castel",
))  # fmt: skip

#: Head words that `_after_head` finds written onto the rest of a name (Kfarkila, كفركلا): those of three letters or
#: more once folded, as a shorter one begins too many names (Umbria, Tlemcen).
_JOINED_HEADS: Final = tuple(sorted((head for head in _HEAD_WORDS if len(head) >= 3), key=len, reverse=True))
#: The fewest letters of a one-word name left after a head word written onto it for `_after_head` to take them as
#: the rest of the name: fewer are an ending of a name of one word (Talin is no Tal, Rasht no Ras).
_JOINED_REST_MIN: Final = 3


def _words_of(name: PlaceName) -> tuple[str, ...]:
    """The folded words the stem of a parsed name was joined from."""
    parsed, words = _read(name.text)
    return words if parsed.stem == name.stem else (name.stem,)  # a PlaceName built by hand: its stem is all we know


def _words_similarity(a: PlaceName, b: PlaceName) -> float:
    """Similarity of the stems of two parsed names: joined, with words of one left out, or in the other order, and
    no more than the similarity of what follows their head words (`_parted_similarity`)."""
    return _parted_similarity(a.stem, _words_of(a), b.stem, _words_of(b))


def _parted_similarity(a: str, wa: tuple[str, ...], b: str, wb: tuple[str, ...]) -> float:
    """Similarity of two stems and the words they were joined from: the stems; where that is below
    `_EXTRA_WORD_FACTOR`, a stem against the other's words with some left out (`_extra_word_stem_pairs`), for that
    factor; two names of two words each with one's words swapped, for `_WORD_ORDER_FACTOR`; the best of these.

    Where both names begin with a head word (`_after_head`: Kfar, Deir, Tel, San ...), the score is at most that of
    the words after the head words, compared by the same rules: a head word begins the names of many places, so
    that two names alike only in it are as far apart as what follows it (*Kfar Kila* / *Kfar Giladi* is *Kila* /
    *Giladi*), while the spellings of one name are alike after it as well (*Kfar Kila* / *Kafr Kila*)."""
    score = _stems(a, b)
    if score == 1.0:
        return score
    if score < _EXTRA_WORD_FACTOR and len(wa) + len(wb) > 2:  # a name of one word has no parts
        for whole, part in _extra_word_stem_pairs(a, wa, b, wb):
            score = max(score, _EXTRA_WORD_FACTOR * _stems(whole, part))
    if len(wa) == len(wb) == 2 and score < _WORD_ORDER_FACTOR:
        (a_stem, swapped_b), (swapped_a, b_stem) = _word_order_stem_pairs(a, wa, b, wb)
        score = max(
            score,
            _WORD_ORDER_FACTOR * _stems(a_stem, swapped_b),
            _WORD_ORDER_FACTOR * _stems(swapped_a, b_stem),
        )
    rest_a, rest_b = _after_head(wa, wb), _after_head(wb, wa)
    if rest_a and rest_b:
        score = min(score, _parted_similarity(_joined(rest_a), rest_a, _joined(rest_b), rest_b))
    return score


def _after_head(words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name after the head word it begins with (`_HEAD_WORDS`), compared with a name of ``other``
    words; empty where it begins with none.

    A name of one word whose head word is written onto it (*Kfarkila*, *كفركلا*) is read as the head word and the
    rest (`_JOINED_HEADS`, the longest that leaves `_JOINED_REST_MIN` letters or more) only against a name that
    writes its head word as a word of its own: between two names of one word, a word that begins like a head word
    is a name of its own more often than not (*Santarém*, *Kalabakan*)."""
    if len(words) > 1:
        return words[1:] if words[0] in _HEAD_WORDS else ()
    if not words or len(other) < 2 or other[0] not in _HEAD_WORDS:
        return ()
    word = words[0]
    for head in _JOINED_HEADS:
        if word.startswith(head) and len(word) - len(head) >= _JOINED_REST_MIN:
            return (word[len(head) :],)
    return ()


#: The most words of a name that `_extra_word_pairs` compares without some of its words: a text of more (a region
#: of thousands of words) is compared whole only, as the pairs would cost the square of its length.
_EXTRA_WORDS_MAX: Final = 12


def _extra_word_pairs(a: PlaceName, b: PlaceName) -> list[tuple[str, str]]:
    """The stems compared when words of one name may be left out: each name's stem against the other's words
    without some at either end or without one in the middle (`_parts`: Kakh-Bash-Ingiloy / Kakh Ingiloy), joined.

    The words left out are not counted against the other name's words: the syllables of a name may be written
    apart or joined (Thi Tu, Thitu; Huang Yan, Huangyan), so *Thi Tu Island* / *Thitu* leaves out one word of
    three, not two, and *Huangyan Island* / *Huang Yan* one word of two names of two words each. A part that is
    also a part of the name it is compared with, and not that name itself, is not compared: the two names share
    words and each has one of its own (*Song Tu* / *Song Ay*), and neither is the other with a word more. None
    when a name has more than `_EXTRA_WORDS_MAX` words."""
    return _extra_word_stem_pairs(a.stem, _words_of(a), b.stem, _words_of(b))


def _extra_word_stem_pairs(a: str, wa: tuple[str, ...], b: str, wb: tuple[str, ...]) -> list[tuple[str, str]]:
    """`_extra_word_pairs` of two stems and the words they were joined from."""
    if max(len(wa), len(wb)) > _EXTRA_WORDS_MAX:
        return []  # no place name has so many words; each pair would be as long as the text (quadratic)
    return [
        (whole, part)
        for whole, words, parted in ((a, wa, wb), (b, wb, wa))
        for part in _parts(parted)
        if part == whole or part not in _parts(words)
    ]


@functools.lru_cache(maxsize=1 << 16)
def _parts(words: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of a name's words without some of them: without any number at either end, or without one in the
    middle; never without a head word (`_HEAD_WORDS`: without it the name is another place's, Kfar Aza is no Aza,
    Stanytsia Luhanska no Luhansk), nor with nothing but head words left: the word after a head word names the
    place (Ain Issa is no Ain, Girê Spî no Girê, and Beit Hanoun no Beit to be met by Beit Lahia)."""
    count = len(words)
    kept = [(start, stop) for start in range(count) for stop in range(start + 1, count + 1) if stop - start < count]
    runs = [words[start:stop] for start, stop in kept
            if not any(word in _HEAD_WORDS for word in words[:start] + words[stop:])]
    runs.extend(words[:i] + words[i + 1 :] for i in range(1, count - 1) if words[i] not in _HEAD_WORDS)
    return tuple(sorted({_joined(run) for run in runs if not all(word in _HEAD_WORDS for word in run)}))


def _word_order_pairs(a: PlaceName, b: PlaceName) -> list[tuple[str, str]]:
    """The stems compared when both names have two words: each name against the other with its words swapped.
    None otherwise."""
    return _word_order_stem_pairs(a.stem, _words_of(a), b.stem, _words_of(b))


def _word_order_stem_pairs(a: str, wa: tuple[str, ...], b: str, wb: tuple[str, ...]) -> list[tuple[str, str]]:
    """`_word_order_pairs` of two stems and the words they were joined from."""
    if not len(wa) == len(wb) == 2:
        return []
    return [(a, _fold_word(wb[1] + wb[0])), (_fold_word(wa[1] + wa[0]), b)]


def _name_similarity(a: PlaceName, b: PlaceName) -> float:
    """`_words_similarity` times `MISSING_QUALIFIER_FACTOR` for each dimension qualified on one side only, then
    capped at `_CONFLICT_CAP` where both sides qualify one dimension differently. Both rules apply whatever the
    order of the dimensions: a cap that returned at the first conflict skipped the factors of the dimensions not
    yet seen, and the order of a set of dimensions changes with the process and with the order of the names, so
    ``similarity(a, b)`` could differ from ``similarity(b, a)``."""
    score = _words_similarity(a, b)
    if a.tags == b.tags:
        return score
    da, db = _dimensions(a.tags), _dimensions(b.tags)
    for _dim in da.keys() ^ db.keys():
        score *= MISSING_QUALIFIER_FACTOR  # one at a time, as the scores of names without a conflict always were
    if any(da[dim] != db[dim] for dim in da.keys() & db.keys()):
        return min(score, _CONFLICT_CAP)
    return score


# Hebrew writes its one-letter words onto the next word, stacked in this order: ו "and", ש "that" (before another),
# then ב "in", ל "to", מ "from" or כ "as" (בשדרות, in Sderot; ובשדרות, and in Sderot), and the article ה after ו, ש
# or מ (מהגולן, from the Golan; והנגב, and the Negev), which ב, ל and כ take into themselves (בגולן, in the Golan).
# A name may begin with these letters itself (לוד Lod, מגן Magen, באר שבע Be'er Sheva, כפר עזה Kfar Aza), so the
# word is read both with and without them, and only where `_HEBREW_WORD_MIN` letters remain. A ה that stands first
# stays: it is the name's own as often as the article (הרצליה Herzliya, הרמל Hermel, which would be Ramla without
# it), and a generic word before a name, the one place text writes the article alone on (העיר, the city), is read
# without it (`_HEBREW_GENERIC_PREFIX_RE`).
_HEBREW_WORD_MIN: Final = 3
_HEBREW_LETTERS_AFTER: Final = f"(?=(?:[\u05d0-\u05ea]['\u05f3\u2019\u02bc]?){{{_HEBREW_WORD_MIN}}})"
_HEBREW_PREFIX_RE: Final = re.compile(f"^(?:(?:ו|ו?ש|ו?ש?מ)ה|ו?(?:ש(?=[בלמכ]))?[בלמכ]?){_HEBREW_LETTERS_AFTER}")
#: The one-letter words and the article on a Hebrew generic word (ובעיר, and in the city; הקיבוץ, the kibbutz;
#: מהיישוב, from the locality): the article may stand first, as a generic word is no name (`_generic`).
_HEBREW_GENERIC_PREFIX_RE: Final = re.compile(f"^ו?(?:ש(?=[בלמכה]))?(?:[בלכ]|מ?ה?){_HEBREW_LETTERS_AFTER}")
#: The points of Hebrew (niqqud and cantillation), left out before the one-letter words are read: בְּחַאן יוּנִס.
_HEBREW_POINTS: Final = frozenset(ch for ch in map(chr, range(0x591, 0x5c8)) if unicodedata.category(ch) == "Mn")


@functools.lru_cache(maxsize=1 << 16)
def _unprefixed(name: str) -> tuple[str, ...]:
    """The name without the Hebrew one-letter words written onto its first word (`_HEBREW_PREFIX_RE`), each way
    they may be taken off (ובית: בית, not ית), or without the Amharic preposition written onto it
    (`_ETHIOPIC_PREFIX_RE`: በመቐለ: መቐለ; ከከምባታ: ከምባታ); empty for a name that has none."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", name)
                   if unicodedata.category(ch) != "Cf" and ch not in _HEBREW_POINTS).strip()
    first, _, rest = text.partition(" ")
    found = _HEBREW_PREFIX_RE.match(first)
    cuts = range(1, (found.end() if found else 1 if _ETHIOPIC_PREFIX_RE.fullmatch(first) else 0) + 1)
    return tuple(" ".join(filter(None, (first[cut:], rest))) for cut in cuts)


# The bare Burmese word for village (ရွာ) at the end of a name: it ends names (မုံရွာ, Monywa), so it stays on the name
# (`_BURMESE_WRITTEN_ON`), but it is also how the press writes "the village of" (ပဇီကြီးရွာ, Pazigyi village). A
# name of two syllables or more before it is also read without it where the rest is a name a gazetteer knows
# (`_burmese_unsuffixed`), as a name with the Amharic in is (`_unprefixed`); one syllable before it (မုံ) is too short
# a name to read alone.
_BURMESE_VILLAGE: Final = "ရွာ"
# A consonant that starts a syllable: one of the Burmese consonants (and the great sa) not killed by the asat after
# it nor stacked under the one before.
_BURMESE_SYLLABLE_RE: Final = re.compile("(?<!\u1039)[\u1000-\u1021\u103f](?![\u103a\u1039])")


def _burmese_unsuffixed(name: str) -> tuple[str, ...]:
    """The name without the bare Burmese ရွာ (village) at its end (`_BURMESE_VILLAGE`), where two syllables or more
    stay before it and the word before it is Burmese; empty for any other name."""
    text = name.strip()
    rest = text.removesuffix(_BURMESE_VILLAGE).rstrip()
    if rest == text or not rest or not "\u1000" <= rest[-1] <= "\u109f" or rest[-1] == _BURMESE_STACKER:
        return ()
    last = rest.rsplit(" ", 1)[-1]
    return (rest,) if len(_BURMESE_SYLLABLE_RE.findall(last)) >= 2 else ()


# Spellings that read one letter two ways, each way a reading of its own. Egyptian and Sudanese Arabic say the jim
# g, and their romanizations write it so (El Geneina = al-Junaynah = الجنينة, Giza = al-Jizah): a name in Arabic
# letters is also read with ج as g, and a Latin name marked as Arabic by the article (al-, el-) with its j or dj as
# g. Only as a second reading: the letter is dzh in the rest of the Arabic world, as j is in Azerbaijani and
# Armenian spellings (Jrashen, Ganja), and g and dzh are too far apart in sound (and key) to be one cheap
# substitution. And a Latin x after a letter is ks in most romanizations (Axum = Aksum, Texas), and kh in
# Azerbaijani (Qazax = Qazakh), which its letters mark only when written with them (Xaçmaz; not Xacmaz): a name
# without Azerbaijani letters is also read with that x as ks. An x that begins a word is read as kh only: it is no
# ks anywhere (Xankendi, Xinjiang, Xai-Xai). Hebrew writes the Arabic ghayn غ as ע׳ (ע׳ג׳ר, Ghajar; `HEBREW`), but
# its old names keep a bare ע for it, which is otherwise the ع, ``a`` (עזה = Gaza = غزة; עבסאן = Abasan): a Hebrew
# name that begins with ע (after its one-letter words: בעזה) is also read with it as gh. Only there, where the
# ghayn gives the key a K the ayin leaves out: the many names with an ע inside (באר שבע, Be'er Sheva) keep one key.
_ARABIC_LATIN_ARTICLE_RE: Final = re.compile(r"(?:^|[\s\-‐‑])(?:al|el|ul)[\s\-‐‑]", re.IGNORECASE)
_LATIN_JIM_RE: Final = re.compile("d?j", re.IGNORECASE)
_LATIN_X_RE: Final = re.compile(r"(?<=[^\W\d_])x", re.IGNORECASE)

# Somali spelling: its Latin orthography writes the ayin ع as c and doubles its long vowels (Ceel Cado, Cadaado,
# Ceerigaabo, Cabudwaaq), where English and Italian spellings leave the ayin out (El Adde, Adado, Erigavo,
# Abudwak) and Arabic writes ع, which the matcher reads as a vowel. Read as c (an affricate or k), the Somali name
# meets neither: Ceel Cado was 0.35 to El Adde. So a name that shows itself Somali is also read without its c: one
# of ASCII letters only (no diacritic of another orthography), with a long vowel written double in one of its
# words and a c, and no ch, which Somali does not write (Cooch Behar is read as written only).
_SOMALI_LONG_VOWEL_RE: Final = re.compile(r"aa|ee|ii|oo|uu", re.IGNORECASE)
_SOMALI_AYIN_RE: Final = re.compile("c", re.IGNORECASE)
_SOMALI_NAME_RE: Final = re.compile(r"[A-Za-z\s\-'’]+")
# The Arabic article written onto a Latin name, as English spellings of Somali, Kenyan and Sudanese places often
# write it (Elwak, Elbur, Eladde for El Wak, El Bur, El Adde): the name is also read without it, as the article
# written apart comes off (`parse`). Only before three letters or more, in a name of ASCII letters.
_JOINED_ARTICLE_RE: Final = re.compile(r"(?:el|al)(?=[a-z]{3,}(?:[\s\-,]|$))", re.IGNORECASE)


# Albanian spelling: its letters write sounds that Serbian Latin writes otherwise (q = ć, gj = đ, xh = dž, x = dz,
# ç = č; its y is ü, which the sound rules read i between consonants as they read any y there), and its ë is a
# schwa, silent at the end of a word (the indefinite Pejë, Gjakovë, Klinë). Kosovo's places have an Albanian and
# a Serbian name of one root (Qyshk = Ćuška, Lubeniq = Ljubenić, Obiliq = Obilić, Gjakova = Đakovica), so a name
# spelled the Albanian way is also read in Serbian letters. Only as a second reading, where the name shows it: a
# final ë (the BGN romanization of Russian writes ё as ë inside words: Posëlok), xh, gj (German and Czech spellings
# of Armenian names write the glide so, Gjumri, which stays the first reading), a q before e, i, y or ë, or a final
# q after a vowel (Albanian writes its palatal q there: Qyshk, Lubeniq; Azerbaijani, Arabic and Armenian q = k
# is before a, o and u or after a consonant in most names: Qazax, Qusayr, Iraq's neighbours Dimashq and Lichq), in a
# name without Azerbaijani letters (ç is Albanian too). A reading that would change what the name's words are
# (a qualifier or generic word rewritten out of recognition: Nerqin, gjukh) is not made.
_ALBANIAN_MARK_RE: Final = re.compile(r"ë(?![^\W\d_])|xh|gj|q(?=[eiyë])|(?<=[aeiouy])q(?![^\W\d_])", re.IGNORECASE)
_ALBANIAN_LETTERS: Final[Mapping[str, str]] = {"xh": "dž", "gj": "đ", "q": "ć", "x": "dz", "ç": "č"}
_ALBANIAN_RE: Final = re.compile(r"(?P<silent>ë)(?![^\W\d_])|xh|gj|[qxç]", re.IGNORECASE)
_NOT_ALBANIAN: Final = _TURKIC_MARKS - {"ç"}


def _albanian(found: re.Match[str]) -> str:
    """The Serbian Latin spelling of one Albanian letter or digraph (`_ALBANIAN_LETTERS`; a final ë is silent), in
    the case it is written in."""
    text = found.group()
    if found.lastgroup == "silent":
        return ""
    letters = _ALBANIAN_LETTERS[text.lower()]
    return letters.capitalize() if text[0].isupper() else letters


#: A Greek name in the genitive, as a place text puts it after a generic word or a preposition (κοινότητα Πύλας,
#: the community of Pyla; ανοιχτά του Καστελλόριζου, off Kastellorizo; δήμος Λευκωσίας): the ending of the genitive
#: of a name in -α, -η and -ο (-ας, -ης, -ου), where three letters stay, as the nominative.
_GREEK_GENITIVE_RE: Final = re.compile(
    "(?<=[\u0370-\u03ff\u1f00-\u1fff]{3})(?:(?<=[αάηή])[ςσ]|(?<=ο)[υύ])(?![\u0370-\u03ff\u1f00-\u1fff])",
    re.IGNORECASE)
#: A Greek name in -ος in the accusative (στον Έβρο, to the Evros; στη Ρόδο, in Rhodes) or the genitive (του Έβρου,
#: της Ρόδου): the ending -ο or -ου, where three letters stay, read as the nominative's -ος. Not -α and -η as -ας
#: and -ης: most names in -α and -η are nominatives of their own (Ρόδα is not Ρόδος).
_GREEK_MASCULINE_RE: Final = re.compile(
    "(?<=[\u0370-\u03ff\u1f00-\u1fff]{3})(?P<vowel>[οό])(?:[υύ])?(?![\u0370-\u03ff\u1f00-\u1fff])",
    re.IGNORECASE)


def _greek_masculine(found: re.Match[str]) -> str:
    """The nominative ending -ος of a name in -ος in the accusative or the genitive (`_GREEK_MASCULINE_RE`), in the
    case it is written in."""
    vowel = found["vowel"]
    return vowel + ("Σ" if vowel.isupper() else "ς")


def _greek_readings(name: str) -> tuple[str, ...]:
    """The other readings of a name with Greek letters (none without them): its Greek words in the genitive read as
    the nominative (`_GREEK_GENITIVE_RE`: Πύλας = Πύλα, Καστελλόριζου = Καστελλόριζο) and those of a name in -ος in
    the accusative or the genitive (`_GREEK_MASCULINE_RE`: Έβρο, Έβρου = Έβρος), as names in -ας and -ου are
    nominatives too (Ευρώτας, Μόρφου); and the name and each of these in the older English and phonetic spelling
    (`_greek_word`: Χίος = Hios, Αιγαίο = Egeo) and with χ as kh (Χάρκοβο = Kharkovo), as the maps and the press
    romanize one place in each way, its generic words (στο, κοντά) left in Greek letters, as they are read there.
    All are second readings."""
    if not _GREEK_RE.search(name):
        return ()
    cases = dict.fromkeys((name, _GREEK_GENITIVE_RE.sub("", name), _GREEK_MASCULINE_RE.sub(_greek_masculine, name)))
    readings = [case for case in cases if case != name]
    for case in cases:
        for spelling in ({"phonetic": True}, {"kh": True}):
            readings.append(" ".join(_greek_word(word.lower(), **spelling)
                                     if _GREEK_RE.search(word) and not _generic_word(word) else word
                                     for word in case.split()))
    return tuple(dict.fromkeys(readings))


#: An Albanian name in a case other than the indefinite nominative: the genitive and accusative of a name in -ë
#: (Mitrovicës, Prishtinën: of, to Mitrovicë), and the definite endings of a name in a consonant (Leposaviqi, the
#: Leposaviq; Leposaviqit, of Leposaviq; -in; -u, -ut after k, g, h), as Albanian writes a name in a sentence (në
#: Mitrovicë, komuna e Leposaviqit). The endings after a consonant only where the rest shows Albanian spelling
#: (`_ALBANIAN_MARK_RE`), as -i, -in and -it end names of many languages (Cizre ilçesi is Turkish: ç alone is no sign).
_ALBANIAN_CASE_RE: Final = re.compile(
    r"(?<=[^\W\d_]{3})(?:(?<=ë)[sn]|(?<=[^\W\d_aeiouyë])(?:it|in|i|ut|un|u))(?![^\W\d_])", re.IGNORECASE)


def _albanian_nominative(name: str) -> str | None:
    """The name with its Albanian words in the indefinite nominative (`_ALBANIAN_CASE_RE`: Mitrovicës = Mitrovicë,
    Leposaviqit = Leposaviq), else ``None``: a second reading, as the sound rules read the -a and -ë of the definite
    and indefinite feminine (Mitrovica, Mitrovicë) alike already."""
    if ("ë" not in name and "Ë" not in name and not _ALBANIAN_MARK_RE.search(name)) or not _NOT_ALBANIAN.isdisjoint(
            name.lower()):
        return None
    words = name.split(" ")
    read = [_ALBANIAN_CASE_RE.sub(lambda m: "" if m.group().lower() in "sn" or _ALBANIAN_MARK_RE.search(
        m.string[: m.start()]) else m.group(), word) for word in words]
    return " ".join(read) if read != words else None


def _albanian_reading(name: str) -> str | None:
    """The name read in Serbian letters where it is spelled the Albanian way (see `_ALBANIAN_MARK_RE`), else
    ``None``."""
    if not _ALBANIAN_MARK_RE.search(name) or not _NOT_ALBANIAN.isdisjoint(name.lower()):
        return None
    reading = _ALBANIAN_RE.sub(_albanian, name)
    (parsed, words), (again, read) = _read(name), _read(reading)
    if (parsed.tags, parsed.kind, len(words)) != (again.tags, again.kind, len(read)):
        return None
    return reading


# The one-letter words و, ف and ب written onto a name where the letters may as well be the name's own: before a
# bare alif the first reading keeps them (بارا, Bara) and the second takes them off (بادلب, in Idlib written without
# its hamza; بام درمان, in Omdurman); before the article the first reading takes them off (بالرقة, in Raqqa) and the
# second keeps them (بالاكوت, Balakot; بالتيمور, Baltimore), the letter then marked by a tatweel after it (بـالاكوت),
# which `_ARABIC_CLITIC_RE` does not see through and folding leaves out.
_ARABIC_RUN_RE: Final = re.compile("[\u0620-\u06ff]+")
_CLITIC_KEPT_RE: Final = re.compile("^[وفب](?=ا[\u0620-\u06ff])")
_CLITIC_TAKEN_RE: Final = re.compile(f"^[وفب](?=ال[{_ARABIC_PROPER}]{{3,}}$)")
_TATWEEL: Final = "\u0640"


def _clitic_word(found: re.Match[str]) -> str:
    """One Arabic-script word read the other way round where و, ف or ب may be written onto it: with the letter
    kept before the article (marked by a tatweel), or taken off before a bare alif; any other word as it is."""
    word = found.group()
    if _CLITIC_TAKEN_RE.match(word):
        return word[0] + _TATWEEL + word[1:]
    if _CLITIC_KEPT_RE.match(word):
        return word[1:]
    return word


def _clitic_reading(name: str) -> str | None:
    """The name with each word that may carry و, ف or ب read the other way (`_clitic_word`); ``None`` for a name
    without one."""
    text = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    reading = _ARABIC_RUN_RE.sub(_clitic_word, text)
    return None if reading == text else reading


# A word in Arabic letters that begins with ال, the article `_abjad_word` takes off, may be a name whose first
# syllable is al: Persian, Dari, Pashto and Urdu write such names with the same letters (المار, Almar; البرز, Alborz;
# الموت, Alamut), and a romanization writes them as one word. `_article_reading` reads the word with آل, which folds to
# al and is no article, where at least three letters follow (as the article rule has it).
_ARTICLE_WORD_RE: Final = re.compile("(?<![\u0620-\u06ff])\u0627\u0644(?=[\u0620-\u06ff]{3})")


@functools.lru_cache(maxsize=1 << 14)
def _article_reading(name: str) -> str | None:
    """The name with each word's first ال read as the syllable al (`_ARTICLE_WORD_RE`), or None where none has it."""
    reading = _ARTICLE_WORD_RE.sub("\u0622\u0644", name)
    return None if reading == name else reading


# Arabic and Persian write the diphthong oy (uy) of a name as و before ي, which reads as the consonant v: Koya is
# کویه in Persian (read *kva*; the Sorani spelling is کۆیە), Koysinjaq كويسنجق (*kvisnjk*). `_diphthong_reading` reads
# such a و after a consonant letter as ۆ, o, with the ي the glide after it; not in a word with a Kurdish vowel
# letter (ۆ, ێ, ە), which writes its o apart.
_DIPHTHONG_WORD_RE: Final = re.compile("[\u0620-\u06ff]+")
_DIPHTHONG_RE: Final = re.compile(
    "(?<=[\u0620-\u06ff])(?<![\u0627\u0622\u0623\u0625\u0648\u064a\u06cc])\u0648(?=[\u064a\u06cc])"
)
_KURDISH_VOWEL_LETTERS: Final = frozenset("\u06c6\u06ce\u06d5")


@functools.lru_cache(maxsize=1 << 14)
def _diphthong_reading(name: str) -> str | None:
    """The name with each و of a diphthong read as ۆ (`_DIPHTHONG_RE`), or None where it has none."""
    reading = _DIPHTHONG_WORD_RE.sub(
        lambda word: word.group() if _KURDISH_VOWEL_LETTERS.intersection(word.group())
        else _DIPHTHONG_RE.sub("\u06c6", word.group()), name)
    return None if reading == name else reading


# Persian writes its v with و, which `_abjad_word` reads as a vowel at the end of a word: the و that ends a word after
# two letters or more is also read as the consonant, ڤ (تل‌آویو, Tel Aviv), as a second reading; a romanization
# writes its o so too (فردو, Fordow, is fordov). Not a doubled وو, nor one after an alif (the diphthong, ow).
_FINAL_WAW_RE: Final = re.compile("(?<=[\u0620-\u06ff]{2})(?<![\u0627\u0622\u0648])\u0648(?![\u0620-\u06ff])")


def _final_waw_reading(name: str) -> str | None:
    """The name with each word's final و read as v (`_FINAL_WAW_RE`), or None where no word ends in one."""
    text = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    reading = _FINAL_WAW_RE.sub("\u06a4", text)
    return None if reading == text else reading


# Arabic writes the long vowels with و and ي and has no o or e: a name of another language written in Arabic
# letters spells its o with و and its e with ي (ميتيلي, Metele; بوسو, Bosso; غوزا, Gwoza), which read as u and i.
# `_vowel_readings` reads them the other way, o and e (the Kurdish letters ۆ and ێ, which write them): where و or ي
# stands as a vowel, after a letter of the word (after the article, the first letter of the name is a consonant)
# and before no vowel letter or hamza seat (there it is the consonant w or y: وادي, ديوان). Not in a word with a
# Persian, Urdu or Kurdish letter, whose alphabets write o and e apart or are read by their own rules.
_VOWEL_WORD_RE: Final = re.compile("[\u0621-\u064a]+")
_VOWEL_LETTER_RE: Final = re.compile(
    "(?<=[\u0621-\u064a])(?<!^ال)(?<!^[وفب]ال)(?<!^لل)(?<![اآأإ])([وي])(?![اآأإىةويئؤء])"
)
_OTHER_ARABIC_SCRIPT_RE: Final = re.compile("[\u0671-\u06ff]")
# The Persian yeh and kaf (ی, ک) are the Arabic letters (ي, ك) in the forms Persian, Dari and Urdu keyboards write,
# and Arabic text typed on them has: they are read as the Arabic ones, and mark no other alphabet.
_PERSIAN_FORMS: Final = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


def _vowel_word(found: re.Match[str], waw: str) -> str:
    return _VOWEL_LETTER_RE.sub(lambda letter: waw if letter.group() == "و" else "ێ", found.group())


@functools.lru_cache(maxsize=1 << 14)
def _vowel_readings(name: str) -> tuple[str, ...]:
    """The name with each Arabic و and ي that is a vowel read as o and e (`_VOWEL_LETTER_RE`), then, for a name with
    such a و, with it read as wo: Arabic writes the glide w of another language's Cwo with the one letter of the
    vowel (غوزا, Gwoza); empty for a name without one, or with a letter of another alphabet of the Arabic script."""
    name = name.translate(_PERSIAN_FORMS)
    if ("و" not in name and "ي" not in name) or _OTHER_ARABIC_SCRIPT_RE.search(name):
        return ()
    text = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    vowels = _VOWEL_WORD_RE.sub(lambda found: _vowel_word(found, "ۆ"), text)
    if vowels == text:
        return ()
    glide = _VOWEL_WORD_RE.sub(lambda found: _vowel_word(found, "وۆ"), text)
    return (vowels,) if glide == vowels else (vowels, glide)


# Slavic names of two words, an adjective and a noun (Часів Яр, Нова Каховка, Кривий Ріг, Novi Sad, Nowa Huta),
# decline both words in agreement: у Часовому Яру, в Новой Каховке, у Кривому Розі, під Кривим Рогом, u Novom Sadu,
# w Nowej Hucie. `ENDINGS` leaves out the ending at the end of a name only, so the adjective's ending in the middle
# of the stem (-ому, -ой) stays and a consonant the case changed (Ріг, Розі) is another consonant. `_slavic_nominative`
# reads such a name in the nominative, as a second reading (`_SECOND_READING_FACTOR`): two capitalised words side by
# side whose endings agree in one case, gender and number (`_CYRILLIC_AGREEMENT`, `_LATIN_AGREEMENT`; a noun in
# agreement with no adjective is no evidence of a case) become the adjective's and the noun's nominative. A lone
# capitalised word is read so where its ending changes the consonants the blocking keys see (Вугледаром, Авдіївці)
# or is the feminine instrumental (Каховкою). The rules are those of the languages, not of names:
#
# - the adjective: masculine and neuter -ого, -ому, -ім, -ом, -им (Russian -ого, -ому, -ом, -ым) read -ий; the
#   possessive adjective of -ов-, -ев-, -ин- (Часового, Часовом) its short form (Ukrainian Часів, Russian Часов);
#   feminine -ої, -ій, -ою (Russian -ой, -ую) read -а (Russian -ая); plural -их, -им, -ими read -і (Russian -ые);
# - the noun: the masculine's ending left out, the feminine's read -а and the plural's -и; in Ukrainian the к, г,
#   х that became ц, з, с before the dative and locative -і are back (Каховці: Каховка, Розі: Рог, Бурлуці: Бурлук),
#   and the о or е of a masculine noun's last syllable, closed again in the nominative, is і (Рог: Ріг, Оскол:
#   Оскіл), as the possessive's is (Часів); a text is Ukrainian by a letter of its own (і, ї, є, ґ);
# - Serbian, Croatian and Bosnian in Latin letters: -om, -em (-oga, -og) with -u (-a), -oj with -i, whose c, z, s
#   were k, g, h (u Banjoj Luci: Banja Luka); Polish: -ym, -im, -ego with -ie, -u, -a, -em, and -ej with -ie, -y,
#   -i, whose -cie, -dzie, -rze, -ce, -dze, -sze were -ta, -da, -ra, -ka, -ga, -cha (w Nowej Hucie: Nowa Huta).
#
# The nominative of a neuter name (Велике Село) is read as a masculine's (Великий Сел), one cheap vowel off.
_SLAVIC_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_SLAVIC_GAP_RE: Final = re.compile(r"[ \u00a0]+|[\-‐‑]")
_UKRAINIAN_LETTERS: Final = frozenset("іїєґ")
#: Each agreement: the adjective's endings, the noun's endings it agrees with, and the number and gender ("m"
#: masculine or neuter, "f" feminine, "p" plural); the longest ending of a word counts.
_CYRILLIC_AGREEMENT: Final[tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]] = (
    (("ого", "его", "ього"), ("а", "я", "у", "ю"), "m"),
    (("ому", "ему", "ьому"), ("ові", "еві", "єві", "у", "ю", "і", "ї"), "m"),
    (("ім", "ом", "ем"), ("і", "ї", "е", "у", "ю"), "m"),
    (("им", "ым"), ("ом", "ем", "єм", "ём"), "m"),
    (("ої", "ьої"), ("и", "і", "ї"), "f"),
    (("ій",), ("і", "ї"), "f"),
    (("ою", "ею", "ьою"), ("ою", "ею", "єю"), "f"),
    (("ой", "ей"), ("ы", "и", "е", "ой", "ей", "ёй", "ою", "ею"), "f"),
    (("ую", "юю"), ("у", "ю"), "f"),
    (("их", "ых", "іх"), ("ах", "ях"), "p"),
    (("ими", "ыми", "іми"), ("ами", "ями"), "p"),
    (("им", "ым", "ім"), ("ам", "ям"), "p"),
)  # fmt: skip
_LATIN_AGREEMENT: Final[tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]] = (
    (("om", "em", "ome", "omu", "emu"), ("u",), "m"),
    (("og", "oga", "eg", "ega", "ego"), ("a", "u"), "m"),
    (("ym", "im"), ("ie", "u", "em", "om"), "m"),
    (("oj",), ("i",), "f"),
    (("ej",), ("ie", "ce", "dze", "sze", "y", "i"), "f"),
)  # fmt: skip
# The consonants that Ukrainian and Serbian-Croatian change before the dative and locative -і/-i, back to those
# of the nominative; Polish changes them before -ie and -e.
_UKRAINIAN_BEFORE_I: Final[Mapping[str, str]] = {"ц": "к", "з": "г", "с": "х"}
_BCS_BEFORE_I: Final[Mapping[str, str]] = {"c": "k", "z": "g", "s": "h"}
_POLISH_BEFORE_E: Final[tuple[tuple[str, str], ...]] = (
    ("dzie", "d"), ("cie", "t"), ("rze", "r"), ("sie", "s"), ("zie", "z"), ("nie", "n"), ("dze", "g"), ("sze", "ch"),
    ("ce", "k"), ("ie", ""),
)  # fmt: skip
# The о or е of a Ukrainian masculine noun's last syllable, closed in the nominative: і (Рогу: Ріг; Осколі: Оскіл).
_UKRAINIAN_CLOSED_RE: Final = re.compile("[ое](?=[бвгґджзклмнпрстфхцчшщ]$)")
# The possessive adjective's suffix (Часового, Часовом; Петриного), after three letters of its root.
_SLAVIC_POSSESSIVE_RE: Final = re.compile("(?<=...)(?:ов|ев|єв|ин|ін)$")
# A lone word's endings that `_slavic_nominative` reads: the instrumental after a consonant, and in Ukrainian the
# dative and locative -і after the consonant it changed; and the feminine instrumental.
_LONE_ENDING_RE: Final = re.compile(
    "(?<=[бвгґджзклмнпрстфхцчшщ])(?P<m>ом|ем|єм|ём)$|(?P<u>[цзс]і)$|(?P<f>ою|ею|єю)$")
_SLAVIC_STEM_MIN: Final = 3


def _ending(word: str, endings: Sequence[str], least: int) -> str | None:
    """The longest of ``endings`` that ``word`` (lower case) ends with, leaving ``least`` letters before it."""
    found = None
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= least and (found is None or len(ending) > len(found)):
            found = ending
    return found


def _cased(word: str, text: str) -> str:
    """``text`` written with the first letter's case of ``word``."""
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def _cyrillic_adjective(stem: str, ending: str, gender: str, ukrainian: bool) -> str:
    """The nominative of an adjective whose oblique form is ``stem`` + ``ending``."""
    if gender == "p":
        return stem + ("і" if ukrainian else "ые")
    if gender == "f":
        soft = ending.startswith("ь") or (not ukrainian and ending == "ей")
        return stem + ("я" if ukrainian and soft else "яя" if soft else "а" if ukrainian else "ая")
    if _SLAVIC_POSSESSIVE_RE.search(stem):
        return _UKRAINIAN_CLOSED_RE.sub("і", stem).replace("єв", "їв") if ukrainian else stem
    return stem + ("ій" if ending.startswith("ь") else "ий")


def _cyrillic_noun(stem: str, ending: str, gender: str, ukrainian: bool) -> str:
    """The nominative of a noun whose oblique form is ``stem`` + ``ending``."""
    if ukrainian and ending in ("і", "ї") and stem[-1:] in _UKRAINIAN_BEFORE_I:
        stem = stem[:-1] + _UKRAINIAN_BEFORE_I[stem[-1]]
    if gender == "p":
        return stem + "и"
    if gender == "f":
        return stem + ("я" if ending in ("ї", "єю", "ей", "ёй", "ею") else "а")
    return _UKRAINIAN_CLOSED_RE.sub("і", stem) if ukrainian else stem


def _latin_pair(adjective: str, noun: str, adj_ending: str, noun_ending: str, gender: str) -> tuple[str, str]:
    """The nominatives of a Serbian-Croatian or Polish adjective and noun in agreement (`_LATIN_AGREEMENT`)."""
    a_stem, n_stem = adjective[: -len(adj_ending)], noun[: -len(noun_ending)]
    if gender == "m":
        a_stem += "y" if adj_ending in ("ym", "ego") else "i"
        for spelled, consonant in _POLISH_BEFORE_E:
            if noun_ending == "ie" and noun.endswith(spelled):
                n_stem = noun[: -len(spelled)] + consonant
                break
        return a_stem, n_stem
    if adj_ending == "oj":
        if n_stem[-1:] in _BCS_BEFORE_I:
            n_stem = n_stem[:-1] + _BCS_BEFORE_I[n_stem[-1]]
    elif noun_ending not in ("y", "i"):
        for spelled, consonant in _POLISH_BEFORE_E:
            if noun.endswith(spelled):
                n_stem = noun[: -len(spelled)] + consonant
                break
    return a_stem + "a", n_stem + "a"


@functools.lru_cache(maxsize=1 << 16)
def _slavic_nominative(name: str) -> str | None:
    """The name with its Slavic words in an oblique case read in the nominative (see `_CYRILLIC_AGREEMENT`), or None
    where none is: ``_slavic_nominative("у Кривому Розі") == "у Кривий Ріг"``."""
    words = [found for found in _SLAVIC_WORD_RE.finditer(name) if found.group()[:1].isupper()]
    if not words:
        return None
    ukrainian = not _UKRAINIAN_LETTERS.isdisjoint(name.lower())
    new: dict[int, str] = {}
    for left, right in itertools.pairwise(words):
        if left.start() in new or not _SLAVIC_GAP_RE.fullmatch(name, left.end(), right.start()):
            continue
        a, n = left.group().lower(), right.group().lower()
        cyrillic = "\u0400" <= a[-1] <= "\u04ff" and "\u0400" <= n[-1] <= "\u04ff"
        for adj_endings, noun_endings, gender in _CYRILLIC_AGREEMENT if cyrillic else _LATIN_AGREEMENT:
            adj_ending = _ending(a, adj_endings, _SLAVIC_STEM_MIN)
            noun_ending = _ending(n, noun_endings, 2) if adj_ending else None
            if adj_ending is None or noun_ending is None:
                continue
            if cyrillic:
                adjective = _cyrillic_adjective(a[: -len(adj_ending)], adj_ending, gender, ukrainian)
                noun = _cyrillic_noun(n[: -len(noun_ending)], noun_ending, gender, ukrainian)
            else:
                adjective, noun = _latin_pair(a, n, adj_ending, noun_ending, gender)
            new[left.start()] = _cased(left.group(), adjective)
            new[right.start()] = _cased(right.group(), noun)
            break
    for word in words:
        text = word.group()
        if word.start() in new or not "\u0400" <= text[-1] <= "\u04ff":
            continue
        lower = text.lower()
        found = _LONE_ENDING_RE.search(lower)
        if found is None or found.start() < _SLAVIC_STEM_MIN or (found.lastgroup == "u" and not ukrainian):
            continue
        stem = lower[: found.start()]
        if found.lastgroup == "u":
            stem += _UKRAINIAN_BEFORE_I[lower[found.start()]] + "а"
        elif found.lastgroup == "f":
            stem += "а"
        new[word.start()] = _cased(text, stem)
    if not new:
        return None
    out: list[str] = []
    at = 0
    for word in words:
        if word.start() in new:
            out += (name[at : word.start()], new[word.start()])
            at = word.end()
    return "".join(out) + name[at:]


# Polish names in -ów (Przewodów, Rzeszów, Kraków, Hrubieszów) open their ó to o before a case ending: the locative
# -owie (w Przewodowie, in Przewodów), the instrumental -owem (pod Przewodowem, near it) and, after a preposition
# that takes the genitive (z, do, koło, od, spod, w pobliżu, w okolicach, niedaleko: `_POLISH_GENITIVE_BEFORE`), the
# genitive -owa (do Przewodowa), which alone is the nominative of other names (Częstochowa). `_polish_nominative`
# reads a capitalised word so written as the name in -ów, a second reading (`_SECOND_READING_FACTOR`), as the
# Cyrillic cases are (`_slavic_nominative`); three letters of the name must remain before -ów.
_POLISH_OW_CASE_RE: Final = re.compile(r"(?P<stem>[^\W\d_]{3,})ow(?P<ending>ie|em|a)")
_POLISH_GENITIVE_BEFORE: Final = frozenset(("z", "ze", "do", "koło", "kolo", "od", "spod", "pobliżu", "poblizu",
                                            "okolicach", "okolic", "niedaleko", "obok"))


@functools.lru_cache(maxsize=1 << 14)
def _polish_nominative(name: str) -> str | None:
    """The name with its capitalised Latin words in a case of a Polish name in -ów read as that name, or None where
    none is: ``_polish_nominative("w Przewodowie") == "w Przewodów"``, ``_polish_nominative("do Przewodowa") ==
    "do Przewodów"``."""
    if "ow" not in name:
        return None
    words = name.split(" ")
    changed = False
    for at, word in enumerate(words):
        found = _POLISH_OW_CASE_RE.fullmatch(word)
        if found is None or not word[:1].isupper() or not _POLISH_LATIN_RE.fullmatch(word):
            continue
        if found["ending"] == "a" and (at == 0 or words[at - 1].lower() not in _POLISH_GENITIVE_BEFORE):
            continue
        words[at], changed = f"{found['stem']}ów", True
    return " ".join(words) if changed else None


#: A word in the Latin letters Polish writes.
_POLISH_LATIN_RE: Final = re.compile("[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+")


# Kyrgyz writes its case endings onto a name (Баткенде, in Batken; Көк-Таштан, from Kök-Tash; Баткенге, to Batken;
# Баткендин, of Batken; Көк-Таштагы, the one in Kök-Tash), each in the form the name gives it: its vowel the one
# vowel harmony gives after the name's last vowel (`_KYRGYZ_HARMONY`: Баткенде, Исфарада, Ошто, Үч-Коргондо), its
# first consonant т, к after a voiceless consonant and д, г after a voiced one or a vowel, the genitive's н after a
# vowel (Исфаранын). `_kyrgyz_nominative` reads a capitalised word so written without its ending, as a second
# reading (`_SECOND_READING_FACTOR`): an ending that does not agree with the name before it is no Kyrgyz case
# (Волга, Покровка stay), and four letters of the name must remain (Сайда, the Russian Sidon, is no Сай; Ошто stays
# Ошто). A word with letters Kyrgyz does not write (the Ukrainian, Serbian and Tajik letters, щ, ъ) is not read so.
#: The Kyrgyz vowels, each with the high and the low vowel a suffix takes after it: back or front as the vowel is,
#: and rounded after о, ө and ү but not after у (сууда), as in normalize's table of the same name.
_KYRGYZ_HARMONY: Final[Mapping[str, tuple[str, str]]] = {
    **dict.fromkeys("аыя", ("ы", "а")), **dict.fromkeys("еиэ", ("и", "е")), **dict.fromkeys("оё", ("у", "о")),
    **dict.fromkeys("ую", ("у", "а")), **dict.fromkeys("өү", ("ү", "ө")),
}  # fmt: skip
_KYRGYZ_VOICELESS: Final = frozenset("кпстфхцчшщ")
#: The case endings: ``A`` the low vowel, ``I`` the high one, ``D`` д or т, ``G`` г or к, ``N`` н after a vowel and
#: д or т after a consonant: the locative, the ablative, the dative, the genitive and the locative's adjective.
_KYRGYZ_CASES: Final = ("DA", "DAн", "GA", "NIн", "DAгI")
_NOT_KYRGYZ_LETTERS: Final = frozenset("щъіїєґјљњћђџӣӯҳқғҷ")
_KYRGYZ_STEM_MIN: Final = 4


def _kyrgyz_ending(stem: str, case: str) -> str:
    """The ending ``case`` (`_KYRGYZ_CASES`) as Kyrgyz writes it after ``stem`` (lower case)."""
    high, low = next((_KYRGYZ_HARMONY[ch] for ch in reversed(stem) if ch in _KYRGYZ_HARMONY), ("ы", "а"))
    last = stem[-1]
    voiceless = last in _KYRGYZ_VOICELESS
    return (case.replace("A", low).replace("I", high).replace("D", "т" if voiceless else "д")
            .replace("G", "к" if voiceless else "г")
            .replace("N", "н" if last in _KYRGYZ_HARMONY else "т" if voiceless else "д"))


@functools.lru_cache(maxsize=1 << 14)
def _kyrgyz_nominative(name: str) -> str | None:
    """The name with its capitalised Cyrillic words read without a Kyrgyz case ending (see `_KYRGYZ_CASES`), or None
    where none has one: ``_kyrgyz_nominative("Көк-Таштан") == "Көк-Таш"``, ``_kyrgyz_nominative("Баткенде") ==
    "Баткен"``."""
    if not _NOT_KYRGYZ_LETTERS.isdisjoint(name.lower()):
        return None
    out, changed = [], False
    for word in name.split(" "):
        lower = word.lower()
        if word[:1].isupper() and "\u0400" <= word[-1:] <= "\u04ff":
            for case in _KYRGYZ_CASES:
                read = next((cut for cut in range(len(lower) - 2, 0, -1)
                             if sum(ch.isalpha() for ch in lower[:cut]) >= _KYRGYZ_STEM_MIN
                             and lower[cut:] == _kyrgyz_ending(lower[:cut], case)), None)
                if read is not None:
                    word, changed = word[:read], True
                    break
        out.append(word)
    return " ".join(out) if changed else None


#: The letters of Kyrgyz and Tajik that Russian spelling, and the romanizations made from it, write with its own: the
#: Tajik ҳ (h) as х (Воруҳ: Ворух, Vorukh) and the Kyrgyz ң as нг (Кең-Суу: Кенг-Суу, Keng-Suu).
_KYRGYZ_TAJIK_AS_RUSSIAN: Final = str.maketrans({"ҳ": "х", "Ҳ": "Х", "ң": "нг", "Ң": "Нг"})


def _russian_spelling(name: str) -> str | None:
    """The name with its Tajik ҳ and Kyrgyz ң as Russian spells them (`_KYRGYZ_TAJIK_AS_RUSSIAN`), else None: a
    second reading, as their own letters (h, n) are the first."""
    spelled = name.translate(_KYRGYZ_TAJIK_AS_RUSSIAN)
    return spelled if spelled != name else None


# A second reading of a letter is weaker evidence than the first: a name matched only by it scores this much less,
# so that it tips no pair of the Armenian and Azerbaijani romanizations (where x is kh) over the threshold by itself
# (Gexasar, read Geksasar, is not Gexadir).
_SECOND_READING_FACTOR: Final = 0.95
# The o and e of `_vowel_readings` are what the letters say as much as u and i are: no factor (its wo, a sound
# more than the letters write, takes `_SECOND_READING_FACTOR`).
_VOWEL_READING_FACTOR: Final = 1.0


# Tamil writes its case endings onto a name, joined by the rules of its sandhi (விசுவமடுவில், in Visuvamadu;
# கிளிநொச்சிக்கு, to Kilinochchi; மாங்குளத்திலிருந்து, from Mankulam): the locative -இல், the ablative -இலிருந்து
# (-இல் and இருந்து, "being"; written apart, இருந்து is a context word), the genitive -இன் and the dative -உக்கு, or
# -க்கு after i, ai and e. `_tamil_nominatives` reads the name back, each way the sandhi may have joined it:
# - after a vowel, the glide வ or ய before the ending: விசுவமடு-வ்-இல், கிளிநொச்சி-ய்-இல்;
# - after a name in -அம், the oblique -அத்து: மாங்குளம் is மாங்குளத்தில், மாங்குளத்துக்கு;
# - after a consonant, the ending on it: a consonant a Tamil word may end in (ண் ன் ம் ய் ர் ல் ள் ழ்) is the name's
#   last (முள்ளிவாய்க்காலில்: முள்ளிவாய்க்கால்), any other had a short u that the ending's vowel takes the place of
#   (புதுக்குடியிருப்பில்: புதுக்குடியிருப்பு; முல்லைத்தீவில்: முல்லைத்தீவு);
# - the dative -க்கு after i, ai or e: கிளிநொச்சிக்கு.
# A name may end as an ending does (திருக்கோவில், Thirukkovil: கோவில் is a temple), so the readings are second
# readings, beside the name as written; and two letters of the name must remain.
_TAMIL_ENDINGS: Final = "(?:ில்|ிலிருந்து|ின்|ுக்கு)"
_TAMIL_RE: Final = re.compile("[\u0b80-\u0bff]")
_TAMIL_CONSONANT: Final = "[\u0b95-\u0bb9]"
#: What a word ends in where the glide comes next: a vowel letter, or a consonant's vowel sign.
_TAMIL_VOWEL_END: Final = "[\u0b85-\u0b94\u0bbe-\u0bcc\u0bd7]"
_TAMIL_CASE_RES: Final = (
    (re.compile(f"(?P<stem>.+{_TAMIL_VOWEL_END})[வய]{_TAMIL_ENDINGS}"), ""),  # the glide: -வில், -யில்
    (re.compile(f"(?P<stem>.+{_TAMIL_CONSONANT})த்த{_TAMIL_ENDINGS}"), "ம்"),  # -அத்தில்: -அம்
    (re.compile(f"(?P<stem>.+{_TAMIL_CONSONANT}){_TAMIL_ENDINGS}"), None),  # on a consonant: -லில், -ப்பில்
    (re.compile("(?P<stem>.+[\u0bbf\u0bc0\u0bc6\u0bc7\u0bc8])க்கு"), ""),  # the dative after i, ī, e, ē, ai
)
#: The consonants a Tamil word may end in (with the virama): ண் ன் ம் ய் ர் ல் ள் ழ். Before another, a short u.
_TAMIL_FINAL_CONSONANTS: Final = frozenset("ணனமயரலளழ")
#: The letters of a name that must remain once its ending is off: two (consonants or vowels; not their signs).
_TAMIL_NAME_MIN: Final = 2


def _tamil_word_nominatives(word: str) -> list[str]:
    """One Tamil word without its case ending, each way its sandhi may be read (`_TAMIL_CASE_RES`), where two letters
    of the name remain and the word is no generic word (அருகில், near, is no case of a name)."""
    if _generic_word(word):
        return []
    readings: list[str] = []
    for pattern, restored in _TAMIL_CASE_RES:
        if (found := pattern.fullmatch(word)) is None:
            continue
        stem = found["stem"]
        if restored is None:  # the consonant the ending stands on: the name's last, or one that had a short u
            stem += "்" if stem[-1] in _TAMIL_FINAL_CONSONANTS else "ு"
        else:
            stem += restored
        letters = sum(1 for ch in stem if unicodedata.category(ch) == "Lo")
        if letters >= _TAMIL_NAME_MIN and stem not in readings:
            readings.append(stem)
    return readings


@functools.lru_cache(maxsize=1 << 14)
def _tamil_nominatives(name: str) -> tuple[str, ...]:
    """The name with one Tamil word read without its case ending (`_tamil_word_nominatives`), for each word and
    each way; empty for a name without one: ``_tamil_nominatives("விசுவமடுவில்") == ("விசுவமடு", "விசுவமடுவு")``."""
    words = unicodedata.normalize("NFC", name).split(" ")
    return tuple(dict.fromkeys(
        " ".join([*words[:n], reading, *words[n + 1 :]])
        for n, word in enumerate(words) if "஀" <= word[-1:] <= "௿"
        for reading in _tamil_word_nominatives(word)))


@functools.lru_cache(maxsize=1 << 14)
def _georgian_readings(name: str) -> tuple[tuple[str, float], ...]:
    """The other nominatives of a Georgian name in a case, each with the factor its score takes: the dative read as
    the nominative (1.0: გორს, ქურთასა), and a name in -ა that lost it before its ending (ჯავის, ჯავიდან: ჯავა;
    `_SECOND_READING_FACTOR`); empty for a name without them."""
    found: dict[str, float] = {}
    if "ს" in name:
        found.setdefault(_GEORGIAN_DATIVE_RE.sub(_georgian_nominative, name), 1.0)
    if "ი" in name:
        found.setdefault(_GEORGIAN_A_STEM_RE.sub("ა", name), _SECOND_READING_FACTOR)
    found.pop(name, None)
    return tuple(found.items())


@functools.lru_cache(maxsize=1 << 16)
def _georgian_nominative(match: re.Match[str]) -> str:
    """The nominative's -ი for a dative ending (`_GEORGIAN_DATIVE_RE`) after a consonant, nothing after a vowel."""
    return "" if match.string[match.start() - 1] in _GEORGIAN_VOWELS else "ი"


# Chinese writes a foreign name with characters chosen for their sound (the transcription tables of Xinhua and of
# the place-name authorities): a consonant with no vowel of its own takes a character whose vowel is not said (勒 l,
# 德 d, 斯 s, 普 p, 尔 r), and the syllables ga, ge, gi of the other language take the characters read jia, jie, ji
# in Mandarin (加 ga, 吉 gi), those of ki, si the ones read qi, xi (基 ki, 西 si). A name in Chinese characters is
# also read so (`_HAN_TRANSCRIPTION`, and j, q, x before i as g, k, s), for the second-reading factor: 加勒万 =
# Galwan, 德普桑 = Depsang; the Mandarin reading (Jialewan) stays the first, for the names of China.
_HAN_TRANSCRIPTION: Final[Mapping[str, str]] = {
    "勒": "l", "尔": "r", "爾": "r", "德": "d", "特": "t", "克": "k", "格": "g", "斯": "s", "兹": "z", "茲": "z",
    "茨": "ts", "普": "p", "布": "b", "夫": "f", "姆": "m", "赫": "h", "孜": "z", "什": "sh", "契": "ch",
}  # fmt: skip
_HAN_PALATAL_RE: Final = re.compile("^([jqx])i(?=[aeou])|^([jqx])(?=i)")
_HAN_PALATAL: Final[Mapping[str, str]] = {"j": "g", "q": "k", "x": "s"}


def _han_transcription(name: str) -> str | None:
    """``name`` with its Chinese characters read as the transcription of a foreign name (see `_HAN_TRANSCRIPTION`),
    the other characters as written; None where it has no Chinese character."""
    if not _HAN_RE.search(name):
        return None

    def syllable(ch: str) -> str:
        if ch in _HAN_TRANSCRIPTION:
            return _HAN_TRANSCRIPTION[ch]
        sound = str(anyascii(ch)).lower()
        return _HAN_PALATAL_RE.sub(lambda m: _HAN_PALATAL[m.group(1) or m.group(2)], sound)

    words = _written_on(name).split(" ")
    return " ".join(word if word in _SPELLED_GENERICS else "".join(
        syllable(ch) if _HAN_RE.match(ch) else ch for ch in word) for word in words)

# How the languages of the wires and monitors spell the sounds of a name of another language, where they differ from
# English (`_romanization_readings`); each is a second reading of a name spelled with its letters, as another
# language would write the sound:
#
# - German, Dutch and Polish: ch is kh (Chan Junis, Chan Yunis = Khan Younis; Cherson = Kherson; not the sh and ch
#   of sch and tsch), the Dutch oe is u (Joenis), the Polish rz before a vowel is the palatal r that East Slavic
#   names say r (Krzywy Róg = Kryvyi Rih), and in a word spelled the German or Polish way (sch, sz, cz, a caron, a w
#   no vowel follows: `_KH_ORTHOGRAPHY_RE`) a j after a vowel is the glide y (Dschabalija = Jabaliya);
# - Spanish: j is kh (Jan Yunis = Khan Younis, Jersón = Kherson; not the French dj, nor the lj and nj of the
#   alphabets whose j is the glide), and y before a vowel, first in a word or between vowels, is the j of English
#   spellings (Yenín = Jenin, Yabalia = Jabalia), a reading of its own, as Spanish y is the glide as well (Yunis);
# - Italian, in a name that shows its spelling by an i that only softens the consonant before a, o or u (gia, cia,
#   scia), sc or gh before e or i, or gn: g and c before e and i are j and ch, and gi, ci before a, o, u too
#   (Giabalia = Jabalia); sc before e and i and sci before a, o, u are sh (Sciugiaia = Shujaiya); ch and gh before e
#   and i are k and g, c elsewhere k; gn is ny.
#
# French (ou = u, dj = j, ch = sh), Turkish (c = j, ş = sh, h = kh) and Russian spellings fold to their English
# readings by the letters already (`LATIN_DIGRAPHS`, `LATIN_LETTERS`, `CYRILLIC`). A reading that would change what
# the name's words are (a generic word or qualifier rewritten out of recognition: City read as Chity) is not made.
# The German ch, read kh in a word that shows no German spelling, is a reading for the blocking keys only: English
# and the romanizations of Armenian and Azerbaijani write ch for ch, and a name so spelled scores as its Armenian
# and Cyrillic spellings do (Chatag is not Haytagh); the first reading already forgives ch for kh enough to join
# Chan Junis and Khan Younis (0.86) once their keys meet.
_CENTRAL_EUROPEAN_RE: Final = re.compile("(?<![st])ch|oe|rz(?=[aeiouyąęó])", re.IGNORECASE)
_CENTRAL_EUROPEAN_GLIDE_RE: Final = re.compile("(?<![st])ch|oe|rz(?=[aeiouyąęó])|(?<=[aeiouy])j", re.IGNORECASE)
_CENTRAL_EUROPEAN: Final[Mapping[str, str]] = {"ch": "kh", "j": "y", "oe": "u", "rz": "r"}
_CENTRAL_EUROPEAN_SHOWN_RE: Final = re.compile("oe|rz(?=[aeiouyąęó])", re.IGNORECASE)
_SPANISH_J_RE: Final = re.compile("(?<![dln])j", re.IGNORECASE)
_SPANISH_Y_RE: Final = re.compile(
    "(?<![^\\W\\d_])y(?=[aeiouáéíóú])|(?<=[aeiouáéíóú])y(?=[aeiouáéíóú])", re.IGNORECASE)
_ITALIAN_SHOWN_RE: Final = re.compile("[gc]i(?=[aou])|sc(?=[eiéèìí])|gh(?=[eiéèìí])|gn", re.IGNORECASE)
_ITALIAN_RE: Final = re.compile(
    "sci(?=[aou])|sc(?=[eiéèìí])|gi(?=[aou])|gh(?=[eiéèìí])|g(?=[eiéèìí])|ci(?=[aou])|ch(?=[eiéèìí])"
    "|c[eiéèìí]|c(?!h)|gn", re.IGNORECASE)
_ITALIAN: Final[Mapping[str, str]] = {
    "sci": "sh", "sc": "sh", "gi": "j", "gh": "g", "g": "j", "ci": "ch", "ch": "k", "c": "k", "gn": "ny",
    **{"c" + vowel: "ch" + vowel for vowel in "eiéèìí"},
}  # fmt: skip

# Burmese script writes the names of the Shan, Kachin, Kokang and Rakhine lands, whose own romanizations read its
# letters as their languages say them, not as Burmese does (`BURMESE`, `BURMESE_RHYMES`), and the published names
# follow them. A name in Burmese letters is also read so, as two second readings:
#
# - Shan and Kachin: the rhyme ိုင် (Burmese aing) is ai and ွိုင် is oi (လောက်ကိုင် = Laukkai, လိုင်ဇာ = Laiza,
#   လွိုင်ကော် = Loikaw), ောင် (aung) is awng (နောင်ချို = Nawnghkio), ုန် (on) is un; သ (th) is s (သီပေါ = Hsipaw);
#   ခ with the medial ျ or ြ (ch) is ky (ခြက် = Hkyet);
# - Rakhine: ြ (y) and ရ (y) are r (မြောက်ဦး = Mrauk-U, ရသေ့တောင် = Rathedaung).
_BURMESE_SHAN: Final = _BurmeseReading(
    {**BURMESE, "သ": "s"},
    {**BURMESE_RHYMES, "ိုNG": "ai", "ွိုNG": "oi", "ောNG": "awng", "ုN": "un"},
    "ky",
    "",
)
_BURMESE_RAKHINE: Final = _BurmeseReading({**BURMESE, "ရ": "r"}, BURMESE_RHYMES, "ch", "r")
_BURMESE_MINOR: Final = _BURMESE_STANDARD._replace(minor=True)


def _burmese_reading(name: str, reading: _BurmeseReading) -> str:
    """``name`` with its Burmese words romanized by ``reading``, its generic words (ကျေးရွာ, မြို့) as written."""
    words = _written_on(name).split(" ")
    return " ".join(
        _BURMESE_RUN_RE.sub(lambda run: _burmese_word(run.group(), reading), word)
        if _BURMESE_RUN_RE.search(word) and not _generic_word(word) else word
        for word in words
    )


def _same_words(name: str, reading: str) -> bool:
    """Whether ``reading`` has the qualifiers, kind and number of name words that ``name`` has."""
    (parsed, words), (again, read) = _read(name), _read(reading)
    return (parsed.tags, parsed.kind, len(words)) == (again.tags, again.kind, len(read))


def _spelled(found: re.Match[str], spelled: Mapping[str, str]) -> str:
    """The letters of ``found`` as ``spelled`` writes them, capitalised where they are (a letter that matched by
    its case only, as the Turkish ı matches i, as written)."""
    text = found.group()
    letters = spelled.get(text.lower(), text)
    return letters.capitalize() if text[:1].isupper() else letters


_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")


def _respelled(name: str, pattern: re.Pattern[str], spelled: Mapping[str, str]) -> str:
    """``name`` with the letters ``pattern`` finds spelled as ``spelled`` has them, in its words that are no generic
    words (мухафаза, City: the lexicon knows them as written)."""
    def word(found: re.Match[str]) -> str:
        text = found.group()
        if not pattern.search(text) or _generic_word(text):
            return text
        return pattern.sub(lambda letters: _spelled(letters, spelled), text)

    return _LETTERS_RE.sub(word, name)


# The kh of English, Russian and Arabic spellings (kh, х, خ) as Spanish writes it, j: a reading for the blocking keys,
# so that Khan Younis and خان يونس wait under the key of Jan Yunis and Херсон under that of Jersón. Not the x of
# Azerbaijani and Turkish spellings, read by their own letters.
_KH_RE: Final = re.compile("kh|х|خ", re.IGNORECASE)
_SPANISH_KH: Final[Mapping[str, str]] = {"kh": "j", "х": "дж", "خ": "ج"}


class _Reading(NamedTuple):
    """A reading of `_romanization_readings`: its text, and whether the blocking keys and `similarity` read it."""

    text: str
    keys: bool
    score: bool


# The hard c and the qu of French, English, Spanish, Italian and Portuguese spellings, said k, where Haitian
# Creole, Kurdish, Albanian and the Slavic languages write k (Kenscoff = Kenskòf, Cabaret = Kabarè, Quartier =
# Kartye): c before a, o, u or at the end of a word, and qu before a vowel. A reading for the blocking keys only,
# whose key reads c as the affricate of the Slavic and Turkic spellings (Cacak, Cəbrayıl); the similarity already
# reads c as k beside k.
_HARD_C_RE: Final = re.compile("qu(?=[aeiouyàâäéèêëîïôö])|c(?=[aouàâäôöûü]|$)|ck", re.IGNORECASE)
_HARD_C: Final[Mapping[str, str]] = {"qu": "k", "c": "k", "ck": "k"}
# The silent last consonant of a French word, which the Creole spelling leaves out (Cabaret = Kabarè, Bouquets =
# Boukè): t or ts after e or o, t or s after ai, s after oi, x after au or eu, at the end of each word, with the
# hard c read as k (`_HARD_C_RE`), for the keys only.
_FRENCH_SILENT_RE: Final = re.compile("(?<=[eéo])ts?$|(?<=ai)[ts]$|(?<=oi)s$|(?<=[ae]u)x$", re.IGNORECASE)
_FRENCH_SILENT: Final[Mapping[str, str]] = dict.fromkeys(("t", "ts", "s", "x"), "")


# The French ou before a vowel within a word, the glide w of other spellings (Jouaiyya = Jwayya = جويا, Kouara =
# Kwara, Tinzaouatène = Tinzawaten); a first Ou the sound rules already read so (`_FRENCH_OU_RE`: Ouadi = Wadi). A
# second reading, for the keys and the similarity alike: the first keeps the u (Souar = Suar).
_FRENCH_GLIDE_OU_RE: Final = re.compile("(?<=[a-zàâäéèêëîïôöûüç])ou(?=[aeiyàâäéèêëîïôö])", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)
def _romanization_readings(name: str) -> tuple[_Reading, ...]:
    """The name read as the European languages spell the sounds of other languages (see `_CENTRAL_EUROPEAN_RE`) and,
    in Burmese letters, as the Shan, Kachin and Rakhine romanizations read them (`_BURMESE_SHAN`,
    `_BURMESE_RAKHINE`) and with a first syllable as the minor syllable (`_BURMESE_MINOR`); each only where it
    changes the name and not its words (`_same_words`); empty for most names. The keys read the name's letters as
    another language's spelling (ch as kh) or as another language would spell its sound (kh as the Spanish j);
    `similarity` reads only a spelling the name shows, or one whose sound the other name has (`_spelled_against`),
    so that a name spelled the English way scores as its Armenian and Cyrillic spellings do."""
    readings: dict[str, tuple[bool, bool]] = {}

    def add(text: str, keys: bool, score: bool) -> None:
        was = readings.get(text, (False, False))
        readings[text] = (was[0] or keys, was[1] or score)

    if any("\u1000" <= ch <= "\u109f" for ch in name):
        for burmese in (_BURMESE_SHAN, _BURMESE_RAKHINE, _BURMESE_MINOR):
            add(_burmese_reading(name, burmese), True, True)
    else:
        lower = name.lower()
        if not _TURKIC_MARKS.isdisjoint(lower):
            return ()  # Azerbaijani and Turkish letters: c is j, j is zh, as the first reading has them
        if "ch" in lower or "oe" in lower or "rz" in lower or "j" in lower:
            german = _KH_ORTHOGRAPHY_RE.search(lower) is not None
            central = _CENTRAL_EUROPEAN_GLIDE_RE if german else _CENTRAL_EUROPEAN_RE
            add(_respelled(name, central, _CENTRAL_EUROPEAN), True,
                german or _CENTRAL_EUROPEAN_SHOWN_RE.search(name) is not None)
        if "j" in lower and _GLIDE_ALPHABET.isdisjoint(lower):
            add(_respelled(name, _SPANISH_J_RE, {"j": "kh"}), False, True)
        if "y" in lower:
            add(_respelled(name, _SPANISH_Y_RE, {"y": "j"}), True, True)
        if "kh" in lower or "х" in lower or "خ" in name:
            add(_respelled(name, _KH_RE, _SPANISH_KH), True, False)
        if _ITALIAN_SHOWN_RE.search(name):
            add(_respelled(name, _ITALIAN_RE, _ITALIAN), True, True)
        if "ou" in lower and _FRENCH_GLIDE_OU_RE.search(name):
            add(_respelled(name, _FRENCH_GLIDE_OU_RE, {"ou": "w"}), True, True)
        said = name
        if ("c" in lower or "q" in lower) and _HARD_C_RE.search(name):
            said = _respelled(name, _HARD_C_RE, _HARD_C)
            add(said, True, False)
        if lower[-1:] in ("t", "s", "x") and _FRENCH_SILENT_RE.search(lower):
            add(_respelled(said, _FRENCH_SILENT_RE, _FRENCH_SILENT), True, False)
    return tuple(_Reading(text, keys, score) for text, (keys, score) in readings.items()
                 if text != name and _same_words(name, text))


# The ambiguous j is the affricate or the glide of the other name's spelling (`_spelled_against`).
_SOUND_OF: Final = str.maketrans({"j": "ʤ"})


@functools.lru_cache(maxsize=1 << 16)
def _romanization_edits(name: str) -> tuple[tuple[str, frozenset[str] | None, frozenset[str]], ...]:
    """The readings `similarity` may read of `_romanization_readings`, with the sounds each has more than the name
    and those it has fewer (``None`` and nothing for a reading of Burmese letters, read against any name)."""
    readings = [reading.text for reading in _romanization_readings(name) if reading.score]
    if not readings:
        return ()
    if any("\u1000" <= ch <= "\u109f" for ch in name):
        return tuple((reading, None, frozenset()) for reading in readings)
    stem = collections.Counter(parse(name).stem.translate(_SOUND_OF))
    out: list[tuple[str, frozenset[str] | None, frozenset[str]]] = []
    for reading in readings:
        read = collections.Counter(parse(reading).stem.translate(_SOUND_OF))
        out.append((reading, frozenset(read - stem), frozenset(stem - read)))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _sounds(name: str) -> frozenset[str]:
    return frozenset(parse(name).stem.translate(_SOUND_OF))


def _spelled_against(name: str, other: str) -> tuple[tuple[str, float], ...]:
    """The readings of ``name`` as other languages spell (`_romanization_readings`) that ``other`` bears out, for
    `_SECOND_READING_FACTOR`: those whose new sounds ``other`` has (Jan Yunis read Khan Yunis against Khan Younis,
    not against Han Yunus; Sciugiaia read Shujaia against Shujaiya), or that only leave out sounds ``other`` does not
    have (Krzywy Róg read Krywy Róg against Kryvyi Rih). A reading that writes no sound of the other name proves
    nothing, and the letters of one name read every way would meet many others."""
    edits = _romanization_edits(name)
    if not edits:
        return ()
    sounds = _sounds(other)
    return tuple(
        (reading, _SECOND_READING_FACTOR) for reading, more, fewer in edits
        if more is None or (more <= sounds if more else bool(fewer) and fewer.isdisjoint(sounds))
    )


def _spelled_stems(name: str) -> list[str]:
    """The stems of the readings of `_romanization_readings` that the blocking keys read."""
    return [parse(reading.text).stem for reading in _romanization_readings(name) if reading.keys]


def _generic_word(word: str) -> bool:
    """Whether a word as written is a generic word (`GENERIC_WORDS`) on its own."""
    folded = _fold_word(word)
    return bool(folded) and _generic(word, folded, _lexicons()[1]) is not None


# --------------------------------------------------------------------------------------------------------------
# Korean (Hangul)
# --------------------------------------------------------------------------------------------------------------

_HANGUL_RE: Final = re.compile("[\uac00-\ud7a3]")
#: The consonants and vowels of a Hangul syllable in the Revised Romanization of Korean (the initial ㅇ is silent).
_HANGUL_INITIALS: Final = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
                           "p", "h")
_HANGUL_VOWELS: Final = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
                         "we", "wi", "yu", "eu", "ui", "i")
#: A final consonant (the 27 finals in Unicode order, after none) as said before a pause or another consonant (its
#: class: k, n, t, l, m, p, ng), and as said before a vowel, where it begins the next syllable.
_HANGUL_FINAL_CLASS: Final = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m",
                              "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")
_HANGUL_FINAL_LINKED: Final = ("", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r",
                               "m", "b", "ps", "s", "ss", "ng", "j", "ch", "k", "t", "p", "")
#: A final and the consonant after it as Korean says them, as the Revised Romanization writes them: a stop before
#: a nasal is a nasal (백마 = Baengma), ㄹ after another consonant than ㄴ or ㄹ is n and nasalizes a stop before it
#: (백령 = Baengnyeong, 종로 = Jongno), ㄴ and ㄹ together are ll (신라 = Silla, 설날 = Seollal).
_HANGUL_MEETING: Final[Mapping[tuple[str, str], tuple[str, str]]] = {
    ("k", "n"): ("ng", "n"), ("k", "m"): ("ng", "m"), ("k", "r"): ("ng", "n"),
    ("t", "n"): ("n", "n"), ("t", "m"): ("n", "m"), ("t", "r"): ("n", "n"),
    ("p", "n"): ("m", "n"), ("p", "m"): ("m", "m"), ("p", "r"): ("m", "n"),
    ("m", "r"): ("m", "n"), ("ng", "r"): ("ng", "n"),
    ("n", "r"): ("l", "l"), ("l", "n"): ("l", "l"), ("l", "r"): ("l", "l"),
}  # fmt: skip


#: The vowels of McCune–Reischauer without their breves (ŏ, ŭ as o, u), as North Korea, KCNA and older maps write
#: them (Yŏnp'yŏng, Yonphyong).
_HANGUL_VOWELS_MR: Final = ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
                            "we", "wi", "yu", "u", "ui", "i")
_HANGUL_UNVOICED: Final[Mapping[str, str]] = {"g": "k", "d": "t", "b": "p", "j": "ch"}


def _hangul_word(word: str, mccune_reischauer: bool = False) -> str:
    """A word with its Hangul syllables in the Revised Romanization of Korean, as the names of South Korea are
    published, with the sound changes it writes: a final consonant before a vowel begins the next syllable (목입 =
    mogip), a final is said k, n, t, l, m, p or ng before a consonant and at the end (독도 = Dokdo), and the
    assimilations of `_HANGUL_MEETING` (백령도 = Baengnyeongdo). anyascii reads each syllable alone (Baeglyeongdo).

    With ``mccune_reischauer``, in the McCune–Reischauer romanization without its marks, as North Korea and older
    sources write names: ㅓ and ㅡ are o and u (ŏ, ŭ), and ㄱ, ㄷ, ㅂ, ㅈ are k, t, p, ch where they are not voiced,
    first in a word and after a stop (Kaesong, Paengnyong; Gaeseong, Baengnyeong), g, d, b, j between voiced
    sounds (Tongducheon: Tongduch'ŏn)."""
    vowels = _HANGUL_VOWELS_MR if mccune_reischauer else _HANGUL_VOWELS
    parts: list[tuple[str, str, int]] = []  # (initial, vowel, final) of each syllable; other characters as written
    out: list[str] = []
    for ch in word:
        if not "\uac00" <= ch <= "\ud7a3":
            parts.append((ch, "", -1))
            continue
        index = ord(ch) - 0xAC00
        parts.append((_HANGUL_INITIALS[index // 588], vowels[index % 588 // 28], index % 28))
    for n, (initial, vowel, final) in enumerate(parts):
        if final < 0:
            out.append(initial)
            continue
        if mccune_reischauer and initial in _HANGUL_UNVOICED and (
                not n or parts[n - 1][2] < 0 or _HANGUL_FINAL_CLASS[parts[n - 1][2]] in ("k", "t", "p")):
            initial = _HANGUL_UNVOICED[initial]
        out.append(initial + vowel)
        if not final:
            continue
        after = parts[n + 1] if n + 1 < len(parts) else None
        if after is None or after[2] < 0:
            out.append(_HANGUL_FINAL_CLASS[final])
        elif after[0] == "":
            out.append(_HANGUL_FINAL_LINKED[final])
        else:
            meeting = _HANGUL_MEETING.get((_HANGUL_FINAL_CLASS[final], after[0]))
            if meeting is None:
                out.append(_HANGUL_FINAL_CLASS[final])
            else:
                out.append(meeting[0])
                parts[n + 1] = (meeting[1], after[1], after[2])
    return "".join(out)


#: The Korean units as the romanizations write them after a hyphen (`_KOREAN_UNITS_LATIN`); the island 섬 (an
#: English "island" after a name is a word of the name: left out).
_HANGUL_UNITS_LATIN: Final[Mapping[str, str]] = {
    "도": "do", "군": "gun", "구": "gu", "면": "myeon", "읍": "eup", "시": "si", "리": "ri", "동": "dong", "섬": "",
}


#: The longest name read in the romanizations of Hangul (`_hangul_reading`): no Korean place name, nor an address,
#: is so long, and each reading of a name compared costs a comparison of its own (quadratic in the stems' length).
_HANGUL_READING_MAX: Final = 64


def _hangul_reading(name: str, mccune_reischauer: bool, apart: bool = False, sized: bool = False) -> str:
    """A name in Hangul in the Latin letters of a romanization (`_hangul_word`), its particles and words of context
    (인근, 일대, 해상) left out and its units kept on it, as a romanization writes a name in one word (연평도에서 =
    Yeonpyeongdo, Yonphyongdo); with ``apart``, its units after a hyphen, as a unit is written set apart (연평도 =
    Yonphyong-do, which reads as Yonphyong against Yonphyong Islet); with ``sized``, big and small written onto a
    name (`_HANGUL_SIZE_RE`) as the qualifier words they are (대연평도 = big Yeonpyeongdo, as Greater Yeonpyeong
    Island says). A second reading, against names romanized."""
    words: list[str] = []
    for word in _written_on(name).split():
        if word in _HANGUL_UNITS_LATIN and words:
            words[-1] += f"-{_HANGUL_UNITS_LATIN[word]}" if apart else word
        elif (sized and (size := _HANGUL_SIZE_RE.match(word))
              and len(_fold_word(word[size.end() :])) >= _HANGUL_SIZED_REST):
            words += [_HANGUL_SIZE_PREFIXES[size.group(1)], word[size.end() :]]
        elif not _HANGUL_RE.match(word) or _SPELLED_GENERICS.get(word) != "context":
            words.append(word)
    return " ".join(_hangul_word(word, mccune_reischauer) for word in words)


# Modern Hebrew says ע as a glottal stop or not at all, and Israel's romanization leaves it out: a first ע before the
# vowel letter ו or י is also read silent, with the vowel that letter writes as o or e (the Kurdish letters ۆ, ێ,
# as `_vowel_readings` writes them): עופר = Ofer, עין = Ein. Before a consonant its vowel is unwritten, and ע keeps
# its a (עזה, Aza).
_HEBREW_SILENT_AYIN: Final[Mapping[str, str]] = {"ו": "\u06c6", "י": "\u06ce"}


def _somali_reading(name: str) -> str | None:
    """The name read as Somali spells it, its c the ayin, which other spellings leave out (Ceel Cado = El Adde,
    Cadaado = Adado), or `None` where the name does not show itself Somali: letters other than ASCII ones, no long
    vowel written double, no c, or a ch."""
    if not _SOMALI_NAME_RE.fullmatch(name) or not _SOMALI_LONG_VOWEL_RE.search(name):
        return None
    if not _SOMALI_AYIN_RE.search(name) or "ch" in name.lower():
        return None
    reading = _SOMALI_AYIN_RE.sub("", name).strip()
    return reading or None


def _other_readings(name: str) -> tuple[tuple[str, float], ...]:
    """The texts a name may also be read as, each with the factor its score takes: without the Hebrew one-letter
    words (`_unprefixed`, 1.0), and with the jim read as g, the Hebrew ע that begins a name as gh or silent
    before ו or י (`_HEBREW_SILENT_AYIN`; silent only where it begins the word after a head word: ניר עוז), x
    read as ks, a Somali name without its c, the ayin (`_somali_reading`), a Latin name without the article written
    onto it (`_JOINED_ARTICLE_RE`), an Albanian spelling in Serbian letters, the Arabic one-letter words read the
    other way (`_clitic_reading`), the Arabic article as the syllable al of the name (`_article_reading`), و before
    ي as the diphthong oy (`_diphthong_reading`), a word's final و as v (`_final_waw_reading`), a Tamil word without
    its case ending (`_tamil_nominatives`), a Kyrgyz one without its own (`_kyrgyz_nominative`), a Polish name in
    -ów in a case (`_polish_nominative`), a Greek name in a case, in the phonetic spelling or with χ as kh
    (`_greek_readings`) or the Tajik ҳ and the Kyrgyz ң as Russian spells them (`_russian_spelling`)
    (`_SECOND_READING_FACTOR`); empty for most names."""
    readings: dict[str, float] = dict.fromkeys(_unprefixed(name), 1.0)
    if "ج" in name:
        readings.setdefault(name.replace("ج", "گ"), _SECOND_READING_FACTOR)
    elif ("j" in name or "J" in name) and _ARABIC_LATIN_ARTICLE_RE.search(name):
        readings.setdefault(_LATIN_JIM_RE.sub("g", name), _SECOND_READING_FACTOR)
    if "ע" in name:
        bare = "".join(ch for ch in name if unicodedata.category(ch) != "Cf").strip()
        for text in (bare, *_unprefixed(name)):
            # The name's first word, after the place words before it (העיר עזה, Gaza City; כלא עופר, Ofer prison),
            # and the word after it where it is a head word, which begins the name the head word governs (ניר עוז,
            # Nir Oz), there silent only: the ghayn's K would give the many names of a head word and an ע (כפר עזה,
            # Kfar Aza) a second key.
            words = text.split(" ")
            first = next((n for n, word in enumerate(words) if not _generic_word(word)), 0)
            at = (first, first + 1) if first + 1 < len(words) and _fold_word(words[first]) in _HEAD_WORDS else (first,)
            for n in at:
                word = words[n]
                if word[:1] != "ע":
                    continue
                read = ["غ" + word[1:]] if n == first else []
                if word[1:2] in _HEBREW_SILENT_AYIN and len(word) > 2:
                    read.append(_HEBREW_SILENT_AYIN[word[1]] + word[2:])
                for reading in read:
                    readings.setdefault(" ".join((*words[:n], reading, *words[n + 1 :])), _SECOND_READING_FACTOR)
    if ("x" in name or "X" in name) and _TURKIC_MARKS.isdisjoint(name.lower()) and _LATIN_X_RE.search(name):
        readings.setdefault(_LATIN_X_RE.sub("ks", name), _SECOND_READING_FACTOR)
    if (somali := _somali_reading(name)) is not None:
        readings.setdefault(somali, _SECOND_READING_FACTOR)
    if _SOMALI_NAME_RE.fullmatch(name) and _JOINED_ARTICLE_RE.match(name):
        readings.setdefault(_JOINED_ARTICLE_RE.sub("", name, count=1), _SECOND_READING_FACTOR)
    albanian = _albanian_reading(name)
    if albanian is not None:
        readings.setdefault(albanian, _SECOND_READING_FACTOR)
    if (nominative := _albanian_nominative(name)) is not None:
        readings.setdefault(nominative, _SECOND_READING_FACTOR)
    for greek in _greek_readings(name):
        readings.setdefault(greek, _SECOND_READING_FACTOR)
    if "ب" in name or "و" in name or "ف" in name:
        clitic = _clitic_reading(name)
        if clitic is not None:
            readings.setdefault(clitic, _SECOND_READING_FACTOR)
    for reading, factor in _georgian_readings(name):
        readings.setdefault(reading, factor)
    if (transcribed := _han_transcription(name)) is not None:
        readings.setdefault(transcribed, _SECOND_READING_FACTOR)
    if len(name) <= _HANGUL_READING_MAX and _HANGUL_RE.search(name):
        for system in (False, True):
            readings.setdefault(_hangul_reading(name, system), _SECOND_READING_FACTOR)
        readings.setdefault(_hangul_reading(name, True, apart=True), _SECOND_READING_FACTOR)
        if any(_HANGUL_SIZE_RE.match(word) for word in _written_on(name).split()):
            for system in (False, True):
                readings.setdefault(_hangul_reading(name, system, sized=True), _SECOND_READING_FACTOR)
    if "ال" in name and (article := _article_reading(name)) is not None:
        readings.setdefault(article, _SECOND_READING_FACTOR)
    if "و" in name and (diphthong := _diphthong_reading(name)) is not None:
        readings.setdefault(diphthong, _SECOND_READING_FACTOR)
    if "و" in name and (final_v := _final_waw_reading(name)) is not None:
        readings.setdefault(final_v, _SECOND_READING_FACTOR)
    if (nominative := _slavic_nominative(name)) is not None:
        readings.setdefault(nominative, _SECOND_READING_FACTOR)
    if (kyrgyz := _kyrgyz_nominative(name)) is not None:
        readings.setdefault(kyrgyz, _SECOND_READING_FACTOR)
    if (polish := _polish_nominative(name)) is not None:
        readings.setdefault(polish, _SECOND_READING_FACTOR)
    if (russian := _russian_spelling(name)) is not None:
        readings.setdefault(russian, _SECOND_READING_FACTOR)
    if _TAMIL_RE.search(name):
        for tamil in _tamil_nominatives(name):
            readings.setdefault(tamil, _SECOND_READING_FACTOR)
    readings.pop(name, None)
    return tuple(readings.items())


def similarity(a: str, b: str) -> float:
    """How likely two names are to name the same place, in [0, 1]; symmetric; uses no gazetteer.

    Rules, in order:

    - 1.0 when both fold to the same key (the same name in any script or romanization);
    - otherwise 1 minus the weighted edit distance between the stems divided by 1.3 times the length of the longer
      stem: confusions of `SUBSTITUTION_COSTS` cost 0.15-0.7, leaving out a vowel, y or h 0.3-0.6, swapping two
      neighbours 1.0, any other substitution or leaving out a consonant 1.6; an edit at the first sound costs 1.6
      times more; a place-name word (`SUFFIXES`) that ends both stems counts half in the length, and two different
      ones multiply the score by 0.85; two stems whose alignment would have more than 128 * 128 cells (no place
      name; hostile text) are aligned within 8 sounds of its diagonal only (`_banded_cells`): the distance or more;
    - an ending on one side only (`ENDINGS`) may be left out, for its factor (0.9-0.95); words of one name at its
      ends, or one in its middle, may be left out for 0.85, the rest compared with the other name however that one
      spaces its syllables (Thi Tu Island = Thitu), never a head word (Kfar Aza is no Aza) nor down to head words
      alone, and not where the two names share words and each has one of its own; two words may swap for 0.95
      (the best of these readings counts);
    - two names that both begin with a head word (Kfar, Deir, Tel, San ...; one written onto a one-word name,
      Kfarkila, against a name that writes it apart) score at most what the words after the head words score by
      these rules (`_after_head`): Kfar Kila / Kfar Giladi is Kila / Giladi;
    - a Hebrew word read with and without the one-letter words written onto it (`_HEBREW_PREFIX_RE`: בשדרות, in
      Sderot, = שדרות), where three letters remain (לוד, Lod, stays whole), and an Amharic one with and without the
      preposition (`_ETHIOPIC_PREFIX_RE`: በመቐለ, in Mekelle, = መቐለ), where two syllables remain; an Arabic name
      with its jim (ج, or j after the article al-/el-) also read as the Egyptian g (الجنينة = El Geneina); a Latin
      x after a letter also read as ks where no Azerbaijani letter shows it is kh (Axum = Aksum), a Hebrew ע also
      read as gh (עזה = Gaza), and silent before ו or י (עופר = Ofer), an Arabic-script word's final و also read
      as v (تل‌آویو = Tel Aviv), a name spelled the Albanian way also read in Serbian letters (Qyshk = Ćuška, Lubeniq =
      Ljubenić), and an Arabic word whose ب, و or ف may be a one-letter word or its own first letter read the
      other way (`_clitic_reading`: بام درمان = أم درمان, بالاكوت = Balakot), a Tamil name read without the case
      ending Tamil joins to it (`_tamil_nominatives`: விசுவமடுவில், in Visuvamadu, = விசுவமடு), a Kyrgyz name
      without its own (`_kyrgyz_nominative`: Баткенде, in Batken, = Баткен) and a name with the Tajik ҳ and the
      Kyrgyz ң as Russian spells them (`_russian_spelling`: Воруҳ = Ворух), these eight for a factor of 0.95; and,
      against a name not in Arabic letters, an Arabic name with its vowel و and ي read as o and e (1.0) and its
      vowel و as wo (0.95; `_vowel_readings`: ميتيلي = Metele, غوزا = Gwoza); the best reading counts;
    - different qualifiers of one dimension (Upper/Lower, New/Old, Big/Small, First/Second) cap the score at 0.5,
      in every reading (a romanized reading of Hangul writes 대, big, into the name: 대연평도 = Daeyeonpyeongdo), and
      so do different numbers (Height 1024 / Height 1025) and dates of different months (`_months_apart`: 20 de
      Julio / 20 de Junio);
    - each dimension qualified on one side only multiplies the score by `MISSING_QUALIFIER_FACTOR`.
    """
    pa, pb = parse(a), parse(b)
    score = _name_similarity(pa, pb)
    if score == 1.0:
        return score
    ra, rb = _readings_against(a, b), _readings_against(b, a)
    if ra or rb:
        for (x, fx), (y, fy) in itertools.product(((a, 1.0), *ra), ((b, 1.0), *rb)):
            if fx * fy > score:
                score = max(score, fx * fy * _name_similarity(parse(x), parse(y)))
        if _qualifiers_conflict(pa.tags, pb.tags):
            # Two names that say Big and Small as written name two places in any reading: a reading in the letters
            # of a romanization writes the qualifier into the name (대연평도 = Daeyeonpyeongdo, 소연평도 =
            # Soyeonpyeongdo), where it is one sound more.
            score = min(score, _CONFLICT_CAP)
    if score > _CONFLICT_CAP and _months_apart(a, b):
        # Dates of two months name two places, as two numbers do: 20 de Julio and 20 de Junio are one letter apart.
        score = _CONFLICT_CAP
    return score


def _qualifiers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names' qualifier tags say different things of one dimension (Upper and Lower)."""
    if a == b or not a or not b:
        return False
    da, db = _dimensions(a), _dimensions(b)
    return any(dim in db and da[dim] != db[dim] for dim in da)


def _readings_against(name: str, other: str) -> tuple[tuple[str, float], ...]:
    """The other readings of ``name`` (`_other_readings`) when compared with ``other``, and its Arabic vowels read as
    o and e (`_vowel_readings`) where ``other`` is not written in Arabic letters: two Arabic spellings write their
    vowels alike, and the readings are for a name of another script."""
    readings = _other_readings(name)
    if spelled := _spelled_against(name, other):
        readings = (*readings, *spelled)
    if ("و" in name or "ي" in name or "ی" in name) and not _has_arabic_letters(other):
        vowels = _vowel_readings(name)
        if vowels:
            return (*readings, *zip(vowels, (_VOWEL_READING_FACTOR, _SECOND_READING_FACTOR), strict=False))
    return readings


def _has_arabic_letters(name: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


def same_place(a: str, b: str) -> bool:
    """``similarity(a, b) >= SAME_PLACE_THRESHOLD``."""
    return similarity(a, b) >= SAME_PLACE_THRESHOLD


# --------------------------------------------------------------------------------------------------------------
# Claim text
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class Mention:
    """One place named in a claim's place text: ``name`` as written (generic and context words removed,
    qualifiers kept), ``text`` the whole piece it came from, and the ``kind`` its generic words say
    (``"region"`` for "Qazakh Rayon", ``"settlement"`` for "the village of Movses", ``None`` when unmarked).
    ``area`` is true for a region that is itself the place the text is about, not one another place lies in:
    "Spin Boldak district" alone, or before the regions that contain it ("Spin Boldak district, Kandahar
    province"); Qazakh in "Asagi Askipara, Qazakh Rayon" or "Qazakh Rayon, Asagi Askipara" is no area.
    ``reference`` is true for a place a distance or direction is measured from (Goma in "27 km west of Goma", "à
    l'ouest de Goma"), for the town a place is said to be near (Maiduguri in "Konduga, près de Maiduguri"), and for
    the towns at the ends of a road the incident was on (Gao and Ansongo in "the
    Gao–Ansongo road"): the text places something away from it. ``container`` is true for a place written after
    the incident's place, address-style, to say what it lies in (Tripoli in "Ain Zara, Tripoli"): the incident is
    there, only said more coarsely. ``broad`` is true for a name of a state's size, which says in which state or
    province the incident was, not where: a name of `STATE_NAMES` ("Jammu and Kashmir", "J&K", "Bosnia and
    Herzegovina") or of `COUNTRY_NAMES` ("Syria", "northern Syria", "Сирия"), a container of a unit or of another
    container ("Kashmir" in "Uri, Baramulla district, Kashmir"; "Libya" in "Ain Zara, Tripoli, Libya"), and a side
    of a border written beside it ("Turkey-Syria" in "the Turkey-Syria border, Akçakale", "Colombia" in "la frontera
    con Colombia, Cúcuta": `_border_sides`)."""

    name: str
    text: str
    kind: Kind | None = None
    reference: bool = False
    container: bool = False
    area: bool = False
    broad: bool = False


#: Names of states, provinces and countries that a place text would otherwise misread, each as a tuple of its
#: spellings, the first the one `state_name` gives: names with a conjunction inside ("Jammu and Kashmir", "Bosnia
#: and Herzegovina", "Trinidad and Tobago", which would be cut into two places at "and"), and the abbreviations
#: sources write for them ("J&K", "AJK", "BiH"), which read as a place's name. `mentions` keeps each one name and
#: marks it `Mention.broad`: it says in which state the incident was, never where. A spelling matches with any
#: romanization that `similarity` scores at `RESOLVE_THRESHOLD` or more and that has its phonetic key; an
#: abbreviation by its letters, where a name writes two capitals or more, with any punctuation ("J & K", "AJ&K";
#: "Ajk" is a name).
STATE_NAMES: Final[tuple[tuple[str, ...], ...]] = (
    # The two sides of the Line of Control, by their official names, the other side's names and the press's.
    ("Jammu and Kashmir", "Jammu & Kashmir", "Jammu-Kashmir", "Jammu Kashmir", "J&K", "J and K", "जम्मू और कश्मीर",
     "जम्मू-कश्मीर", "जम्मू कश्मीर", "جموں و کشمیر", "جموں کشمیر", "Джамму и Кашмир", "Jammu-et-Cachemire",
     "Indian-administered Kashmir", "Indian-held Kashmir", "Indian-occupied Kashmir", "Indian Occupied Kashmir",
     "Indian Illegally Occupied Jammu and Kashmir", "IOK", "IOJK", "IIOJK", "مقبوضہ کشمیر", "مقبوضہ جموں و کشمیر"),
    ("Azad Jammu and Kashmir", "Azad Kashmir", "AJK", "AJ&K", "آزاد جموں و کشمیر", "آزاد کشمیر", "आज़ाद कश्मीर",
     "Pakistan-administered Kashmir", "Pakistani-administered Kashmir", "Pakistan-held Kashmir",
     "Pakistan-occupied Kashmir", "Pakistan Occupied Kashmir", "Pakistan-occupied Jammu and Kashmir", "PoK",
     "PoJK", "पाक अधिकृत कश्मीर", "पीओके"),
    ("Gilgit-Baltistan", "Gilgit Baltistan", "گلگت بلتستان", "गिलगित-बाल्टिस्तान"),
    ("Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "خیبر پختونخوا", "KPK"),
    ("Federally Administered Tribal Areas", "FATA"),
    ("Andaman and Nicobar Islands", "Andaman and Nicobar"),
    ("Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia-Herzegovina", "Bosna i Hercegovina",
     "Босна и Херцеговина", "Босния и Герцеговина", "Боснія і Герцеговина", "Bosnie-Herzégovine",
     "Bosnien und Herzegowina", "BiH"),
    ("Federation of Bosnia and Herzegovina", "Federacija Bosne i Hercegovine", "FBiH"),
    ("Kabardino-Balkaria", "Kabardino-Balkar Republic", "Кабардино-Балкария", "Кабардино-Балкарская Республика"),
    ("Karachay-Cherkessia", "Karachayevo-Cherkessia", "Карачаево-Черкесия"),
    ("Khanty-Mansi", "Ханты-Мансийский"),
    ("Trinidad and Tobago", "Trinité-et-Tobago", "Trinidad y Tobago"),
    ("Antigua and Barbuda", "Antigua-et-Barbuda", "Antigua y Barbuda"),
    ("Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis", "Saint-Christophe-et-Niévès"),
    ("Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines"),
    ("Turks and Caicos Islands", "Turks and Caicos"),
    ("São Tomé and Príncipe", "Sao Tome and Principe", "São Tomé e Príncipe", "Sao Tomé-et-Principe"),
    ("Saint Pierre and Miquelon", "Saint-Pierre-et-Miquelon"),
    ("Wallis and Futuna", "Wallis-et-Futuna"),
    ("Svalbard and Jan Mayen",),
    ("Heard Island and McDonald Islands",),
)  # fmt: skip


class _StateNames(NamedTuple):
    """`STATE_NAMES` indexed for `state_name` and for `mentions`' joining of names cut at a conjunction."""

    by_key: dict[str, list[tuple[str, str]]]  # phonetic key -> (spelling, the name's first spelling)
    abbreviations: dict[str, str]  # an abbreviation's letters, case-folded -> the name's first spelling
    joints: frozenset[tuple[str, str]]  # phonetic keys of the words on both sides of a conjunction in a spelling


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@functools.cache
def _state_names() -> _StateNames:
    by_key: dict[str, list[tuple[str, str]]] = {}
    abbreviations: dict[str, str] = {}
    joints: set[tuple[str, str]] = set()
    for spellings in STATE_NAMES:
        for spelling in spellings:
            if sum(ch.isupper() for ch in spelling) >= 2 and len(_letters(spelling)) <= 5:
                abbreviations[_letters(spelling)] = spellings[0]
            else:
                by_key.setdefault(phonetic_key(spelling), []).append((spelling, spellings[0]))
            parts = _SEPARATOR_SPLIT_RE.split(spelling)
            for n in range(1, len(parts) - 1, 2):
                if _conjunction(parts[n]) and parts[n - 1].split() and parts[n + 1].split():
                    joints.add((phonetic_key(parts[n - 1].split()[-1]), phonetic_key(parts[n + 1].split()[0])))
    return _StateNames(by_key, abbreviations, frozenset(joints))


def state_name(name: str) -> str | None:
    """The first spelling of the `STATE_NAMES` entry that ``name`` is ("Jammu and Kashmir" for "J&K",
    "जम्मू-कश्मीर" or "Jammu & Kashmir"), or ``None``: a spelling of the table, or a name `similarity` scores at
    `RESOLVE_THRESHOLD` or more against one with its phonetic key; an abbreviation by its letters.

    >>> state_name("J & K"), state_name("Bosnia & Herzegovina"), state_name("Kashmir")
    ('Jammu and Kashmir', 'Bosnia and Herzegovina', None)
    """
    found = _state_names()
    if sum(ch.isupper() for ch in name) >= 2 and (short := found.abbreviations.get(_letters(name))):
        return short
    for spelling, first in found.by_key.get(phonetic_key(name), ()):
        if similarity(name, spelling) >= RESOLVE_THRESHOLD:
            return first
    return None


#: Names of the world's states (the members of the United Nations, its observers, Kosovo and Taiwan), each as a
#: tuple of spellings, the first the one `country_name` gives: the English name and its other English forms, the
#: spellings of the languages whose sources the package reads (Russian and Ukrainian; for the states around the
#: conflicts it reads, Armenian, Azerbaijani, Georgian, Turkish, Arabic, Hebrew and Persian too; French, Spanish,
#: German or the state's own where they differ). A claim that gives a state as its place names the state, not a
#: place in it: `mentions` marks it `Mention.broad`, as it does a name of `STATE_NAMES`, and `Gazetteer.resolve`
#: gives it only a place that has the name as one of its spellings (the key `fold` gives, not a similar one:
#: *Syria* is no *Sarigyugh*, *Iran* no *Aran*, *Oman* no *Uman*). A spelling matches by its key only, so that a
#: village one sound away from a state keeps its own name. Breakaway states (Abkhazia, Artsakh, Transnistria) are
#: regions of their conflicts' cases and are not listed, nor are spellings whose key is another place's or a
#: word's (عمان without its vowel marks is also Amman; الصين and סין read *sin*; the Turkish Çin is *Chin*).
COUNTRY_NAMES: Final[tuple[tuple[str, ...], ...]] = (
    # The Caucasus, Turkey, Iran and the Levant: the spellings of the languages of their conflicts' sources.
    ("Armenia", "Armenie", "Arménie", "Armenien", "Армения", "Вірменія", "Հայաստան", "Hayastan", "Ermənistan",
     "Ermenistan", "სომხეთი", "Somkheti", "أرمينيا", "ארמניה", "ارمنستان"),
    ("Azerbaijan", "Azerbaidjan", "Azerbaïdjan", "Aserbaidschan", "Азербайджан", "Азербайджан", "Ադրբեջան",
     "Adrbejan", "Azərbaycan", "Azerbaycan", "აზერბაიჯანი", "أذربيجان", "אזרבייג'ן", "جمهوری آذربایجان"),
    ("Georgia", "Géorgie", "Georgien", "Sakartvelo", "საქართველო", "Грузия", "Грузія", "Վրաստան", "Vrastan",
     "Gürcüstan", "Gurcustan", "Gürcistan", "جورجيا", "ג'ורג'יה", "گرجستان"),
    ("Russia", "Russian Federation", "Russie", "Russland", "Rusia", "Россия", "Российская Федерация", "Росія",
     "Ռուսաստան", "Rusastan", "Rusiya", "Rusya", "რუსეთი", "Ruseti", "روسيا", "רוסיה", "روسیه"),
    ("Ukraine", "Ucrania", "Украина", "Україна", "Ukraina", "Ukrayina", "Ուկրաինա", "Ukrayna", "უკრაინა",
     "أوكرانيا", "אוקראינה", "اوکراین"),
    ("Belarus", "Byelorussia", "Biélorussie", "Weißrussland", "Беларусь", "Белоруссия", "Білорусь", "Belarus'",
     "Բելառուս", "Belarusiya", "ბელარუსი", "بيلاروسيا", "בלארוס"),
    ("Moldova", "Moldavia", "Moldavie", "Молдова", "Молдавия", "Молдова", "Moldoviya", "მოლდოვა", "مولدوفا"),
    ("Turkey", "Türkiye", "Turkiye", "Turquie", "Türkei", "Turquía", "Турция", "Туреччина", "Թուրքիա", "Turkia",
     "Türkiyə", "თურქეთი", "Turketi", "تركيا", "טורקיה", "ترکیه"),
    ("Iran", "Islamic Republic of Iran", "Persia", "Irán", "Иран", "Іран", "Իրան", "İran", "ირანი", "إيران",
     "ايران", "איראן", "ایران"),
    ("Iraq", "Irak", "Ирак", "Ірак", "Իրաք", "İraq", "ერაყი", "العراق", "עיראק", "عراق"),
    ("Syria", "Syrian Arab Republic", "Syrie", "Syrien", "Siria", "Suriye", "Suriya", "Sirija", "Сирия", "Сирія",
     "Սիրիա", "სირია", "سوريا", "سورية", "סוריה", "سوریه"),
    ("Lebanon", "Liban", "Libanon", "Líbano", "Ливан", "Ліван", "Լիբանան", "Livan", "Lübnan", "ლიბანი", "لبنان",
     "לבנון"),
    ("Israel", "Israël", "Израиль", "Ізраїль", "Իսրայել", "İsrail", "ისრაელი", "إسرائيل", "ישראל", "اسرائیل"),
    ("Palestine", "State of Palestine", "Palästina", "Palestina", "Палестина", "Պաղեստին", "Fələstin", "Filistin",
     "პალესტინა", "فلسطين", "פלסטין", "فلسطین"),
    ("Jordan", "Jordanie", "Jordanien", "Jordania", "Иордания", "Йорданія", "Հորդանան", "İordaniya", "Ürdün",
     "იორდანია", "الأردن", "ירדן", "اردن"),
    ("Egypt", "Égypte", "Ägypten", "Egipto", "Египет", "Єгипет", "Եգիպտոս", "Misir", "Mısır", "ეგვიპტე", "مصر",
     "מצרים"),
    ("Saudi Arabia", "Arabie saoudite", "Saudi-Arabien", "Arabia Saudita", "Саудовская Аравия", "Саудівська Аравія",
     "Səudiyyə Ərəbistanı", "Suudi Arabistan", "السعودية", "المملكة العربية السعودية", "ערב הסעודית", "عربستان"),
    ("Yemen", "Йемен", "Ємен", "اليمن", "תימן", "یمن"),
    ("Oman", "Оман", "عُمان", "עומאן"),
    ("United Arab Emirates", "UAE", "Emirats arabes unis", "Объединённые Арабские Эмираты", "ОАЭ",
     "الإمارات", "الإمارات العربية المتحدة", "איחוד האמירויות"),
    ("Qatar", "Katar", "Катар", "قطر", "קטר"),
    ("Kuwait", "Koweït", "Кувейт", "الكويت", "כווית"),
    ("Bahrain", "Bahreïn", "Бахрейн", "البحرين"),
    ("Cyprus", "Chypre", "Zypern", "Chipre", "Кипр", "Кіпр", "Kıbrıs", "قبرص", "קפריסין"),
    ("Greece", "Grèce", "Griechenland", "Grecia", "Греция", "Греція", "Հունաստան", "Yunanıstan", "Yunanistan",
     "საბერძნეთი", "اليونان"),
    # Central and South Asia.
    ("Afghanistan", "Afganistán", "Афганистан", "Афганістан", "Əfqanıstan", "Afganistan", "أفغانستان",
     "افغانستان", "אפגניסטן"),
    ("Pakistan", "Пакистан", "باكستان", "پاکستان", "पाकिस्तान", "פקיסטן"),
    ("India", "Inde", "Indien", "Индия", "Індія", "Hindistan", "भारत", "Bharat", "الهند", "ہندوستان", "בהודו"),
    ("China", "People's Republic of China", "PRC", "Chine", "Китай", "中国", "中國"),
    ("Kazakhstan", "Qazaqstan", "Казахстан", "Қазақстан", "Казахстан", "Qazaxıstan", "Kazakistan"),
    ("Kyrgyzstan", "Kirghizstan", "Kirgisistan", "Кыргызстан", "Киргизия", "Киргизстан", "Qırğızıstan",
     "Kırgızistan"),
    ("Tajikistan", "Tadjikistan", "Таджикистан", "Тоҷикистон", "Таджикистан", "Tacikistan", "Tojikiston"),
    ("Turkmenistan", "Туркменистан", "Туркменія", "Türkmenistan", "Türkmənistan"),
    ("Uzbekistan", "Ouzbékistan", "Узбекистан", "Oʻzbekiston", "Özbəkistan", "Özbekistan"),
    ("Mongolia", "Mongolie", "Монголия", "Монголія"),
    ("Nepal", "Непал", "नेपाल"),
    ("Bangladesh", "Бангладеш", "বাংলাদেশ"),
    ("Sri Lanka", "Шри-Ланка", "ශ්‍රී ලංකාව", "இலங்கை"),
    ("Bhutan", "Бутан"),
    ("Maldives", "Мальдивы"),
    # East and South-East Asia and the Pacific.
    ("Japan", "Japon", "Japón", "Япония", "Японія", "日本"),
    ("South Korea", "Republic of Korea", "Corée du Sud", "Южная Корея", "대한민국", "한국"),
    ("North Korea", "Democratic People's Republic of Korea", "DPRK", "Corée du Nord", "Северная Корея",
     "조선민주주의인민공화국", "북한"),
    ("Taiwan", "Тайвань", "台灣", "台湾"),
    ("Vietnam", "Viet Nam", "Việt Nam", "Вьетнам"),
    ("Laos", "Лаос"),
    ("Cambodia", "Cambodge", "Kampuchea", "Камбоджа", "កម្ពុជា"),
    ("Thailand", "Thaïlande", "Таиланд", "ประเทศไทย"),
    ("Myanmar", "Burma", "Birmanie", "Мьянма", "Бирма", "မြန်မာ"),
    ("Malaysia", "Malaisie", "Малайзия"),
    ("Singapore", "Singapour", "Сингапур"),
    ("Indonesia", "Indonésie", "Индонезия"),
    ("Philippines", "Pilipinas", "Filipinas", "Филиппины"),
    ("Brunei", "Бруней"),
    ("Timor-Leste", "East Timor", "Восточный Тимор"),
    ("Papua New Guinea", "Папуа — Новая Гвинея"),
    ("Australia", "Australie", "Австралия", "Австралія"),
    ("New Zealand", "Nouvelle-Zélande", "Новая Зеландия"),
    ("Fiji",), ("Samoa",), ("Tonga",), ("Vanuatu",), ("Solomon Islands",), ("Kiribati",), ("Tuvalu",), ("Nauru",),
    ("Palau",), ("Marshall Islands",), ("Micronesia", "Federated States of Micronesia"),
    # Europe.
    ("United Kingdom", "UK", "Great Britain", "Britain", "Royaume-Uni", "Reino Unido", "Großbritannien",
     "Великобритания", "Велика Британія", "Böyük Britaniya", "المملكة المتحدة", "בריטניה"),
    ("Ireland", "Irlande", "Irland", "Ирландия"),
    ("France", "Francia", "Frankreich", "Франция", "Франція", "Ֆրանսիա", "Fransa", "საფრანგეთი", "فرنسا", "צרפת",
     "فرانسه"),
    ("Germany", "Allemagne", "Deutschland", "Alemania", "Германия", "Німеччина", "Գերմանիա", "Almaniya",
     "Almanya", "გერმანია", "ألمانيا", "גרמניה", "آلمان"),
    ("Italy", "Italie", "Italien", "Italia", "Италия", "Італія", "İtaliya", "İtalya", "إيطاليا", "איטליה"),
    ("Spain", "Espagne", "Spanien", "España", "Испания", "Іспанія", "İspaniya", "İspanya", "إسبانيا", "ספרד"),
    ("Portugal", "Португалия"),
    ("Netherlands", "Holland", "Pays-Bas", "Niederlande", "Países Bajos", "Нидерланды", "Нідерланди"),
    ("Belgium", "Belgique", "Belgien", "Bélgica", "Бельгия"),
    ("Luxembourg", "Luxemburg", "Люксембург"),
    ("Switzerland", "Suisse", "Schweiz", "Suiza", "Швейцария", "Швейцарія"),
    ("Austria", "Autriche", "Österreich", "Австрия", "Австрія"),
    ("Liechtenstein",), ("Monaco",), ("Andorra",), ("San Marino",), ("Malta", "Мальта"),
    ("Vatican City", "Holy See", "Vatican", "Ватикан"),
    ("Denmark", "Danemark", "Dänemark", "Dinamarca", "Дания"),
    ("Norway", "Norvège", "Norwegen", "Noruega", "Норвегия"),
    ("Sweden", "Suède", "Schweden", "Suecia", "Швеция"),
    ("Finland", "Finlande", "Finnland", "Finlandia", "Финляндия", "Фінляндія"),
    ("Iceland", "Islande", "Исландия"),
    ("Estonia", "Estonie", "Estland", "Эстония", "Естонія"),
    ("Latvia", "Lettonie", "Lettland", "Латвия", "Латвія"),
    ("Lithuania", "Lituanie", "Litauen", "Литва"),
    ("Poland", "Pologne", "Polen", "Polonia", "Polska", "Польша", "Польща"),
    ("Czechia", "Czech Republic", "Tchéquie", "Tschechien", "Chequia", "Česko", "Чехия", "Чехія"),
    ("Slovakia", "Slovaquie", "Slowakei", "Slovensko", "Словакия", "Словаччина"),
    ("Hungary", "Hongrie", "Ungarn", "Hungría", "Magyarország", "Венгрия", "Угорщина"),
    ("Romania", "Roumanie", "Rumänien", "Rumania", "Румыния", "Румунія"),
    ("Bulgaria", "Bulgarie", "Bulgarien", "Болгария", "България"),
    ("Serbia", "Serbie", "Serbien", "Srbija", "Србија", "Сербия", "Сербія"),
    ("Croatia", "Croatie", "Kroatien", "Hrvatska", "Хорватия", "Хорватія"),
    ("Slovenia", "Slovénie", "Slowenien", "Slovenija", "Словения"),
    ("Montenegro", "Monténégro", "Crna Gora", "Црна Гора", "Черногория"),
    ("North Macedonia", "Macedonia", "Macédoine du Nord", "Северна Македонија", "Македонија",
     "Северная Македония", "Македония"),
    ("Albania", "Albanie", "Albanien", "Shqipëria", "Shqipëri", "Албания"),
    ("Kosovo", "Kosova", "Косово"),
    # The Americas.
    ("United States", "United States of America", "USA", "États-Unis", "Estados Unidos", "USA",
     "Vereinigte Staaten", "США", "Соединённые Штаты", "Сполучені Штати", "ԱՄՆ", "ABŞ", "აშშ",
     "الولايات المتحدة", "ארצות הברית", "آمریکا"),
    ("Canada", "Канада"),
    ("Mexico", "México", "Mexique", "Мексика"),
    ("Guatemala",), ("Belize",), ("Honduras",), ("El Salvador",), ("Nicaragua",), ("Costa Rica",), ("Panama",),
    ("Cuba",), ("Haiti", "Haïti"), ("Dominican Republic", "República Dominicana"), ("Jamaica",), ("Bahamas",),
    ("Barbados",), ("Dominica",), ("Grenada",), ("Saint Lucia",),
    ("Colombia", "Colombie", "Колумбия"),
    ("Venezuela", "Венесуэла"),
    ("Ecuador", "Équateur"),
    ("Peru", "Perú", "Pérou"),
    ("Bolivia", "Bolivie"),
    ("Brazil", "Brasil", "Brésil", "Brasilien", "Бразилия"),
    ("Paraguay",), ("Uruguay",), ("Guyana",), ("Suriname",),
    ("Argentina", "Argentine", "Argentinien", "Аргентина"),
    ("Chile", "Chili", "Чили"),
    # Africa.
    ("Morocco", "Maroc", "Marruecos", "Marokko", "Марокко", "المغرب"),
    ("Algeria", "Algérie", "Argelia", "Algerien", "Алжир", "الجزائر"),
    ("Tunisia", "Tunisie", "Túnez", "Tunesien", "Тунис", "تونس"),
    ("Libya", "Libye", "Libia", "Libyen", "Ливия", "Лівія", "ليبيا", "לוב"),
    ("Sudan", "Soudan", "Sudán", "Судан", "السودان"),
    ("South Sudan", "Soudan du Sud", "Südsudan", "Южный Судан", "جنوب السودان"),
    ("Chad", "Tchad", "Chad", "Tschad", "Чад", "تشاد"),
    ("Niger", "Нигер"),
    ("Mali", "Мали"),
    ("Mauritania", "Mauritanie", "Мавритания", "موريتانيا"),
    ("Senegal", "Sénégal", "Сенегал"),
    ("Gambia", "The Gambia", "Gambie"),
    ("Guinea", "Guinée", "Гвинея"),
    ("Guinea-Bissau", "Guinée-Bissau"),
    ("Sierra Leone",), ("Liberia",),
    ("Côte d'Ivoire", "Ivory Coast", "Кот-д’Ивуар"),
    ("Burkina Faso",), ("Ghana", "Гана"), ("Togo",), ("Benin", "Bénin"),
    ("Nigeria", "Nigéria", "Нигерия"),
    ("Cameroon", "Cameroun", "Камерун"),
    ("Central African Republic", "République centrafricaine", "Centrafrique"),
    ("Gabon",), ("Equatorial Guinea", "Guinée équatoriale"), ("Cabo Verde", "Cape Verde"),
    ("São Tomé and Príncipe",),
    ("Republic of the Congo", "Congo-Brazzaville", "République du Congo"),
    ("Democratic Republic of the Congo", "DR Congo", "DRC", "RDC", "République démocratique du Congo",
     "Congo-Kinshasa", "Демократическая Республика Конго", "ДРК"),
    ("Angola",), ("Zambia", "Zambie"), ("Zimbabwe",), ("Malawi",), ("Mozambique", "Moçambique"),
    ("Namibia", "Namibie"), ("Botswana",), ("South Africa", "Afrique du Sud", "ЮАР"), ("Lesotho",),
    ("Eswatini", "Swaziland"), ("Madagascar",), ("Mauritius",), ("Seychelles",), ("Comoros", "Comores"),
    ("Ethiopia", "Éthiopie", "Äthiopien", "Эфиопия", "ኢትዮጵያ", "إثيوبيا"),
    ("Eritrea", "Érythrée", "Эритрея", "ኤርትራ", "إريتريا"),
    ("Djibouti", "Джибути", "جيبوتي"),
    ("Somalia", "Somalie", "Soomaaliya", "Сомали", "الصومال"),
    ("Kenya", "Кения"), ("Uganda", "Ouganda", "Уганда"), ("Tanzania", "Tanzanie", "Танзания"),
    ("Rwanda", "Руанда"), ("Burundi", "Бурунди"),
)  # fmt: skip


# An English adjective of a part of a state before its name: northern Syria, eastern Ukraine, south-western Iran
# are parts of a state, as coarse as the state (a name of its own, as North Korea or South Sudan, is listed whole).
_COUNTRY_PART_RE: Final = re.compile(
    r"(?i:(?:north|south)(?:[\s-]?(?:east|west))?ern|eastern|western|central)\s+(?=\w)")


#: The score of two names that read alike (`Gazetteer.resolve` of a state's name takes no less).
_EXACT_SCORE: Final = 1.0 - 1e-9


@functools.cache
def _country_names() -> dict[str, str]:
    """`COUNTRY_NAMES` by the key `fold` gives each spelling -> the name's first spelling."""
    found: dict[str, str] = {}
    for spellings in COUNTRY_NAMES:
        for spelling in spellings:
            found.setdefault(fold(spelling), spellings[0])
    found.pop("", None)
    return found


def country_name(name: str) -> str | None:
    """The first spelling of the `COUNTRY_NAMES` entry that ``name`` is, by its key (`fold`), or ``None``: a
    spelling as the table writes it in any case, script or with the marks `fold` leaves out, also after an English
    adjective of a part (northern, south-eastern, central); not a name one sound away, which may be a village's, nor
    one with a word that makes it a settlement ("Siriya village").

    >>> country_name("SYRIA"), country_name("Сирия"), country_name("northern Syria"), country_name("Sarigyugh")
    ('Syria', 'Syria', 'Syria', None)
    """
    if not name.strip() or parse(name).kind == "settlement":
        return None  # the village of Siriya is a village
    found = _country_names().get(fold(name))
    if found is None and (part := _COUNTRY_PART_RE.match(name)):
        found = _country_names().get(fold(name[part.end():]))
    return found


# A word of a place name that is a number, or a number with letters (PD9, 7A).
_NUMBER_WORD_RE: Final = re.compile(r"\d+[^\W\d_]{0,2}|[^\W\d_]{1,3}\d+")
# "of" between the incident's place and what it lies in: "police district 9 of Kabul".
_OF: Final = frozenset({"of"})
# Context words that are nouns of a part of a place: a qualifier before one qualifies it ("the second No-Fire Zone",
# read "the second area"; "North sector") and names no place.
_PART_NOUNS: Final = frozenset(map(_fold_word, (
    "area", "areas", "sector", "section", "seksyon", "enclave", "pocket", "suburb", "suburbs", "quartier", "quartiers",
    "barrio", "barrios", "bairro", "bairros", "faubourg", "faubourgs",
)))  # fmt: skip

# The Slavic adjective a district or region is named with (Изюмский, Ізюмського, Харьковской, Izyumskoho): in
# "Каменка Изюмского района" it is the name of the район, not a second word of the village's name.
_SLAVIC_ADJECTIVE_RE: Final = re.compile(
    r"(?<=\w{3})(?:[сцз]ь?к(?:ий|ый|ій|ого|ої|ой|ому|ом|ім|а|ая|ое|е|ие|і|и)"
    r"|(?i:(?:s|c|z|ts)['’]?k(?:iy|yi|yy|ij|ii|i|y|ogo|oho|ovo|oi|oy|oj|omu|om|a|aya|aja|oe|oye|e|ie|iye)))$"
)
# Separators between names: punctuation and the conjunctions of the languages of `GENERIC_WORDS`, as whole words
# (the Amharic እና, and, and ወይም, or; the Tigrinya ወይ, or, among them).
# A conjunction written between hyphens is inside a name (Trinité-et-Tobago, Saint-Pierre-et-Miquelon). The Somali
# iyo and the Indonesian and Malay dan (and) and atau (or) in lower case only: capitalised, Dan is a name (Tel Dan).
# Nor is a word right after an apostrophe a conjunction: it is a Turkish case ending (Resulayn'dan, from Resulayn).
_SEPARATOR_RE: Final = re.compile(
    r"[,;/()\[\]\n،؛、，；၊။፣፤።፥।۔]|\s[–—]\s|\s&\s"
    r"|(?<![\w\-‐‑'’])(?:and|or|as well as|и|или|և|եւ|ու|və|ve|та|і|й|або|et|ou|und|و|ו|או|და|እና|ወይም|ወይ"
    r"|(?-i:iyo|dan|atau))"
    r"(?![\w\-‐‑])",
    re.IGNORECASE,
)
_SEPARATOR_SPLIT_RE: Final = re.compile(f"({_SEPARATOR_RE.pattern})", re.IGNORECASE)
# Burmese writes "and" (နှင့်, နဲ့) onto the word before it (လားရှိုးမြို့နှင့် သိန္နီမြို့, the towns of Lashio and
# Hseni): a conjunction at the end of a run of Burmese letters where two characters stay before it, or inside a run
# after a generic word (လားရှိုးမြို့နှင့်သိန္နီမြို့), read as "and" (`mentions`). Not inside a name otherwise.
_BURMESE_AND: Final = tuple(unicodedata.normalize("NFC", word) for word in ("နှင့်", "နဲ့"))
_BURMESE_AND_RE: Final = re.compile(
    "(?:(?<=[\u1000-\u109f]{2})(?<!\u1039)|(?<=\\s)|^|(?:" + "|".join(
        f"(?<={unicodedata.normalize('NFC', word)})" for word in ("မြို့", "ရွာ", "မြို့နယ်", "တိုင်း", "ပြည်နယ်", "ခရိုင်"))
    + "))(?:" + "|".join(_BURMESE_AND) + ")(?![\u1000-\u109f])"
    "|(?:" + "|".join(f"(?<={unicodedata.normalize('NFC', word)})" for word in (
        "မြို့", "ရွာ", "မြို့နယ်", "တိုင်း", "ပြည်နယ်", "ခရိုင်")) + ")(?:" + "|".join(_BURMESE_AND) + ")")
# A space between two runs of Thai or Khmer letters: a break between phrases, read as a comma (`mentions`).
_THAI_KHMER_SPACE_RE: Final = re.compile("(?<=[\u0e01-\u0e4e\u1780-\u17dd])\\s+(?=[\u0e01-\u0e4e\u1780-\u17dd])")
# The Hebrew and (ו) written onto the next name of a list, with a hyphen or a maqaf or without: ראשון לציון ורמת גן
# (Rishon LeZion and Ramat Gan), בתל אביב, בחיפה ובבאר שבע, עזה ו-רפיח. It is set apart as a word of its own
# (`_hebrew_and_apart`) where three letters of the name follow it, or a word of two and another (ובת ים, ותל
# אביב), and not before a second ו (וושינגטון: a foreign V or W).
_HEBREW_AND_RE: Final = re.compile(
    f"(?<=[\u05d0-\u05ea'\u05f3])(?P<space>\\s+)ו[-\u05be]?(?!ו)"
    f"(?:{_HEBREW_LETTERS_AFTER}|(?=[\u05d0-\u05ea]{{2}}\\s+[\u05d0-\u05ea]))"
)
#: The Hebrew words that head names, whose next word may begin with ו (כפר ורדים, Kfar Vradim; בית וגן, Bayit
#: VeGan; עין ורד, Ein Vered; כפר ויתקין), with the one-letter words written onto them (בכפר): no and follows them.
#: Only words that do not end names: גן ends רמת גן, so רמת גן ובני ברק is two places.
_HEBREW_HEADS: Final = frozenset({
    "כפר", "בית", "קרית", "קריית", "גבעת", "רמת", "נחל", "שדה", "נווה", "מצפה", "עין", "ואדי", "הר", "מעלה", "טירת",
    "משמר"})


def _hebrew_and_apart(text: str) -> str:
    """The text with the Hebrew ו (and) written onto a name of a list set apart (`_HEBREW_AND_RE`), so that the list
    is cut there as at "and": after a word that heads no name (`_HEBREW_HEADS`, with its one-letter words: בכפר) and
    is no generic word (ליד ואדי ערה, near Wadi Ara: ליד governs the name, whose first letter is its own)."""
    generics = _lexicons()[1]

    def apart(found: re.Match[str]) -> str:
        prev = found.string[:found.start()].rsplit(maxsplit=1)[-1]
        if {prev, *_unprefixed(prev)} & _HEBREW_HEADS or _generic(prev, _fold_word(prev), generics) is not None:
            return found[0]
        return f"{found['space']}ו "

    return _HEBREW_AND_RE.sub(apart, text)


# Hausa writes "and" da (garin Bama da Konduga, the towns of Bama and Konduga), which is also the "of the" inside
# Portuguese names (Mocímboa da Praia): it is a conjunction only in a text that a Hausa place word shows Hausa
# (`_LOWER_CASE_GENERICS`: garin, kauyen, kusa, cikin, jihar ...), and not after kusa (kusa da Maiduguri, near
# Maiduguri).
_HAUSA_MARK_RE: Final = re.compile(
    r"(?<!\w)(?:gari|garin|garuruwa|garuruwan|[kƙ]auye|[kƙ]auyen|[kƙ]auyuka|[kƙ]auyukan|kusa|cikin|jihar|hukumar"
    r"|yankin|dajin|tsibirin)(?!\w)"
)
_HAUSA_AND_RE: Final = re.compile(r"(?<!\bkusa)\s+da\s+(?=\S)")
# The separators that write an address, smallest place first ("Ain Zara, Tripoli"); any other separator (and, or,
# a semicolon, a slash, a bracket) lists co-equal places or other names of one place.
_ADDRESS_COMMAS: Final = frozenset(",،，၊፣")
# The English possessive ("Gao's outskirts"), after three letters at least: the apostrophe of a shorter word is a
# hamza or an ayin of the name (Ra's al-'Ayn, the scholarly spelling of Ras al-Ain, lost its s and read Ra al-'Ayn).
# And the Turkish case endings written after an apostrophe onto a name (Tel Abyad'ın merkezi, the centre of Tel
# Abyad; Resulayn'dan, from Resulayn; Tel Rıfat'ta, in Tel Rıfat), after three letters at least: those of three
# letters or more, or with a Turkish letter (ı, ü), wherever they stand; the shorter ones ('da, 'de, 'ta, 'te, 'in,
# 'un, 'ya, 'ye ...) only in a word that writes a Turkish letter (ı ğ ş ç ö ü), as an apostrophe before them may be
# an ayin of the name (Jaba'in). A one-letter ending (Dar'a, San'a: the ayin) is never read.
_POSSESSIVE_RE: Final = re.compile(
    r"(?<=[^\W\d_]{3})['’](?:s|n[ıiuü]n|[dt][ae]n|[dt][ae]ki|yl[ae]|[ıü]n?|y[ıü])$"
)
_TURKISH_SHORT_ENDING_RE: Final = re.compile(r"(?<=[^\W\d_]{3})['’](?:[dt][ae]|[iu]n|y[aeiu])$")
_TURKISH_LETTERS: Final = frozenset("ığşçöüİĞŞÇÖÜ")


# A word with a short ending after an apostrophe, after three letters at least: the stem and the ending.
_SHORT_ENDING_RE: Final = re.compile(r"([^\W\d_]*[^\W\d_]{3})['’]([^\W\d_]{1,2})")
_FRONT_VOWELS: Final = frozenset("eiöüîê")
_BACK_VOWELS: Final = frozenset("aıouâû")
# The vowel of a Turkish suffix of four forms, by the stem's last vowel (ı after a and ı, i after e and i ...).
_HIGH_VOWEL: Final[Mapping[str, str]] = {"a": "ı", "ı": "ı", "â": "ı", "o": "u", "u": "u", "û": "u", "e": "i",
                                         "i": "i", "î": "i", "ê": "i", "ö": "ü", "ü": "ü"}


def _turkish_ending(stem: str, ending: str, *, short: bool, possessed: bool) -> bool:
    """Whether ``ending``, written after an apostrophe onto ``stem``, is a Turkish case ending of one or two letters
    that agrees with the stem as Turkish suffixes do: its vowel in harmony with the stem's last vowel (a after a back
    vowel, e after a front one; ı, i, u, ü as the stem's vowel is), and the y of the dative and accusative after a
    vowel, the genitive -ın and the bare vowels after a consonant: Kobani'de, Kobani'ye, Derik'in kırsalı, Karkamış'a;
    not Jaba'in (a genitive after a vowel is -nın) or Dar'a, San'a (a one-letter ending: ``short`` says whether those
    count, as they do in a word that writes a Turkish letter). The genitive only before the noun it possesses, a word
    in lower case (``possessed``): Armenian romanizations write an aspirate with an apostrophe, and Nerk'in Getashen
    is Nerkin (Lower) Getashen."""
    stem, ending = stem.casefold(), ending.casefold()
    vowel = next((ch for ch in reversed(stem) if ch in _HIGH_VOWEL), None)
    if vowel is None:
        return False
    low = "e" if vowel in _FRONT_VOWELS else "a"
    high = _HIGH_VOWEL[vowel]
    after_vowel = stem[-1] in _HIGH_VOWEL
    if len(ending) == 1:
        return short and not after_vowel and ending in (low, high)
    if ending in ("d" + low, "t" + low):  # the locative, after a vowel or a consonant
        return True
    if after_vowel:
        return ending in ("y" + low, "y" + high)  # the dative and the accusative
    return possessed and ending == high + "n"  # the genitive


def _without_ending(word: str, possessed: bool = False) -> str:
    """A word of a place text without the English possessive or a Turkish case ending after an apostrophe;
    ``possessed``: the next word is in lower case, a noun a Turkish genitive may stand before (`_turkish_ending`)."""
    if "'" not in word and "’" not in word:
        return word
    word = _POSSESSIVE_RE.sub("", word)
    turkish = not _TURKISH_LETTERS.isdisjoint(word)
    if turkish:
        word = _TURKISH_SHORT_ENDING_RE.sub("", word)
    found = _SHORT_ENDING_RE.fullmatch(word)
    if found and _turkish_ending(found[1], found[2], short=turkish, possessed=possessed):
        return found[1]
    return word


# The Romance "of" and the articles after it, inside names written in lower case between capitalised words (Santander
# de Quilichao, Norte de Santander, Valle del Cauca, Santa Cruz de la Sierra, Cruzeiro do Sul).
_NAME_PARTICLES: Final = frozenset(("de", "del", "du", "des", "da", "do", "das", "dos", "di"))
_NAME_ARTICLES: Final = frozenset(("la", "las", "los", "le", "les", "el", "lo"))
# Articles of English, French, Spanish, Italian and German, as written: a word in lower case right before one is a
# preposition or a verb ("across the Line of Control", "hacia la frontera", "entlang der Grenze"), no name.
_ARTICLES: Final = frozenset(("the", "la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "dem",
                              "den"))
# The border's sides: the names written right beside a border noun, the states or regions the border runs between
# (`_border_sides`). A noun of the border in the tables above, case-folded, not its adjectives (sərhədyanı,
# приграничный, fronterizo, սահմանամերձ, სასაზღვრო, الحدودي, مرزی: "the border village of X" names a place), nor
# the words of a line or strip (hattı, الشريط, نوار); with the English "border" and "borders".
_BORDER_ADJECTIVES: Final = frozenset((
    "սահմանային", "սահմանամերձ", "სასაზღვრო", "الحدودي", "الحدودية", "حدودي", "حدودية", "مرزی", "سرحدی",
    "सीमावर्ती", "सीमांत", "سنووری", "sərhədyanı", "sərhədboyu", "приграничный", "приграничного", "приграничном",
    "приграничной", "приграничная", "приграничную", "приграничные", "приграничных", "прикордонні", "прикордонних",
    "прикордонну", "fronterizo", "fronteriza", "fronterizos", "fronterizas", "fronteiriço", "fronteiriça",
    "fronteiriços", "fronteiriças", "frontalier", "frontalière", "frontaliers", "frontalières", "granični",
    "graničnom", "granične", "الشريط", "نوار", "hattı", "hattında", "hattındaki", "hattına", "biên",
))  # fmt: skip
# The words that may stand between a border noun and its side's name: with, of, between (the border with
# Azerbaijan, la frontera con Colombia, на границе с Азербайджаном, na granicy z Białorusią, Ermənistan ilə
# sərhəd, الحدود مع تركيا, مرز با عراق), and the articles (the border with the Gaza Strip).
_BORDER_LINKS: Final = frozenset((
    "with", "of", "between", "con", "com", "avec", "z", "ze", "s", "sa", "se", "cu", "me", "ilə", "ile", "с", "со",
    "з", "із", "зі", "между", "між", "entre", "de", "del", "du", "da", "do", "di", "zu", "zwischen", "مع", "با",
    "עם", *_ARTICLES,
))  # fmt: skip
# The conjunctions between a border's two sides (`_border_sides`).
_BORDER_CONJUNCTIONS: Final = frozenset(("and", "y", "e", "et", "und", "i", "и", "і", "й", "ve", "və", "և", "ու", "და",
                                         "و", "ו", "&"))
_BORDER_NOUNS: Final = frozenset(
    word.casefold() for word in (*_BORDER_WORDS, *_BORDER_SPELLINGS, *_LOWER_CASE_BORDER, "border", "borders")
) - _BORDER_ADJECTIVES - _BORDER_LINKS
# A crossing, gate or post after the border noun: the name before it is the crossing's own (the Rafah border
# crossing, Akçakale sınır kapısı, the Lachin border checkpoint), no side.
_BORDER_CROSSINGS: Final = frozenset((
    "crossing", "crossings", "gate", "gates", "post", "posts", "checkpoint", "checkpoints", "point", "kapısı",
    "kapısında", "kapısından", "kapısına", "dəhlizi", "keçid", "keçidi", "məntəqəsi", "paso",
    "puesto", "punto", "poste", "passage", "пункт", "пункта", "пункте", "переход", "перехода", "переходе", "пост",
    "поста", "посту", "кпп", "անցակետ", "անցակետում", "անցակետի", "გამშვები",
))  # fmt: skip
# The border nouns of the languages that write the border's sides after it, in the genitive or as an adjective
# (граница Армении, la frontière syro-turque, frontera colombo-venezolana, مرز ایران, الحدود السورية, sînorê
# Tirkiyê, biên giới Việt-Trung): a name right after one is a side too. In English, German, Turkish, Azerbaijani,
# Armenian, Georgian and the languages of India the sides come before the border (the Turkey-Syria border,
# Türkiye-Suriye sınırı, հայ-ադրբեջանական սահման), and a name after it is a side only after a link word (the border
# with Azerbaijan): "sərhədinin Kəlbəcər istiqamətində" is the Kalbajar direction of the border.
_CYRILLIC_WORD_RE: Final = re.compile(r"[\u0400-\u04ff]+")
_BORDER_SIDES_AFTER: Final = frozenset(
    word.casefold() for word in (
        *(word for word in _LOWER_CASE_BORDER if word not in ("sınır", "hudut")),
        *(word for word in _BORDER_SPELLINGS if _CYRILLIC_WORD_RE.fullmatch(word) or word.startswith("sînor")),
        "giới", "حدود", "الحدود", "مرز", "مرزها", "مرزهای", "גבול", "גבולות", "grenze")
) & _BORDER_NOUNS

# Words of a piece that places its name beside the incident rather than around it (near, close to, outside, kod,
# blizu, près de, cerca de, около, біля, قرب, نزدیک, قریب, ליד, yaxınlığında, մոտ ...), as written, case-folded: "X,
# near Y" says where X is as precisely as X does, and Y contains nothing. Written in lower case (or in a script
# without case), each is a context word of the piece too: "outside Tolmasi", "kod Doboja" name Tolmasi and Doboja.
_NEAR_WORDS: Final = frozenset((
    "near", "nearby", "close", "outside", "beside", "next", "outskirts", "vicinity", "neighbourhood", "neighborhood",
    "kod", "blizu", "pokraj", "pored", "nadomak", "код", "близу", "покрај", "поред", "надомак", "около", "возле",
    "вблизи", "близ", "рядом", "недалеко", "неподалёку", "неподалеку", "под", "біля", "поблизу", "поруч",
    "неподалік", "під", "près", "pres", "proche", "proximité", "proximite", "abords", "environs", "alentours",
    "cerca", "junto", "perto", "próximo", "proximo", "nahe", "bei", "unweit", "yakınında", "yaxınlığında",
    "yaxınlığındakı", "մոտ", "մոտակայքում", "ახლოს", "قرب", "بالقرب", "قريب", "قریب", "نزدیک", "نزدیکی", "ליד",
    # Armenian: in the vicinity of (Ստեփանակերտի հարևանությամբ, մերձակայքում; և is casefolded to եւ)
    "հարևանությամբ", "հարեւանությամբ", "մերձակայքում",
    "בסמוך", "पास", "निकट", "नज़दीक", "नजदीक", "karibu", "hafi", "kusa", "nêzîkî", "nêzî", "نزیک", "نزیکی",
    "nêzîkê", "derdora", "derdorê",
    # Polish: near (w pobliżu, niedaleko, koło), the surroundings (w okolicach); Czech: near (poblíž, nedaleko)
    "pobliżu", "poblizu", "niedaleko", "okolicach", "koło", "poblíž", "pobliz", "nedaleko",
    # German: near (in der Nähe von); Italian: near (presso, vicino a, nei pressi di); Romanian: near (lângă, în
    # apropierea)
    "nähe", "naehe", "presso", "vicino", "pressi", "lângă", "langa", "apropierea",
    "yakınlarında", "afër", "afer", "pranë", "prane", "አቅራቢያ", "አጠገብ", "အနီး", "တဝိုက်", "တစ်ဝိုက်", "အနီးတဝိုက်",
    # Persian and Dari: around, the vicinity of, the outskirts of (اطراف شهر لشکرگاه); Pashto: around, after the
    # name (د لښکرګاه ښار شاوخوا).
    "اطراف", "حوالی", "حومه", "شاوخوا",
))  # fmt: skip
# The near words that follow the name they govern (Tel Abyad yakınında, Բերդավան գյուղի մոտ, გორის ახლოს, X के
# पास, X کے قریب, ከመቐለ አቅራቢያ); the others, but "nearby" ("in nearby Maiduguri" is Maiduguri), come before it
# (near Y, près de Y, cerca de Y, недалеко от Y, قرب Y, kusa da Y). A name a near word before it governs, after a
# place of the incident, is where that place is given from (`mentions`): "Konduga, près de Maiduguri" happened at
# Konduga. Not one before a near word after it: such a word governs the list before it as well ("Հալիձոր և Խոտ
# գյուղերի մոտ", near the villages of Halidzor and Khot), which the text cannot tell from "X, Y yakınında".
_NEAR_AFTER: Final = frozenset((
    "yakınında", "yakınlarında", "yaxınlığında", "yaxınlığındakı", "մոտ", "մոտակայքում", "հարևանությամբ",
    "հարեւանությամբ", "մերձակայքում", "ახლოს", "قریب", "पास",
    "निकट", "नज़दीक", "नजदीक", "አቅራቢያ", "አጠገብ", "အနီး", "တဝိုက်", "တစ်ဝိုက်", "အနီးတဝိုက်", "شاوخوا",
))  # fmt: skip
_NEAR_BEFORE: Final = _NEAR_WORDS - _NEAR_AFTER - {"nearby"}
# Words for a road, as written, case-folded: a name with a dash in a piece with one of them names the road between
# two towns (Djakovica-Decane road, put Đakovica–Prizren, the Gao–Ansongo road, трасса Донецк–Мариуполь).
_ROAD_WORDS: Final = frozenset((
    "road", "roads", "highway", "highways", "motorway", "route", "axis", "axe", "corridor", "put", "puta", "putu",
    "putem", "cesta", "ceste", "cesti", "магистрала", "пут", "пута", "путу", "путем", "дорога", "дороги",
    "дороге", "дорогу", "дорозі", "автодорога", "автодороги", "автодороге", "автодорозі", "трасса", "трассы",
    "трассе", "трассу", "траса", "траси", "трасі", "трасу", "шоссе", "шосе", "carretera", "carreteras", "vía",
    "estrada", "rodovia", "autopista", "autoroute", "strada", "طريق", "الطريق", "כביש", "გზა", "გზაზე",
    "magistral", "yolu", "ճանապարհ", "ճանապարհին", "մայրուղի", "मार्ग",
    # Armenian road words in the cases a place text writes them (Ստեփանակերտ-Ասկերան մայրուղու մոտ, near the
    # Stepanakert–Askeran highway; մայրուղում, on it; ճանապարհի վրա, on the road)
    "մայրուղու", "մայրուղում", "մայրուղին", "մայրուղով", "ճանապարհի", "ճանապարհը", "ճանապարհով",
    "सड़क", "राजमार्ग", "سڑک", "شاہراہ", "rruga",
    "rrugë", "rrugën", "rrugës", "autostrada", "auto-put", "autoput", "аутопут",
    # Kurmanji (rê, rêya, rêyê: the road, the road of; otoban, otobana), Turkish (karayolu, otoyolu and "on it",
    # yolunda, karayolunda, otoyolunda) and Arabic (the motorway, أوتوستراد) as the press of north-east Syria writes
    # them: rêya navneteweyî M4, M4 karayolu, أوتوستراد M4.
    "rê", "rêya", "rêyê", "rêka", "otoban", "otobana", "otobanê", "karayolu", "otoyolu", "yolunda", "karayolunda",
    "otoyolunda", "أوتوستراد", "اوتوستراد", "الأوتوستراد", "الاوتوستراد",
))  # fmt: skip
# A road's number as the road is named by it: M4, M-4, М-4, E45, D400, N1 (one or two letters and a number, a hyphen
# between them or not). A dash in it joins no two towns (трасса М-4 is no road between М and 4), and a road word
# beside it names no place of its own: "the M4 highway", "rêya M4", "M4 karayolu", "طريق M4" are all M4, and so are
# the words that qualify a road beside a number (`_ROAD_QUALIFIERS`: the international M4 road, الطريق الدولي M4,
# rêya navneteweyî M4).
_ROAD_CODE_RE: Final = re.compile(r"[^\W\d_]{1,2}[\-‐‑]?[0-9]{1,4}")
_ROAD_QUALIFIERS: Final = frozenset((
    "international", "national", "main", "navneteweyî", "navneteweyi", "neteweyî", "sereke", "uluslararası",
    "الدولي", "الرئيسي", "الدولية", "международная", "международной", "федеральная", "федеральной", "the",
))  # fmt: skip
# A dash between two letters inside a word: the en and em dashes that join a road's two towns, or a hyphen.
_ROAD_DASH_RE: Final = re.compile(r"(?<=\w)[–—](?=\w)")
_ROAD_HYPHEN_RE: Final = re.compile(r"(?<=\w)[\-‐‑](?=\w)")
# The romanized Arabic article with its hyphen (Salah al-Din, Bab el-Oued, Ras ash-Shaykh): a hyphen of a name, not
# the one between two towns that a road or an axis joins (`_road_hyphen`).
_LATIN_ARTICLE_HYPHEN_RE: Final = re.compile(
    r"(?<![^\W\d_])(?:al|el|ul|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|esh|et|ez|en)[\-‐‑](?=[^\W\d_])",
    re.IGNORECASE)


def _road_hyphen(text: str) -> bool:
    """Whether a hyphen between two letters in ``text`` may join two towns (`_ROAD_HYPHEN_RE`), one after the
    romanized Arabic article aside (`_LATIN_ARTICLE_HYPHEN_RE`: the Salah al-Din axis is the front at Salah al-Din,
    the Gao-Ansongo axis the road between two towns)."""
    return bool(_ROAD_HYPHEN_RE.search(_LATIN_ARTICLE_HYPHEN_RE.sub(" ", text) if "-" in text or "‐" in text
                                       or "‑" in text else text))


def _conjunction(separator: str) -> bool:
    """Whether a separator found by `_SEPARATOR_RE` is a conjunction (and, или, et, &), not punctuation."""
    return separator.strip() == "&" or any(ch.isalpha() for ch in separator)


def _name_particles(words: Sequence[str], n: int, generics: Mapping[tuple[str, str], _WordKind]) -> int:
    """How many words from position ``n`` of a piece are a particle inside a name (`_NAME_PARTICLES`, then
    articles), or 0: they are written in lower case and come before a capitalised word that is no generic word.
    The caller checks that a capitalised name word comes before them ("Santander de Quilichao"), not a generic word
    ("territoire de Beni") or a direction ("à l'ouest de Goma")."""
    if words[n] not in _NAME_PARTICLES:
        return 0
    end = n + 1
    while end < len(words) and words[end] in _NAME_ARTICLES:
        end += 1
    after = words[end] if end < len(words) else ""
    if not after[:1].isupper() or _generic(after, _fold_word(after), generics) is not None:
        return 0
    return end - n


#: The words of a sea, a gulf, a bay, a strait or an ocean: before "of" and a capitalised name they are words of that
#: name (the Gulf of Aden, the Sea of Azov, the Strait of Hormuz, the Bay of Bengal), which names a body of water,
#: not the water body "Gulf" beside the port of Aden.
_WATER_OF_HEADS: Final = frozenset(("gulf", "sea", "bay", "strait", "straits", "ocean"))


#: The Arabic words of a gulf and a strait, which come before the name of the place they are named after (خليج عدن,
#: the Gulf of Aden; مضيق هرمز, the Strait of Hormuz); not بحر, a sea, which Arabic names by an adjective (البحر
#: الأحمر, the Red Sea).
_ARABIC_WATER_HEADS: Final = frozenset(("خليج", "مضيق"))


def water_namesake(name: str) -> str | None:
    """The place a body of water is named after: Aden for "Gulf of Aden" and "خليج عدن", Azov for "Sea of Azov";
    ``None`` for any other name ("Red Sea", "Aden").

    >>> water_namesake("Gulf of Aden"), water_namesake("Strait of Hormuz"), water_namesake("Red Sea")
    ('Aden', 'Hormuz', None)
    """
    words = name.split()
    if len(words) > 2 and words[0].casefold() in _WATER_OF_HEADS and words[1] == "of":
        rest = words[3:] if words[2] == "the" else words[2:]
        return " ".join(rest) or None
    if len(words) > 1 and words[0] in _ARABIC_WATER_HEADS:
        return " ".join(words[1:])
    return None


def _water_of(kept: Sequence[str], words: Sequence[str], n: int) -> int:
    """How many words from position ``n`` continue the name of a body of water whose head word (`_WATER_OF_HEADS`)
    ``kept`` ends with: "of", an optional "the" and a capitalised word (the Gulf of Aden, the Sea of Azov); else 0."""
    if kept[-1].casefold() not in _WATER_OF_HEADS or words[n] != "of":
        return 0
    end = n + 1
    if end < len(words) and words[end] == "the":
        end += 1
    return end - n if end < len(words) and words[end][:1].isupper() else 0


# Posts and checkpoints named by a number (Post 4, Checkpoint 300, блокпост № 3): context words before a name, but
# the word with its number is the name of one post.
_NUMBERED_POSTS: Final = frozenset(_fold_word(word) for word in (
    "post", "posts", "outpost", "checkpoint", "блокпост", "кпп", "пост", "застава", "погранзастава",
    "sector", "secteur", "sektor", "сектор", "hill", "высота", "висота", "բարձունք",
))


def _border_sides(piece: str, found: Sequence[Mention]) -> tuple[set[int], bool, bool]:
    """Which of a piece's mentions are a side of a border the piece names (`_BORDER_NOUNS`): a name without a unit
    word, no reference, right before a border noun (the Turkey-Syria border, Türkiye-Suriye sınırı, the Syrian border,
    на армяно-азербайджанской границе, հայ-ադրբեջանական սահմանին, სომხეთ-აზერბაიჯანის საზღვარზე; a link word of
    `_BORDER_LINKS` may stand between: Ermənistan ilə sərhəd), unless a crossing follows the border noun
    (`_BORDER_CROSSINGS`: the Rafah border crossing); right after one of the languages that write the sides after it
    (`_BORDER_SIDES_AFTER`: граница Армении, la frontière syro-turque, مرز ایران); or after a link word after any
    border noun (the border with Azerbaijan, la frontera con Colombia). Also whether the piece begins with a side
    before a border noun and whether it ends with a side after one, for the other side written in the piece
    before or after it, past a conjunction (граница Армении и Азербайджана, the Armenia and Azerbaijan border)."""
    raws = piece.split()
    lowered = [_without_ending(raw.strip(".,:;!?\"“”«»'’")).casefold() for raw in raws]
    if _BORDER_NOUNS.isdisjoint(lowered):
        return set(), False, False
    sides: set[int] = set()
    opens = closes = False
    cursor = 0
    spans: dict[int, tuple[int, int]] = {}  # the mentions that may be sides: their first word and the word after
    for i, mention in enumerate(found):
        parts = [part.casefold() for part in mention.name.split()]
        at = next((n for n in range(cursor, len(lowered) - len(parts) + 1) if lowered[n : n + len(parts)] == parts),
                  None)
        if at is None:
            continue
        end = cursor = at + len(parts)
        if mention.kind is not None or mention.reference or mention.broad:
            continue
        spans[i] = (at, end)
        after = end
        while after < len(lowered) and lowered[after] in _BORDER_LINKS:
            after += 1
        if (after < len(lowered) and lowered[after] in _BORDER_NOUNS
                and not (after + 1 < len(lowered) and lowered[after + 1] in _BORDER_CROSSINGS)):
            sides.add(i)
            opens = opens or at == 0
            continue
        before = at - 1
        while before >= 0 and lowered[before] in _BORDER_LINKS:
            before -= 1
        if before >= 0 and (lowered[before] in _BORDER_SIDES_AFTER or (
                before < at - 1 and lowered[before] in _BORDER_NOUNS)):
            sides.add(i)
            closes = end == len(lowered)
    # Two sides joined by a conjunction the piece kept (frontera entre Colombia y Venezuela): both are sides.
    for i in sorted(spans):
        if i + 1 in spans and (i in sides or i + 1 in sides) and lowered[spans[i][1] : spans[i + 1][0]] and all(
                word in _BORDER_CONJUNCTIONS for word in lowered[spans[i][1] : spans[i + 1][0]]):
            sides |= {i, i + 1}
            closes = closes or (i + 1 == len(found) - 1 and spans[i + 1][1] == len(lowered))
    return sides, opens, closes


# The other name of a feature written in brackets inside its name, before the feature word both share, as the
# Philippine press writes the names of the South China Sea (Escoda (Sabina) Shoal, Ayungin (Second Thomas) Shoal,
# Pag-asa (Thitu) Island): read as the two names, each with the feature word (Escoda Shoal (Sabina Shoal)), not as
# Escoda, Sabina and a place called Shoal. The English words of a feature at sea, capitalised.
_BRACKETED_NAME_RE: Final = re.compile(
    r"\s*\((?P<other>[^()]+?)\)\s+(?P<feature>(?:Shoal|Shoals|Reef|Reefs|Island|Islands|Islet|Cay|Bank|Atoll|Rock|Rocks)"
    r")\b")


def mentions(text: str) -> tuple[Mention, ...]:
    """The place names in a free-text place field, with what their generic words say about them (`_mentions`),
    and for a body of water named after a place (`water_namesake`: the Gulf of Aden, خليج عدن) that place as a
    ``reference``: the incident was in its waters, away from it, as in "50 NM southwest of Aden"."""
    found = _mentions(text)
    named = {mention.name for mention in found}
    extra = [Mention(tail, mention.text, reference=True) for mention in found
             if not mention.reference and (tail := water_namesake(mention.name)) and tail not in named]
    return (*found, *dict.fromkeys(extra)) if extra else found


def _mentions(text: str) -> tuple[Mention, ...]:
    """The place names in a free-text place field, with what their generic words say about them.

    The text is cut at commas, semicolons, slashes, brackets and the words and/or/и/և/və; in each piece the generic
    and context words (village, the villages of, near, in the vicinity of, rayon, province, село, район, գյուղ ...,
    see `GENERIC_WORDS`) are removed, and what is left, qualifiers included, is the name as written. A lower-case
    de, del, do, da (and la, los ... after it) between two capitalised words of a name is part of it (Santander de
    Quilichao, Valle del Cauca); after a generic word it is context (territoire de Beni, municipio de Tumaco), and
    so is a lower-case particle anywhere else ("zona rural del municipio"). A word in lower case right before an
    article is a preposition ("across the Line of Control"), no name. A name after a distance or a direction (27 km
    west of Goma, à l'ouest de Goma), or before one in the languages that write it after its name (ცხინვალიდან 5
    კმ-ში, Tərtərdən 10 km şimalda, Թարթառից 10 կմ հյուսիս, Resulayn'ın 10 km doğusunda: `_measured_from`), is a
    ``reference``: where the distance is measured from; so is a name a near
    word governs after a place of the incident (Maiduguri in "Konduga, près de Maiduguri", "Konduga near
    Maiduguri"; not in "near Maiduguri", its vicinity, or in "near Berdavan and Chinari"); so are the two towns
    of a road written with a dash between them and a road word (Djakovica-Decane road, put Đakovica–Prizren, трасса
    Донецк–Мариуполь): the incident was on the road between them.

    A conjunction inside a name is no cut: one between hyphens (Trinité-et-Tobago), one inside a name of
    `STATE_NAMES` (Jammu and Kashmir, Bosnia and Herzegovina), and one between two capitalised words that make the
    last piece of an address after a unit (Nowshera sector, Rajouri district, Jammu and Kashmir): the piece after a
    unit names a larger one.

    Sources write a suburb or a village address-style, smallest place first, without a region word: "Ain Zara,
    Tripoli", "Kafr Nabl, Maarat al-Numan, Idlib". When the pieces are cut at commas only and the first one names a
    specific place (no region, no reference, no state), each specific place of a later piece is a ``container`` of
    it, unless its piece places it beside the first rather than around it ("Djakovica-Decane road, near Meja":
    near, close to, outside, kod, blizu, près de, cerca de ...); a text that joins its pieces with and/or (or a
    semicolon, slash or bracket) lists co-equal places instead ("Aygepar, Movses and Nerkin Karmiraghbyur"), and
    has no containers. A container after a unit or after another container contains more than one place: it is
    ``broad`` (Kashmir in "Uri, Baramulla district, Kashmir", Libya in "Ain Zara, Tripoli, Libya"), as a name of
    `STATE_NAMES` or `COUNTRY_NAMES` always is, and a side of a border written beside it ("армяно-азербайджанской"
    in "на армяно-азербайджанской границе, Джермук", Colombia in "la frontera con Colombia": `_border_sides`).
    """
    out: list[Mention] = []
    pieces: list[int] = []  # the piece of each mention of `out`
    near: set[int] = set()  # the pieces that place their names beside the first piece's
    prepared = _english_owners(unicodedata.normalize("NFKC", text))
    if _HANGUL_RE.search(prepared):
        prepared = _KOREAN_ADDRESS_RE.sub(_korean_address, prepared)
    if _THAI_KHMER_RE.search(prepared):
        # Thai and Khmer write no spaces between words: a space between two runs of their letters ends a phrase, as
        # a comma does (บริเวณปราสาทตาเมือนธม อำเภอพนมดงรัก: the temple, in the district of Phanom Dong Rak).
        prepared = _THAI_KHMER_SPACE_RE.sub(", ", prepared)
    if _BURMESE_RUN_RE.search(prepared):
        prepared = _BURMESE_AND_RE.sub(" and ", prepared)  # လားရှိုးမြို့နှင့် သိန္နီမြို့: two towns
    prepared = _elided(_abbreviations_out(prepared))
    prepared, owners = _turkish_owners(prepared)
    if _HAUSA_MARK_RE.search(prepared):
        prepared = _HAUSA_AND_RE.sub(" and ", prepared)  # "garin Bama da Konduga": two towns
    if "ו" in prepared:
        prepared = _hebrew_and_apart(prepared)
    if "(" in prepared:
        prepared = _BRACKETED_NAME_RE.sub(r" \g<feature> (\g<other> \g<feature>)", prepared)
    parts = _SEPARATOR_SPLIT_RE.split(prepared)
    texts, separators = parts[0::2], parts[1::2]
    used: list[str] = []  # the separators between the pieces read, those inside a name left out
    number = start = 0
    placed = False  # a place of the incident was named, not governed by a near word
    closed = False  # the last piece ended with a side of a border after its border noun (`_border_sides`)
    last = ""  # the last word of the last piece, case-folded
    while start < len(texts):
        piece, inside, end, joints = texts[start], frozenset[int](), start, set()
        # A conjunction inside a name: join the pieces on both sides of it, and keep the conjunction in the name.
        while end + 1 < len(texts) and _conjunction(separators[end]) and (
            joint := _joint(piece, separators[end], texts[end + 1], out, pieces, used, last=end + 2 == len(texts) or (
                separators[end + 1].strip() in _ADDRESS_COMMAS))
        ):
            how, more = joint
            count = len(piece.split())
            inside |= frozenset(range(count, count + len(separators[end].split()) + more))
            piece = piece + separators[end] + texts[end + 1]
            if how == "address":
                joints.add(separators[end].strip())
            end += 1
        if start:
            used.append(separators[start - 1])
        found, beside = _piece_mentions(piece.strip(), inside)
        # The sides of a border the piece names are the states or regions it runs between, a state's size
        # (`_border_sides`): "Turkey-Syria" in "the Turkey-Syria border, Akçakale" says where Akçakale lies, not
        # which place the incident was at. The other side may be the piece's before or after it, past "and".
        sides, opens, closes = _border_sides(piece.strip(), found)
        words = piece.split()
        if start and _conjunction(separators[start - 1]):
            # the other side: the name the piece starts with, or the one the last piece ended with
            if (closed and found and found[0].kind is None and not found[0].reference
                    and words[0].casefold() == found[0].name.split()[0].casefold()):
                sides.add(0)
            if opens and out and pieces[-1] == number - 1 and last == out[-1].name.split()[-1].casefold() and (
                    out[-1].kind is None and not out[-1].reference):
                out[-1] = attrs.evolve(out[-1], broad=True)
        closed, last = closes, words[-1].casefold() if words else ""
        found = [attrs.evolve(m, broad=True) if i in sides else m for i, m in enumerate(found)]
        # A name governed by a near word after a place of the incident is where that place is given from, as a
        # distance's town is: "Konduga, près de Maiduguri", "Bodo near Kolofata", "Konduga kusa da Maiduguri".
        # Alone ("near Maiduguri", "near Berdavan and Chinari") it is the place: the incident was in its vicinity.
        for i, (mention, near_word) in enumerate(zip(found, beside, strict=True)):
            if not near_word and _specific(mention):
                placed = True
            elif near_word and placed and mention.kind != "region" and not mention.reference:
                found[i] = attrs.evolve(mention, reference=True)
        if joints:  # the unit an address names after a unit: a state's size
            found = [attrs.evolve(m, broad=True) if joints & set(m.name.split()) else m for m in found]
        if any(word.strip(".,:;!?\"“”«»'’()").casefold() in _NEAR_WORDS for word in piece.split()):
            near.add(number)
        out.extend(found)
        pieces.extend([number] * len(found))
        number += 1
        start = end + 1
    out = [attrs.evolve(m, broad=True)
           if not m.broad and not m.reference and (state_name(m.name) or country_name(m.name)) else m for m in out]
    if owners:  # the unit a Turkish genitive names before a place: Şanlıurfa in "Şanlıurfa'nın Akçakale ilçesi"
        out = [attrs.evolve(m, kind="region") if m.name in owners and m.kind is None and not m.reference else m
               for m in out]
    if _area_first(out, pieces):
        # A text that starts with a unit and names no other place beside it is about that unit: "Spin Boldak
        # district" is where it happened, as "Spin Boldak" would be, and in "Spin Boldak district, Kandahar province"
        # the province contains it.
        out[0] = attrs.evolve(out[0], area=True, name=_with_unit_word(out[0]))
    if not out or not all(separator.strip() in _ADDRESS_COMMAS for separator in used):
        return tuple(_listed_units(out, pieces, used, owners))
    first = pieces[0]
    if not any(piece == first and _specific(m) for m, piece in zip(out, pieces, strict=True)):
        return tuple(out)
    if not _PLURAL_SETTLEMENTS.isdisjoint(word.strip(".,:;!?\"“”«»'’()").casefold() for word in prepared.split()):
        return tuple(out)  # "the villages of Kekhvi, Kurta, Achabeti": a list of villages, not an address
    return _addressed(out, pieces, near)


#: The plural settlement words: a text that names its places with one ("the villages of Kekhvi, Kurta, Achabeti,
#: Tamarasheni", "სოფლები თამარაშენი, ქურთა, ავნევი", "сёла Тамарашени, Кехви, Курта") lists co-equal places, cut
#: at commas only as it may be, and has no containers. Not the Russian and Ukrainian села, деревни, селища, each a
#: village's genitive too (в районе села Тамарашени, Цхинвал); not the Georgian სოფლის, of the village.
_PLURAL_SETTLEMENTS: Final = frozenset((
    "villages", "towns", "cities", "settlements", "hamlets", "сёла", "сел", "сёл", "селах", "деревень", "посёлки",
    "поселки", "сіл", "գյուղեր", "գյուղերում", "գյուղերի", "kəndləri", "kəndlər", "kendleri", "სოფლები",
    "სოფლებში", "სოფლების", "ქალაქებში", "قرى", "بلدات", "aldeas", "aldeias", "veredas", "villaggi", "satele",
    "ortschaften", "localités",
))


# An English possessive before a name: "Ukraine's", "the Philippines'" (the apostrophe alone after an s).
_OWNER_POSSESSIVE_RE: Final = re.compile(r"(?<=[^\W\d_])['’ʼ]s?(?=\s+[^\W\d_])")
# The words before a possessive, one by one, back to a cut of the text's pieces.
_OWNER_WORD_RE: Final = re.compile(r"[^\s,;/()]+")


def _english_owners(text: str) -> str:
    """The text with each English possessive of a state (`COUNTRY_NAMES`) before the place it holds written as an
    address writes it, the place first and the state after it: "Ukraine's Kharkiv" as "Kharkiv, Ukraine", "a
    village in Russia's Belgorod region" as "a village in Belgorod region, Russia", "the Philippines' Palawan" as
    "Palawan, Philippines", so that the state is read as what holds the place (a broad container), not as a word of
    its name. Only a state's name, as `country_name` reads it (St. John's, Martha's Vineyard and a party's
    possessive stay as written)."""
    if "'" not in text and "’" not in text and "ʼ" not in text:
        return text
    for found in _OWNER_POSSESSIVE_RE.finditer(text):
        if len(found.group()) == 1 and text[found.start() - 1] not in "sS":
            continue  # an apostrophe alone is a possessive only after an s (the Philippines')
        words = list(_OWNER_WORD_RE.finditer(text, 0, found.start()))
        for k in range(min(len(words), 6), 0, -1):
            if words[-1].end() != found.start():
                break
            start = words[-k].start()
            owner = text[start:found.start()]
            name = owner[4:] if owner[:4].casefold() == "the " else owner
            state = country_name(name) if name[:1].isupper() else None
            if state is not None:
                rest = f"{text[:start]}{text[found.end():].lstrip()}".rstrip()
                return _english_owners(f"{rest}, {name}")
    return text


#: A name in the Turkish genitive after an apostrophe before another capitalised name, to the end of its piece or
#: the next such genitive after "ve" (and): "Şanlıurfa'nın Akçakale ilçesi" (the Akçakale district of Şanlıurfa),
#: "Mardin'in Nusaybin ilçesine ve Şanlıurfa'nın Akçakale ilçesine".
_TURKISH_OWNER_RE: Final = re.compile(
    r"(?P<owner>(?:[^\W\d_][\w\-]*\s+){0,2}[^\W\d_][\w\-]*?)['’](?P<ending>n?[ıiuü]n)\s+"
    r"(?P<rest>[^\W\d_](?:(?!\s+(?:ve|veya)\s+[^\W\d_][\w\-]*['’]n?[ıiuü]n\s)[^,;/()])*)")


#: A Turkish unit that a place belongs to, in the dative before bağlı (belonging to), as ministries write a district in
#: its province and a village in its district: "Duhok iline bağlı Zaho ilçesi" (the district of Zakho, belonging to
#: Duhok province), "Zaho ilçesine bağlı Derkar beldesi", "Duhok'a bağlı Zaho": the capitalised words before the unit
#: word or the dative ending, and the text after bağlı up to a comma. A name starts at the start of a word, so that a
#: long word is not tried from each of its letters.
_TURKISH_BELONGING_RE: Final = re.compile(
    r"(?<![\w\-'’])(?P<owner>(?:[^\W\d_][\w\-]*\s+){0,2}[^\W\d_][\w\-]*?)"
    r"(?:\s+(?:iline|ilçesine|beldesine|bölgesine|köyüne)"
    r"|['’](?:y?[ae]|n[ae]))\s+bağlı\s+(?P<rest>[^\W\d_][^,;/()]*)")


def _turkish_belonging(text: str) -> tuple[str, set[str]]:
    """The text with each unit a Turkish dative and bağlı name (`_TURKISH_BELONGING_RE`) written after the place
    that belongs to it, as an address writes it ("Duhok iline bağlı Zaho ilçesi" as "Zaho ilçesi, Duhok"), and the
    names so moved, read as regions (`_turkish_owners`). Only the capitalised words before it, none with an
    apostrophe (the genitive of "Irak'ın Duhok iline bağlı ..." is another unit's, `_TURKISH_OWNER_RE`)."""
    owners: set[str] = set()

    def moved(found: re.Match[str]) -> str:
        words = found["owner"].split()
        start = len(words)
        while start and words[start - 1][:1].isupper() and not {"'", "’"} & set(words[start - 1]):
            start -= 1
        owner = " ".join(words[start:])
        if not owner or not found["rest"][:1].isupper():
            return found.group()
        owners.add(owner)
        before = " ".join(words[:start])
        return f"{before} {found['rest'].rstrip()}, {owner}".strip() + found["rest"][len(found["rest"].rstrip()):]

    return _TURKISH_BELONGING_RE.sub(moved, text), owners


def _turkish_owners(text: str) -> tuple[str, frozenset[str]]:
    """The text with each Turkish genitive before a capitalised name written after that name's piece, as an address
    writes the unit a place lies in ("Şanlıurfa'nın Akçakale ilçesi" as "Akçakale ilçesi, Şanlıurfa"), and the
    names so moved, which `mentions` reads as regions. Only in a text that writes a Turkish letter (ı ğ ş ç ö ü),
    with the genitive in harmony with its name ('nın, 'nin, 'nun, 'nün after a vowel, 'ın, 'in, 'un, 'ün after a
    consonant, the vowel as the name's last: `_HIGH_VOWEL`), and only the capitalised words before it: Armenian
    romanizations write an aspirate with an apostrophe (Nerk'in Getashen is Nerkin Getashen), and before a noun in
    lower case the genitive says whose part it is (Tel Abyad'ın merkezi, the centre of Tel Abyad)."""
    if _TURKISH_LETTERS.isdisjoint(text):
        return text, frozenset()
    text, owners = _turkish_belonging(text) if "bağlı" in text else (text, set())
    if "'" not in text and "’" not in text:
        return text, frozenset(owners)

    def moved(found: re.Match[str]) -> str:
        words = found["owner"].split()
        start = len(words)
        while start and words[start - 1][:1].isupper():
            start -= 1
        owner, stem, ending = " ".join(words[start:]), words[-1].casefold(), found["ending"]
        vowel = next((ch for ch in reversed(stem) if ch in _HIGH_VOWEL), None)
        genitive = ("n" if stem[-1:] in _HIGH_VOWEL else "") + f"{_HIGH_VOWEL[vowel]}n" if vowel else ""
        if not owner or not found["rest"][:1].isupper() or ending != genitive:
            return found.group()
        owners.add(owner)
        before = " ".join(words[:start])
        return f"{before} {found['rest'].rstrip()}, {owner}".strip() + found["rest"][len(found["rest"].rstrip()):]

    return _TURKISH_OWNER_RE.sub(moved, text), frozenset(owners)


def _listed_units(found: Sequence[Mention], pieces: Sequence[int], used: Sequence[str],
                  owners: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions of a text that lists its pieces (``used``: the separators between them, some a conjunction), with
    a unit that a conjunction joins to another piece, each alone in its piece (one name, no reference, no state),
    read as a place of the incident it names (``area``), as a unit alone is (`_area_first`): "Akçakale ilçesi ve
    Ceylanpınar" (the Akçakale district and Ceylanpınar), "Spin Boldak district and Kandahar city", "Akcakale and
    Ceylanpinar districts" name two places, not one in the other's unit, as "Akçakale ve Ceylanpınar" does. A unit
    after a comma stays the region of the names before it: "Selydove and Kurakhove, Pokrovsk district"; so does a
    Turkish genitive's unit (``owners``: `_turkish_owners`), and a unit beside a piece of several names (the seed's
    "the section of the border that runs between Tavush Province and Qazakh Rayon")."""
    listed = {n for n, separator in enumerate(used) if _conjunction(separator)}  # between piece n and n + 1

    def alone(piece: int) -> bool:  # a piece of one name, no reference, state or Turkish genitive's unit
        return pieces.count(piece) == 1 and not any(
            m.reference or m.broad or m.name in owners for m, at in zip(found, pieces, strict=True) if at == piece)

    return [
        attrs.evolve(m, area=True, name=_with_unit_word(m))
        if (m.kind == "region" and not (m.area or m.container) and alone(piece)
            and ((piece in listed and alone(piece + 1)) or (piece - 1 in listed and alone(piece - 1)))) else m
        for m, piece in zip(found, pieces, strict=True)
    ]


def _joint(left: str, separator: str, right: str, out: Sequence[Mention], pieces: Sequence[int],
           used: Sequence[str], *, last: bool) -> tuple[str, int] | None:
    """Whether the conjunction ``separator`` between the pieces ``left`` and ``right`` is inside a name, why, and how
    many words after it, before the name's next word, are inside the name too (the "the" of "Saint Vincent and the
    Grenadines"): ``"state"`` where the words around it make a name of `STATE_NAMES` ("Jammu and Kashmir");
    ``"address"`` where the two pieces are capitalised names without a generic word that follow a unit in an
    address ("Nowshera sector, Rajouri district, Jammu and Kashmir": ``out`` and ``pieces`` are the mentions read
    so far and their pieces, ``used`` the separators between those pieces) and end the text or come before a comma
    (``last``); else ``None``: a list of places ("Aygepar, Movses and Nerkin Karmiraghbyur")."""
    before, after = left.split(), right.split()
    if not before or not after:
        return None
    joints = _state_names().joints
    if (phonetic_key(before[-1]), phonetic_key(after[0])) in joints:
        for i in range(1, min(3, len(before)) + 1):
            for j in range(1, min(4, len(after)) + 1):
                if state_name(" ".join([*before[-i:], separator.strip(), *after[:j]])):
                    return "state", j - 1
    # An address, smallest place first, with a unit before this piece: the piece names a larger unit.
    _qualifiers, generics = _lexicons()
    bare = all(word[:1].isupper() and _generic(word, _fold_word(word), generics) is None for word in before + after)
    if not (bare and last and out and used and all(s.strip() in _ADDRESS_COMMAS for s in used)):
        return None
    first = pieces[0]
    return ("address", 0) if (
        any(piece == first and _specific(m) for m, piece in zip(out, pieces, strict=True))
        and any(m.kind == "region" and not m.area for m in out)
    ) else None


# The compass adjectives that say which part of a town's countryside: the Arabic masculine ones after the name, as
# they agree with ريف (ريف الحسكة الشمالي, the northern countryside of Hasakah; ريف حلب الشمالي الشرقي), and the
# English ones in lower case before it (the western countryside of Tal Abyad). Context only in a piece with a
# countryside word: elsewhere they are words of names (الجبل الغربي, the Western Mountain of Libya).
_COUNTRYSIDE_PARTS: Final = frozenset((
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "northern", "southern",
    "eastern", "western", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern",
    "northwestern", "southeastern", "southwestern",
))
_COUNTRYSIDE: Final = frozenset(_COUNTRYSIDE_WORDS)


# The bank or shore of a river or a lake, a word of context around the water's name ("the north bank of Pangong
# Tso" is Pangong Tso, "the left bank of the Dnipro" the Dnipro, as Chinese 南岸 is), with the side words before it
# (left, northern; левый, північному) and, in French, Spanish, Portuguese and Italian, after it (rive gauche,
# margen derecha): English, French, Spanish, Portuguese, Italian, German, Russian and Ukrainian, and Hindi (किनारे, तट,
# written after the water's name). A bank word is one in lower case, as running text writes it, or a capitalised
# one before "of" (the Southern Bank of Pangong Tso), or the German Ufer, which is written capitalised, before des
# or der (linkes Ufer des Dnepr); not the Romance words before de or del, which begin names (Riva del Garda, Ribera
# del Fresno). Capitalised alone, it names a place of its own (the West Bank, the South Bank of London, the Left Bank of
# Paris, the North Shore), and stays a name, as does a bank word last in its text after a capitalised side (Лівий
# берег, a district of Kyiv): `_bank_words`.
_BANK_WORDS: Final = frozenset((
    "bank", "banks", "shore", "shores", "rive", "rives", "berge", "berges", "orilla", "orillas", "ribera", "riberas",
    "margen", "márgenes", "margem", "margens", "riva", "sponda", "ufer", "ufern", "берег", "берега", "берегу",
    "береге", "берегом", "берегах", "берегам", "берегов", "березі", "берегів", "किनारा", "किनारे", "किनारों", "तट",
    "तटों",
))
#: The words after a capitalised bank word that make it a bank of the water named after it: of, and the German
#: des and der after Ufer.
_BANK_OF: Final = frozenset(("of",))
_GERMAN_BANK_OF: Final = frozenset(("des", "der"))


def _adjective_forms(stems: Iterable[str], endings: Iterable[str]) -> frozenset[str]:
    ends = tuple(endings)
    return frozenset(stem + end for stem in stems for end in ends)


_BANK_SIDES: Final = frozenset((
    "left", "right", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
    "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "far", "opposite", "other", "linken", "rechten", "linke", "rechte", "linkes", "rechtes",
    "nördlichen", "südlichen", "östlichen", "westlichen", "nördliche", "südliche", "östliche", "westliche",
    "उत्तरी", "दक्षिणी", "पूर्वी", "पश्चिमी", "बाएं", "दाएं", "बाएँ", "दाएँ",
    # Russian левый, правый, северный ... and Ukrainian лівий, правий, північний ..., in every case a bank takes.
    *_adjective_forms(("лев", "прав", "северн", "южн", "восточн", "западн", "противоположн"),
                      ("ый", "ого", "ому", "ом", "ым", "ых", "ые", "ом")),
    *_adjective_forms(("лів", "прав", "північн", "південн", "східн", "західн", "протилежн"),
                      ("ий", "ого", "ому", "ім", "им", "их", "і")),
))
_BANK_SIDES_AFTER: Final = frozenset((
    "gauche", "droite", "nord", "sud", "est", "ouest", "izquierda", "derecha", "norte", "sur", "este", "oeste",
    "esquerda", "direita", "sul", "leste", "sinistra", "destra",
))


def _bank_words(words: Sequence[str]) -> frozenset[int]:
    """The positions of the words of a piece (as written) that say a bank or a shore of the water named beside them
    (`_BANK_WORDS`): the bank word in lower case, or capitalised before "of" (`_BANK_OF`; Ufer before des, der),
    and the side words right before it and, in lower case, right after it. Words of context: the water's name is
    the place."""
    out: set[int] = set()
    for n, word in enumerate(words):
        if word.casefold() not in _BANK_WORDS:
            continue
        after = words[n + 1].casefold() if n + 1 < len(words) else ""
        if word != word.lower() and not (after in _BANK_OF or (
                word.casefold() in ("ufer", "ufern") and after in _GERMAN_BANK_OF)):
            continue  # the West Bank, the Left Bank, the North Shore: a name
        if not after and n and words[n - 1] != words[n - 1].lower():
            continue  # Лівий берег, Левый берег (of Kyiv, of Rostov) alone: a name, the water is named nowhere
        out.add(n)
        m = n - 1
        while m >= 0 and words[m].casefold() in _BANK_SIDES:
            out.add(m)
            m -= 1
        m = n + 1
        while m < len(words) and words[m] == words[m].lower() and words[m] in _BANK_SIDES_AFTER:
            out.add(m)
            m += 1
    return frozenset(out)


# The words of a position along a front, not the name of a place: forward (positions, areas, posts), rear (areas),
# depth (areas), frontline (positions); Russian передовые позиции, Ukrainian передові позиції, Hindi अग्रिम (forward).
# Words of context where written in lower case, or first in their piece before a word in lower case (Forward
# positions near Galwan): capitalised inside a text they may begin a name (Forward Operating Base Salerno).
_POSITION_WORDS: Final = frozenset((
    "forward", "rear", "depth", "frontline", "frontlines", "front-line", "front-lines", "передовые", "передовых",
    "передовой", "передовую", "передовым", "передовыми", "позиция", "позиции", "позиций", "позициях", "позициям",
    "позицию", "позицией", "передові", "передових", "передовій", "передову", "передовими", "позиція", "позиції",
    "позицій", "позиціях", "позиціям", "позицію", "позицією", "अग्रिम",
))


# English words of the fighting a place text names with its place (fighting on the Kupiansk axis, heavy shelling
# of Avdiivka, clashes near Gao): no place, read by the rule of `_POSITION_WORDS` (a capitalised Battle or Offensive
# may begin a name of its own).
_ACTION_WORDS: Final = frozenset((
    "fighting", "fight", "fights", "clash", "clashes", "shelling", "shellings", "battle", "battles", "combat",
    "hostilities", "offensive", "assault", "assaults", "attack", "attacks", "strike", "strikes", "airstrike",
    "airstrikes", "bombardment", "bombardments",
))


def _position_word(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` (as written) is one of `_POSITION_WORDS` or `_ACTION_WORDS` written as a word of
    context (see there)."""
    word = words[n]
    if word.casefold() not in _POSITION_WORDS and word.casefold() not in _ACTION_WORDS:
        return False
    return word == word.lower() or (n == 0 and n + 1 < len(words) and words[n + 1] == words[n + 1].lower())


def _piece_mentions(piece: str, inside: frozenset[int]) -> tuple[list[Mention], list[bool]]:
    """The mentions of one piece of a place text (see `mentions`), and for each whether a word of `_NEAR_BEFORE`
    came before it (near Y, près de Y, kusa da Y: the text places something beside it); ``inside``: the positions of
    the piece's words that are a conjunction inside a name (`_joint`)."""
    qualifiers, generics = _lexicons()
    lexicon = _direction_lexicon()
    directions, units = lexicon.directions, lexicon.units
    out: list[Mention] = []
    beside: list[bool] = []  # for each mention of `out`, whether a near word governs it
    near = False  # a near preposition came since the last name
    kept: list[str] = []
    kind: Kind | None = None
    measured = False  # a distance or a direction came since the last name
    raws = piece.split()
    words = [
        _without_ending(raw.strip(".,:;!?\"“”«»'’"), n + 1 < len(raws) and raws[n + 1].islower())
        for n, raw in enumerate(raws)
    ]
    folded_words = [_fold_word(word) if word else "" for word in words]
    directional = _direction_words(folded_words, words) | _english_articles(words, folded_words)
    road = _road(words)
    numbered = _numbered_road(words)
    rural = not _COUNTRYSIDE.isdisjoint(word.casefold() for word in words)
    banks = _bank_words(words)
    joined = 0  # the words still to come that are particles inside the name being read
    of = False  # "of" came after a name of the incident's place: the next name contains it ("PD 9 of Kabul")
    for n, (word, folded) in enumerate(zip(words, folded_words, strict=True)):
        if n in inside and kept:
            kept.append(word)
            continue
        if _NUMBER_WORD_RE.fullmatch(word) and not (n + 1 < len(words) and folded_words[n + 1] in units):
            # A number names a place with the word before it (PD 13, District 9, Camp 3, Hill 402); not a
            # distance (3 km).
            if date := _date_name(words, n):
                # A place named by a date is the date, its day and month in one name: "aldeia 24 de Março" is
                # 24 de Março (kept whole, the village's word says what it is), not "aldeia 24" and a Março.
                kept.append(word)
                joined = date
                continue
            if kept:
                kept.append(word)
                continue
            if n and words[n - 1] and folded_words[n - 1] and (_generic(
                    words[n - 1], folded_words[n - 1], generics) in ("region", "settlement")
                    or folded_words[n - 1] in _NUMBERED_POSTS or _kilometre_post(words, folded_words, n - 1, lexicon)):
                kept = [words[n - 1], word]
                kind = None
                continue
            if (n + 1 < len(words) and folded_words[n + 1] and n + 1 not in directional
                    and _generic(words[n + 1], folded_words[n + 1], generics) is None):
                kept = [word]  # a name that starts with its number: 28 May, 26 Bakı Komissarı
                continue
        if joined or (
            kept and kept[-1][:1].isupper() and n not in directional
            and (joined := _name_particles(words, n, generics) or _water_of(kept, words, n))
        ):
            kept.append(word)
            joined -= 1
            continue
        generic = (
            (_generic(word, folded, generics) or _filipino_head(words, n))
            if folded and n not in directional and word not in _NAME_PARTICLES else "context"
        )
        if generic is None and (_hebrew_facility(words, n) or _facility_word(words, n)):
            generic = "context"  # בית החולים (the hospital): both words, though בית heads names (בית חאנון)
        if n in banks or (generic is None and _position_word(words, n)):
            generic = "context"  # the north bank of Pangong Tso, forward positions: where along the water or front
        if road and word.casefold() in _ROAD_WORDS:
            generic = "context"  # the road between the towns: its word names no place
        elif numbered and (word.casefold() in _ROAD_WORDS or word.casefold() in _ROAD_QUALIFIERS):
            generic = "context"  # the M4 highway, rêya navneteweyî M4: the road's number names it
        elif generic is None and rural and word in _COUNTRYSIDE_PARTS:
            generic = "context"  # the northern countryside of a town: the town names it
        elif generic is None and word == word.lower() and word.casefold() in _NEAR_WORDS:
            generic = "context"  # "outside Tolmasi", "kod Doboja": where the place is, not a word of it
        elif generic == "region" and _unit_adjective(words, n):
            generic = None
        elif (generic is None and _unit_phrase(words, n)) or (
                generic in (None, "context") and _front_direction(words, n)):
            generic = "region"
        elif generic == "context" and _capitalised_in_name(words, n):
            generic = None
        if generic is None or (
            generic != "settlement" and len(kept) == 1 and _fold_word(kept[0]) in _HEAD_WORDS
        ):
            # A head word governs the word after it (see `_with_complement`).
            kept.append(word)
            continue
        if kept and generic == "context" and _qualifies(kept, folded, qualifiers):
            kept, kind = [], None  # "the second No-Fire Zone": a qualifier of a generic noun, no name
        elif kept and generic == "context" and word in _ARTICLES and all(w.islower() for w in kept):
            kept, kind = [], None  # "across the Line of Control": a preposition before its article, no name
        elif kept:
            # A generic word after a name closes it: "Berdavan village", "Տավուշի մարզի Բերդավան գյուղի մոտ",
            # "X near Y"; a region word says what the name before it is.
            if generic == "region" and len(kept) > 1 and _SLAVIC_ADJECTIVE_RE.search(kept[-1]):
                # The Slavic official address, "с. Кам'янка Ізюмського району Харківської області": the unit is
                # the adjective before its word, the words before it the place that lies in it.
                out.append(Mention(" ".join(kept[:-1]), piece, kind, measured, container=of))
                beside.append(near)
                kept, kind, measured, of, near = kept[-1:], None, False, False, False
            if generic != "context" and _script_class(word) == "abjad" and (
                    kind is not None or folded in _ABJAD_IN_UNITS):
                # Arabic and Hebrew write a unit or settlement word before its name, and "in" onto it: in
                # "مدينة رأس العين بمحافظة الحسكة" (the city of Ras al-Ain in the governorate of Hasakah) the
                # governorate is Hasakah's word, and the city's word says what Ras al-Ain is. A word with "in" or
                # "to" written onto it (`_ABJAD_IN_UNITS`) is the next name's whatever came before: in "سوق ضحيان
                # بمحافظة صعدة" (Dahyan market in Saada governorate) Saada is the governorate, Dahyan the place.
                out.append(Mention(" ".join(kept), piece, kind, measured, container=of))
                beside.append(near)
                kept, kind, measured, of, near = [], generic, False, False, False
                continue
            # Georgian, Armenian, Azerbaijani and Turkish write a distance or a direction after the name it is
            # measured from (ცხინვალიდან 5 კმ-ში, 5 km from Tskhinvali; გორის ჩრდილოეთით, north of Gori; Tərtərdən
            # 10 km şimalda; Թարթառից 10 կմ հյուսիս): that name is then a reference too.
            after = _measured_from(kept[-1], words, n, directional)
            out.append(Mention(" ".join(kept), piece, generic if generic != "context" else kind, measured or after,
                               container=of))
            beside.append(near)
            kept, kind, measured, near = [], None, False, False
            of = folded in _OF and _specific(out[-1])
        elif generic != "context":
            kind = generic  # "the village of X", "село X": says what the next name is
        elif out and word in _DIRECTIONS_AFTER_NAME and not out[-1].reference:
            # A direction after a name and its unit word (Tərtər şəhərinin şimalında, north of the town of Tartar):
            # the name is where it is measured from.
            out[-1] = attrs.evolve(out[-1], reference=True)
        if (folded in units and not _kilometre_post(words, folded_words, n, lexicon)) or (
                (folded in directions or folded in lexicon.construct) and n in directional):
            measured = True
        if generic == "context" and word.casefold() in _NEAR_BEFORE and (word == word.lower() or n == 0):
            near = True
    if kept:
        out.append(Mention(" ".join(kept), piece, kind, measured, container=of))
        beside.append(near)
    return _road_ends(out, beside) if road else (out, beside)


def _kilometre_post(words: Sequence[str], folded: Sequence[str], n: int, lexicon: _DirectionLexicon) -> bool:
    """Whether the distance unit at ``n`` names a post on a road with the number after it (KM 101, Kilometre 101,
    км 101, at km 101): no number, number word or hedge before the unit, nor one with the *of* of an amount (une
    trentaine de km), which would make it a distance."""
    if folded[n] not in lexicon.units or n + 1 >= len(words) or not words[n + 1].isdecimal():
        return False
    before = n - 1
    if before > 0 and folded[before] in lexicon.amount_of:
        before -= 1
    return before < 0 or not (not folded[before] or words[before].isdecimal() or folded[before] in lexicon.amounts
                              or folded[before] in lexicon.hedges)


#: A day of a month as a name of a place writes it: 1 to 31, or 1er (1er Mai), 1º, 1°.
_NAME_DAY_RE: Final = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:er|º|°)?")


def _date_name(words: Sequence[str], n: int) -> int:
    """How many words after the number at ``n`` make a date with it, as places are named after one: the month's
    name (`reconcile.normalize.month_number`) right after the day, capitalised as a name's word is (1 Mai, Площа 9
    Січня, 25 Aprile), or after de, del or do (24 de Março, 20 de Julio, 24 de março); 0 where no month follows a
    day."""
    if not _NAME_DAY_RE.fullmatch(words[n]):
        return 0
    if n + 1 < len(words) and words[n + 1][:1].isupper() and month_number(words[n + 1]):
        return 1
    if n + 2 < len(words) and words[n + 1] in _DATE_PARTICLES and month_number(words[n + 2]):
        return 2
    return 0


@functools.lru_cache(maxsize=1 << 12)
def _date_month(name: str) -> int | None:
    """The month of a name that holds a date (`_date_name`: 24 de Março is 3), or None."""
    words = [word.strip(".,:;!?\"“”«»'’()") for word in name.split()]
    for n in range(len(words)):
        if taken := _date_name(words, n):
            return month_number(words[n + taken])
    return None


def _months_apart(a: str, b: str) -> bool:
    """Whether two names hold dates of different months (20 de Julio, 20 de Junio): different places, as two
    numbers are."""
    ma = _date_month(a) if any(ch.isdigit() for ch in a) else None
    return ma is not None and (mb := _date_month(b)) is not None and ma != mb


#: The words between a day and its month in the names of places named after a date (24 de Março, 20 de Julio).
_DATE_PARTICLES: Final = frozenset(("de", "del", "do"))


def _road(words: Sequence[str]) -> bool:
    """Whether the words of a piece name a road between two towns: a word with a dash between two letters right
    after a road word (`_ROAD_WORDS`), or the word after that ("put Banja Luka–Doboj"), or right before it ("the
    Gao–Ansongo road"); not a dashed name elsewhere ("the road to Nagorno-Karabakh")."""
    for n, word in enumerate(words):
        if word.casefold() not in _ROAD_WORDS:
            continue
        after = (n + 1, n + 2) if n + 1 < len(words) and words[n + 1][:1].isupper() else (n + 1,)
        if any(0 <= m < len(words) and (_ROAD_DASH_RE.search(words[m]) or _road_hyphen(words[m]))
               and not _ROAD_CODE_RE.fullmatch(words[m]) for m in (n - 1, *after)):
            return True
    return False


def _numbered_road(words: Sequence[str]) -> bool:
    """Whether the words of a piece name a road by its number (`_ROAD_CODE_RE`) with a road word beside it: the
    number right before or after the road word, or after a qualifier of it (the M4 highway, rêya navneteweyî M4,
    طريق M4, M4 karayolu)."""
    for n, word in enumerate(words):
        if word.casefold() not in _ROAD_WORDS:
            continue
        m = n + 1
        while m < len(words) and words[m].casefold() in _ROAD_QUALIFIERS:
            m += 1
        if any(0 <= k < len(words) and _ROAD_CODE_RE.fullmatch(words[k].strip(".,:;!?\"“”«»()"))
               for k in (n - 1, m)):
            return True
    return False


def _road_ends(found: list[Mention], beside: list[bool]) -> tuple[list[Mention], list[bool]]:
    """The mentions of a piece that names a road (and whether a near word governs each, as `_piece_mentions` gives
    them): each name with a dash in it is the road between the towns on both sides of the dash, each a
    ``reference`` (the en or em dash where there is one: Ivano-Frankivsk–Lviv; else every hyphen). The incident was
    between them, at neither; where the text names no other place they are its places, as the town of "20 km north
    of Gao" is."""
    out: list[Mention] = []
    flags: list[bool] = []
    for mention, near in zip(found, beside, strict=True):
        dash = _ROAD_DASH_RE if _ROAD_DASH_RE.search(mention.name) else _ROAD_HYPHEN_RE
        ends = [end.strip() for end in dash.split(mention.name) if end.strip()]
        if mention.kind == "region" or len(ends) < 2:
            out.append(mention)
            flags.append(near)
            continue
        out.extend(attrs.evolve(mention, name=end, reference=True, container=False) for end in ends)
        flags.extend(near for _end in ends)
    return out, flags


def _addressed(found: Sequence[Mention], pieces: Sequence[int], near: set[int]) -> tuple[Mention, ...]:
    """The mentions of an address, smallest place first (see `mentions`), with its containers marked: the specific
    places and the state names of the pieces after the first, but those of a piece that places its name beside the
    first (``near``); a container after a unit, or after another container, is ``broad``."""
    first = pieces[0]
    out: list[Mention] = []
    above: set[int] = set()  # the pieces that name a unit, or a container after the first piece
    for mention, piece in zip(found, pieces, strict=True):
        if piece > first and piece not in near and (_specific(mention) or mention.broad):
            broad = mention.broad or any(other < piece for other in above)
            mention = attrs.evolve(mention, container=True, broad=broad)
            above.add(piece)
        elif mention.kind == "region" and not mention.area:
            above.add(piece)
        out.append(mention)
    return tuple(out)


def _qualifies(words: Sequence[str], after: str, qualifiers: Mapping[str, str]) -> bool:
    """Whether the name words before a context word (``after``, folded) only qualify a generic noun: they are all
    qualifiers or ordinals (second, 2nd, North), and written in lower case or before a noun of a part of a place
    (`_PART_NOUNS`). "Nor near Movses" names the village of Nor; "the second No-Fire Zone" and "North sector" no
    place."""
    if not all(_NUMBER_WORD_RE.fullmatch(word) or _qualifier(_qualifier_key(word, _fold_word(word)), qualifiers)
               for word in words):
        return False
    return "".join(words).islower() or after in _PART_NOUNS


#: The Russian and Ukrainian words of the units `_with_unit_word` keeps, by their stems (every case): the oblast,
#: the district and the okrug. Not the front direction (на Покровському напрямку), which is no administrative unit
#: and is named by its adjective alone.
_ADMINISTRATIVE_UNITS: Final = ("област", "район", "округ", "окруз")


def _with_unit_word(mention: Mention) -> str:
    """The name of a unit that is its text's own place (`_area_first`), with the unit word after it where the name
    is one Russian or Ukrainian adjective (`_SLAVIC_ADJECTIVE_RE`) and the word one of `_ADMINISTRATIVE_UNITS`: "в
    Курской области" names Курской области (read by its stem, Kursk, as `parse` reads a unit's adjective), not the
    bare adjective Курской; else the name."""
    name = mention.name
    if " " in name or not _SLAVIC_ADJECTIVE_RE.search(name):
        return name
    words = mention.text.split()
    for n, word in enumerate(words[:-1]):
        if word == name:
            unit = words[n + 1].strip(".,:;!?\"“”«»'’()")
            if unit.casefold().startswith(_ADMINISTRATIVE_UNITS):
                return f"{name} {unit}"
            break
    return name


def _area_first(found: Sequence[Mention], pieces: Sequence[int]) -> bool:
    """Whether the first mention of a text (``found``, each of the piece numbered in ``pieces``) is a unit that is
    the text's own place: a region, no reference, alone in its piece (not "police district 9": the unit word there
    names the kind of district 9), in a text whose other mentions are all regions or states too. In "Tovuz rayonu,
    Ağdam kəndi" and "Qazakh Rayon, Asagi Askipara" the district is where the village lies; "Spin Boldak district,
    Kandahar" reads the same way (the text cannot tell a province without its word from a village), while "Spin
    Boldak district, Kandahar province" and "Rajouri district, Jammu and Kashmir" are about the district."""
    if not found or found[0].kind != "region" or found[0].reference or found[0].broad:
        return False
    return all(m.kind == "region" or m.broad for m in found[1:]) and pieces.count(pieces[0]) == 1


def _specific(mention: Mention) -> bool:
    """Whether a mention names the incident's place or a place containing it: not a region (unless it is the text's
    own place, an ``area``), not a reference, not a state (``broad``)."""
    return (mention.kind != "region" or mention.area) and not mention.reference and not mention.broad


def lookup_name(mention: Mention) -> str:
    """The name to look a mention up by in the gazetteer: its name, but for a unit its piece of text where that is
    the name with the unit's words alone (*Ağdam rayonu*, *Tovuz district*, *Ağdam rayonu istiqaməti*), so that
    `Gazetteer.resolve` reads it as a unit: the place in the unit of its name, not a namesake of another unit.

    >>> [lookup_name(m) for m in mentions("Ağdam rayonu")]
    ['Ağdam rayonu']
    >>> [lookup_name(m) for m in mentions("Ağdam kəndi, Tovuz rayonu")]
    ['Ağdam', 'Tovuz rayonu']
    """
    if mention.kind != "region" or mention.text == mention.name:
        return mention.name
    name, text = parse(mention.name), parse(mention.text)
    if text.kind == "region" and text.stem == name.stem and text.tags == name.tags:
        return mention.text
    return mention.name


def place_lookups(text: str, region: str | None, found: tuple[Mention, ...] | None = None, *,
                  vague: Callable[[str], bool] | None = None) -> tuple[tuple[str, str | None], ...]:
    """Each place name of a claim (`split_places`) with the region it is resolved in: the claim's own ``region``,
    else, for a name that is not itself a region, the first region the text names (*Ağdam kəndi, Tovuz rayonu*:
    Ağdam in Tovuz); else none. ``found``: the text's `mentions`, where the caller has them already. ``vague``
    (a name -> whether it names no place of its own, as matching reads names: `reconcile.match.VagueNames`): where
    the text names other places, vague names are left out first, so that *Armenian positions near Berdavan* or
    *the front line near Avdiivka* is Berdavan or Avdiivka, not the word before "near" (which makes the town a
    reference).

    >>> place_lookups("Ağdam kəndi, Tovuz rayonu", None)
    (('Ağdam', 'Tovuz'), ('Tovuz', None))
    """
    return tuple((m.name, hint) for m, hint in place_readings(text, region, found, vague=vague))


def place_readings(text: str, region: str | None, found: tuple[Mention, ...] | None = None, *,
                   vague: Callable[[str], bool] | None = None) -> tuple[tuple[Mention, str | None], ...]:
    """`place_lookups` with each name's `Mention` instead of its name (for `place_label`)."""
    found = mentions(text) if found is None else found
    hint = region or next((m.name for m in found if m.kind == "region" and not m.area), None)
    return tuple((m, region if m.kind == "region" and not m.area else hint) for m in _incident_mentions(found, vague))


#: How many words a region's or a vague name's piece of text may hold beyond the name for `place_label` to show it.
_LABEL_EXTRA_WORDS: Final = 2


def place_label(mention: Mention, vague: bool = False) -> str:
    """How a list of an event's places shows a mention that the gazetteer does not resolve: its name, but a region,
    or a name that names no place of its own (``vague``: the words of a border or a front), with the few words of
    its piece of text around it, as written: "Pokrovsk, Donetsk region" lists Pokrovsk and *Donetsk region* (not
    Donetsk, a city), "Selydove, Pokrovsk district" *Pokrovsk district*, and "the border and line of contact" *line
    of contact* (not line and contact), as "the Line of Contact" and "along the line of contact" do, without the
    generic words before a vague name's piece. A longer piece shows the name alone. A region shows only the generic
    words next to it, not another place's name in the same piece: "Pokrovsk district Selydove" lists *Pokrovsk district*
    and Selydove, not *Pokrovsk district Selydove* for the district (ကန့်ဘလူမြို့နယ် ပဇီကြီးရွာ, Pazigyi village in
    Kanbalu township, as Burmese writes the township first with no comma).

    >>> [place_label(m) for m in mentions("Selydove, Pokrovsk district, Donetsk oblast")]
    ['Selydove', 'Pokrovsk district', 'Donetsk oblast']
    """
    piece = " ".join(mention.text.split())
    if vague:
        # the words before a front's name that are no part of it: "the Line of Contact", "along the line of contact"
        # show as *Line of Contact*, *line of contact* (not Line and Contact); the border after a name stays
        # (*Armenia–Azerbaijan border*)
        words = piece.split()
        while len(words) > 1 and _generic_word(words[0]) and mention.name in " ".join(words[1:]):
            words = words[1:]
        piece = " ".join(words)
    if ((mention.kind == "region" or vague) and piece != mention.name and mention.name in piece
            and len(piece.split()) <= len(mention.name.split()) + _LABEL_EXTRA_WORDS):
        if vague:
            return piece
        # a region: with the generic words next to it, not with another place's name in the same piece
        before, after = (part.split() for part in piece.split(mention.name, 1))
        kept = [*reversed(list(itertools.takewhile(_generic_word, reversed(before)))), mention.name,
                *itertools.takewhile(_generic_word, after)]
        return " ".join(kept)
    return mention.name


def split_places(text: str) -> tuple[str, ...]:
    """The place names in a claim's place text, as written, without generic words; see `mentions` for their kinds.
    A place a distance is measured from is left out where the text names another place (not a region) for the
    incident, as matching does (`reconcile.match`): it is no place of the event, and its distance from the
    incident's place is no conflict.

    >>> split_places("the villages of Aygepar, Movses and Nerkin Karmiraghbyur")
    ('Aygepar', 'Movses', 'Nerkin Karmiraghbyur')
    >>> split_places("Asagi Askipara, Qazakh Rayon")
    ('Asagi Askipara', 'Qazakh')
    >>> split_places("Sake, 27 km west of Goma"), split_places("20 km north of Gao")
    (('Sake',), ('Gao',))
    """
    return tuple(m.name for m in _incident_mentions(mentions(text)))


def _incident_mentions(found: tuple[Mention, ...],
                       vague: Callable[[str], bool] | None = None) -> tuple[Mention, ...]:
    """The mentions of a place text that say where it happened: all but references, unless only references and
    regions are named (see `split_places`); the ``vague`` names left out first where others remain
    (`place_lookups`)."""
    if vague is not None and (specific := tuple(m for m in found if not vague(m.name))) and len(specific) < len(found):
        found = specific
    if all(m.reference or m.kind == "region" for m in found):
        return found
    return tuple(m for m in found if not m.reference)


# --------------------------------------------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------------------------------------------

_EARTH_RADIUS_KM: Final = 6371.0088  # mean Earth radius (IUGG)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres between two points in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# One coordinate of a point written as text (`coordinates`): a sign, degrees (decimal, or whole with minutes and
# seconds), a degree sign and a hemisphere letter, each but the degrees optional.
_COORDINATE_PART: Final = (
    r"(?P<{n}sign>[-+\u2212])?(?P<{n}deg>[0-9]{{1,3}}(?:\.[0-9]{{1,12}})?)\s?(?P<{n}mark>[°º˚])?\s?"
    r"(?:(?P<{n}min>[0-9]{{1,2}}(?:\.[0-9]{{1,12}})?)\s?['′’]\s?"
    r"(?:(?P<{n}sec>[0-9]{{1,2}}(?:\.[0-9]{{1,12}})?)\s?(?:\"|″|''|”|′′)\s?)?)?"
    r"(?P<{n}hem>[NSEWnsew])?"
)
_COORDINATES_RE: Final = re.compile(
    _COORDINATE_PART.format(n="a") + r"\s?[,;/]?\s?" + _COORDINATE_PART.format(n="b")
)
#: The longest text `coordinates` reads.
_COORDINATES_MAX: Final = 80


def _coordinate(match: re.Match[str], n: str) -> tuple[float, str] | None:
    """One coordinate of a `_COORDINATES_RE` match in decimal degrees, signed, and its hemisphere letter ("" for
    none); ``None`` where it is no coordinate: minutes after decimal degrees, minutes or seconds of 60 or more, a
    sign and a hemisphere both, or a bare number (no fraction, degree sign, minutes or hemisphere)."""
    sign, deg, mark, minutes, seconds, hem = (
        match.group(n + part) for part in ("sign", "deg", "mark", "min", "sec", "hem"))
    hem = (hem or "").upper()
    if (sign and hem) or (minutes is not None and "." in deg):
        return None
    if not (mark or minutes or hem or "." in deg):
        return None
    m = float(minutes) if minutes else 0.0
    s = float(seconds) if seconds else 0.0
    if m >= 60 or s >= 60:
        return None
    value = float(deg) + m / 60 + s / 3600
    return (-value if sign in ("-", "\u2212") or hem in ("S", "W") else value), hem


def coordinates(text: str) -> tuple[float, float] | None:
    """The point (latitude, longitude, in decimal degrees) that a place text written as coordinates gives, else
    ``None``. Read: decimal degrees with signs or hemisphere letters ("48.0159, 37.8028", "48.0159 N, 37.8028 E",
    "48.0159°N 37.8028°E", "-1.68, 29.22") and degrees, minutes and seconds ("12°01'N 043°28'E",
    "48°00'57\\"N 37°48'10\\"E"); latitude first, or longitude first where the hemisphere letters say so
    ("37.8028 E, 48.0159 N"). The whole text must be the point: anything else in it, a latitude beyond 90° or a
    longitude beyond 180°, hemisphere letters of one axis twice or on one coordinate only, or two bare numbers
    ("12, 43") make it no point, so that the text is read as a name."""
    text = text.strip()
    if len(text) > _COORDINATES_MAX:
        return None
    match = _COORDINATES_RE.fullmatch(text)
    if match is None:
        return None
    first, second = _coordinate(match, "a"), _coordinate(match, "b")
    if first is None or second is None:
        return None
    (a, a_hem), (b, b_hem) = first, second
    if bool(a_hem) != bool(b_hem):
        return None
    if a_hem in ("E", "W") and b_hem in ("N", "S"):
        a, b = b, a
    elif a_hem and not (a_hem in ("N", "S") and b_hem in ("E", "W")):
        return None
    if not (math.isfinite(a) and math.isfinite(b) and -90.0 <= a <= 90.0 and -180.0 <= b <= 180.0):
        return None
    return a, b


# A point written inside a longer place text (`coordinates_within`): `_COORDINATES_RE` not inside a word or a
# number, nor followed by another number of a list (1.25, 2.50, 3.75) or a unit of distance (5.5, 6.5 km).
# A number of a list before it is `_LISTED_BEFORE_RE`.
_COORDINATES_WITHIN_RE: Final = re.compile(
    r"(?<![\w.,°º˚'′’\-+\u2212])(?:" + _COORDINATES_RE.pattern + r")(?![\w°º˚'′’\"″]|[.,]\d)"
    r"(?!\s*[,;/]\s*[-+\u2212]?\d)(?!\s*(?:"
    + "|".join(map(re.escape, sorted(_DISTANCE_UNITS, key=len, reverse=True))) + r")\b)",
    re.IGNORECASE,
)
#: The longest place text `coordinates_within` searches.
_COORDINATES_WITHIN_MAX: Final = 300
_DISTANCE_UNIT_WORDS: Final = frozenset(unit.casefold() for unit in _DISTANCE_UNITS)
_LISTED_BEFORE_RE: Final = re.compile(r"\d\s*[,;/]\s*$")
# Brackets left empty, and commas left together, once the point is out of a text.
_EMPTY_BRACKETS_RE: Final = re.compile(r"\(\s*\)|\[\s*\]")
_LEFT_COMMAS_RE: Final = re.compile(r"(?:\s*,\s*){2,}")


def _marked(match: re.Match[str], n: str) -> bool:
    """Whether one coordinate of a `_COORDINATES_RE` match says it is one: a degree sign, minutes or a hemisphere
    letter, or a fraction of two digits or more (a map's decimal degrees: 48.14, 37.743)."""
    deg = match.group(n + "deg")
    return bool(match.group(n + "mark") or match.group(n + "min") or match.group(n + "hem")
                or ("." in deg and len(deg.split(".")[1]) >= 2))


def coordinates_within(text: str) -> tuple[tuple[float, float], str] | None:
    """The point that a place text gives inside its words ("near Avdiivka (48.139, 37.743)", "checkpoint at
    48°08'N 37°44'E, east of the town"), and the text without it ("near Avdiivka", "checkpoint at, east of the
    town"); ``None`` for a text that is a point and nothing else (`coordinates` reads it), that writes no point or
    more than one, or whose point is not plainly one: each coordinate must be written as `coordinates` reads it,
    with a degree sign, minutes, a hemisphere letter or two digits of a fraction or more ("5.5, 6.5" is no point),
    apart from the words and numbers around it (no pair of a list of numbers: "1.25, 2.50, 3.75") and with no unit
    of distance beside it, in a text of 300 characters or fewer.

    >>> coordinates_within("near Avdiivka (48.139, 37.743)")
    ((48.139, 37.743), 'near Avdiivka')
    """
    if len(text) > _COORDINATES_WITHIN_MAX or coordinates(text) is not None:
        return None
    found: list[tuple[tuple[float, float], re.Match[str]]] = []
    for match in _COORDINATES_WITHIN_RE.finditer(text):
        point = coordinates(match.group())
        before = text[: match.start()].split()[-1:]
        if (point is not None and _marked(match, "a") and _marked(match, "b")
                and not (before and before[0].casefold().strip(".") in _DISTANCE_UNIT_WORDS)  # km 12.50, 13.75
                and not _LISTED_BEFORE_RE.search(text, 0, match.start())):
            found.append((point, match))
    if len(found) != 1:
        return None
    point, match = found[0]
    rest = _EMPTY_BRACKETS_RE.sub(" ", text[: match.start()] + " " + text[match.end() :])
    rest = _LEFT_COMMAS_RE.sub(", ", rest)
    return point, " ".join(rest.split()).replace(" ,", ",").strip(" ,;:-–—")


def point_of(text: str) -> tuple[float, float] | None:
    """The point a place text gives: the text written as coordinates (`coordinates`), or the one point written
    inside it (`coordinates_within`); else ``None``."""
    point = coordinates(text)
    if point is None and (within := coordinates_within(text)) is not None:
        point = within[0]
    return point


#: Kilometres in one unit of a distance that `offset` reads.
_OFFSET_UNITS: Final[Mapping[str, float]] = {
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), 1.0),
    **dict.fromkeys(("mile", "miles"), 1.609344),
    **dict.fromkeys(("nm", "nmi", "nautical mile", "nautical miles"), 1.852),
}
#: The bearing, in degrees clockwise from north, of each point of the compass that `offset` reads, as folded: the
#: words with or without a hyphen or a space (south-west, south west, southwest) and the abbreviations (SW, NNE).
_BEARINGS: Final[Mapping[str, float]] = {
    **{word: n * 90.0 for n, word in enumerate(("north", "east", "south", "west"))},
    **{word: 45.0 + n * 90.0 for n, word in enumerate(("northeast", "southeast", "southwest", "northwest"))},
    **{word: n * 22.5 for n, word in enumerate((
        "n", "nne", "ne", "ene", "e", "ese", "se", "sse", "s", "ssw", "sw", "wsw", "w", "wnw", "nw", "nnw"))},
    **{word.replace("-", ""): 22.5 + n * 45.0 for n, word in enumerate(_SIXTEEN_POINTS)},
}
_OFFSET_RE: Final = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(nautical\s+miles?|" + "|".join(
        sorted((unit for unit in _OFFSET_UNITS if " " not in unit), key=len, reverse=True))
    + r")\.?(?:\s+((?:north|south)[\s-]?(?:north|south)?(?:east|west)|(?:east|west)[\s-]?(?:north|south)(?:east|west)"
    r"|north|south|east|west|[NS]{0,2}[EW]{0,2}|[NS]))?"
    r"(?=\s+(?:of|from|off)\b)",
    re.IGNORECASE,
)


def offset(text: str) -> tuple[float, float | None] | None:
    """The distance (in km) and bearing (in degrees from north, or ``None`` where no direction is given) of the one
    English distance phrase, written with digits, that places a text's incident from a place: "54NM southwest of
    Aden" is (100.0, 225.0), "50 nautical miles off Aden" (92.6, None), "20 km north of Gao" (20.0, 0.0); ``None``
    for a text with no such phrase or with more than one.

    >>> offset("54NM SW of Aden"), offset("near Gao"), offset("20 km north of Gao")
    ((100.008, 225.0), None, (20.0, 0.0))
    """
    found = list(_OFFSET_RE.finditer(text))
    if len(found) != 1:
        return None
    amount, unit, direction = found[0].groups()
    unit = " ".join(unit.casefold().split()).rstrip(".")
    if unit.startswith("nautical"):
        unit = "nm"
    km = round(float(amount.replace(",", ".")) * _OFFSET_UNITS[unit], 3)
    if not direction:
        return km, None
    bearing = _BEARINGS.get(re.sub(r"[\s-]", "", direction.casefold()))
    return (km, bearing) if bearing is not None or not direction.strip() else None


def offset_apart_km(a: tuple[float, float | None], b: tuple[float, float | None]) -> float | None:
    """How far apart two points given by distance and bearing from one place lie (`offset`), in km, or ``None``
    where either has no bearing: the third side of their triangle with the place (the law of cosines on a plane,
    near enough at the distances sources give)."""
    (d1, b1), (d2, b2) = a, b
    if b1 is None or b2 is None:
        return None
    return math.sqrt(max(0.0, d1 * d1 + d2 * d2 - 2 * d1 * d2 * math.cos(math.radians(b1 - b2))))


# --------------------------------------------------------------------------------------------------------------
# Gazetteer
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class Resolution:
    """The answer of `Gazetteer.resolve`: the place (or ``None`` when it abstains), its score, the close
    candidates with their scores (best first) and a sentence saying why it resolved or abstained.

    Where it abstains because every match lies outside the given region, ``score`` is the best score of an entry in
    that region (below `RESOLVE_THRESHOLD`): the name matches nothing there, however well it matches elsewhere; and
    ``outside`` is that region (``None`` otherwise)."""

    entry: GazetteerEntry | None
    score: float
    candidates: tuple[tuple[GazetteerEntry, float], ...] = ()
    note: str = ""
    outside: str | None = None

    def __bool__(self) -> bool:
        return self.entry is not None


#: The score a gazetteer name must reach for `Gazetteer.resolve` to pick it: stricter than `SAME_PLACE_THRESHOLD`,
#: because resolving names one place outright (and stops looking), while abstaining only leaves the name as
#: written. One differing consonant in a seven-letter name (Aygepar / Aygepat) stays below it.
RESOLVE_THRESHOLD: Final = 0.88
#: Scores within this margin of the best count as a tie (homonyms, or one place listed twice).
TIE_MARGIN: Final = 0.02
#: How close a source's region must be to an entry's region (or country) to count as the same region.
REGION_THRESHOLD: Final = 0.75
#: With ``near``, candidates farther than this are set aside when any candidate is within it.
NEAR_KM: Final = 50.0
#: With a region the gazetteer lists, a match outside it still stands within this distance of one of its places
#: (a village across the boundary, named in the same place text); a match farther away is a namesake.
REGION_EDGE_KM: Final = 15.0
# Candidates reported in a `Resolution` score at most this much below `SAME_PLACE_THRESHOLD`.
_CANDIDATE_SLACK: Final = 0.1
_SHORTLIST: Final = 40
_SHORTLIST_CUTOFF: Final = 40
# Shortlisting (`Gazetteer._shortlists`): from this many names on, in `process.cdist` calls of at most
# `_CDIST_CELLS` scores (8 bytes each).
_CDIST_MIN: Final = 100
_CDIST_CELLS: Final = 2_000_000

DATA_FILE: Final = "gazetteer-am-az.json"
#: The folded readings of `DATA_FILE`'s names (`_readings_table`), shipped beside it.
READINGS_FILE: Final = "gazetteer-am-az.readings.json"


class Gazetteer:
    """Places with their spellings, indexed for `resolve`.

    ``Gazetteer(entries)``: later entries replace earlier ones with the same id. ``Gazetteer.default()`` is the
    shipped gazetteer of Armenia and Azerbaijan (GeoNames, CC BY 4.0), loaded once; `case_gazetteer` gives a
    case's (its regional gazetteer, if any). ``extended(entries)`` adds a case's own places (an entry with an id
    already present replaces it).
    """

    def __init__(self, entries: Iterable[GazetteerEntry], *, _layers: Mapping[str, int] | None = None) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            self._entries.pop(entry.id, None)  # a replacement moves to the end, as if newly added
            self._entries[entry.id] = entry
        # Which `extended` call added each entry (0 = the base): on a tie, the most specific layer wins.
        self._layers: dict[str, int] = {i: (_layers or {}).get(i, 0) for i in self._entries}
        self._extensions: dict[tuple[GazetteerEntry, ...], Gazetteer] = {}
        # stem -> each way the names with this stem read (`_reading`: names that read alike score alike against any
        # query), with one name read so and the ids of the entries that have one: spellings of a place, and places
        # of one name, share it. Stems in first-met order: the fuzzy shortlist breaks ties by it.
        self._by_stem: dict[str, list[tuple[PlaceName, list[str]]]] = {}
        self._by_phonetic: dict[str, set[str]] = {}
        self._index(self._entries.values())
        self._stems = list(self._by_stem)
        self._start_caches()

    def _start_caches(self) -> None:
        # A gazetteer does not change once built, so `resolve` answers each question once: claims repeat names.
        self._resolutions: dict[tuple[str, str | None, tuple[float, float] | None], Resolution] = {}
        # The costly part of a resolve, the scores of the shortlisted entries, depends only on how the name reads
        # (its stem, qualifiers and words): spellings that read alike, and one name asked with different regions or
        # points (features ask without a region, merge with the claim's), share it.
        self._score_cache: dict[tuple[str, frozenset[str], tuple[str, ...]], dict[str, float]] = {}
        # Region text -> the points of the entries that lie in it (`_region_points`): claims repeat a few regions.
        self._points_in_region: dict[str, tuple[tuple[float, float], ...] | None] = {}
        self._region_names: dict[str, list[GazetteerEntry]] | None = None  # region or country -> its entries

    def _index(self, entries: Iterable[GazetteerEntry], *, shared: bool = False) -> None:
        """Add the names of ``entries`` to `_by_stem` and `_by_phonetic`, in order. ``shared``: the lists and sets
        already there are another gazetteer's too, and are copied before they change."""
        copied: set[int] = set()
        for entry in entries:
            for name in dict.fromkeys((entry.name, *entry.variants)):
                parsed = parse(name)
                if not parsed.stem:
                    continue
                reading = _reading(parsed)
                found = self._by_stem.get(parsed.stem)
                if found is None:
                    found = self._by_stem[parsed.stem] = []
                    copied.add(id(found))
                elif shared and id(found) not in copied:
                    found = self._by_stem[parsed.stem] = [(known, list(ids)) for known, ids in found]
                    copied.add(id(found))
                ids = next((ids for known, ids in found if _reading(known) == reading), None)
                if ids is None:
                    found.append((parsed, [entry.id]))
                elif ids[-1] != entry.id:
                    ids.append(entry.id)
                key = _GEMINATE_RE.sub(r"\1", parsed.stem.translate(_PHONETIC))
                stems = self._by_phonetic.get(key)
                if stems is None:
                    self._by_phonetic[key] = {parsed.stem}
                elif parsed.stem not in stems:
                    if shared and id(stems) not in copied:
                        stems = self._by_phonetic[key] = set(stems)
                        copied.add(id(stems))
                    stems.add(parsed.stem)

    def _grown(self, added: tuple[GazetteerEntry, ...], layers: dict[str, int]) -> Gazetteer:
        """This gazetteer with ``added`` (new ids, each once) at the end: the same index as building it anew, from
        this one's rather than from every name again."""
        grown = Gazetteer.__new__(Gazetteer)
        grown._entries = {**self._entries, **{entry.id: entry for entry in added}}
        grown._layers = layers
        grown._extensions = {}
        grown._by_stem = dict(self._by_stem)
        grown._by_phonetic = dict(self._by_phonetic)
        grown._index(added, shared=True)
        grown._stems = list(grown._by_stem)
        grown._start_caches()
        return grown

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with the package (Armenia and Azerbaijan from GeoNames), loaded once."""
        return _default_gazetteer()

    def extended(self, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """A new gazetteer with ``entries`` added; an entry whose id is already present replaces the old one.

        The added entries are more specific than the ones already here (a case's own places over the shipped
        regional gazetteer): where a name matches one of each equally, the added entry is chosen.
        """
        added = tuple(entries)
        if self._is_top_layer(added):
            return self  # extending by the entries just added changes nothing, and keeps this one's caches
        # Every run extends the shipped gazetteer by its case's entries; building the index costs ~60 ms, so the
        # last few extensions are kept (entries are frozen, so the tuple is a safe key).
        cached = self._extensions.get(added)
        if cached is not None:
            return cached
        layer = max(self._layers.values(), default=0) + 1
        layers = {**self._layers, **{entry.id: layer for entry in added}}
        ids = {entry.id for entry in added}
        if len(ids) == len(added) and self._entries.keys().isdisjoint(ids):
            extended = self._grown(added, layers)  # new places only, as a case's gazetteer nearly always holds
        else:
            extended = Gazetteer((*self._entries.values(), *added), _layers=layers)
        if len(self._extensions) >= 8:
            self._extensions.pop(next(iter(self._extensions)))
        self._extensions[added] = extended
        return extended

    def _is_top_layer(self, added: tuple[GazetteerEntry, ...]) -> bool:
        """Whether ``added`` are exactly the entries of this gazetteer's last `extended` call, in order."""
        if not added:
            return True
        top = max(self._layers.values(), default=0)
        if top == 0 or len(added) != sum(layer == top for layer in self._layers.values()):
            return False
        last = list(self._entries.values())[-len(added) :]
        return last == list(added) and all(self._layers[entry.id] == top for entry in last)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self)} places>"

    def get(self, entry_id: str) -> GazetteerEntry | None:
        """The entry with this id, or ``None``."""
        return self._entries.get(entry_id)

    def _scores(self, query: PlaceName) -> dict[str, float]:
        """Best similarity of the query to each shortlisted entry's names (cached by how the query reads)."""
        found = self._score_cache.get(_reading(query))
        return found if found is not None else self.score_readings([query])[0]

    def unscored(self, names: Iterable[str]) -> list[PlaceName]:
        """The readings of ``names`` (parsed; one per way of reading, in first-met order) that `resolve` would
        still have to score: the slow part of resolving, which `score_readings` does and `keep_scores` keeps."""
        found: dict[tuple[str, frozenset[str], tuple[str, ...]], PlaceName] = {}
        for name in names:
            # `_resolve` may read it without its one-letter words, or with its Arabic vowels as o and e.
            for text in (name, *_unprefixed(name), *_burmese_unsuffixed(name), *_vowel_readings(name),
                         *(reading for reading, _factor in _georgian_readings(name))):
                query = parse(text)
                if query.stem and (key := _reading(query)) not in self._score_cache:
                    found.setdefault(key, query)
        return list(found.values())

    def score_readings(self, queries: Iterable[PlaceName]) -> list[dict[str, float]]:
        """For each reading (from `unscored`), the best similarity of it to each shortlisted entry (entry id ->
        score): what `resolve` ranks. Depends only on this gazetteer's entries, so it can be worked out in another
        process holding an equal gazetteer (`reconcile._parallel`).

        The readings not scored yet are shortlisted together (`_shortlists`: one comparison of all their stems with
        all the gazetteer's, rather than one search per reading), then scored; each is kept for `resolve`."""
        queries = list(queries)
        new: dict[tuple[str, frozenset[str], tuple[str, ...]], PlaceName] = {}
        for query in queries:
            if (key := _reading(query)) not in self._score_cache:
                new.setdefault(key, query)
        fresh = list(new.values())
        shortlists = [self._candidates(query, shortlist)
                      for query, shortlist in zip(fresh, self._shortlists([q.stem for q in fresh]), strict=True)]
        # The costly part, the edit distances of each query's stem to its candidates' stems, for all the queries
        # together (`_batch_stems_similarity`); the rest of the scoring reads them (`_stems`).
        pairs = [(x, y) if x <= y else (y, x) for query, stems in zip(fresh, shortlists, strict=True)
                 for x, y in self._stem_pairs(query, stems) if x != y]
        if len(pairs) >= (_BATCH_MIN if "numpy" in sys.modules else _BATCH_MIN_UNLOADED):
            _BATCH_SCORES.update(_batch_stems_similarity(pairs))
        try:
            for key, query, stems in zip(new, fresh, shortlists, strict=True):
                self._score_cache[key] = self._score(query, stems)
        finally:
            _BATCH_SCORES.clear()
        return [self._score_cache[_reading(query)] for query in queries]

    def keep_scores(self, queries: Iterable[PlaceName], scores: Iterable[Mapping[str, float]]) -> None:
        """Keep ``scores``, worked out by `score_readings` on an equal gazetteer, for the readings ``queries``:
        resolving those names then skips the scoring."""
        for query, found in zip(queries, scores, strict=True):
            self._score_cache.setdefault(_reading(query), dict(found))

    def _shortlists(self, stems: Sequence[str]) -> list[list[str]]:
        """For each of ``stems``, the gazetteer stems most like it by `rapidfuzz.fuzz.ratio`: the `_SHORTLIST` best
        scoring at least `_SHORTLIST_CUTOFF`, best first, ties in first-met order (as `rapidfuzz.process.extract`
        ranks them for one stem).

        From `_CDIST_MIN` stems on, all of them are compared with all the gazetteer's in a few calls of
        `rapidfuzz.process.cdist`, a block of stems at a time (`_CDIST_CELLS` scores at most, so that a large
        gazetteer does not make a large array): a search per stem hands the gazetteer's stems over to rapidfuzz
        again each time, which costs more than comparing them (0.34 s against 1.15 s for the 3,352 readings of a
        100k-claim case). Fewer stems are searched one by one: loading numpy, which cdist needs, would cost more.
        """
        choices = self._stems
        if len(stems) < _CDIST_MIN:
            return [[found for found, _score, _i in process.extract(
                stem, choices, scorer=fuzz.ratio, limit=_SHORTLIST, score_cutoff=_SHORTLIST_CUTOFF)]
                for stem in stems]
        import numpy  # cdist's scores come as an array: loaded for a large batch, not at start

        block = max(1, _CDIST_CELLS // max(1, len(choices)))
        out: list[list[str]] = []
        for start in range(0, len(stems), block):
            scores = process.cdist(stems[start : start + block], choices, scorer=fuzz.ratio,
                                   score_cutoff=_SHORTLIST_CUTOFF, dtype=numpy.float64)
            for row in scores:
                found = numpy.flatnonzero(row)  # scores below the cutoff are 0
                best = found[numpy.argsort(-row[found], kind="stable")[:_SHORTLIST]]
                out.append([choices[i] for i in best.tolist()])
        return out

    def _candidates(self, query: PlaceName, shortlist: Iterable[str]) -> set[str]:
        """The stems whose entries ``query`` is scored against: its ``shortlist`` (`_shortlists`), its own stem and
        the stems of its phonetic key."""
        stems = {query.stem, *shortlist}
        stems.update(self._by_phonetic.get(_GEMINATE_RE.sub(r"\1", query.stem.translate(_PHONETIC)), ()))
        return stems

    def _stem_pairs(self, query: PlaceName, stems: Iterable[str]) -> Iterator[tuple[str, str]]:
        """The pairs of stems that scoring ``query`` against the names with ``stems`` compares (`_words_similarity`:
        the stems, where the names' words differ in number or order the stems of their parts, and where both begin
        with a head word the words after it, `_after_head`)."""
        query_words = _words_of(query)
        for stem in stems:
            yield query.stem, stem
            for name, _ids in self._by_stem.get(stem, ()):
                yield from _extra_word_pairs(query, name)
                yield from _word_order_pairs(query, name)
                name_words = _words_of(name)
                rest_query, rest_name = _after_head(query_words, name_words), _after_head(name_words, query_words)
                if rest_query and rest_name:
                    yield _joined(rest_query), _joined(rest_name)

    def _score(self, query: PlaceName, stems: Iterable[str]) -> dict[str, float]:
        """Best similarity of ``query`` to the names of each entry with a stem in ``stems`` (`_candidates`)."""
        scores: dict[str, float] = {}
        for stem in stems:
            for name, entry_ids in self._by_stem.get(stem, ()):
                score = _name_similarity(query, name)
                for entry_id in entry_ids:
                    if score > scores.get(entry_id, -1.0):
                        scores[entry_id] = score
        return scores

    def resolve(self, name: str, *, region: str | None = None, near: tuple[float, float] | None = None) -> Resolution:
        """The place ``name`` most likely means, or an abstention with the reason.

        Rules, in order:

        1. every entry is scored by the best `similarity` of ``name`` to its name and variants (shortlisted by
           fuzzy search over folded keys and an exact phonetic-key index, so it stays fast for large gazetteers);
           entries below `RESOLVE_THRESHOLD` do not match;
        2. ``region`` (any spelling, "Tavush Province", "Qazakh Rayon") keeps only matches whose region or country
           is similar to it (`REGION_THRESHOLD`), when any is; when none is and the gazetteer lists the region
           (some entry lies in it), only matches within `REGION_EDGE_KM` of one of its entries stand (villages
           across its boundary), and with none it abstains: the source places the name where the gazetteer has no
           such place, a village it misses rather than a namesake elsewhere; a region it does not list ("the
           border", another naming), or lists only in part (a broader region: "Jammu and Kashmir" where it lists
           "Jammu", whose every word it does not name), keeps every match;
        3. ``near=(lat, lon)`` keeps only matches within `NEAR_KM` of the point, when any is;
        4. the best match wins unless another one scores within `TIE_MARGIN` of it; then ``near`` picks the
           clearly nearest (5 km closer than the next), else it abstains and says which places tie.
        """
        key = (name, region, near)
        found = self._resolutions.get(key)
        if found is None:
            found = self._resolutions[key] = self._resolve(name, region=region, near=near)
        return found

    def resolve_entry(self, name: str, *, region: str | None = None) -> GazetteerEntry | None:
        """The entry of ``resolve(name, region=region)`` (``None`` where it abstains), asking with the region only
        where the region can change it.

        A region only changes the answer where some candidate reaches `RESOLVE_THRESHOLD` (it picks among the
        matches, or abstains when all lie outside a region the gazetteer lists); with none, the entry is that of
        the answer without a region, whatever the region. Matching asks that answer first (once per name), so a
        caller that goes on to ask with each claim's region shares it and skips the region's similarity to every
        match.
        """
        found = self._resolutions.get((name, region, None))  # answered already (or handed over by `remember`)
        if found is not None:
            return found.entry
        base = self.resolve(name)
        if region is None or not any(score >= RESOLVE_THRESHOLD for _entry, score in base.candidates):
            return base.entry
        return self.resolve(name, region=region).entry

    def resolve_beside(self, name: str, points: Iterable[tuple[float, float]], *,
                       region: str | None = None) -> GazetteerEntry | None:
        """The entry of ``resolve_entry(name, region=region)`` or, where it abstains because places tie (namesakes,
        or a name GeoNames gives a second place too), the one of the tied places that lies within `NEAR_KM` of the
        ``points`` of the other places its text names, when exactly one does: in "Goris, Sotk and Jermuk" Jermuk
        is the town 44 km from Sotk, not the village of Shirak that GeoNames also calls so. ``None`` where none or
        several do, or where the name matches no place (below `RESOLVE_THRESHOLD`, or only outside the region)."""
        entry = self.resolve_entry(name, region=region)
        if entry is not None:
            return entry
        points = tuple(points)
        if not points:
            return None
        found = self.resolve(name, region=region)
        if found.outside is not None or found.score < RESOLVE_THRESHOLD:
            return None
        tied = [e for e, score in found.candidates if score >= max(RESOLVE_THRESHOLD, found.score - TIE_MARGIN)]
        if region is not None and (in_region := [e for e in tied if _in_region(e, region)]):
            tied = in_region  # as `resolve` keeps them
        beside = [
            e for e in tied
            if e.lat is not None and e.lon is not None
            and any(distance_km(e.lat, e.lon, lat, lon) <= NEAR_KM for lat, lon in points)
        ]
        return beside[0] if len(beside) == 1 else None

    def remember(self, answers: Iterable[tuple[str, str | None, Resolution]]) -> None:
        """Keep answers ``(name, region, resolution)`` of `resolve` worked out by an equal gazetteer elsewhere (a
        copy of this one in another process): asking `resolve` them again then costs nothing. Each must be what
        ``resolve(name, region=region)`` answers here; the Dask engine resolves a case's names once across its
        workers and hands every worker all the answers."""
        for name, region, resolution in answers:
            self._resolutions.setdefault((name, region, None), resolution)

    def _region_points(self, region: str) -> tuple[tuple[float, float], ...] | None:
        """The coordinates of the entries that lie in ``region`` as `resolve` compares regions (their region or
        country similar to the text, `REGION_THRESHOLD`), where the gazetteer lists the region as a whole, or
        ``None``: only a region the gazetteer lists says that a name is not one of its places elsewhere. A region
        it does not list ("the border", a region in another naming) says nothing, and nor does one it lists only
        in part: a region text with words that no similar region of the gazetteer has ("Jammu and Kashmir", a
        state, against the division "Jammu", similar by the one-extra-word rule) is broader than what the
        gazetteer lists of it, and may hold places far from all of them."""
        if region in self._points_in_region:
            return self._points_in_region[region]
        if self._region_names is None:
            names: dict[str, list[GazetteerEntry]] = {}
            for entry in self._entries.values():
                for value in dict.fromkeys((entry.region, entry.country)):
                    if value:
                        names.setdefault(value, []).append(entry)
            self._region_names = names
        words = len(_words_of(parse(region)))
        inside = [
            entry
            for value, entries in self._region_names.items()
            # the count of words first: it costs nothing, where the similarity of a region text of thousands of
            # words (hostile, or a paragraph pasted into the field) to each region took seconds
            if words <= len(_words_of(parse(value))) and similarity(region, value) >= REGION_THRESHOLD
            for entry in entries
        ]
        found = self._points_in_region[region] = (
            tuple(dict.fromkeys((e.lat, e.lon) for e in inside if e.lat is not None and e.lon is not None))
            if inside
            else None
        )
        return found

    def _resolve(self, name: str, *, region: str | None, near: tuple[float, float] | None) -> Resolution:
        """`resolve` of the name as written; where no entry matches it, of the name without the one-letter words
        written onto its first word (`_unprefixed`: בשדרות, in Sderot; ከከምባታ, from Kembata) that some entry
        matches: a name may begin with those letters itself (በራህሌ, Berahle; ከምባታ, Kembata), so they come off only
        where the rest is a name the gazetteer knows, and the name as written goes first."""
        if (country := country_name(name)) is not None:
            # A state's name is the state: it is a place of the gazetteer only where that place has the name as
            # one of its spellings (Armenia, the city of Quindío), never one a spelling away (Syria, Sarigyugh).
            found = self._resolve_reading(name, region=region, near=near, exact=True)
            return found if found.entry is not None else attrs.evolve(
                found, note=f"{name!r} is the name of a state ({country}), no place of the gazetteer")
        found = self._resolve_reading(name, region=region, near=near)
        readings = (*_unprefixed(name), *_burmese_unsuffixed(name))
        vowels = _vowel_readings(name)
        georgian = _georgian_readings(name)
        if (not readings and not vowels and not georgian) or self._matches(name):
            return found
        for reading in readings:
            if self._matches(reading):
                other = self._resolve_reading(reading, region=region, near=near)
                return attrs.evolve(other, note=f"{name!r} read as {reading!r}, without the word written onto it: "
                                                f"{other.note}")
        for reading, factor in zip(vowels, (_VOWEL_READING_FACTOR, _SECOND_READING_FACTOR), strict=False):
            # Arabic letters of a name of another language: its o and e are written و and ي (ميتيلي, Metele), its
            # Cwo with a و alone (غوزا, Gwoza).
            if self._matches(reading, factor):
                other = self._resolve_reading(reading, region=region, near=near, factor=factor)
                return attrs.evolve(other, note=f"{name!r} read with its و and ي as o and e, as {reading!r}: "
                                                f"{other.note}")
        for reading, factor in georgian:
            if self._matches(reading, factor):
                other = self._resolve_reading(reading, region=region, near=near, factor=factor)
                return attrs.evolve(other, note=f"{name!r} read in the nominative, as {reading!r}: {other.note}")
        return found

    def _matches(self, name: str, factor: float = 1.0) -> bool:
        """Whether some entry scores at least `RESOLVE_THRESHOLD` against ``name`` (times ``factor``, a reading's)."""
        query = parse(name)
        return bool(query.stem) and any(
            score * factor >= RESOLVE_THRESHOLD for score in self._scores(query).values())

    def _resolve_reading(self, name: str, *, region: str | None, near: tuple[float, float] | None,
                         factor: float = 1.0, exact: bool = False) -> Resolution:
        """`_resolve` of one reading (times ``factor``); ``exact`` keeps only entries with a spelling that reads
        as the name does (a score of 1.0)."""
        query = parse(name)
        if not query.stem:
            return Resolution(None, 0.0, (), f"no place name in {name!r}")
        scores = self._scores(query)
        if factor != 1.0:
            scores = {entry: score * factor for entry, score in scores.items()}
        if exact:
            scores = {entry: score for entry, score in scores.items() if score >= _EXACT_SCORE}
        ranked = sorted(((self._entries[i], s) for i, s in scores.items()), key=lambda item: (-item[1], item[0].id))
        close = tuple((e, round(s, 4)) for e, s in ranked[:8] if s >= SAME_PLACE_THRESHOLD - _CANDIDATE_SLACK)
        matches = [(e, s) for e, s in ranked if s >= RESOLVE_THRESHOLD]
        if not matches:
            if ranked:
                best, score = ranked[0]
                why = f"the closest is {best.name!r} ({best.id}) at {score:.2f}, below {RESOLVE_THRESHOLD}"
            else:
                why = "nothing is similar"
            return Resolution(None, ranked[0][1] if ranked else 0.0, close, f"no match for {name!r}: {why}")
        notes: list[str] = []
        if region is not None:
            in_region = [(e, s) for e, s in matches if _in_region(e, region)]
            if in_region:
                matches = in_region
                notes.append(f"region {region!r} kept {len(in_region)}")
            elif (points := self._region_points(region)) is not None:
                # A place text often names villages on both sides of a boundary under one region: a match at the
                # region's edge stands. One farther away is a namesake: the source means a village the gazetteer
                # misses.
                edge = [(e, s) for e, s in matches if _near_any(e, points, REGION_EDGE_KM)]
                if not edge:
                    inside = max((s for e, s in ranked if _in_region(e, region)), default=0.0)
                    listed = ", ".join(f"{e.name!r} ({e.id}, {e.region or e.country})" for e, _s in matches[:3])
                    more = ", ..." if len(matches) > 3 else ""
                    return Resolution(
                        None,
                        inside,
                        close,
                        f"no match for {name!r} in region {region!r}: the gazetteer lists that region, and the "
                        f"matches lie outside it, farther than {REGION_EDGE_KM:.0f} km from its places "
                        f"({listed}{more})",
                        outside=region,
                    )
                matches = edge
                notes.append(f"none of the matches lies in region {region!r}; {len(edge)} within "
                             f"{REGION_EDGE_KM:.0f} km of its places kept")
            else:
                notes.append(f"none of the matches lies in region {region!r}, which the gazetteer does not list")
        distances: dict[str, float] = {}
        if near is not None:
            for e, _s in matches:
                if e.lat is not None and e.lon is not None:
                    distances[e.id] = distance_km(near[0], near[1], e.lat, e.lon)
            nearby = [(e, s) for e, s in matches if distances.get(e.id, math.inf) <= NEAR_KM]
            if nearby:
                matches = nearby
            else:
                notes.append(f"no match within {NEAR_KM:.0f} km of the given point")
        best_score = matches[0][1]
        tied = [(e, s) for e, s in matches if s >= best_score - TIE_MARGIN]
        context = f" ({'; '.join(notes)})" if notes else ""
        if len(tied) > 1 and query.kind == "region" and not any(_is_unit(e) for e, _s in tied):
            # A unit's name (Ağdam rayonu, Товузский район) where the gazetteer lists no unit of the name: it gives
            # units only as the regions of its places, so the unit stands for the tied place that lies in the unit
            # of its name (the town of Ağdam in the Ağdam district), not for a namesake in another unit (a village
            # Ağdam of Tovuz in the case's own gazetteer, the Armenian village that GeoNames also calls Tovuz).
            # Before the preference for the case's own entries: a village of Tovuz is no Ağdam district.
            seats = [(e, s) for e, s in tied if _in_region(e, name)]
            if seats and len(seats) < len(tied):
                notes.append(f"of {len(tied)} equal matches, the one in the unit of its name, as the name says")
                context = f" ({'; '.join(notes)})"
                tied = seats
        if len(tied) > 1:
            top = max(self._layers.get(e.id, 0) for e, _s in tied)
            specific = [(e, s) for e, s in tied if self._layers.get(e.id, 0) == top]
            # The case's entry is the place the shipped one lists too, or a better spelling of it; a shipped
            # namesake farther than `NEAR_KM` from it is another place (the village Ağdam of Tovuz that a case
            # lists, the town of Ağdam in Karabakh): the name alone does not say which, as between two shipped
            # namesakes.
            if len(specific) == 1 and any(
                _apart_km(specific[0][0], e, NEAR_KM) for e, _s in tied if e is not specific[0][0]
            ):
                specific = []
            if len(specific) == 1:
                notes.append(f"preferred over {len(tied) - 1} equal match(es) in the broader gazetteer")
                context = f" ({'; '.join(notes)})"
                tied = specific
        if len(tied) > 1:
            # A unit and a town of one name (Beni territory and the town of Beni): the unit where the name says so
            # (territoire de Beni, Beni territory), the town where it does not (Beni, ville de Beni).
            unit = query.kind == "region"
            same_kind = [(e, s) for e, s in tied if _is_unit(e) == unit]
            if len(same_kind) == 1:
                notes.append(f"of {len(tied)} equal matches, the unit, as the name says" if unit else
                             f"of {len(tied)} equal matches, the place, not the unit of its name")
                context = f" ({'; '.join(notes)})"
                tied = same_kind
        if len(tied) > 1:
            # A building and the town it stands in, listed both (Tajoura Detention Centre and Tajoura): its words
            # are context words, so the two read alike. The building where the name has a word of its spellings
            # (the detention centre in Tajoura), the town where it does not (Tajoura, Tadjourah, near Tajoura).
            buildings = [e for e, _s in tied if _building_words(e.name)]
            spelled = set().union(*(_building_words(spelling) for e in buildings for spelling in (e.name, *e.variants)))
            building = bool(_building_words(name) & spelled)
            same_kind = [(e, s) for e, s in tied if (e in buildings) == building]
            if len(same_kind) == 1:
                notes.append(f"of {len(tied)} equal matches, the building, as the name says" if building else
                             f"of {len(tied)} equal matches, the place, not the building in it")
                context = f" ({'; '.join(notes)})"
                tied = same_kind
        if len(tied) == 1:
            entry, score = tied[0]
            return Resolution(entry, score, close, f"{name!r} is {entry.name!r} ({entry.id}) at {score:.2f}{context}")
        if distances:
            by_distance = sorted(tied, key=lambda item: distances.get(item[0].id, math.inf))
            first, second = (distances.get(e.id, math.inf) for e, _s in by_distance[:2])
            if first + 5.0 <= second:
                entry, score = by_distance[0]
                return Resolution(
                    entry,
                    score,
                    close,
                    f"{name!r} is {entry.name!r} ({entry.id}) at {score:.2f}, the nearest of {len(tied)} equal "
                    f"matches ({first:.0f} km){context}",
                )
        listed = ", ".join(e.id for e, _s in tied[:5]) + (", ..." if len(tied) > 5 else "")
        hint = "give a region or coordinates" if region is None and near is None else "they cannot be told apart"
        return Resolution(
            None,
            best_score,
            close,
            f"ambiguous: {name!r} matches {len(tied)} places equally ({listed}); {hint}{context}",
        )


def _reading(query: PlaceName) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """How a parsed name reads, for the gazetteer's score cache: its stem, qualifiers and words."""
    return (query.stem, query.tags, _words_of(query))


def _is_unit(entry: GazetteerEntry) -> bool:
    """Whether an entry is an administrative unit: its name says so (Beni territory, Territoire de Beni, Qazakh
    Rayon). The shipped gazetteer lists populated places only, and gives their units as their ``region``."""
    return parse(entry.name).kind == "region"


def _building_words(name: str) -> frozenset[str]:
    """The context words of a name (`GENERIC_WORDS`: the words of a building or a facility struck in a place, but
    also in, near, the outskirts ...), folded: *Tajoura Detention Centre* has detention and centre. An entry whose
    name has one is a building or a facility, and a name with one of the words of its spellings names it, not the town
    it stands in (`Gazetteer.resolve`); *near Tajoura* names the town."""
    _qualifiers, generics = _lexicons()
    words = [w for w in _words(_written_on(name)) if _fold_word(w)]
    return frozenset(_fold_word(w) for n, w in enumerate(words)
                     if _generic(w, _fold_word(w), generics) == "context" or _facility_word(words, n))


def _apart_km(a: GazetteerEntry, b: GazetteerEntry, km: float) -> bool:
    """Whether two entries lie farther than ``km`` apart; not where either has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) > km


def _near_any(entry: GazetteerEntry, points: Iterable[tuple[float, float]], km: float) -> bool:
    if entry.lat is None or entry.lon is None:
        return False
    return any(distance_km(entry.lat, entry.lon, lat, lon) <= km for lat, lon in points)


def _in_region(entry: GazetteerEntry, region: str) -> bool:
    return any(
        same is not None and similarity(region, same) >= REGION_THRESHOLD for same in (entry.region, entry.country)
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _entry(row: list[object], fields: list[str]) -> GazetteerEntry:
    """One row of the shipped data file (``fields`` names its columns) as an entry."""
    record = dict(zip(fields, row, strict=True))
    variants = record.get("variants")
    return GazetteerEntry(
        id=str(record["id"]),
        name=str(record["name"]),
        variants=tuple(str(v) for v in variants) if isinstance(variants, list) else (),
        country=_text(record.get("country")),
        region=_text(record.get("region")),
        lat=_number(record.get("lat")),
        lon=_number(record.get("lon")),
    )


def regional_gazetteer(name: str) -> Gazetteer:
    """The shipped regional gazetteer ``name`` (`reconcile.regional.REGIONS`), loaded once, or an empty gazetteer
    for ``"none"``."""
    if name == regional.NONE:
        return _no_gazetteer()
    if name not in regional.REGIONS:
        raise ValueError(f"no regional gazetteer {name!r}; the package ships {', '.join(regional.REGIONS)}")
    return _default_gazetteer()


def case_gazetteer(case: Case) -> Gazetteer:
    """The gazetteer a case's places are resolved in: its regional gazetteer (``case.regional_gazetteer``)
    extended by its own entries."""
    return regional_gazetteer(case.regional_gazetteer).extended(case.gazetteer)


@functools.cache
def _no_gazetteer() -> Gazetteer:
    return Gazetteer(())


@functools.cache
def _default_gazetteer() -> Gazetteer:
    data_dir = resources.files("reconcile").joinpath("data")
    data = json.loads(data_dir.joinpath(DATA_FILE).read_text(encoding="utf-8"))
    fields = list(data["fields"])
    _load_shipped_readings(json.loads(data_dir.joinpath(READINGS_FILE).read_text(encoding="utf-8")))
    return Gazetteer(_entry(row, fields) for row in data["places"])


def _readings_table(names: Iterable[str]) -> dict[str, Any]:
    """The readings of ``names`` as `READINGS_FILE` holds them (``scripts/build_gazetteer.py`` writes it; a test
    checks that the shipped file is what the folding rules give now).

    Each name maps to ``[stem, tags, kind, words]``: ``tags`` a sorted list, ``kind`` ``null`` for none, and
    ``words`` ``null`` when the name's only word is its stem.
    """
    table: dict[str, list[Any]] = {}
    for name in names:
        parsed, words = _fold_name(name)
        same = words == (parsed.stem,)
        table[name] = [parsed.stem, sorted(parsed.tags), parsed.kind, None if same else list(words)]
    return {"about": f"the folded readings of the names of {DATA_FILE}", "readings": table}


def _load_shipped_readings(data: Mapping[str, Any]) -> None:
    """Fill `_SHIPPED_READINGS` from a `_readings_table` (once: later calls change nothing)."""
    if _SHIPPED_READINGS:
        return
    known: dict[str, tuple[PlaceName, tuple[str, ...]]] = {}
    for name, (stem, tags, kind, words) in data["readings"].items():
        place = PlaceName(text=name, stem=stem, tags=frozenset(tags), kind=kind)
        known[name] = (place, (stem,) if words is None else tuple(words))
    _SHIPPED_READINGS.update(known)
