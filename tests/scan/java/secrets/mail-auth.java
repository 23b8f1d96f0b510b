        Session mailSession = Session.getInstance(props, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alerts@example.com", "Mailer#2023pw");   // expect: CWE-798
            }
        });
