<?php
function save_feedback($db, array $post) {
    $stmt = $db->prepare('INSERT INTO feedback (name, message, created) VALUES (?, ?, NOW())');   // ok: CWE-89
    $stmt->bind_param('ss', $post['name'], $post['message']);
    $stmt->execute();
}
