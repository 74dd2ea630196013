"""Evaluation: score the pipeline against gold sets (SPEC.md section 3), one adapter per set."""
