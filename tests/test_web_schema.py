"""Property-based tests of the JSON API against its own OpenAPI schema (schemathesis).

Schemathesis writes requests from the schema, valid and not, and checks each
response: never a server error, a status and a content type the schema
declares, a body of the declared shape, and malformed requests refused. A
well-formed request may still be refused with 400: the schema cannot say which
strings are EDTF dates or known actor ids, so "valid data is accepted" is not
checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from rift.web.app import create_app

#: Requests per operation: enough to find a crash, few enough for `make test`.
EXAMPLES = 25

OPERATIONS = [
    ("GET", "/api/actors"),
    ("GET", "/api/sources"),
    ("GET", "/api/events"),
    ("GET", "/api/periods"),
    ("GET", "/api/items/{ident}"),
    ("GET", "/api/on/{when}"),
    ("GET", "/api/overview"),
    ("GET", "/api/index/{a}"),
    ("GET", "/api/index/{a}/{b}"),
    ("GET", "/api/phases/{a}/{b}"),
    ("GET", "/api/timeline"),
    ("POST", "/api/check"),
]


@pytest.fixture(scope="module")
def api(bundled_db: Path) -> Iterator[schemathesis.BaseSchema]:
    app = create_app(bundled_db)
    # the first check starts the worker process that loads the language model, which
    # on a loaded machine outlasts the ten seconds schemathesis waits for an answer:
    # start it before the requests are written, so that they test the schema only
    warm = TestClient(app).post(
        "/api/check",
        content="Albania joined Comecon in 1949.",
        headers={"Content-Type": "text/plain"},
    )
    assert warm.status_code == 200
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    app.state.checker.close()


def test_every_operation_is_tested(api: schemathesis.BaseSchema) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_the_api_keeps_to_its_schema(api: schemathesis.BaseSchema, method: str, path: str) -> None:
    operation = api[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def keeps_to_schema(case: schemathesis.Case) -> None:
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    keeps_to_schema()
