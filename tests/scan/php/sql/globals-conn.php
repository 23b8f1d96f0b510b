<?php
if (isset($_REQUEST['Submit'])) {
    $id = $_REQUEST['id'];
    $query  = "SELECT first_name, last_name FROM users WHERE user_id = '$id';";
    $result = mysqli_query($GLOBALS["___mysqli_ston"], $query) or die('<pre>query failed</pre>');   // expect: CWE-89
    while ($row = mysqli_fetch_assoc($result)) {
        $html .= "<pre>ID: {$id}<br />First name: {$row['first_name']}</pre>";   // expect: CWE-79
    }
}
