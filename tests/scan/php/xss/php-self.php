<form action="<?php echo $_SERVER['PHP_SELF']; ?>" method="post">   <!-- expect: CWE-79 -->
  <input name="q">
</form>
