import os
from datetime import date


def create_report(table="customers"):
    d = f"/srv/shared/{table}-reports"
    os.makedirs(d, exist_ok=True)
    os.chmod(d, 0o777)  # expect: CWE-732
    path = os.path.join(d, f"{date.today()}.csv")
    open(path, "a").close()
    os.chmod(path, 0o666)  # expect: CWE-732
    return path
