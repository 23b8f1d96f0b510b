<?php
function delete_comment(PDO $pdo, $commentId) {
    return $pdo->exec("DELETE FROM comments WHERE id = " . (int) $commentId);   // ok: CWE-89
}
