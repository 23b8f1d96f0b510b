const { data } = await axios.get('https://api.weather.example/v1', { params: { q: req.query.city } }); // ok: CWE-918
