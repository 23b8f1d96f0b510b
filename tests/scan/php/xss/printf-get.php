<?php
printf('<p class="hint">No results for "%s"</p>', $_GET['q']);    // expect: CWE-79
