"""The coordinating body's hub: receives signed, sealed submissions and aggregates them.

Modules: ``keys`` (the hub's Ed25519 + X25519 keys), ``store`` (SQLite: devices, enrollment
codes, submissions), ``ingest`` (verify → decrypt → check → store, shared by HTTP and file
import), ``aggregate`` (the Global AI Safety Index per country), ``app`` (FastAPI),
``dashboard`` (the read-only HTML page), ``cli`` (``accord-hub``). See ``docs/sync.md``.
"""
