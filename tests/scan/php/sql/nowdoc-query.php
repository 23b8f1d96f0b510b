<?php
function search_users(PDO $pdo, string $name): array
{
    $sql = <<<'SQL'
        SELECT id, name, email
        FROM users
        WHERE name LIKE :name
        ORDER BY name
    SQL;
    $st = $pdo->prepare($sql);                                    // ok: CWE-89
    $st->execute(['name' => '%' . $name . '%']);
    return $st->fetchAll();
}
