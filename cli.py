"""The `threadline` command: `threadline serve` starts the service."""

from __future__ import annotations

import argparse
import ipaddress
import sys


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server import create_app

    uvicorn.run(create_app(), host=args.host, port=args.port, log_level=args.log_level)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="threadline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="start the chat service")
    serve_cmd.add_argument("--host", default="127.0.0.1", type=_host)
    serve_cmd.add_argument("--port", default=8000, type=int)
    serve_cmd.add_argument("--log-level", default="info")
    serve_cmd.set_defaults(run=serve)
    args = parser.parse_args(argv)
    return int(args.run(args))


def _host(value: str) -> str:
    """An IP address or a host name, checked before the server tries to bind it."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        if not value or any(ch.isspace() for ch in value):
            raise argparse.ArgumentTypeError(f"not a host: {value!r}") from None
    return value


if __name__ == "__main__":
    sys.exit(main())
