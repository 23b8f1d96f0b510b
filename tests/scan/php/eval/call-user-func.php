<?php
$action = $_GET['action'];
$allowed = ['list' => 'list_items', 'show' => 'show_item'];
if (isset($allowed[$action])) {
    call_user_func($allowed[$action], $_GET);                     // ok: CWE-94
}
