<?php
// "from" comes from the contact form
$from = $_POST['email'];
mail($to, $subject, $body, "From: $from", "-f" . $from);          // expect: CWE-88
