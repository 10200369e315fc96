"""The SQLite library: schema, migrations, repository functions, full-text search, edit log."""
