"""A real PostgreSQL server for the hub's tests: each test gets a schema of its own.

The server is the one ``.ci/run`` starts (``ACCORD_TEST_POSTGRES``, default
``postgresql://accord:accord@127.0.0.1:5432/accord_test``). Tests that need it are
skipped only when no server answers — and fail instead when ``ACCORD_REQUIRE_POSTGRES=1``
(set by CI, which installs and starts the server), so a missing server never passes
unnoticed there.
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import psycopg
import pytest

URL_ENV = "ACCORD_TEST_POSTGRES"
REQUIRE_ENV = "ACCORD_REQUIRE_POSTGRES"
DEFAULT_URL = "postgresql://accord:accord@127.0.0.1:5432/accord_test"


@functools.cache
def server_url() -> str | None:
    """The test server's URL when one answers, else None."""
    url = os.environ.get(URL_ENV) or DEFAULT_URL
    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error:
        return None
    return url


def require_server() -> str:
    """The URL, or skip (fail under ``ACCORD_REQUIRE_POSTGRES=1``) when there is none."""
    url = server_url()
    if url is None:
        message = f"no PostgreSQL server answers at {os.environ.get(URL_ENV) or DEFAULT_URL}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message + f" and {REQUIRE_ENV}=1")
        pytest.skip(message)
    return url


def with_search_path(url: str, schema: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


def create_schema(url: str) -> tuple[str, str]:
    """A new, empty schema: its name and a URL whose connections use it."""
    schema = "t_" + secrets.token_hex(6)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return schema, with_search_path(url, schema)


def drop_schema(url: str, schema: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """A URL whose connections use a new, empty schema; dropped afterwards."""
    schema, scoped = create_schema(url)
    try:
        yield scoped
    finally:
        drop_schema(url, schema)
