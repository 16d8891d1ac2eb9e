"""A document in a language the coder does not read is stored with a warning, once."""

from __future__ import annotations

from redline.clean import clean_document
from redline.clean.language import guess_language, warn_unsupported_language
from redline.ingest import RawDocument

FRENCH = (
    "Le gouvernement français a annoncé mardi le retrait de ses troupes du Niger, une décision "
    "prise après des semaines de tensions avec la junte au pouvoir à Niamey. Les soldats "
    "quitteront le pays avant la fin de l'année, a précisé le ministre des Armées."
)
CHINESE = (
    "中国外交部发言人周二表示，中方坚决反对美国对台湾的军售，并将采取必要措施维护国家主权。"
    "发言人说，美方应停止向台湾地区出售武器。"
)
ENGLISH = (
    "France will withdraw its troops from Niger by the end of the year, the defence minister "
    "said on Tuesday, after weeks of tension with the junta in Niamey."
)


def test_language_french_and_chinese_documents_get_one_warning():
    for text, code in ((FRENCH, "fr"), (CHINESE, "zh")):
        doc = clean_document(RawDocument(source=f"{code}.txt", text=text))
        assert doc.language == guess_language(doc.text) == code
        doc = warn_unsupported_language(warn_unsupported_language(doc))
        assert len(doc.warnings) == 1
        assert doc.warnings[0].startswith(f"language '{code}' is not supported by the coder")


def test_language_english_document_gets_no_warning():
    doc = warn_unsupported_language(clean_document(RawDocument(source="en.txt", text=ENGLISH)))
    assert doc.language == "en" and doc.warnings == []


def test_language_supported_list_is_a_setting():
    doc = clean_document(RawDocument(source="fr.txt", text=FRENCH))
    assert warn_unsupported_language(doc, supported=("en", "fr")).warnings == []


def test_language_html_lang_attribute_is_read_with_region():
    html = (
        "<html lang='fr-FR'><head><title>Retrait du Niger</title></head><body>"
        f"<article><p>{FRENCH}</p><p>{FRENCH}</p></article></body></html>"
    )
    doc = clean_document(RawDocument(source="fr.html", html=html, kind="html"))
    assert doc.language == "fr"
    assert len(warn_unsupported_language(doc).warnings) == 1


def test_language_guess_counts_repeated_function_words():
    # Each occurrence of a function word counts, not each distinct word.
    text = (
        "Der Bundestag hat am Donnerstag die Reform beschlossen, und die Regierung will sie "
        "noch in diesem Jahr umsetzen, sagte der Sprecher der Kanzlerin in Berlin."
    )
    assert guess_language(text) == "de"
