import json
def parse_filters(raw):
    return json.loads(raw)  # ok: CWE-95
