"""spaCy side of the pipeline: model loading, extension attributes, component factories."""
