<?php
if (!isset($categories[$_GET['cat']])) {
    die("Unknown category: " . $_GET['cat']);                     // expect: CWE-79
}
