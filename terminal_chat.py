"""`threadline chat`: a terminal chat with a running server, streaming answers
through `RemoteRunnable`, with slash commands to manage threads. Ctrl+C stops the
answer being written (it keeps what was shown); a second Ctrl+C quits."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TextIO

import httpx
from langserve import RemoteRunnable

from graph import wire

HELP = "commands: /new  /threads  /switch ID  /clear  /quit"
NOTICES = {
    "blocked_input": "your message was blocked by moderation and not stored",
    "refused": "the answer was withheld by moderation",
}


class TerminalChat:
    """One user's session: the current thread, a REST client and the remote runnable."""

    def __init__(self, url: str, api_key: str | None, out: TextIO = sys.stdout) -> None:
        base = url.rstrip("/")
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = httpx.Client(base_url=base, headers=headers, timeout=30)
        self.remote = RemoteRunnable(f"{base}/chat", headers=headers)
        self.out = out
        self.thread_id = ""

    def say(self, text: str = "", end: str = "\n") -> None:
        self.out.write(text + end)
        self.out.flush()

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        if response.status_code >= 400:
            detail = response.json().get("detail") if response.content else response.reason_phrase
            raise RuntimeError(f"{response.status_code}: {detail}")
        return response.json() if response.content else None

    def new_thread(self) -> None:
        self.thread_id = self.request("POST", "/threads", json={})["thread_id"]
        self.say(f"[new thread {self.thread_id}]")

    def list_threads(self) -> None:
        threads = self.request("GET", "/threads", params={"limit": 50})["threads"]
        for t in threads:
            mark = "*" if t["thread_id"] == self.thread_id else " "
            self.say(f"{mark} {t['thread_id']}  {t['title'] or '(untitled)'}")
        if not threads:
            self.say("[no threads yet]")

    def switch(self, thread_id: str) -> None:
        thread = self.request("GET", f"/threads/{thread_id}")
        self.thread_id = thread_id
        self.say(f"[thread {thread_id}: {len(thread['messages'])} messages]")
        for m in thread["messages"][-6:]:
            self.say(f"{'you' if m['type'] == 'human' else 'bot'}> {m['content']}")

    def clear(self) -> None:
        self.request("DELETE", f"/threads/{self.thread_id}/messages")
        self.say("[history cleared]")

    def stop(self) -> None:
        """Ctrl+C during an answer: the server stops it (a thread already idle is fine)."""
        response = self.http.post(f"/threads/{self.thread_id}/stop")
        if response.status_code not in (202, 409):
            self.say(f"[error {response.status_code}: {response.text[:300]}]")

    def ask(self, text: str) -> None:
        config = {"configurable": {"thread_id": self.thread_id}}
        self.say("bot> ", end="")
        reader, end = wire.StreamReader(), wire.End("", None)
        chunks = self.remote.stream({"messages": [{"type": "human", "content": text}]}, config)
        try:
            for chunk in chunks:
                for event in reader.read_chunk(chunk):
                    if isinstance(event, wire.Retracted):
                        self.say("\n[a draft was withheld by moderation]\nbot> ", end="")
                    elif isinstance(event, wire.Window):
                        self.say(event.text, end="")
                    else:
                        end = event
        except KeyboardInterrupt:
            self.stop()
            chunks.close()
            self.say("\n[stopped: Ctrl+C again quits]")
            return
        self.say()
        for s in end.sources:
            self.say(f"  source: {s['title'] or s['source']} ({s['source']})")
        outcome = (end.moderation or {}).get("outcome")
        if outcome in NOTICES:
            self.say(f"  [{NOTICES[outcome]}]")

    def run(self, thread_id: str | None, read_line: Callable[[str], str] = input) -> int:
        if thread_id:
            self.switch(thread_id)
        else:
            self.new_thread()
        self.say(HELP)
        while True:
            try:
                line = read_line("you> ").strip()
            except (EOFError, KeyboardInterrupt):
                self.say()
                return 0
            if not line:
                continue
            command, _, argument = line.partition(" ")
            try:
                if command == "/quit":
                    return 0
                elif command == "/new":
                    self.new_thread()
                elif command == "/threads":
                    self.list_threads()
                elif command == "/switch" and argument.strip():
                    self.switch(argument.strip())
                elif command == "/clear":
                    self.clear()
                elif command.startswith("/"):
                    self.say(HELP)
                else:
                    self.ask(line)
            except httpx.HTTPStatusError as exc:
                self.say(f"\n[error {exc.response.status_code}: {exc.response.text[:300]}]")
            except (httpx.TransportError, ConnectionError):
                self.say("\n[the server cannot be reached]")
            except RuntimeError as exc:
                self.say(f"[error {exc}]")
