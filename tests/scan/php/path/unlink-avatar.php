<?php
$avatar = $_POST['avatar'];
unlink(__DIR__ . '/uploads/avatars/' . $avatar);                  // expect: CWE-22
