<?php
$return = $_REQUEST['return_to'];
header("Location: $return");                                      // expect: CWE-601
exit;
