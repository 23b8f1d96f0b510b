<?php
$email = $_POST['email'] ?? '';
?>
<form method="post">
  <input type="email" name="email" value="<?= $email ?>">           <!-- expect: CWE-79 -->
  <button>Subscribe</button>
</form>
