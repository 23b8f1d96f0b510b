    $hash = password_hash($password, PASSWORD_BCRYPT, ['cost' => 12]);   // ok: CWE-916
    $user->update(['pass_hash' => $hash]);
