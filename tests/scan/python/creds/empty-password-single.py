class Config:
    MAIL_SERVER = "smtp.office365.com"
    MAIL_USERNAME = "alerts@corp.example"
    MAIL_PASSWORD=''  # expect: CWE-798
