<?php
// Safe twins of bad.php: nothing here may be flagged.
$db_password = getenv('DB_PASSWORD');                                       // ok: CWE-798
$allowed_hosts = ['api.example.com'];

function find_user(PDO $pdo) {
    $st = $pdo->prepare('SELECT * FROM users WHERE name = ?');              // ok: CWE-89
    $st->execute([$_GET['name']]);
    error_log('lookup ' . str_replace(["\r", "\n"], '', $_GET['name']));   // ok: CWE-117
    echo '<h1>Hello ' . htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8') . '</h1>'; // ok: CWE-79
    # echo $_GET['name']; in a comment
    $doc = <<<EOT
    SELECT * FROM users WHERE name = '$name' is only text here
    EOT;
}

function ping() {
    system('ping -c 1 ' . escapeshellarg($_GET['host']));                   // ok: CWE-78
}

function calc($expr) {
    return intval($expr);                                                   // ok: CWE-95
}

function page() {
    readfile('/srv/files/' . basename($_GET['name']));                      // ok: CWE-22
}

function load($data) {
    return json_decode($data, true);                                        // ok: CWE-502 CWE-611
}

function fetch() {
    global $allowed_hosts;
    $url = $_GET['url'];
    if (!in_array(parse_url($url, PHP_URL_HOST), $allowed_hosts, true)) {
        http_response_code(400);
        return '';
    }
    return file_get_contents($url);                                         // ok: CWE-918
}

function go() {
    header('Location: /home');                                              // ok: CWE-601
}

function hash_password($password) {
    return password_hash($password, PASSWORD_DEFAULT);                      // ok: CWE-916 CWE-328
}

function encrypt($data, $key, $iv) {
    return openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag);      // ok: CWE-327
}

function reset_token() {
    return bin2hex(random_bytes(32));                                       // ok: CWE-338
}

function tls($ch) {
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);                         // ok: CWE-295
}

function scratch($data) {
    $f = tempnam(sys_get_temp_dir(), 'up');                                 // ok: CWE-377
    file_put_contents($f, $data);
    chmod('/srv/shared', 0750);                                             // ok: CWE-732
}
