<?php
$settings = [
    'db' => [
        'host' => 'localhost',
        'user' => 'shop',
        'password' => 'Sh0pP@ss',                                 // expect: CWE-798
    ],
    'debug' => false,
];
