<?php
include 'inc/header.php';
include 'inc/db.php';

$id = $_GET['id'];
$q = mysqli_query($db, "SELECT * FROM products WHERE id=" . $id);   // expect: CWE-89
$p = mysqli_fetch_array($q);
if (!$p) {
    echo "<p>No product with id " . $_GET['id'] . "</p>";          // expect: CWE-79
    include 'inc/footer.php';
    exit;
}
?>
<div class="product">
  <h1><?php echo htmlspecialchars($p['name']); ?></h1>
  <img src="images/<?php echo urlencode($p['image']); ?>" alt="">
  <p class="price"><?php echo number_format($p['price'], 2); ?> EUR</p>
  <div class="desc"><?php echo $p['description']; ?></div>       <!-- expect: CWE-79 -->
  <form action="cart.php" method="post">
    <input type="hidden" name="id" value="<?php echo (int) $p['id']; ?>">
    <input type="number" name="qty" value="1" min="1">
    <button>Add to cart</button>
  </form>
</div>
<?php include 'inc/footer.php'; ?>
