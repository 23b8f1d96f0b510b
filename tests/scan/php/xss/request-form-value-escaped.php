<form method="post">
  <input type="text" name="email" value="<?php echo htmlspecialchars($_REQUEST['email'] ?? ''); ?>">   <!-- ok: CWE-79 -->
  <input type="submit">
</form>
