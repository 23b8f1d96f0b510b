<?php
$name = $_POST['name'];
file_put_contents("notes/" . $name, $_POST['body']);              // expect: CWE-22
