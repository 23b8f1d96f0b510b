with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:  # ok: CWE-377
    fh.write(csv_text)
