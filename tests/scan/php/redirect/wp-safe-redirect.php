<?php
if (isset($_GET['goto'])) {
    wp_safe_redirect(esc_url_raw(wp_unslash($_GET['goto'])));     // ok: CWE-601
    exit;
}
