"""Who is calling, from an HTTP request's or a WebSocket's headers: the key it presents,
checked against the service's `KeyRing` (service/keys.py). With no keys configured the
service runs in single-user development mode as `DEV_USER`.
"""

from __future__ import annotations

from collections.abc import Mapping

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


def websocket_user(websocket: WebSocket, keyring: KeyRing) -> str | None:
    """The user a WebSocket's headers authenticate, or None when it sent no key."""
    key = presented_key(websocket.headers)
    if keyring.development_mode or key:
        return authenticate(keyring, key)
    return None
