<?php
printf('<p class="hint">No results for "%s"</p>', htmlspecialchars($_GET['q']));   // ok: CWE-79
