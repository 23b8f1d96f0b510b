from xml.dom import minidom


def read_totals(data: bytes):
    doc = minidom.parseString(data)  # ok: CWE-611
    return [n.firstChild.data for n in doc.getElementsByTagName("total") if n.firstChild]
