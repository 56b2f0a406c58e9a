"""PhraseMatcher: lemmas, exact forms and the suffixes of a language that glues them."""

from __future__ import annotations

from willay.extract.phrases import PhraseMatcher, words


def _found(matcher: PhraseMatcher, text: str) -> list[tuple[str, object]]:
    return [(text[h.start:h.end], h.payload) for h in matcher.find(words(text))]


def test_a_word_with_a_suffix_of_the_language_matches_its_stem() -> None:
    entries = [("huelga", "strike"), ("=toque =de =queda", "curfew")]
    glued = PhraseMatcher("es", entries, suffixes=["pi", "kuna"])
    text = "Los mineros seguían en huelgapi; rige el toque de quedapi."
    assert _found(glued, text) == [("huelgapi", "strike"), ("toque de quedapi", "curfew")]
    # the same words in a language that gives no suffix match nothing
    assert _found(PhraseMatcher("es", entries), text) == []


def test_a_stem_keeps_three_letters_and_a_plain_match_comes_first() -> None:
    matcher = PhraseMatcher("es", [("=paro", "strike")], suffixes=["ropi", "pi"])
    assert matcher.stems("paropi") == ["paropi", "paro"]
    assert matcher.stems("ropi") == ["ropi"]  # no stem of three letters: no reading
    assert _found(matcher, "un paro y otro paropi") == [("paro", "strike"),
                                                       ("paropi", "strike")]


def test_the_built_in_languages_give_no_suffix() -> None:
    from willay.extract.parts import part_lexicon

    for lang in ("en", "es", "fr", "pt"):
        assert part_lexicon(lang).matchers["action"].suffixes == ()
