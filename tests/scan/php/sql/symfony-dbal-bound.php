<?php
#[Route('/products/search')]
public function search(Request $request, Connection $conn): Response
{
    $rows = $conn->executeQuery('SELECT * FROM product WHERE name = ?', [$request->query->get('name')])->fetchAllAssociative();   // ok: CWE-89
    return $this->json($rows);
}
