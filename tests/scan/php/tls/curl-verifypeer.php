<?php
$ch = curl_init('https://partner.example.com/api/orders');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);                  // expect: CWE-295
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);                      // expect: CWE-295
$orders = json_decode(curl_exec($ch), true);
