<?php
function save_feedback($db, array $post) {
    $name = $post['name'];
    $msg = $post['message'];
    $db->query("INSERT INTO feedback (name, message, created) VALUES ('$name', '$msg', NOW())");   // expect: CWE-89
}
