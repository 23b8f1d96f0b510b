<?php
echo 'Page ' . (int) $_GET['page'] . ' of ' . $pages;            // ok: CWE-79
