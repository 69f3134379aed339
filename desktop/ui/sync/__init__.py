"""Sync in the app: controller, status, enrollment and proxy dialogs."""
