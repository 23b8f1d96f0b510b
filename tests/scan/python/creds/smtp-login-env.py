import os, smtplib

def send_report(body):
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])  # ok: CWE-798
        s.sendmail(os.environ["SMTP_USER"], ["boss@example.com"], body)
