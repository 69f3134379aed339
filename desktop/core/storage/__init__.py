"""Storage: paths, portable mode, the user database, migrations, transactions."""
