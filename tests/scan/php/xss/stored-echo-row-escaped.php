<?php
$res = mysqli_query($link, 'SELECT author, body FROM comments WHERE post_id = ' . (int) $postId);   // ok: CWE-89
while ($row = mysqli_fetch_assoc($res)) {
    echo '<div class="c"><b>' . htmlspecialchars($row['author']) . '</b>';   // ok: CWE-79
    echo '<p>' . nl2br(htmlspecialchars($row['body'])) . '</p></div>';        // ok: CWE-79
}
