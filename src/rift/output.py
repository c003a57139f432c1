"""Files the CLI writes (`-o`): checked before the work starts, written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rift.errors import InputError


def require_writable(out: Path, inputs: Sequence[str] = ()) -> None:
    """Raise `InputError` unless `out` can be written and is none of `inputs`.

    Checked before a long check runs, so that a typo costs nothing; the test is a
    real temporary file in the target folder (permission bits lie to root).
    """
    for name in inputs:
        if name != "-" and _same(out, Path(name)):
            raise InputError(f"-o {out}: is one of the texts to check; write the report elsewhere")
    if out.is_dir():
        raise InputError(f"-o {out}: is a folder; name a file")
    folder = out.parent
    if not folder.is_dir():
        raise InputError(f"-o {out}: the folder {folder} does not exist")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rift-out-"):
            pass
    except OSError as exc:
        raise InputError(f"-o {out}: cannot write in {folder}: {exc.strerror or exc}") from exc
    if out.exists() and not os.access(out, os.W_OK):
        raise InputError(f"-o {out}: the file is read-only")


def write(out: Path, text: str) -> None:
    """Write `text` to `out` through a temporary file, so that `out` is never half-written."""
    mode = out.stat().st_mode & 0o777 if out.exists() else 0o666 & ~_umask()
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=".rift-out-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(name, mode)  # mkstemp makes the file private
        os.replace(name, out)
    except OSError as exc:
        Path(name).unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write: {exc.strerror or exc}") from exc


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()
