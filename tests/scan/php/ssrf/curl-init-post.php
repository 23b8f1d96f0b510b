<?php
$ch = curl_init($_POST['callback_url']);                          // expect: CWE-918
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$resp = curl_exec($ch);
