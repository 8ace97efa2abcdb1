"""Easy Read documents: built once as a Document (model.py), drawn as a PDF (pdf.py) and as HTML (html.py)."""
