<?php
$url = get_permalink($post_id);
header("Location: " . $url);                                      // ok: CWE-601
exit;
