<?php
$name = htmlspecialchars($_GET['name'] ?? 'guest', ENT_QUOTES);
echo "<p>Hello, $name!</p>";                                      // ok: CWE-79
