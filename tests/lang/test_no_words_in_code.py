"""No rule word of the four built-in languages is written in Python outside ``willay/lang``.

The words the rules read (administrative units, place prepositions and designators,
sources, vague quantities, ...) live in the data files of ``src/willay/lang``, so that a
language is added or corrected there alone (issue 15). This test reads every string
literal of every other module (docstrings excluded) and fails, naming ``file:line``, on
any of the frequent rule words below used there as a whole word.
"""

from __future__ import annotations

import io
import re
import token
import tokenize
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "willay"
LANG = SRC / "lang"

#: 100 frequent rule words of English, Spanish, French and Portuguese, all kept in data.
WORDS = (
    # administrative units (lang/admin_units.toml, <code>/places.toml)
    "província", "provinces", "département", "municipalite", "préfecture", "cantón",
    "parroquia", "corregimiento", "comuna", "voivodeship", "regency", "wilaya", "kabupaten",
    "municipal", "prefeitura", "alcaldía", "mairie",
    # places and the words around them (lang/place_rules.toml, <code>/places.toml)
    "village", "localidad", "downtown", "northern", "southern", "eastern", "western",
    "carretera", "road", "rodovia", "avenue", "avenida", "plaza", "praça", "square", "calle",
    "rua", "rue", "caserío", "aldeia", "pueblo", "comunidad", "localité", "bairro", "barrio",
    "quartier",
    # sources and reporting (<code>/reporters.toml, <code>/hedges.toml)
    "according", "según", "selon", "segundo", "informó", "fuentes", "fontes", "reportedly",
    "afirmó", "declaró", "dijo", "told", "declarou", "disse", "déclaré", "indiqué",
    # events and figures (<code>/triggers.toml, <code>/events.toml, <code>/figures.toml)
    "protesta", "protesto", "manifestation", "manifestación", "manifestação", "marcha",
    "huelga", "greve", "grève", "disturbios", "bloqueo", "émeutes", "muertos", "mortos",
    "morts", "heridos", "feridos", "blessés", "clashes", "enfrentamientos",
    # actors (<code>/actors.toml)
    "manifestantes", "estudiantes", "trabajadores", "trabalhadores", "travailleurs",
    "vecinos", "moradores", "habitants", "gobernador", "governor", "governador", "préfet",
    "ministerio", "ministère", "ministério", "alcalde", "sindicato", "syndicat",
    "carabineros", "soldados", "campesinos",
)
_WORD_RES = {w: re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in WORDS}


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal of a module that is not a docstring."""
    source = path.read_text(encoding="utf-8")
    out: list[tuple[int, str]] = []
    previous = token.NEWLINE
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        # a string that is a whole statement is a docstring (or a comment-like string)
        if (tok.type in (token.STRING, getattr(token, "FSTRING_MIDDLE", -1))
                and previous not in (token.NEWLINE, token.INDENT, token.DEDENT, tokenize.NL)):
            out.append((tok.start[0], tok.string))
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            previous = tok.type
    return out


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if LANG not in p.parents)


def test_the_list_holds_100_distinct_words() -> None:
    assert len(WORDS) == 100
    assert len(set(WORDS)) == 100


def test_the_words_are_in_the_language_data() -> None:
    data = " ".join(p.read_text(encoding="utf-8").lower() for p in LANG.rglob("*.toml"))
    missing = [w for w in WORDS if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", data)]
    assert not missing, f"not in any lang/ data file: {missing}"


def test_docstrings_are_not_read_but_literals_are(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('"""The province of X."""\n\nWORDS = ("ciudad", "x")\n'
                      'def f():\n    """según the docs"""\n    return f"in {1} ville"\n',
                      encoding="utf-8")
    found = " ".join(text for _, text in _string_literals(module))
    assert "ciudad" in found and "ville" in found
    assert "province" not in found and "según" not in found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_rule_word_in_python(path: Path) -> None:
    hits = [f"{path.relative_to(SRC.parent)}:{line}: {word!r}"
            for line, text in _string_literals(path)
            for word, rx in _WORD_RES.items() if rx.search(text)]
    assert not hits, "rule words written in Python, move them to willay/lang:\n" + "\n".join(hits)
