<?php
function get_order($conn, $order_id) {
    $sql = "SELECT o.*, c.name FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE o.id = '$order_id'";
    $res = mysqli_query($conn, $sql);                             // expect: CWE-89
    return mysqli_fetch_assoc($res);
}
