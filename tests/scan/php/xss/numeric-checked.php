<?php
$id = $_GET['id'];
if (is_numeric($id)) {
    $row = $repo->find((int) $id);
    echo "<p>Showing record {$id}</p>";                            // ok: CWE-79
}
