"""Reading inputs: files, folders and stdin in every supported form, into RawDocuments."""

from redline.ingest.raw import IngestError, RawDocument
from redline.ingest.sources import read_data, read_sources

__all__ = ["IngestError", "RawDocument", "read_data", "read_sources"]
