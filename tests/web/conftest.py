"""Fixtures for the web tests; the data behind them lives in web_fixtures.py (importable by name,
unlike a conftest, whose module name every test folder shares)."""

from web_fixtures import fake_pipeline, history_db, news_db, xss_db  # noqa: F401
