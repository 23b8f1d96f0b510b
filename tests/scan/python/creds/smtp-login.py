import smtplib

def send_report(body):
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
        s.login("reports@example.com", "p4ssw0rd!2024")  # expect: CWE-798
        s.sendmail("reports@example.com", ["boss@example.com"], body)
