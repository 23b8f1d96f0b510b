<?php
public function findByUsername(string $username): ?array
{
    $stmt = $this->pdo->prepare('SELECT * FROM users WHERE username = :u');   // ok: CWE-89
    $stmt->execute(['u' => $username]);
    return $stmt->fetch(PDO::FETCH_ASSOC) ?: null;
}
