<?php
$email = $request->input('email');
$users = DB::select(DB::raw("SELECT * FROM users WHERE email = '$email'"));   // expect: CWE-89
