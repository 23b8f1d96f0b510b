<?php
$user = User::create([
    'name' => $request->name,
    'email' => $request->email,
    'password' => md5($request->password),                        // expect: CWE-916
]);
