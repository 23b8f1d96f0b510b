import uuid

def tag_request(req):
    req.request_id = uuid.uuid1().hex  # ok: CWE-338
    return req
