"""Dateline: news text in, geocoded, de-duplicated, evidence-backed political events out.

Importing the package loads no model and no data; see `dateline.pipeline` for the main path.
"""

__version__ = "0.1.0"
