<?php
extract($_GET);                                                   // expect: CWE-621
if ($is_admin) {
    show_admin_menu();
}
