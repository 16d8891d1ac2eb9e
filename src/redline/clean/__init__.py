"""Cleaning: separate the article from everything that is not the article, keeping both."""

from redline.clean.article import clean_document

__all__ = ["clean_document"]
