"""API keys and their users. Keys are stored and compared only as sha256 hashes.

Keys come from `THREADLINE_API_KEYS="alice:KEY1,bob:KEY2"` or from a keys file of
`user:sha256-of-key` lines that `threadline keys add|revoke` manages. With no
keys at all the service runs in single-user development mode (api/auth.py).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

USER_ID = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyRing:
    """Key hashes and their users, from the settings string and the keys file.

    The file is re-read when it changes, so `threadline keys add|revoke` takes
    effect on a running server without a restart.
    """

    def __init__(self, inline: str = "", keys_file: Path | None = None) -> None:
        self.inline = parse_inline_keys(inline)
        self.keys_file = keys_file
        self._file_hashes: list[tuple[str, str]] = []
        self._file_signature: tuple[int, int] | None = None

    def _hashes(self) -> list[tuple[str, str]]:
        if self.keys_file is not None:
            try:
                stat = self.keys_file.stat()
                signature: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
            except FileNotFoundError:
                signature = None
            if signature != self._file_signature:
                self._file_hashes = read_keys_file(self.keys_file) if signature else []
                self._file_signature = signature
        return self.inline + self._file_hashes

    @property
    def development_mode(self) -> bool:
        """No keys configured: one local user, and the server must stay on loopback."""
        return not self._hashes()

    def user_for(self, key: str) -> str | None:
        """The user whose key this is; every stored hash is compared, in constant time."""
        presented = hash_key(key)
        found = None
        for user, digest in self._hashes():
            if hmac.compare_digest(presented, digest):
                found = user
        return found


def parse_inline_keys(value: str) -> list[tuple[str, str]]:
    """`alice:KEY1,bob:KEY2` as (user, sha256) pairs."""
    pairs = []
    for item in filter(None, (part.strip() for part in value.split(","))):
        user, sep, key = item.partition(":")
        if not sep or not USER_ID.match(user) or not key:
            raise ValueError(f"THREADLINE_API_KEYS: expected user:key, got {user!r}...")
        pairs.append((user, hash_key(key)))
    return pairs


def read_keys_file(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        user, _, digest = line.strip().partition(":")
        if user and re.fullmatch(r"[0-9a-f]{64}", digest):
            pairs.append((user, digest))
    return pairs


def add_key(path: Path, user: str) -> str:
    """A new random key for `user`, stored as its hash; the key itself is returned once."""
    if not USER_ID.match(user):
        raise ValueError("a user id is 1-64 letters, digits or . _ @ -")
    key = "tl-" + secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8", opener=owner_only) as keys:
        keys.write(f"{user}:{hash_key(key)}\n")
    path.chmod(0o600)  # a file an earlier version created readable by others
    return key


def revoke_keys(path: Path, user: str) -> int:
    """Remove every key of `user`; returns how many were removed."""
    if not path.exists():
        return 0
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.partition(":")[0] != user]
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with open(tmp, "w", encoding="utf-8", opener=owner_only) as out:
        out.write("".join(f"{line}\n" for line in kept))
    tmp.replace(path)
    return len(lines) - len(kept)


def owner_only(path: str, flags: int) -> int:
    """An `open` opener that creates the file readable and writable by its owner only,
    from the start (never world-readable, even for a moment)."""
    return os.open(path, flags, 0o600)
