<?php
// install.php -- first run wizard
$config = [
    'db_host' => 'localhost',
    'db_user' => 'cms',
    'db_pass' => 'cms1234',                                       // expect: CWE-798
    'db_name' => 'cms',
];

$link = mysqli_connect($config['db_host'], $config['db_user'], $config['db_pass']);
if (!$link) {
    die('Cannot connect: ' . mysqli_connect_error());
}
mysqli_query($link, 'CREATE DATABASE IF NOT EXISTS ' . $config['db_name']);
mysqli_select_db($link, $config['db_name']);

$admin = $_POST['admin_user'];
$pass  = $_POST['admin_pass'];
$hash  = sha1($pass);                                             // expect: CWE-916
$sql = "INSERT INTO users (login, pass, role) VALUES ('$admin', '$hash', 'admin')";
mysqli_query($link, $sql);                                        // expect: CWE-89

file_put_contents('config.php', '<?php return ' . var_export($config, true) . ';');
chmod('config.php', 0777);                                        // expect: CWE-732
echo 'Installed. Delete install.php now.';
