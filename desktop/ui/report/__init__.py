"""The PDF report of an assessment (Qt's text engine and printer)."""
