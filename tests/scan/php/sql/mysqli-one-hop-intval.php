<?php
$page = intval($_GET['page']);
$offset = ($page - 1) * 20;
$query = "SELECT id, title FROM posts ORDER BY created DESC LIMIT 20 OFFSET $offset";
$result = $mysqli->query($query);                                 // ok: CWE-89
