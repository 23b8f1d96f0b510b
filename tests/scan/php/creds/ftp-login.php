<?php
$conn = ftp_connect('ftp.partner.example');
ftp_login($conn, 'upload', 'Upl0ad2020');                          // expect: CWE-798
ftp_put($conn, 'export.csv', '/var/exports/today.csv', FTP_BINARY);
