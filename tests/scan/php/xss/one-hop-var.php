<?php
$name = $_GET['name'] ?? 'guest';
echo "<p>Hello, $name!</p>";                                      // expect: CWE-79
