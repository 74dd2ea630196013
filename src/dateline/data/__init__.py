"""Versioned knowledge files (lexicons, ontology tables, gazetteer supplement), read through importlib.resources."""
