import tarfile

def unpack(upload, dest):
    with tarfile.open(upload) as tf:
        tf.extractall(dest, filter="data")  # ok: CWE-22
