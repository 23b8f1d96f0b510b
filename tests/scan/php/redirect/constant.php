<?php
header('Location: /login.php?expired=1');                         // ok: CWE-601
