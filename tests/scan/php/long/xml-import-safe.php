<?php
// admin/import.php -- product feed upload
require '../bootstrap.php';
require_admin();

if (!isset($_FILES['feed'])) {
    exit('no file');
}

$xml = file_get_contents($_FILES['feed']['tmp_name']);
$dom = new DOMDocument();
$dom->loadXML($xml, LIBXML_NONET);                               // ok: CWE-611

$count = 0;
foreach ($dom->getElementsByTagName('product') as $node) {
    $sku = $node->getAttribute('sku');
    $name = $node->getElementsByTagName('name')->item(0)->textContent;
    $price = (float) $node->getElementsByTagName('price')->item(0)->textContent;
    $pdo->prepare('REPLACE INTO products (sku, name, price) VALUES (?, ?, ?)')
        ->execute([$sku, $name, $price]);
    $count++;
}
echo "Imported $count products";
