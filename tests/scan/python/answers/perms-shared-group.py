import os
import shutil
from datetime import date


def create_report(table="customers"):
    d = f"/srv/shared/{table}-reports"
    os.makedirs(d, mode=0o2770, exist_ok=True)  # ok: CWE-732
    shutil.chown(d, group="reports")
    path = os.path.join(d, f"{date.today()}.csv")
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o660)  # ok: CWE-732
    os.close(fd)
    return path
