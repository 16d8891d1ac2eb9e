"""Rules are data: a user's own boilerplate file extends the package's."""

from __future__ import annotations

from redline.clean import rules
from redline.clean.language import guess_language
from redline.clean.text import clean_text


def test_rules_user_boilerplate_file_extends_package_rules(tmp_path, monkeypatch):
    text = "Military parade held in capital\n\nTroops marched past the palace on Sunday.\n"
    text += "Brought to you by Acme Widgets"
    assert "Brought to you by Acme Widgets" in clean_text(text).text
    (tmp_path / "boilerplate.txt").write_text("# sponsor lines\nbrought to you by .+\n")
    monkeypatch.setenv("REDLINE_CLEAN_RULES", str(tmp_path))
    rules.line_patterns.cache_clear()
    try:
        cleaned = clean_text(text)
    finally:
        monkeypatch.delenv("REDLINE_CLEAN_RULES")
        rules.line_patterns.cache_clear()
    assert cleaned.text == "Troops marched past the palace on Sunday."
    assert cleaned.removed_rules[-1] == "boilerplate: brought to you by .+"


def test_rules_language_guess():
    assert guess_language("The minister said the army would withdraw from the border.") == "en"
    spanish = "El ministro dijo que el ejército se retiraría de la frontera para la paz."
    assert guess_language(spanish) == "es"
    assert guess_language("قال الوزير إن الجيش سينسحب من الحدود في الأسبوع المقبل") == "ar"
