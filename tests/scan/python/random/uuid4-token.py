import uuid

def issue_invite(db, email):
    invite_token = str(uuid.uuid4())  # ok: CWE-338
    db.invites.insert(email=email, token=invite_token)
    return invite_token
