"""The web app against a hostile client and a hostile page (issue 18, item 6), on the real server on 127.0.0.1: Host
allowlist (DNS rebinding), bounded error bodies, HEAD on every GET route, 414 for over-long URLs, an OpenAPI schema
that declares every status and enum, and schemathesis run against it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dossier.web.guards import MAX_URL_BYTES, allowed_hosts, host_name
from dossier.web.plover import PLOVER_TYPES
from tests.helpers.stores import Location
from tests.web.conftest import Server


@pytest.fixture(scope="module")
def served(example_db: Location) -> Iterator[Server]:
    """The server with one extra name allowed, as `dossier serve --allow-host dossier.example` runs it."""
    running = Server(example_db, "--allow-host", "dossier.example")
    yield running
    running.stop()


def test_only_the_hosts_this_server_is_known_by_are_answered(served: Server) -> None:
    for host in ("127.0.0.1", f"127.0.0.1:{served.port}", f"localhost:{served.port}", "dossier.example",
                 f"DOSSIER.example:{served.port}"):
        assert httpx.get(f"{served.url}/api/stats", headers={"Host": host}).status_code == 200, host
    for host in ("rebind.attacker.example", f"attacker.example:{served.port}", "127.0.0.1.attacker.example"):
        refused = httpx.get(f"{served.url}/api/stats", headers={"Host": host})
        assert refused.status_code == 400, host
        assert "--allow-host" in refused.json()["error"]
        assert "content-security-policy" in refused.headers
        assert httpx.get(f"{served.url}/", headers={"Host": host}).status_code == 400


def test_host_names_and_the_default_allowlist() -> None:
    assert host_name("[::1]:8000") == "::1" and host_name("Example.ORG.:80") == "example.org"
    assert host_name("::1") == "::1"
    assert allowed_hosts(None) >= {"localhost", "127.0.0.1", "::1"}
    assert "192.0.2.7" in allowed_hosts("192.0.2.7") and "evil" not in allowed_hosts("192.0.2.7")
    assert "*" in allowed_hosts("127.0.0.1", ["*"])


def test_error_bodies_do_not_echo_what_was_sent(served: Server) -> None:
    huge = "x" * 5000
    for path in (f"/api/search?q={huge}", f"/api/entities?limit={huge}", f"/api/timeline?actor={huge}",
                 f"/nothing/{huge}", f"/api/articles/{huge}"):
        answer = httpx.get(served.url + path)
        assert 400 <= answer.status_code < 500, path
        assert len(answer.content) < 2000 or "text/html" in answer.headers["content-type"], (path, len(answer.content))
        assert huge not in answer.text, path


def test_head_is_answered_on_every_get_route(served: Server) -> None:
    schema = httpx.get(f"{served.url}/api/openapi.json").json()
    paths = [p for p in schema["paths"] if "{" not in p and p != "/api/search"] + [
        "/api/search?q=Damascus", "/", "/timeline", "/actors", "/sources", "/api", "/static/dossier.css"]
    for path in paths:
        got, head = httpx.get(served.url + path), httpx.head(served.url + path)
        assert head.status_code == got.status_code == 200, (path, head.status_code, got.status_code)
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"], path
    assert httpx.post(f"{served.url}/api/stats").status_code == 405


@pytest.mark.parametrize("size", [MAX_URL_BYTES + 10, 100_000, 4_000_000])
def test_over_long_urls_get_414_not_a_reset(served: Server, size: int) -> None:
    request = f"GET /api/search?q={'a' * size} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status_line = answer.split(b"\r\n", 1)[0]
    assert status_line.startswith(b"HTTP/1.1 414"), status_line
    assert b'{"error"' in answer and len(answer) < 2000


def test_the_schema_declares_every_status_and_the_type_enums(served: Server) -> None:
    schema = httpx.get(f"{served.url}/api/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            declared = set(operation["responses"])
            assert {"200", "400", "404", "414", "422"} <= declared, (method, path, declared)
            error = operation["responses"]["422"]["content"]["application/json"]["schema"]
            assert error["$ref"].endswith("/ApiError"), (path, error)
    timeline_type = next(p for p in schema["paths"]["/api/timeline"]["get"]["parameters"] if p["name"] == "type")
    assert timeline_type["schema"]["enum"] == list(PLOVER_TYPES)
    entity_type = next(p for p in schema["paths"]["/api/entities"]["get"]["parameters"] if p["name"] == "type")
    assert "PERSON" in entity_type["schema"]["enum"]


EXAMPLES_PER_OPERATION = 25  # in each mode: requests the schema allows, and requests that break it
# No 5xx; the status, content type, headers and body each answer declares; requests that break the schema refused.
# Not positive_data_acceptance: a request the schema allows may still name nothing the store knows (an unknown
# actor, issue or date, a query with no words), and its answer is a declared 400 saying so.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance, negative_data_rejection]


def test_schemathesis_finds_no_server_error_and_no_schema_violation(served: Server) -> None:
    """Schemathesis generates requests from the schema, and requests that break it, for every operation, and sends
    them to the real server: no 5xx, and every answer conforms to what the schema declares (its status, content
    type and body). Bounded: EXAMPLES_PER_OPERATION of each kind, derandomised (the same requests every run)."""
    schema = schemathesis.openapi.from_url(f"{served.url}/api/openapi.json")
    failures: list[str] = []
    sent = 0
    for found in schema.get_all_operations():
        operation = cast(Any, found).ok()  # an operation the schema cannot describe raises here: a failure too
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
            @given(case=operation.as_strategy(mode))
            def send(case: Any) -> None:
                nonlocal sent
                sent += 1
                try:
                    case.call_and_validate(base_url=served.url, checks=CHECKS)
                except (AssertionError, BaseExceptionGroup) as problem:  # collected: one run reports them all
                    failures.append(f"{case.method} {case.formatted_path} {case.query}: {str(problem).strip()[:800]}")

            try:
                send()
            except Unsatisfiable:  # nothing to break in an operation without parameters
                assert mode is GenerationMode.NEGATIVE
    assert sent > 300
    assert not failures, f"{len(failures)} failures:\n\n" + "\n\n".join(failures[:6])


def test_nul_and_odd_characters_in_parameters_are_client_errors(served: Server) -> None:
    """PostgreSQL refuses NUL in text: a parameter carrying one is the client's mistake, never a 500."""
    for path in ("/api/search?q=a%00b", "/api/timeline?actor=x%00", "/api/timeline?outlet=%00",
                 "/api/entities?name=%00", "/api/articles/%00", "/search?q=%00", "/timeline?actor=%00",
                 "/api/timeline?since=%00", "/api/quotes?speaker=%00", "/api/issues/%00"):
        answer = httpx.get(served.url + path)
        assert answer.status_code < 500, (path, answer.status_code, answer.text[:200])
