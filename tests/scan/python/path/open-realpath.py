import os
BASE = os.path.realpath("notes")

def read_note(note_id):
    p = os.path.realpath(os.path.join(BASE, note_id + ".txt"))
    if not p.startswith(BASE + os.sep):
        raise ValueError("bad note id")
    with open(p) as fh:  # ok: CWE-22
        return fh.read()
