"""The built knowledge base kept between processes, and what every start would otherwise derive
again from the same code and data (the dialogue acts' phrases, the concept lexicon, the letters
each alternative of a long pattern needs: `built`).

Reading, validating and indexing the KB takes about ten seconds on a shared machine (most of it the
second reading: the dev sets' ~25,000 labeled questions, read and analyzed); unpickling the result
takes about two tenths. The file is named by a digest of everything the build reads or runs:
the data files (of the evaluation sets, only the dev sets: knowledge.eval_sets), the `knowledge`
package's code, and the versions of Python and of the libraries whose objects it holds. Any change
is a new name, so a stale index is never read.

The directory is `SAIASAT_CACHE_DIR`, else `$XDG_CACHE_HOME/saiasat` (`~/.cache/saiasat`);
`SAIASAT_CACHE_DIR=off` turns the cache off. A directory that cannot be written, or a file that
cannot be read, only means the KB is built as before: the cache never fails a start.
The file is as trusted as the code: whoever can write the cache directory could change the
package too (the image builds it where only the build writes).

Each kind of thing is its own file, `<kind>-<digest>.pickle`, and keeps its own few newest builds.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
LIBRARIES = ("numpy", "rapidfuzz", "jellyfish", "PyStemmer", "pydantic", "pydantic-core", "PyYAML")
CODE_DIR = Path(__file__).parent
DATA_DIR = CODE_DIR / "data"
KEEP = 4  # builds kept in the directory
ABANDONED_AFTER = 3600.0  # seconds: a temporary file this old is no write in progress (a build takes ~10 s)
log = logging.getLogger("saiasat")


def cache_dir() -> Path | None:
    """Where built indexes are kept, or None when the cache is off."""
    configured = os.environ.get("SAIASAT_CACHE_DIR")
    if configured:
        return None if configured.lower() == "off" else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "saiasat"


def digest(data_dir: Path) -> str:
    """A name for the build from `data_dir`: it changes with any data file, the code, or a library."""
    h = hashlib.sha256()
    h.update(sys.version.encode())
    for name in LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-".encode())
    # of the evaluation sets, only the dev sets: the second reading reads their labeled questions
    files = [
        p
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and ("eval" not in p.relative_to(data_dir).parts or p.name.startswith("dev_"))
    ]
    files += sorted(CODE_DIR.glob("*.py"))
    for path in files:
        h.update(str(path.relative_to(path.parent.parent)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:32]


@cache
def package_digest() -> str:
    """`digest` of the packaged data, once per process: the name of everything built from it."""
    return digest(DATA_DIR)


def built(kind: str, build: Callable[[], T]) -> T:
    """`build()`, a pure function of the package's code and data, kept between processes as
    `kind` (a name of its own for each thing built)."""
    directory = cache_dir()
    return build() if directory is None else load_or_build(package_digest(), build, directory, kind)


def _path(key: str, directory: Path, kind: str) -> Path:
    return directory / f"{kind}-{key}.pickle"


def kept(key: str, directory: Path | None, kind: str = "kb") -> bool:
    """Whether a build stored under `key` is there to be read (a start will not build)."""
    return directory is not None and _path(key, directory, kind).is_file()


def load_or_build(key: str, build: Callable[[], T], directory: Path | None, kind: str = "kb") -> T:
    """The object stored under `key` in `directory`, or `build()` stored there for next time."""
    if directory is None:
        return build()
    path = _path(key, directory, kind)
    with contextlib.suppress(Exception):  # none yet, truncated, foreign: built and replaced below
        with path.open("rb") as f:
            found: T = pickle.load(f)  # our own file, named by the digest of the code that reads it
        return found
    if kind == "kb":  # seconds: say why this start is slow (the others take milliseconds)
        log.info("building the knowledge base's index (kept in %s for the next starts)", directory)
    made = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(made, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)  # all of it is public; the image's build writes it for its runtime user
            os.replace(tmp, path)  # whole or not at all: another process may be reading
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _prune(directory, kind)
    except (OSError, pickle.PicklingError):  # read-only or full: the next start builds again
        return made
    return made


def _prune(directory: Path, kind: str) -> None:
    """Keep the few newest builds of a kind (checkouts of other versions may share the directory),
    and remove what a process killed while writing one left behind (another may be writing now:
    only files older than any write takes)."""
    mine = [p for p in directory.glob(f"{kind}-*.pickle") if "-" not in p.name[len(kind) + 1 :]]  # not "kind-other-…"
    builds = sorted(mine, key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[KEEP:]:
        old.unlink(missing_ok=True)
    abandoned_before = time.time() - ABANDONED_AFTER
    for tmp in directory.glob(f".{kind}-*.tmp"):
        with contextlib.suppress(OSError):  # gone meanwhile: another process pruned it
            if "-" not in tmp.name[len(kind) + 2 : -4] and tmp.stat().st_mtime < abandoned_before:
                tmp.unlink()
