"""A small filesystem that can be filled, for the disk-full test and benchmark: a
tmpfs with `size=` mounted for the caller (it needs root, as the development
machines and CI have), and a file that takes every free byte of it."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path


class CannotMount(RuntimeError):
    """This machine does not let the caller mount a filesystem."""


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "3m") -> Iterator[Path]:
    """`folder`, with a tmpfs of `size` mounted on it until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise CannotMount(done.stderr.strip() or f"mount exited {done.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """A file that takes every free byte of `folder`'s filesystem."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    with contextlib.suppress(OSError), contextlib.closing(os.fdopen(fd, "wb", buffering=0)) as f:
        while True:
            f.write(b"\0" * 65536)
    return filler
