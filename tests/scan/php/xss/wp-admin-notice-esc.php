<?php
function mp_admin_notice() {
    if (!empty($_GET['mp_msg'])) {
        ?>
        <div class="notice notice-success is-dismissible">
            <p><?php echo esc_html(wp_unslash($_GET['mp_msg'])); ?></p>   <!-- ok: CWE-79 -->
        </div>
        <?php
    }
}
add_action('admin_notices', 'mp_admin_notice');
