import zipfile

def unpack(upload, dest):
    with zipfile.ZipFile(upload) as zf:
        zf.extractall(dest)  # expect: CWE-22
