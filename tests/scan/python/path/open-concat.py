def read_note(note_id):
    with open("notes/" + note_id + ".txt") as fh:  # expect: CWE-22
        return fh.read()
