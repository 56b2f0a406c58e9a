"""The README documents every command, and every command's --help works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from willay.cli.main import cli, commands

README = Path(__file__).resolve().parent.parent / "README.md"


def _commands() -> list[str]:
    names = []
    for name, command in commands().items():
        sub = getattr(command, "commands", None)
        if sub:
            names.extend(f"{name} {s}" for s in sub)
        else:
            names.append(name)
    return names


def test_readme_opens_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)
    assert blocks, "README has no command block"
    first = [line.split("#")[0].strip() for line in blocks[0].splitlines() if line.strip()]
    assert first == ["make run", "make test"]


@pytest.mark.parametrize("name", _commands())
def test_every_command_is_documented(name: str) -> None:
    assert f"willay {name}" in README.read_text(encoding="utf-8"), f"README lacks `willay {name}`"


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help(name: str) -> None:
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_python_section_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The code of the README's "Python" section runs as written, in a fresh folder."""
    text = README.read_text(encoding="utf-8")
    assert "\n## Python\n" in text
    blocks = _python_blocks()
    assert blocks and any("willay.extract_text" in b and "willay.open" in b for b in blocks)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "Excessive force against protesters 2023-01-09 Juliaca Puno PE" in printed
    assert "fatalities 17 Ombudsman 'Seventeen people were killed'" in printed
    assert (tmp_path / "crisis.db").is_file()
    frame = namespace["puno"].to_frame()  # type: ignore[attr-defined]
    assert list(frame["location"]) == ["Juliaca"] and list(frame["fatalities"]) == [17]
