<?php
echo "Search results for: " . $_GET['q'];                         // expect: CWE-79
