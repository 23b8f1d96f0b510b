<?php
// Vulnerable PHP: every line marked expect: must be flagged with that CWE.
$db_password = "Sup3rS3cret!";                                             // expect: CWE-798

function find_user($conn) {
    $name = $_GET['name'];
    mysqli_query($conn, "SELECT * FROM users WHERE name = '$name'");        // expect: CWE-89
    $conn->query("DELETE FROM carts WHERE id = " . $_POST['id']);            // expect: CWE-89
    error_log("lookup " . $_GET['name']);                                   // expect: CWE-117
    echo "<h1>Hello " . $_GET['name'] . "</h1>";                            // expect: CWE-79
}

function ping() {
    system("ping -c 1 " . $_GET['host']);                                   // expect: CWE-78
    $out = `nslookup $host`;                                                // expect: CWE-78
}

function calc($expr) {
    return eval("return " . $expr . ";");                                   // expect: CWE-95
}

function page() {
    include($_GET['page'] . ".php");                                        // expect: CWE-22
    readfile("/srv/files/" . $name);                                        // expect: CWE-22
}

function unpack_upload($zip) {
    $zip->extractTo('/srv/unpacked');                                       // expect: CWE-22
}

function load($data, $xml) {
    $obj = unserialize($data);                                              // expect: CWE-502
    $doc = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT);   // expect: CWE-611
    return [$obj, $doc];
}

function fetch() {
    return file_get_contents($_GET['url']);                                 // expect: CWE-918
}

function go() {
    header("Location: " . $_GET['next']);                                   // expect: CWE-601
}

function hash_password($password) {
    return md5($password);                                                  // expect: CWE-328 CWE-916
}

function checksum($data) {
    return sha1($data);                                                     // expect: CWE-328
}

function encrypt($data, $key) {
    return openssl_encrypt($data, 'des-ede3', $key);                        // expect: CWE-327
}

function reset_token() {
    return md5(uniqid(mt_rand(), true));                                    // expect: CWE-338 CWE-328
}

function tls($ch) {
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);                        // expect: CWE-295
}

function scratch($data) {
    file_put_contents('/tmp/upload.bin', $data);                            // expect: CWE-377
    chmod('/srv/shared', 0777);                                             // expect: CWE-732
}
