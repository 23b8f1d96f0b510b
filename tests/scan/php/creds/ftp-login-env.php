<?php
$conn = ftp_connect('ftp.partner.example');
ftp_login($conn, getenv('FTP_USER'), getenv('FTP_PASS'));          // ok: CWE-798
ftp_put($conn, 'export.csv', '/var/exports/today.csv', FTP_BINARY);
