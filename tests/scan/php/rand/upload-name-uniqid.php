<?php
// temp name for the uploaded image; the user never sees it
$target = __DIR__ . '/uploads/' . uniqid('img_') . '.jpg';        // expect: CWE-330
move_uploaded_file($_FILES['photo']['tmp_name'], $target);
