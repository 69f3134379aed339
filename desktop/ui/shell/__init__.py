"""The main window, application start-up and the self-test probe."""
