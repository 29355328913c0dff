"""Shared fixtures: the repository's seed pages and the `newsclip` CLI to compare with."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parents[3]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def find_cli() -> Path:
    """The `newsclip` binary: $NEWSCLIP_CLI, else the workspace's release or debug build."""
    builds = [str(REPO / "target" / profile / "newsclip") for profile in ("release", "debug")]
    candidates = [os.environ.get("NEWSCLIP_CLI"), *builds]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    pytest.fail("no newsclip CLI: run `cargo build -p newsclip-cli` or set NEWSCLIP_CLI (scripts/test does)")


@pytest.fixture(scope="session")
def cli() -> Path:
    return find_cli()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    assert SEEDS, "the seed pages are in the repository"
    return {path.stem: path.read_text(encoding="utf-8") for path in SEEDS}


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def cli_jsonl(cli: Path) -> Callable[..., list[dict]]:
    """`newsclip extract --jsonl FLAGS` over records: one parsed (ordered) dict per line."""

    def run(records: list[dict], *flags: str) -> list[dict]:
        stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
        out = subprocess.run([str(cli), "extract", "--jsonl", *flags], input=stdin, capture_output=True, check=True)
        return [json.loads(line) for line in out.stdout.decode().splitlines()]

    return run
