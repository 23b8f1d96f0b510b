import os
import zipfile


def unpack_scans(upload_path, upload_id, table="orders"):
    dest = os.path.realpath(f"/srv/{table}/{upload_id}")
    extracted = []
    with zipfile.ZipFile(upload_path) as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(dest, member.filename))
            if not target.startswith(dest + os.sep):
                raise ValueError(f"unsafe path in archive: {member.filename}")
            zf.extract(member, dest)  # ok: CWE-22
            extracted.append(target)
    return extracted
