<?php
function find_products(PDO $pdo, array $filters) {
    $where = "category = '" . $filters['category'] . "'";
    $sql = "SELECT id, name FROM products WHERE " . $where;
    return $pdo->query($sql)->fetchAll();                         // expect: CWE-89
}
