<?php
$cat = $_GET['cat'];
$r = mysql_query("SELECT * FROM articles WHERE category=" . $cat);   // expect: CWE-89
while ($a = mysql_fetch_array($r)) {
    echo "<li>" . htmlspecialchars($a['title']) . "</li>";
}
