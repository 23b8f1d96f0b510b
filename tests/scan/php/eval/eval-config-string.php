<?php
// plugin settings are stored as PHP code in the options table
$code = get_option('myplugin_custom_code');
if ($code) {
    eval($code);                                                  // expect: CWE-95
}
