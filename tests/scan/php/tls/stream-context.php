<?php
$ctx = stream_context_create([
    'ssl' => [
        'verify_peer' => false,                                   // expect: CWE-295
        'verify_peer_name' => false,                              // expect: CWE-295
    ],
]);
$body = file_get_contents('https://internal.example/api', false, $ctx);
