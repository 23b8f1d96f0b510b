import subprocess
import tempfile


def pdf_to_text(upload_bytes: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:  # ok: CWE-377
        fh.write(upload_bytes)
        fh.flush()
        out = subprocess.run(["pdftotext", fh.name, "-"], capture_output=True, check=True)
    return out.stdout.decode()
