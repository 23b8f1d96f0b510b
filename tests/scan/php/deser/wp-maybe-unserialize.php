<?php
add_action('init', function () {
    if (isset($_GET['wpx_import'])) {
        $settings = maybe_unserialize(stripslashes($_GET['wpx_import']));   // expect: CWE-502
        update_option('wpx_settings', $settings);
    }
});
