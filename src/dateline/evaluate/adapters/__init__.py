"""evaluate/adapters stage."""
