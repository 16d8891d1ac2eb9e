"""Scoring redline against gold data: part of the product, run by `redline eval`."""
