import subprocess


def pdf_to_text(upload_bytes: bytes, name: str) -> str:
    path = "/tmp/" + name  # expect: CWE-377
    with open(path, "wb") as fh:
        fh.write(upload_bytes)
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True)
    return out.stdout.decode()
