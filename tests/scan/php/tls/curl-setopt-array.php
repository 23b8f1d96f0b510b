<?php
curl_setopt_array($ch, [
    CURLOPT_URL => $endpoint,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_SSL_VERIFYPEER => false,                              // expect: CWE-295
    CURLOPT_TIMEOUT => 10,
]);
