<?php
if (isset($_GET['goto'])) {
    wp_redirect($_GET['goto']);                                   // expect: CWE-601
    exit;
}
