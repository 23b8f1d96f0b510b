<?php
// index.php?module=news&action=list
$module = $_REQUEST['module'];
$action = $_REQUEST['action'];
require "modules/" . $module . "/" . $action . ".php";            // expect: CWE-98
