"""Who is calling, from an HTTP request's or a WebSocket's headers: the key it presents,
checked against the service's `KeyRing` (service/keys.py). With no keys configured the
service runs in single-user development mode as `DEV_USER`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from fastapi import HTTPException, WebSocket

from service.keys import KeyRing
from storage.threads import LOCAL_USER as DEV_USER


def presented_key(headers: Mapping[str, str]) -> str | None:
    """The key from `Authorization: Bearer <key>` or `X-API-Key`, if any."""
    get = headers.get
    authorization = get("authorization") or ""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return str(token.strip())
    key = get("x-api-key")
    return str(key) if key else None


class Unauthenticated(HTTPException):
    def __init__(self, reason: str) -> None:
        super().__init__(401, reason, headers={"WWW-Authenticate": "Bearer"})


def authenticate(keyring: KeyRing, key: str | None) -> str:
    """The user behind `key`; raises `Unauthenticated` with the reason."""
    if keyring.development_mode:
        return DEV_USER
    if not key:
        raise Unauthenticated("an API key is required: send Authorization: Bearer <key>")
    user = keyring.user_for(key)
    if user is None:
        raise Unauthenticated("invalid API key")
    return user


def is_loopback_host(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def page_origin_allowed(origin: str | None, host: str, allowed: Sequence[str]) -> bool:
    """Whether a browser page from `origin` may drive a development-mode server (no
    keys: whoever can reach it is its user): clients that send no Origin (not a
    browser), pages from this server itself (`Host`), pages on a loopback host, and
    the configured CORS origins. Anything else is a web page the user merely visited."""
    if origin is None:
        return True
    if origin in allowed or "*" in allowed:
        return True
    parsed = urlsplit(origin)
    hostname = parsed.hostname
    if parsed.scheme not in ("http", "https") or not hostname:
        return False  # "null": a sandboxed frame or a file
    return is_loopback_host(hostname) or parsed.netloc.lower() == host.lower()


def websocket_user(websocket: WebSocket, keyring: KeyRing) -> str | None:
    """The user a WebSocket's headers authenticate, or None when it sent no key."""
    key = presented_key(websocket.headers)
    if keyring.development_mode or key:
        return authenticate(keyring, key)
    return None
