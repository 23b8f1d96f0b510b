<?php
$user->api_token = Str::random(60);                               // ok: CWE-338
$user->save();
