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


def test_every_ending_of_a_lemma_gives_its_regular_forms() -> None:
    # English -ing forms: the whole lemma, a silent "e" dropped, "ie" to "y", a doubled
    # final consonant; forms no text says ("burnning") are harmless
    endings = {"": ["ing"], "e": ["ing"], "ie": ["ying"], "p": ["pping"], "n": ["nning"]}
    matcher = PhraseMatcher("en", [("burn", "burn"), ("raze", "raze"), ("die", "die"),
                                   ("stop * traffic", "halt")], endings)
    text = "The burning of trucks, the razing of homes, people dying, stopping the traffic."
    assert _found(matcher, text) == [("burning", "burn"), ("razing", "raze"),
                                     ("dying", "die"), ("stopping the traffic", "halt")]


def test_the_participles_of_romance_verbs_still_come_from_their_one_ending() -> None:
    endings = {"ar": ["ado", "ada"], "er": ["ido", "ida"], "ir": ["ido", "ida"]}
    matcher = PhraseMatcher("es", [("quemar", "burn")], endings)
    assert _found(matcher, "un bus quemado y una casa quemada") == [("quemado", "burn"),
                                                                     ("quemada", "burn")]
