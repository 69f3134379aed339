"""Storage: paths and the user folder, portable mode, the user database (opening, read-only
access, migrations, transactions, the gateway of long jobs), files and the clock."""
