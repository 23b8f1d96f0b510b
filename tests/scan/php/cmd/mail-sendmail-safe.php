<?php
$from = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);
mail($to, $subject, $body, ['Reply-To' => $from]);                // ok: CWE-88
