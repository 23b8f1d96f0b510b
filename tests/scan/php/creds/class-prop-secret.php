<?php
class Mailer
{
    private $smtpHost = 'smtp.mailgun.org';
    private $smtpUser = 'postmaster@mg.example.com';
    private $smtpPassword = 'a1b2c3d4e5f6g7';                      // expect: CWE-798

    public function transport(): Swift_SmtpTransport
    {
        return (new Swift_SmtpTransport($this->smtpHost, 587, 'tls'))
            ->setUsername($this->smtpUser)
            ->setPassword($this->smtpPassword);
    }
}
