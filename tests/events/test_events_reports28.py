"""issue #9/#10 reports28: an event told with "the report" or "members" as its subject in a
passage on a committee's report takes the committee as its source (GBRLEG for a Commons or
Lords committee), as the quote stage makes it the mention's speaker."""

from __future__ import annotations

PRISONS = (
    "Ministers have lost control of the cost of new prisons, a committee of MPs has said.\n\n"
    "The Commons public accounts committee said the Home Office had lost track of spending on "
    "three new jails. The report accused ministers of ignoring warnings from contractors."
)


def _sources(code_text, text: str, trigger: str) -> set[str | None]:
    doc = code_text(text)
    found = {e.source_actor for e in doc.events if e.trigger_text == trigger}
    assert found, [(e.code, e.trigger_text) for e in doc.events]
    return found


def test_the_report_accusing_is_the_committee(code_text):
    assert _sources(code_text, PRISONS, "accused") == {"GBRLEG"}


def test_a_report_with_no_author_named_stays_unplaced(code_text):
    text = (
        "Ministers have been warned about the cost of new prisons.\n\n"
        "The report accused ministers of ignoring warnings from contractors."
    )
    assert _sources(code_text, text, "accused") == {None}
