"""Tests of boilerplate removal and markup stripping with offsets kept (texts written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.text.clean import Cleaner, CleanText, clean_text, plain_line

ARTICLE = """\
Miners Block Highway Near Ilave

To receive our Daily Newsletter, [click here](#).

Follow us on [Instagram](#) and [Twitter](#).

**Hundreds of miners** blocked the [Binational Highway](https://example.org/road) on Monday.

Read also:
Teachers strike in Juliaca
Farmers march in Azángaro

Police arrived at noon and the *road* was cleared by evening.

Note to readers: please click the share buttons above.
Disclaimer: The contents of this article are the sole responsibility of
the author and of nobody else.

Copyright © Example News, 2024
"""


def check_offsets(raw: str, clean: CleanText) -> None:
    for clean_start, raw_start, length in clean.raw_offsets:
        assert clean.text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
    covered = sum(length for _, _, length in clean.raw_offsets)
    assert covered == len(clean.text)
    for span in clean.removed:
        assert raw[span.start : span.end] == span.quote


def test_boilerplate_lines_and_lists_are_removed_and_body_kept() -> None:
    clean = clean_text(ARTICLE)
    assert clean.text == (
        "Miners Block Highway Near Ilave\n\n"
        "Hundreds of miners blocked the Binational Highway on Monday.\n\n"
        "Police arrived at noon and the road was cleared by evening."
    )
    removed = [s.quote for s in clean.removed]
    assert "Read also:" in removed
    assert "Teachers strike in Juliaca" in removed
    assert "the author and of nobody else." in removed  # continuation of the disclaimer
    assert "Copyright © Example News, 2024" in removed
    check_offsets(ARTICLE, clean)


def test_to_raw_maps_clean_offsets_back() -> None:
    clean = clean_text(ARTICLE)
    at = clean.text.index("Binational")
    assert ARTICLE[clean.to_raw(at) :].startswith("Binational Highway](https")
    assert clean.to_raw(len(clean.text)) == ARTICLE.rindex("evening.") + len("evening.")
    with pytest.raises(ValueError, match="outside"):
        clean.to_raw(len(clean.text) + 5)


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on our official WhatsApp channel for breaking news alerts!",
        "Lee también: Marchan en Arequipa",
        "Síguenos en Twitter",
        "Leia também",
        "Lire aussi : la grève continue",
        "Suivez-nous sur Facebook",
        "Region: [Latin America](#)",
        "Theme: [Law and Justice](#)",
        "Articles by: [Some Author](#)",
        "[Become a Member of Example News](#)",
        "[Comment on Example Articles on our Facebook page](#)",
        "Todos los derechos reservados",
        "Share | Tweet | Email",
        "***",
    ],
)
def test_boilerplate_line_patterns(line: str) -> None:
    assert Cleaner().is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Protesters followed the march to the main square.",
        "The union said it would share its demands with the ministry.",
        "Los manifestantes leyeron un comunicado en la plaza.",
        "Copyright laws were not the issue, said the minister.",
    ],
)
def test_body_lines_are_not_boilerplate(line: str) -> None:
    assert not Cleaner().is_boilerplate(line)


def test_markdown_links_images_and_emphasis() -> None:
    raw = "See ![photo](a.png)the **big** [march](http://x.y/z \"t\") in *Lima*, 5 * 3 people."
    clean = clean_text(raw)
    assert clean.text == "See the big march in Lima, 5 * 3 people."
    check_offsets(raw, clean)
    assert plain_line("• [Home](#)") == "Home"


def test_markdown_heading_marks_are_dropped() -> None:
    raw = "## Strike in Tacna\n\nWorkers stopped. #NoMore stays."
    clean = clean_text(raw)
    assert clean.text == "Strike in Tacna\n\nWorkers stopped. #NoMore stays."
    check_offsets(raw, clean)


def test_extra_drop_ranges_and_storage_prefix() -> None:
    raw = " date 2024-03 By A Writer\nStrikers marched in Quito."
    clean = clean_text(raw, drop=[(raw.index("By"), raw.index("\n"))])
    assert clean.text == "Strikers marched in Quito."
    assert [s.quote for s in clean.removed] == [" date 2024-03 ", "By A Writer"]
    check_offsets(raw, clean)


def test_crlf_and_indentation() -> None:
    raw = "   Title\r\n\r\n    Body text here.\r\n"
    clean = clean_text(raw)
    assert clean.text == "Title\n\nBody text here."
    check_offsets(raw, clean)


def test_restricted_languages_only_use_their_patterns() -> None:
    assert Cleaner(("en",)).is_boilerplate("Follow us on Telegram")
    assert not Cleaner(("en",)).is_boilerplate("Suivez-nous sur Facebook")
    assert Cleaner(("fr",)).is_boilerplate("Suivez-nous sur Facebook")


def test_seed_keeps_the_body_and_drops_the_blocks(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    clean = clean_text(raw)
    text = clean.text
    assert text.startswith("Unrest Spreads Across Peru After Massacre of Civilians\n\nCalls for")
    assert "meaningful measures" in text
    assert text.endswith("policies of Washington and Wall Street.")
    assert "\n\nto chant" in text
    for gone in (
        "Newsletter",
        "Follow us",
        "Note to readers",
        "Disclaimer",
        "Copyright",
        "Become a Member",
        "Articles by",
        "Region:",
        "Theme:",
        "not be responsible",
        "](#)",
        "**",
    ):
        assert gone not in text, gone
    check_offsets(raw, clean)


def test_double_underscores_inside_words_are_text_not_markup() -> None:
    raw = "The file snake_case__name.py and a__b stay; __bold__ is emphasis."
    assert clean_text(raw).text == "The file snake_case__name.py and a__b stay; bold is emphasis."
    assert plain_line("a__b __c__") == "a__b c"
