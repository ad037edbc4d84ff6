"""Use cases: load -> domain -> persist -> publish a change. Each owns its transaction."""
