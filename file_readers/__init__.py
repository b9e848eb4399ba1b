"""Reading the user's files: the one door for file formats (CSV, Excel workbooks, Word, PDF).

Outside the domain on purpose: the libraries that open office files (openpyxl, calamine,
python-docx, pdfplumber) are imported here only, inside the functions that read. What comes out
is the domain's own data (validated ``Actuals``, targets, report text) or a ``DataError``.
"""
