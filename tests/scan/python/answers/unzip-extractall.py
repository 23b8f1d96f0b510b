import os
import zipfile


def unpack_scans(upload_path, upload_id, table="orders"):
    dest = f"/srv/{table}/{upload_id}/"
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(upload_path) as zf:
        zf.extractall(dest)  # expect: CWE-22
        return zf.namelist()
