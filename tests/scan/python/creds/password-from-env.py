import os

class Config:
    MAIL_SERVER = "smtp.office365.com"
    MAIL_USERNAME = "alerts@corp.example"
    MAIL_PASSWORD = os.getenv("MAIL_PASSWORD", "")  # ok: CWE-798
