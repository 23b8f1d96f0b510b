<?php
// install.php -- first run wizard
$config = [
    'db_host' => $_POST['db_host'],
    'db_user' => $_POST['db_user'],
    'db_pass' => $_POST['db_pass'],                               // ok: CWE-798
    'db_name' => 'cms',
];

$link = mysqli_connect($config['db_host'], $config['db_user'], $config['db_pass']);
if (!$link) {
    die('Cannot connect');
}
mysqli_query($link, 'CREATE DATABASE IF NOT EXISTS cms');
mysqli_select_db($link, 'cms');

$hash = password_hash($_POST['admin_pass'], PASSWORD_DEFAULT);    // ok: CWE-916
$stmt = mysqli_prepare($link, "INSERT INTO users (login, pass, role) VALUES (?, ?, 'admin')");   // ok: CWE-89
mysqli_stmt_bind_param($stmt, 'ss', $_POST['admin_user'], $hash);
mysqli_stmt_execute($stmt);

file_put_contents('config.php', '<?php return ' . var_export($config, true) . ';');
chmod('config.php', 0640);                                        // ok: CWE-732
echo 'Installed. Delete install.php now.';
