const transporter = nodemailer.createTransport({
  host: 'smtp.mailgun.org',
  port: 587,
  auth: { user: 'postmaster@mg.example.com', pass: 'f3a9c1e7b2d4' }, // expect: CWE-798
});
