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
    $q = $_GET['q'];
    $res = mysqli_query($db, "SELECT id, title, author FROM books WHERE title LIKE '%" . $q . "%'");   // expect: CWE-89
    echo '<ul>';
    while ($b = mysqli_fetch_assoc($res)) {
        echo '<li>' . htmlspecialchars($b['title']) . ' by ' . htmlspecialchars($b['author']) . '</li>';
    }
    echo '</ul>';
}
?>
</div>
<?php include 'inc/footer.php'; ?>
