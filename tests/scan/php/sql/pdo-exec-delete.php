<?php
function delete_comment(PDO $pdo, $commentId) {
    return $pdo->exec("DELETE FROM comments WHERE id = " . $commentId);   // expect: CWE-89
}
