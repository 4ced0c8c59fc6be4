"""The README's command examples run as written (in a scratch folder holding the seeds)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from pactgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]


def readme_commands(section: str) -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", body, re.DOTALL):
        for line in block.splitlines():
            line = line.split("#", 1)[0].strip()
            if line.startswith("pactgraph "):
                commands.append(shlex.split(line)[1:])
    return commands


def test_command_examples_run(tmp_path, monkeypatch):
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    commands = readme_commands("Commands")
    assert [c[0] for c in commands] == ["build", "validate", "query", "query", "explain", "evaluate"]
    runner = CliRunner()
    for args in commands:
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    assert (tmp_path / "out" / "seeds.ttl").is_file()
