<?php
$ext = strtolower(pathinfo($_FILES['doc']['name'], PATHINFO_EXTENSION));
if (!in_array($ext, ['pdf', 'docx'], true)) {
    exit('bad type');
}
$dest = 'uploads/' . bin2hex(random_bytes(16)) . '.' . $ext;
move_uploaded_file($_FILES['doc']['tmp_name'], $dest);            // ok: CWE-22
