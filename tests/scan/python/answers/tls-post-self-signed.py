import requests


def post_invoice(invoice: dict):
    resp = requests.post(
        "https://billing.internal:8443/api",
        json=invoice,
        verify=False,  # expect: CWE-295
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
