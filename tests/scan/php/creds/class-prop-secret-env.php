<?php
class Mailer
{
    private $smtpHost = 'smtp.mailgun.org';

    public function transport(): Swift_SmtpTransport
    {
        return (new Swift_SmtpTransport($this->smtpHost, 587, 'tls'))
            ->setUsername(getenv('SMTP_USER'))
            ->setPassword(getenv('SMTP_PASSWORD'));               // ok: CWE-798
    }
}
