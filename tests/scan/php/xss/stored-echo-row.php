<?php
$res = mysqli_query($link, 'SELECT author, body FROM comments WHERE post_id = ' . (int) $postId);
while ($row = mysqli_fetch_assoc($res)) {
    echo '<div class="c"><b>' . $row['author'] . '</b>';          // expect: CWE-79
    echo '<p>' . $row['body'] . '</p></div>';                     // expect: CWE-79
}
