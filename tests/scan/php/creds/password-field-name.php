<?php
// form field names, not credentials
$fields = [
    'password' => 'password',                                     // ok: CWE-798
    'password_confirm' => 'password_confirmation',
];
$password = $_POST[$fields['password']];                          // ok: CWE-798
