<form method="post">
  <input type="text" name="email" value="<?php echo $_REQUEST['email']; ?>">   <!-- expect: CWE-79 -->
  <input type="submit">
</form>
