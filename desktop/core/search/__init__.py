"""What the library gives the search index: documents to index, the prebuilt index."""
