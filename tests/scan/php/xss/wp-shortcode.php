<?php
add_shortcode('greeting', function ($atts) {
    $atts = shortcode_atts(['name' => 'friend'], $atts);
    return '<span class="greet">Hi ' . esc_html($atts['name']) . '</span>';   // ok: CWE-79
});
add_action('wp_footer', function () {
    if (isset($_GET['ref'])) {
        echo '<!-- ref: ' . $_GET['ref'] . ' -->';                // expect: CWE-79
    }
});
