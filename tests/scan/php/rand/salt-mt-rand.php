    $salt = substr(md5(mt_rand()), 0, 8);                         // expect: CWE-338 CWE-328
    $hash = hash('sha256', $salt . $password);                    // expect: CWE-916
    $user->update(['salt' => $salt, 'pass_hash' => $hash]);
