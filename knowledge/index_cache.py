"""The built knowledge base kept between processes.

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
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
LIBRARIES = ("numpy", "rapidfuzz", "jellyfish", "PyStemmer", "pydantic", "pydantic-core", "PyYAML")
CODE_DIR = Path(__file__).parent
KEEP = 4  # builds kept in the directory
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


def _path(key: str, directory: Path) -> Path:
    return directory / f"kb-{key}.pickle"


def kept(key: str, directory: Path | None) -> bool:
    """Whether a build stored under `key` is there to be read (a start will not build)."""
    return directory is not None and _path(key, directory).is_file()


def load_or_build(key: str, build: Callable[[], T], directory: Path | None) -> T:
    """The object stored under `key` in `directory`, or `build()` stored there for next time."""
    if directory is None:
        return build()
    path = _path(key, directory)
    with contextlib.suppress(Exception):  # none yet, truncated, foreign: built and replaced below
        with path.open("rb") as f:
            found: T = pickle.load(f)  # our own file, named by the digest of the code that reads it
        return found
    log.info("building the knowledge base's index (kept in %s for the next starts)", directory)
    built = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".kb-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)  # the KB is public; the image's build writes it for its runtime user
            os.replace(tmp, path)  # whole or not at all: another process may be reading
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _prune(directory)
    except (OSError, pickle.PicklingError):  # read-only or full: the next start builds again
        return built
    return built


def _prune(directory: Path) -> None:
    """Keep the few newest builds (checkouts of other versions may share the directory)."""
    builds = sorted(directory.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[KEEP:]:
        old.unlink(missing_ok=True)
