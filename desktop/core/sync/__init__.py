"""Sync with the hub: wire formats, device keys, config, outbox, client, runner, transfer."""
