import jsonpickle
def from_client(payload):
    return jsonpickle.decode(payload)  # expect: CWE-502
