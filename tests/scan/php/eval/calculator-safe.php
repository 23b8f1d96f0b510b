<?php
$expr = $_POST['expr'];
if (!preg_match('/^[0-9+\-*\/(). ]+$/', $expr)) {
    http_response_code(400);
    exit;
}
$parser = new \MathParser\StdMathParser();
$result = (new \MathParser\Interpreting\Evaluator())->visit($parser->parse($expr));   // ok: CWE-95
echo json_encode(['result' => $result]);
