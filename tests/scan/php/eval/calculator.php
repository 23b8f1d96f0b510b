<?php
$expr = $_POST['expr'];
$result = eval('return ' . $expr . ';');                          // expect: CWE-95
echo json_encode(['result' => $result]);
