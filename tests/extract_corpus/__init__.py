"""The composed corpus of report texts (texts/*.txt, expected.csv) and documents made in code."""
