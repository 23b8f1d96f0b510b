<?php
public function findByUsername(string $username): ?array
{
    $stmt = $this->pdo->query("SELECT * FROM users WHERE username = '" . $username . "'");   // expect: CWE-89
    return $stmt->fetch(PDO::FETCH_ASSOC) ?: null;
}
