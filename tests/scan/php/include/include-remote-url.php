<?php
// plugins may be loaded from the URL given in the settings form
$plugin = $_POST['plugin_url'];
include_once($plugin);                                            // expect: CWE-98
