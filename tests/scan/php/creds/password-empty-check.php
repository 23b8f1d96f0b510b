<?php
$password = $_POST['password'] ?? '';                             // ok: CWE-798
if ($password === '') {                                           // ok: CWE-798
    $errors[] = 'Password required';
}
