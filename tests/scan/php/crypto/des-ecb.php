<?php
$cipher = openssl_encrypt($cardNumber, 'des-ecb', $key);          // expect: CWE-327
