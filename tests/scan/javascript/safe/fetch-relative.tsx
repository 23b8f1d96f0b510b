export function Orders() {
  const [orders, setOrders] = useState([]);
  useEffect(() => {
    fetch('/api/orders').then((r) => r.json()).then(setOrders); // ok: CWE-918
  }, []);
  return <ul>{orders.map((o) => <li key={o.id}>{o.ref}</li>)}</ul>; // ok: CWE-79
}
