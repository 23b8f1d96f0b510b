<?php
if (!empty($_POST['comment'])) {
    print "<div class='comment'>" . $_POST['comment'] . "</div>";  // expect: CWE-79
}
