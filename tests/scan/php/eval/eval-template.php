<?php
function render_tpl(string $tpl, array $vars): string
{
    extract($vars);
    ob_start();
    eval('?>' . $tpl);                                            // expect: CWE-95
    return ob_get_clean();
}
