<?php
include 'inc/header.php';
include 'inc/db.php';

$id = isset($_GET['id']) ? (int) $_GET['id'] : 0;
$stmt = mysqli_prepare($db, "SELECT * FROM products WHERE id = ?");   // ok: CWE-89
mysqli_stmt_bind_param($stmt, 'i', $id);
mysqli_stmt_execute($stmt);
$p = mysqli_fetch_array(mysqli_stmt_get_result($stmt));
if (!$p) {
    echo "<p>No product with id " . $id . "</p>";                  // ok: CWE-79
    include 'inc/footer.php';
    exit;
}
?>
<div class="product">
  <h1><?php echo htmlspecialchars($p['name']); ?></h1>
  <img src="images/<?php echo urlencode($p['image']); ?>" alt="">
  <p class="price"><?php echo number_format($p['price'], 2); ?> EUR</p>
  <div class="desc"><?php echo strip_tags($p['description'], '<p><b><i>'); ?></div>
  <form action="cart.php" method="post">
    <input type="hidden" name="id" value="<?php echo (int) $p['id']; ?>">
    <input type="number" name="qty" value="1" min="1">
    <button>Add to cart</button>
  </form>
</div>
<?php include 'inc/footer.php'; ?>
