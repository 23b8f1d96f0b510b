<?php
require 'db.php';
$entries = $pdo->query('SELECT name, message, created FROM guestbook ORDER BY created DESC LIMIT 50')->fetchAll();
?>
<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>Guestbook</title>
</head>
<body>
<h1>Guestbook</h1>
<?php foreach ($entries as $e): ?>
  <div class="entry">
    <strong><?= $e['name'] ?></strong>                              <!-- expect: CWE-79 -->
    <small><?= date('Y-m-d', strtotime($e['created'])) ?></small>
    <p><?= nl2br($e['message']) ?></p>                              <!-- expect: CWE-79 -->
  </div>
<?php endforeach; ?>
<form method="post" action="sign.php">
  <input name="name" placeholder="Your name">
  <textarea name="message"></textarea>
  <button>Sign</button>
</form>
</body>
</html>
