<?php
$token = md5($user['email'] . time());                            // expect: CWE-328
$db->prepare('UPDATE users SET reset_token = ? WHERE id = ?')->execute([$token, $user['id']]);
