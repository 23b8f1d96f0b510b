import defusedxml.ElementTree as ET
tree = ET.fromstring(request.data)  # ok: CWE-611
