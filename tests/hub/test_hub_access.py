"""Logins: the index, its exports, the dashboard and the API description need an account;
devices do not; analysts read, operators administer; publishing is an explicit choice."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from desktop.core.sync.device_keys import DeviceKey
from desktop.core.sync.protocol import seal_payload
from hub.app import HubSettings, create_app
from tests.hub.helpers import ANALYST, OPERATOR, Hub, make_payload

PROTECTED = ["/dashboard", "/v1/index", "/v1/index.csv", "/docs", "/openapi.json"]


def _submit(client: TestClient, hub: Hub, device: DeviceKey, **kw: object) -> int:
    payload = make_payload(device.device_id, **kw)  # type: ignore[arg-type]
    envelope = seal_payload(payload, device.signing_key, bytes(hub.keys.box_key.public_key))
    answer = client.post(
        "/v1/submissions", content=json.dumps(envelope.as_json()).encode(), auth=None
    )
    return answer.status_code


@pytest.mark.parametrize("path", PROTECTED)
def test_without_credentials_the_answer_is_401_with_a_login_prompt(
    client: TestClient, path: str
) -> None:
    answer = client.get(path, auth=None)
    assert answer.status_code == 401
    assert answer.json()["error"] == "login_required"
    assert answer.headers["www-authenticate"].startswith("Basic realm=")


@pytest.mark.parametrize("who", [OPERATOR, ANALYST])
def test_operators_and_analysts_read_the_index(
    client: TestClient, hub: Hub, device: DeviceKey, who: tuple[str, str]
) -> None:
    assert _submit(client, hub, device, scores={"ethics": 64.0}) == 201  # no login: a device
    for path in PROTECTED:
        assert client.get(path, auth=who).status_code == 200, path
    index = client.get("/v1/index", auth=who).json()
    assert index["countries"][0]["components"]["ethics"]["score"] == 64.0
    assert "64.0" in client.get("/dashboard", auth=who).text


@pytest.mark.parametrize(
    "auth",
    [("olga", "wrong password"), ("nobody", "operator password 1"), ("", ""), ("o\x00", "x")],
)
def test_a_wrong_login_is_refused(client: TestClient, auth: tuple[str, str]) -> None:
    answer = client.get("/v1/index", auth=auth)
    assert answer.status_code == 401 and answer.json()["error"] == "bad_login"


@pytest.mark.parametrize(
    "header", ["Basic", "Basic !!!notbase64", "Bearer abc", "Basic " + "QQ==", "Digest x=1"]
)
def test_malformed_authorization_headers_are_401_not_500(client: TestClient, header: str) -> None:
    answer = client.get("/v1/index", headers={"Authorization": header}, auth=None)
    assert answer.status_code == 401


def test_an_analyst_may_not_administer(client: TestClient, device: DeviceKey) -> None:
    for method, path in [
        ("GET", "/v1/devices"),
        ("POST", f"/v1/devices/{device.device_id}/revoke"),
        ("POST", "/v1/enroll-codes"),
    ]:
        answer = client.request(method, path, json={}, auth=ANALYST)
        assert answer.status_code == 403 and answer.json()["error"] == "forbidden", path
        assert client.request(method, path, json={}, auth=None).status_code == 401


def test_an_operator_revokes_a_device_and_issues_codes(
    client: TestClient, hub: Hub, device: DeviceKey
) -> None:
    listed = client.get("/v1/devices").json()
    assert [d["device_id"] for d in listed] == [device.device_id]
    revoked = client.post(f"/v1/devices/{device.device_id}/revoke")
    assert revoked.status_code == 200 and revoked.json()["revoked"]
    assert _submit(client, hub, device) == 401  # refused from now on
    assert client.post("/v1/devices/d-unknown/revoke").status_code == 404
    code = client.post("/v1/enroll-codes", json={"label": "Accra office"}).json()["code"]
    other = DeviceKey.generate()
    enrolled = client.post(
        "/v1/enroll", json={"code": code, "public_key": other.public_key_b64}, auth=None
    )
    assert enrolled.status_code == 200
    assert hub.store.device(other.device_id).label == "Accra office"


def test_a_removed_account_is_refused_at_once(client: TestClient, hub: Hub) -> None:
    assert client.get("/v1/index", auth=ANALYST).status_code == 200  # remembered now
    assert hub.store.users.remove(ANALYST[0])
    assert client.get("/v1/index", auth=ANALYST).status_code == 401


def test_publishing_the_index_is_an_explicit_choice(hub: Hub) -> None:
    app = create_app(hub.data, HubSettings(public_index=True), store=hub.store, keys=hub.keys)
    with TestClient(app) as c:
        for path in ("/dashboard", "/v1/index", "/v1/index.csv"):
            assert c.get(path).status_code == 200, path
        # Administration and the API description still need a login.
        assert c.get("/v1/devices").status_code == 401
        assert c.get("/openapi.json").status_code == 401
        spec = c.get("/openapi.json", auth=OPERATOR).json()
    assert "security" not in spec["paths"]["/v1/index"]["get"]
    assert spec["paths"]["/v1/devices"]["get"]["security"] == [{"login": []}]


def test_failed_logins_are_limited_per_address_across_workers(hub: Hub) -> None:
    settings = HubSettings(login_rate=0.01, login_burst=3)
    # Two applications on one database: two workers.
    apps = [create_app(hub.data, settings, store=hub.store, keys=hub.keys) for _ in range(2)]
    with TestClient(apps[0]) as a, TestClient(apps[1]) as b:
        codes = [
            (a if n % 2 else b).get("/v1/index", auth=("olga", "guess {n}")).status_code
            for n in range(5)
        ]
        # Even the right password waits: the address is over its limit.
        late = a.get("/v1/index", auth=OPERATOR)
    assert codes == [401, 401, 401, 429, 429]
    assert late.status_code == 429 and int(late.headers["retry-after"]) >= 1


def test_account_names_and_passwords_are_checked(hub: Hub) -> None:
    from hub.users import UserError

    for name, password, role in [
        ("", "long enough password", "analyst"),
        ("bad name", "long enough password", "analyst"),
        ("ok", "short", "analyst"),
        ("ok", "long enough password", "admin"),
        ("olga", "long enough password", "analyst"),  # exists
    ]:
        with pytest.raises(UserError):
            hub.store.users.add(name, password, role)
    assert [u.name for u in hub.store.users.all()] == ["amir", "olga"]
