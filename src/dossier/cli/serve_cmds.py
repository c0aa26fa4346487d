"""`dossier serve`: the web app and the read-only JSON API, on this machine only unless told otherwise."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, console, fail
from dossier.read.url import is_loopback
from dossier.store import shown_location


@app.command("serve")
def serve_command(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on. The default serves this machine only.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", metavar="NAME",
        help="Also answer requests sent to this host name (repeatable; `*` answers any). By default only localhost's"
             " names and the --host address are answered, against DNS rebinding.")] = None,
) -> None:
    """Serve the web app (overview, timeline, events with their sources, actors, network, search) and the
    read-only JSON API under /api (schema: /api/openapi.json). Nothing is loaded from the internet, and the
    store is never written. Ctrl-C stops."""
    import uvicorn  # the web stack loads only for this command

    from dossier.web import create_app
    from dossier.web.http import BoundedH11Protocol

    web_app = create_app(db, bound=host, allow_hosts=allow_host or (), refresh_in_background=True)
    _check_free(host, port)
    if not is_loopback(host):
        console.print(f"[yellow]Listening on {host}: anyone who can reach this machine can read the dossier.[/yellow]")
    console.print(f"Dossier serves {shown_location(db)} on http://{_url_host(host)}:{port}/  (API: /api; Ctrl-C stops)",
                  highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False, http=BoundedH11Protocol)


def _check_free(host: str, port: int) -> None:
    """Fail in one line (not a traceback from the server) when the address cannot be used."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        fail(f"cannot listen on {host!r}: no such address on this machine")
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as problem:
            fail(f"cannot listen on {host}:{port}: {problem.strerror or problem}")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
