"""What an operator installs: the wheel works on its own (no tests/, no source tree), the lock
files pin every declared dependency, the image installs from the lock before the source, and
no module grows past ~300 lines without saying why."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _requirement_name(spec: str) -> str:
    return re.split(r"[<>=\[;! ]", spec, maxsplit=1)[0].lower().replace("_", "-")


def _pinned(lock: Path) -> set[str]:
    return {
        line.split("==")[0].lower() for line in lock.read_text().splitlines() if re.match(r"^[A-Za-z0-9]", line) and "==" in line
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The project built as a wheel (as pip builds it: in an isolated build environment) and installed alone into a fresh venv (its dependencies
    visible through a path file, so nothing is downloaded); the venv's python."""
    where = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(where), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(where.glob("saiasat-*.whl"))
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    with zipfile.ZipFile(wheel) as archive:  # a pure-Python wheel: installing it is unpacking it
        archive.extractall(site)
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")  # not a site dir: no editable finder
    return python


def _run(python: Path, *args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run(
        [str(python), "-m", "bot", *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=600
    )


def test_the_installed_package_needs_no_source_tree(installed, tmp_path):
    where = _run(installed, "ask", "--json", "what is democracy", cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    located = subprocess.run(
        [str(installed), "-c", "import bot, knowledge; print(bot.__file__, knowledge.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(ROOT) not in located and "site-packages" in located
    check = _run(installed, "kb", "check", cwd=tmp_path)
    assert check.returncode == 0 and "0 errors" in check.stdout, check.stdout + check.stderr
    evaluation = _run(installed, "eval", "--set", "heldout", cwd=tmp_path)
    assert evaluation.returncode == 0 and "heldout students kk" in evaluation.stdout, evaluation.stderr
    chat = _run(installed, "chat", cwd=tmp_path, stdin="what is political modernization\n/quiz\n")  # migrations shipped
    assert chat.returncode == 0 and "modernization" in chat.stdout.lower(), chat.stderr[-2000:]
    assert (tmp_path / "data" / "saiasat.sqlite3").exists()
    pictures = _run(installed, "pictures", "--dir", str(tmp_path / "pictures"), cwd=tmp_path)
    assert pictures.returncode == 0, pictures.stderr
    assert all(
        (tmp_path / "pictures" / name).read_bytes().startswith(b"\x89PNG") for name in ("stats.png", "class.png", "essay_map.png")
    )


def test_the_benchmarks_run_from_the_installed_package(installed, tmp_path):
    bench = _run(installed, "bench", "--quick", "--json", cwd=tmp_path)
    assert bench.returncode == 0, bench.stderr[-2000:]
    assert '"ptb_noop"' in bench.stdout and '"quiz_answer"' in bench.stdout


def test_the_lock_files_pin_every_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    runtime = {_requirement_name(d) for d in project["dependencies"] + extras["postgres"]}
    assert runtime <= _pinned(ROOT / "requirements" / "runtime.lock")
    ci = {_requirement_name(d) for d in extras["test"] + extras["dev"] if not d.startswith("saiasat")}
    assert runtime | ci <= _pinned(ROOT / "requirements" / "ci.lock")
    for lock in ("runtime.lock", "ci.lock"):
        text = (ROOT / "requirements" / lock).read_text()
        pins = [line for line in text.splitlines() if re.match(r"^[A-Za-z0-9]", line)]
        assert pins and all("==" in line and line.endswith("\\") for line in pins)  # each pin followed by its hashes


def test_the_image_installs_dependencies_from_the_lock_before_the_source():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"python:3\.\d+-slim@sha256:[0-9a-f]{64}", dockerfile)  # base pinned by digest
    lock_install = dockerfile.index("--require-hashes -r")
    assert lock_install < dockerfile.index("COPY bot") and lock_install < dockerfile.index("COPY knowledge")
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {"tests", ".git", ".env"} <= set(ignored)


def test_no_module_is_long_without_saying_why():
    for path in sorted([*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("knowledge").rglob("*.py")]):
        source = path.read_text()
        if source.count("\n") > 300:
            docstring = ast.get_docstring(ast.parse(source)) or ""
            assert "Length:" in docstring, f"{path.relative_to(ROOT)}: over 300 lines, and its docstring does not say why"
