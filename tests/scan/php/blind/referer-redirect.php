<?php
// go back to where the user came from
header('Location: ' . $_SERVER['HTTP_REFERER']);                  // expect: CWE-601
exit;
