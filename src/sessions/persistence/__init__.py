"""Tables, row <-> domain mapping, repositories and Alembic migrations."""
