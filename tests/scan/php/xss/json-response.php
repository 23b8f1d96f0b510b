<?php
header('Content-Type: application/json');
echo json_encode(['q' => $_GET['q'], 'results' => $results]);     // ok: CWE-79
