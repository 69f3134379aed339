"""Use cases that both the command line and the app call, one module per capability.

A use case is one thing a user does ("complete an assessment and queue it for the hub",
"install a pack"): it takes plain values and open resources (a database, a data folder),
does the whole job in the core, and raises :class:`desktop.core.errors.AccordError`
subclasses whose ``code`` tells each front end which hint or button to offer. The CLI
(``desktop/commands``) and the app (``desktop/ui``) never repeat a use case's steps.
"""
