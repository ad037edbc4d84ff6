"""msgspec request and response bodies. Never ORM rows; times as RFC 3339 strings with offsets."""
