<?php
$content = file_get_contents('templates/' . $_POST['tpl']);       // expect: CWE-22
echo nl2br(htmlspecialchars($content));
