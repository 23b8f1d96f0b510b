<?php
function search_users(PDO $pdo, string $name): array
{
    $sql = <<<SQL
        SELECT id, name, email
        FROM users
        WHERE name LIKE '%$name%'
        ORDER BY name
    SQL;
    return $pdo->query($sql)->fetchAll();                         // expect: CWE-89
}
