const transporter = nodemailer.createTransport({
  host: 'smtp.mailgun.org',
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }, // ok: CWE-798
});
