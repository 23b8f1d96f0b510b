with open("/tmp/report.csv", "w") as fh:  # expect: CWE-377
    fh.write(csv_text)
