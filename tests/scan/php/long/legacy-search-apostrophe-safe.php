<?php
require 'inc/db.php';
$title = 'Search the catalogue';
include 'inc/header.php';
?>
<div class="search">
  <h1><?php echo htmlspecialchars($title); ?></h1>
  <p class="tip">Don't forget: you can search by author or by title.</p>
  <form method="get" action="search.php">
    <input type="text" name="q" value="">
    <button>Search</button>
  </form>
<?php
if (!empty($_GET['q'])) {
    $like = '%' . $_GET['q'] . '%';
    $st = mysqli_prepare($db, "SELECT id, title, author FROM books WHERE title LIKE ?");   // ok: CWE-89
    mysqli_stmt_bind_param($st, 's', $like);
    mysqli_stmt_execute($st);
    $res = mysqli_stmt_get_result($st);
    echo '<ul>';
    while ($b = mysqli_fetch_assoc($res)) {
        echo '<li>' . htmlspecialchars($b['title']) . ' by ' . htmlspecialchars($b['author']) . '</li>';   // ok: CWE-79
    }
    echo '</ul>';
}
?>
</div>
<?php include 'inc/footer.php'; ?>
