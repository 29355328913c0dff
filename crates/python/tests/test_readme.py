"""The README's Python examples run, and print what the README says."""

from __future__ import annotations

import doctest
import os
import re


def python_blocks(repo):
    readme = (repo / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, flags=re.S)


def test_readme_python_examples(repo):
    blocks = [b for b in python_blocks(repo) if b.lstrip().startswith(">>>")]
    assert len(blocks) >= 3
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(blocks), {}, "README.md", str(repo / "README.md"), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    cwd = os.getcwd()
    try:
        os.chdir(repo)
        runner.run(test)
    finally:
        os.chdir(cwd)
    assert runner.failures == 0 and runner.tries >= 10


def test_readme_python_scripts_run(repo, capsys):
    scripts = [b for b in python_blocks(repo) if not b.lstrip().startswith(">>>")]
    assert scripts
    cwd = os.getcwd()
    try:
        os.chdir(repo)
        for script in scripts:
            exec(compile(script, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert capsys.readouterr().out
